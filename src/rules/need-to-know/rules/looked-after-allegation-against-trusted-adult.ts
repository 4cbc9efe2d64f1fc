import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterAllegationAgainstTrustedAdult: RuleModule = {
  id: 'need-to-know.looked-after.allegation-against-trusted-adult',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver alleges harm by an adult in a position of trust',
  citation: [ntk.lookedAfter],
  summary: 'When a child looked after or care leaver alleges that an adult in a position of trust has significantly harmed them or a child in their care, or poses a risk of significant harm, a notification is needed; the LADO is involved (see the position of trust rules).',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'positionOfTrustAllegation',
        operator: 'equal',
        value: true,
        says: 'it is alleged that an adult in a position of trust has significantly harmed a child or poses a risk of significant harm',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers', adultInPositionOfTrust: true } },
  examples: [
    {
      name: 'A looked after child says their residential key worker hit them',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], positionOfTrustAllegation: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no allegation against an adult in a position of trust',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], positionOfTrustAllegation: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
