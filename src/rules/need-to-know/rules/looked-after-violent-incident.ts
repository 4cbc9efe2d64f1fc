import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterViolentIncident: RuleModule = {
  id: 'need-to-know.looked-after.violent-incident',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver is involved in violent incidents',
  citation: [ntk.lookedAfter],
  summary: 'Involvement of a child looked after or care leaver in violent incidents in the community, on Luton Council premises, or where staff employed or commissioned by the service are present, needs a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'violentIncident',
        operator: 'equal',
        value: true,
        says: 'the child is involved in violent incidents in the community, on Council premises or where staff are present',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A looked after child is involved in a fight at a family centre while staff are present',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], violentIncident: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child is not involved in any violent incident',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], violentIncident: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
