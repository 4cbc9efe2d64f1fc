import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';
import { needLevelInterpretations } from '../interpretations.js';

export const immediateRisk: RuleModule = {
  id: 'need-level.classify.immediate-risk',
  decision: 'need-level',
  title: 'Immediate risk of significant harm means Specialist need and an urgent response',
  citation: [luton.accessSpecialist, luton.mashScreening, workingTogether.section47, workingTogether.immediateProtection],
  summary:
    'A child at immediate risk of significant harm has Specialist need. The referral to the MASH is made at once (by telephone), and the police are contacted where the child is in danger now; the family need not be told first.',
  conditions: {
    all: [{ fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: true, says: 'the child is at immediate risk of significant harm' }],
  },
  interpretations: [needLevelInterpretations.immediateRiskPolice],
  event: {
    type: 'level',
    params: {
      level: 'specialist',
      action: {
        id: 'need-level.action.urgent-referral',
        description:
          'Telephone the Luton MASH now (01582 547653) and call the police on 999 if the child is in immediate danger. Do not delay the referral to consult the family.',
        role: 'The professional with the concern',
      },
    },
  },
  priority: 10,
  examples: [
    {
      name: 'A teacher finds that a child is at immediate risk of significant harm',
      input: { indicators: [], immediateRiskOfSignificantHarm: true },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: 'A 4-year-old at immediate risk: the MASH sends the contact straight to the Assessment Team, not through the screening outcomes (no "no further action")',
      input: { indicators: [], ageInYears: 4, immediateRiskOfSignificantHarm: true },
      expect: { rule: 'fired', outcome: 'specialist', result: { 'mashScreening.outcomes.length': 1 } },
    },
    {
      name: 'There is no immediate risk',
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
