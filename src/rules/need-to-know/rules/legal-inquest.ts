import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const legalInquest: RuleModule = {
  id: 'need-to-know.legal.inquest',
  decision: 'need-to-know',
  title: 'An inquest where the Council is involved or could be criticised',
  citation: [ntk.legal],
  summary: 'An inquest in which the Council has an involvement, or could be criticised, needs a notification.',
  conditions: {
    all: [
      {
        fact: 'inquestCouncilInvolved',
        operator: 'equal',
        value: true,
        says: 'there is an inquest in which the Council is involved or could be criticised',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'legal-proceedings' } },
  examples: [
    {
      name: 'An inquest is opened into the death of a care leaver the Council supported',
      input: { asOf: '2026-03-02', inquestCouncilInvolved: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no inquest involving the Council',
      input: { asOf: '2026-03-02', inquestCouncilInvolved: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
