import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterRemandOrCustody: RuleModule = {
  id: 'need-to-know.looked-after.remand-or-custody',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver is remanded or sentenced to custody',
  citation: [ntk.lookedAfter],
  summary: 'A child looked after or care leaver who is remanded into custody, or receives a custodial sentence, needs a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'remandOrCustody',
        operator: 'equal',
        value: true,
        says: 'the child has been remanded into custody or received a custodial sentence',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A care leaver receives a custodial sentence',
      input: { asOf: '2026-03-02', childStatus: ['care-leaver'], remandOrCustody: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The looked after child has not been remanded or sentenced to custody',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], remandOrCustody: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
