import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterSeriousInjuryOrAccident: RuleModule = {
  id: 'need-to-know.looked-after.serious-injury-or-accident',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver has a serious injury or accident',
  citation: [ntk.lookedAfter],
  summary: 'Any serious injury to, or serious accident involving, a child looked after or a care leaver needs a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'childSeriousInjuryOrAccident',
        operator: 'equal',
        value: true,
        says: 'the child or young person has had a serious injury or a serious accident',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers', deathOrSeriousInjury: true } },
  examples: [
    {
      name: 'A looked after child is seriously injured in a road accident',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], childSeriousInjuryOrAccident: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'A looked after child has no serious injury or accident',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], childSeriousInjuryOrAccident: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
