import type { RuleModule } from '../../engine/rule-module.js';
import { luton } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';


/** An adult woman who has had FGM: no mandatory report, but any girl in the family may be at risk. */
export const fgmAdult: RuleModule = {
  id: 'need-level.duty.fgm-adult',
  decision: 'need-level',
  title: 'A woman of 18 or over with FGM: consider the girls in her family',
  citation: [luton.fgm, luton.fgmDuty],
  summary:
    'The mandatory duty to report FGM to the police is for girls under 18, and child protection procedures are for children. When a woman of 18 or over has had FGM or is thought to be at risk of it, her disclosure is not reported under the duty; but child protection procedures apply to any girl in her family who is thought to be at risk of FGM.',
  conditions: {
    all: [
      { fact: 'ageBand', operator: 'equal', value: 'adult', says: 'the person is 18 or over' },
      { fact: 'fgmKnownOrSuspected', operator: 'equal', value: true, says: 'she has said she has had FGM, signs of it were seen, or she is thought to be at risk of it' },
    ],
  },
  interpretations: [needLevelInterpretations.fgmDutyUnder18],
  event: {
    type: 'duty',
    params: {
      action: {
        id: 'need-level.action.fgm-adult-consider-girls',
        description:
          'The woman is 18 or over: the mandatory FGM report to the police does not apply to her. Consider whether any girl in her family (a daughter, a sister) is at risk of FGM; if so, follow child protection procedures for that girl and refer her to the MASH.',
        role: 'The practitioner who was told or saw the signs',
      },
    },
  },
  priority: 5,
  examples: [
    {
      name: 'A 19-year-old tells her GP she had FGM as a child',
      input: { indicators: [], fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'regulated-health-or-social-care-professional', ageInYears: 19 },
      expect: {
        rule: 'fired',
        outcome: 'adult',
        actions: { include: ['need-level.action.fgm-adult-consider-girls'], exclude: ['need-level.action.fgm-report-to-police'] },
      },
    },
    {
      name: 'A 15-year-old discloses FGM to a teacher: the girl’s own duties apply',
      input: { indicators: [], fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'teacher', ageInYears: 15 },
      expect: { rule: 'not-fired', outcome: 'specialist', actions: { include: ['need-level.action.fgm-report-to-police'] } },
    },
  ],
};
