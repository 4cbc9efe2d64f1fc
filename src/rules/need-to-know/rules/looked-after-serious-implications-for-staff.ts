import type { RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';
import { lookedAfterOrCareLeaver } from './shared-conditions.js';

export const lookedAfterSeriousImplicationsForStaff: RuleModule = {
  id: 'need-to-know.looked-after.serious-implications-for-staff',
  decision: 'need-to-know',
  title: 'Serious implications for staff working with a child looked after or care leaver, or a group of children',
  citation: [ntk.lookedAfter],
  summary: 'Where there are serious implications for staff (employed or commissioned by Luton Borough Council) working with a particular child looked after or care leaver, or a group of children, managers need to know.',
  conditions: {
    all: [
      {
        fact: 'seriousImplicationsForStaff',
        operator: 'equal',
        value: true,
        says: 'there are serious implications for staff working with the child or group',
      },
      {
        any: [lookedAfterOrCareLeaver, { fact: 'staffImplicationsForGroup', operator: 'equal', value: true, says: 'the implications concern work with a group of children or young people' }],
        says: 'the child is looked after or a care leaver, or the implications concern a group of children (whatever their status)',
      },
    ],
  },
  interpretations: [needToKnowInterpretations.groupOfChildrenAnyStatus],
  event: { type: 'need-to-know-circumstance', params: { category: 'looked-after-and-care-leavers' } },
  examples: [
    {
      name: 'Staff working with a looked after child have received threats from the child’s associates',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], seriousImplicationsForStaff: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'Staff running a youth group for children in need face organised threats: a group is covered whatever the children’s status',
      input: { asOf: '2026-03-02', childStatus: ['child-in-need-plan'], seriousImplicationsForStaff: true, staffImplicationsForGroup: true },
      expect: { rule: 'fired', outcome: 'notification-required' },
    },
    {
      name: 'There are no serious implications for staff working with the looked after child',
      input: { asOf: '2026-03-02', childStatus: ['looked-after'], seriousImplicationsForStaff: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
