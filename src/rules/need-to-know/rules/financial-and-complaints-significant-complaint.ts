import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';

export const financialAndComplaintsSignificantComplaint: RuleModule = {
  id: 'need-to-know.financial-and-complaints.significant-complaint',
  decision: 'need-to-know',
  title: 'A significant complaint about the service or a commissioned service',
  citation: [ntk.financial],
  summary: 'A significant complaint about the service, or about a service it commissions, needs a notification.',
  conditions: {
    all: [
      {
        fact: 'significantComplaint',
        operator: 'equal',
        value: true,
        says: 'there is a significant complaint about the service or a commissioned service',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'financial-and-complaints' } },
  examples: [
    {
      name: 'A family makes a serious complaint about a commissioned residential provider',
      input: { asOf: '2026-03-02', significantComplaint: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no significant complaint',
      input: { asOf: '2026-03-02', significantComplaint: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
