import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

export const staffAndCarersDisciplinary: RuleModule = {
  id: 'need-to-know.staff-and-carers.disciplinary',
  decision: 'need-to-know',
  title: 'A member of staff or foster carer is the subject of significant disciplinary matters',
  citation: [ntk.staffAndCarers],
  summary: 'Significant disciplinary matters about a member of staff or a foster carer need a notification.',
  conditions: {
    all: [
      {
        fact: 'staffOrCarerDisciplinary',
        operator: 'equal',
        value: true,
        says: 'a member of staff or a foster carer is the subject of significant disciplinary matters',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.staffHeadingNotRestricting],
  event: { type: 'need-to-know-circumstance', params: { category: 'staff-and-carers' } },
  examples: [
    {
      name: 'A team manager is suspended pending a disciplinary investigation',
      input: { asOf: '2026-03-02', staffOrCarerDisciplinary: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There are no significant disciplinary matters',
      input: { asOf: '2026-03-02', staffOrCarerDisciplinary: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
