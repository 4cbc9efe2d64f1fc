import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterDeath: RuleModule = {
  id: 'need-to-know.looked-after.death',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver dies',
  citation: [ntk.lookedAfter],
  summary: 'The death of a child looked after or of a care leaver always needs a Need to Know notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      { fact: 'childDied', operator: 'equal', value: true, says: 'the child or young person has died' },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers', deathOrSeriousInjury: true } },
  examples: [
    {
      name: 'A looked after child has died',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], childDied: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child has not died (and nothing else is known)',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], childDied: false },
      expect: { rule: 'not-fired' },
    },
    {
      name: 'A care leaver has died',
      input: { asOf: '2026-03-02', childStatus: ['care-leaver'], childDied: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A child on a child in need plan (not looked after) has died; this rule does not cover them',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], childDied: true },
      expect: { rule: 'not-fired' },
    },
  ],
};
