import type { RuleModule } from '../../engine/rule-module.js';
import { luton, workingTogether } from '../citations.js';

export const childInNeed: RuleModule = {
  id: 'need-level.classify.child-in-need',
  decision: 'need-level',
  title: 'A child in need (section 17) has Specialist need',
  citation: [luton.accessSpecialist, workingTogether.section17],
  summary:
    "A child whose health or development would be significantly impaired without children's social care services, or whose complex disability needs are only likely to be met by those services, is a child in need under section 17 of the Children Act 1989: the need is Specialist and the referral goes to the MASH. Support for a child in need is voluntary.",
  conditions: {
    all: [
      {
        fact: 'childInNeed',
        operator: 'equal',
        value: true,
        says: "the child's development would be significantly impaired without children's social care services, or their complex disability needs can only be met there",
      },
    ],
  },
  event: { type: 'level', params: { level: 'specialist' } },
  priority: 10,
  examples: [
    {
      name: "A disabled child's complex care needs can only be met with children's social care support",
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false },
      expect: { rule: 'fired', outcome: 'specialist' },
    },
    {
      name: "The child's needs can be met without children's social care",
      input: { indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false },
      expect: { rule: 'not-fired', outcome: 'universal' },
    },
  ],
};
