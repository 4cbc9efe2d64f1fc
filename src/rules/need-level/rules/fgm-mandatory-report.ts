import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';

export const fgmMandatoryReport: RuleModule = {
  id: 'need-level.duty.fgm-mandatory-report',
  decision: 'need-level',
  title: 'Mandatory reporting of known FGM to the police',
  citation: [luton.fgmDuty],
  summary:
    'Regulated health and social care professionals and teachers must report to the police themselves when a girl under 18 tells them she has had female genital mutilation, or when they see physical signs that appear to show it. This is a personal duty that cannot be passed to someone else; the child protection referral to the MASH still follows.',
  conditions: {
    all: [
      { fact: 'fgmConcern', operator: 'equal', value: true, says: 'there is a concern about female genital mutilation (FGM)' },
      {
        fact: 'reporterRole',
        operator: 'in',
        value: ['regulated-health-or-social-care-professional', 'teacher'],
        says: 'the person with the concern is a regulated health or social care professional or a teacher',
      },
      {
        any: [
          { fact: 'fgmDisclosedByGirl', operator: 'equal', value: true, says: 'the girl has said she has had FGM' },
          { fact: 'fgmPhysicalSignsObserved', operator: 'equal', value: true, says: 'physical signs appearing to show FGM have been seen' },
        ],
      },
      { fact: 'ageInYears', operator: 'lessThan', value: 18, says: 'the girl is under 18' },
    ],
  },
  interpretations: [needLevelInterpretations.fgmDutyUnder18],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.fgm-report-to-police',
        description:
          'Report the known FGM to the police yourself, then follow child protection procedures by referring to the Luton MASH.',
        role: 'The regulated health or social care professional or teacher who was told or saw the signs',
      },
    },
  },
  priority: 5,
  examples: [
    {
      name: 'A school nurse is told by a girl that she has had FGM',
      input: {
        indicators: [],
        significantHarmSuspected: true,
        fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false },
        reporterRole: 'regulated-health-or-social-care-professional',
        ageInYears: 14,
      },
      expect: { rule: 'fired', outcome: 'specialist', actions: { include: ['need-level.action.fgm-report-to-police'] } },
    },
    {
      name: 'A youth worker (not a regulated profession) hears a disclosure of FGM: child protection procedures apply, not the mandatory police report',
      input: { indicators: [], significantHarmSuspected: true, fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'other-professional', ageInYears: 15 },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
    {
      name: 'A teacher suspects a girl is at risk of FGM but nothing has been disclosed or seen',
      input: {
        indicators: [],
        significantHarmSuspected: true,
        fgm: { disclosedByGirl: false, physicalSignsObserved: false, atRisk: true },
        reporterRole: 'teacher',
        ageInYears: 7,
      },
      expect: { rule: 'not-fired', outcome: 'specialist' },
    },
    {
      name: 'A girl discloses FGM but the reporter’s role is not recorded',
      input: { indicators: [], significantHarmSuspected: true, fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, ageInYears: 12 },
      expect: { rule: 'unknown', outcome: 'specialist', actions: { include: ['need-level.special-circumstance.fgm.mandatory-report-to-police'] } },
    },
    {
      name: 'A 19-year-old tells her GP she had FGM: the duty is for girls under 18',
      input: { indicators: [], fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'regulated-health-or-social-care-professional', ageInYears: 19 },
      expect: { rule: 'not-fired', outcome: 'adult', actions: { exclude: ['need-level.action.fgm-report-to-police', 'need-level.special-circumstance.fgm.mandatory-report-to-police'] } },
    },
    {
      name: 'A teacher is told by a girl that she has had FGM, and her age is not recorded: the general duty is shown and the age asked',
      input: { indicators: [], significantHarmSuspected: true, fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'teacher' },
      expect: { rule: 'unknown', outcome: 'specialist', actions: { include: ['need-level.special-circumstance.fgm.mandatory-report-to-police'] } },
    },
  ],
};
