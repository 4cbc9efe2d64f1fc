import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

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
  interpretations: [needToKnowInterpretations.headingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'financial-and-complaints' } },
  examples: [
    {
      name: 'A family makes a serious complaint about a commissioned residential provider',
      input: { asOf: '2026-03-02', significantComplaint: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A family whose child is on a child in need plan (not looked after) makes a significant complaint: notified, although the heading names looked after children',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], significantComplaint: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There is no significant complaint',
      input: { asOf: '2026-03-02', significantComplaint: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
