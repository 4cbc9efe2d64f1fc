import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterSignificantRisk: RuleModule = {
  id: 'need-to-know.looked-after.significant-risk',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver is, or may be, subject to significant risks',
  citation: [ntk.lookedAfter],
  summary: 'When it is identified that a child looked after or care leaver is, or may be, subject to significant risks, managers need to know.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      { fact: 'significantRisk', operator: 'equal', value: true, says: 'the child is, or may be, subject to significant risks' },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A looked after child is found to be at significant risk from an adult they met online',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], significantRisk: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No significant risk to the looked after child has been identified',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], significantRisk: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
