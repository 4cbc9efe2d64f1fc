import type { RuleModule } from '../../engine/rule-module.js';
import { workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';
import { indicatorId } from './shared-conditions.js';

export const informDesignatedOfficer: RuleModule = {
  id: 'need-level.duty.inform-designated-officer',
  decision: 'need-level',
  title: 'Abuse or injury caused by a professional: tell the designated officer (LADO) within one working day',
  citation: [workingTogether.designatedOfficer, { document: 'luton-effective-support-2021', section: 'Effective Support at a Glance — Specialist — Health', page: 36 }],
  summary:
    'An allegation against someone who works with children is reported at once to a senior manager in their organisation, and the local authority designated officer (LADO) is told within one working day of it coming to the employer\'s attention or being made to the police. The child protection referral to the MASH still follows.',
  conditions: {
    all: [{ fact: 'indicators', operator: 'contains', value: indicatorId.abuseByProfessional, says: 'abuse or an injury caused by a professional has been disclosed' }],
  },
  interpretations: [needLevelInterpretations.professionalAbuseIsAllegation],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.inform-designated-officer',
        description:
          "Report the allegation against the professional straight away to a senior manager in the organisation they work for; the designated officer (LADO) must be told within one working day of it coming to the employer's attention or being made to the police. Refer the child to the Luton MASH as well.",
        role: 'The practitioner who heard the disclosure, and the employer of the professional concerned',
      },
    },
  },
  priority: 5,
  examples: [
    {
      name: 'A child tells a school nurse that a sports coach hurt her',
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: true },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.action.inform-designated-officer'] } },
    },
    {
      name: 'The allegation reached the employer on Friday 18 December 2026: the designated officer must be told by Monday 21 December',
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: true, allegationReceivedOn: '2026-12-18' },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'deadlines.0.id': 'lado.inform-designated-officer', 'deadlines.0.due': '2026-12-21', 'actions.0.deadlineId': 'lado.inform-designated-officer' },
      },
    },
    {
      name: 'A child says her sports coach hurt her and significant harm is answered no: the MASH is consulted before any consent, beside the designated officer',
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false, ageInYears: 12 },
      expect: {
        rule: 'fired',
        outcome: 'specialist',
        result: { 'route.consent.afterMashConsultation': true },
        warnings: { include: ['need-level.warning.risk-indicator-without-harm'] },
      },
    },
    {
      name: 'A child discloses abuse by a family member, not a professional',
      input: { indicators: ['need-level.specialist.health.child-discloses-abuse'], significantHarmSuspected: true },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
  ],
};

/**
 * The designated officer deadline: due one working day after the allegation
 * was received. The duty above is given without the date; this rule asks for
 * the date (it is listed in furtherQuestions until given) and, once given,
 * the result carries the deadline.
 */
export const designatedOfficerDeadline: RuleModule = {
  id: 'need-level.deadline.designated-officer',
  decision: 'need-level',
  title: 'The date the allegation against a professional was received: the designated officer deadline',
  citation: [workingTogether.designatedOfficer],
  summary:
    'The designated officer (LADO) is told within one working day of the allegation coming to the employer’s attention or being made to the police. With that date the result gives the due date; without it, the date is asked for, so that a case system does not show the duty without its deadline.',
  conditions: {
    all: [
      { fact: 'indicators', operator: 'contains', value: indicatorId.abuseByProfessional, says: 'abuse or an injury caused by a professional has been disclosed' },
      { fact: 'allegationReceivedOn', operator: 'notEqual', value: '', says: 'the date the allegation was received is given' },
    ],
  },
  interpretations: [needLevelInterpretations.professionalAbuseIsAllegation],
  event: { type: 'deadline', params: { deadline: 'lado.inform-designated-officer' } },
  examples: [
    {
      name: 'An allegation against a coach with no date: the date is asked for',
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: true, immediateRiskOfSignificantHarm: false, childInNeed: true, ageInYears: 8 },
      expect: { rule: 'unknown', outcome: 'specialist', result: { 'furtherQuestions.0.fact': 'allegationReceivedOn', deadlines: [] } },
    },
    {
      name: 'The same allegation received on Thursday 24 December 2026: due Tuesday 29 December (Christmas and the Boxing Day substitute skipped)',
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: true, ageInYears: 8, allegationReceivedOn: '2026-12-24' },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'deadlines.0.due': '2026-12-29' } },
    },
  ],
};
