import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersStaffAccidentAtWork: RuleModule = {
  id: 'need-to-know.staff-and-carers.staff-accident-at-work',
  decision: 'need-to-know',
  title: 'A member of staff has a significant accident or injury at work',
  citation: [ntk.staffAndCarers],
  summary: 'A significant accident or injury to a member of staff at work needs a notification, in addition to the usual health and safety procedures for every accident.',
  conditions: {
    all: [
      {
        fact: 'staffAccidentAtWork',
        operator: 'equal',
        value: true,
        says: 'a member of staff has had a significant accident or injury at work',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers', healthAndSafety: true } },
  examples: [
    {
      name: 'A residential worker breaks an arm restraining a young person',
      input: { asOf: '2026-03-02', staffAccidentAtWork: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'No member of staff has had a significant accident at work',
      input: { asOf: '2026-03-02', staffAccidentAtWork: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
