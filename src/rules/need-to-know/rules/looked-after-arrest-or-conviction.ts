import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterArrestOrConviction: RuleModule = {
  id: 'need-to-know.looked-after.arrest-or-conviction',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver is arrested or convicted for a serious offence against a person',
  citation: [ntk.lookedAfter],
  summary: 'The arrest or conviction of a child looked after or care leaver for a serious criminal offence against a person needs a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'arrestedOrConvictedSeriousOffence',
        operator: 'equal',
        value: true,
        says: 'the child has been arrested for, or convicted of, a serious criminal offence against a person',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A care leaver is arrested for a serious assault',
      input: { asOf: '2026-03-02', childStatus: ['care-leaver'], arrestedOrConvictedSeriousOffence: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child has not been arrested for a serious offence against a person',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], arrestedOrConvictedSeriousOffence: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
