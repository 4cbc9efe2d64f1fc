import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterMentalHealthAdmission: RuleModule = {
  id: 'need-to-know.looked-after.mental-health-admission',
  decision: 'need-to-know',
  title: 'A child looked after or care leaver needs admission to a mental health resource',
  citation: [ntk.lookedAfter],
  summary: 'Admission of a child looked after or care leaver to a mental health resource because of specific incidents needs a notification.',
  conditions: {
    all: [
      lookedAfterOrCareLeaver,
      {
        fact: 'mentalHealthAdmission',
        operator: 'equal',
        value: true,
        says: 'the child needs admission to a mental health resource because of specific incidents',
      },
    ],
  },
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'A looked after child is admitted to an adolescent mental health unit after an incident',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], mentalHealthAdmission: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'The looked after child does not need a mental health admission',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], mentalHealthAdmission: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
