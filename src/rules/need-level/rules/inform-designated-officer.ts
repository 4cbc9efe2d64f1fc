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
      input: { indicators: [indicatorId.abuseByProfessional], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, ageInYears: 12 },
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
