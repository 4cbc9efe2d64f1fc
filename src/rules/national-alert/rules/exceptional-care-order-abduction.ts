import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { thresholdsMet } from './example-cases.js';

export const exceptionalCareOrderAbduction: RuleModule = {
  id: 'national-alert.eligibility.exceptional-care-order-abduction',
  decision: 'national-alert',
  title: 'Exceptional alert: a child on a Care Order abducted by a person who poses a significant risk',
  citation: [alerts.exceptional2, alerts.basicPrinciples],
  summary:
    'A child on a Care Order can be alerted when they are deemed in danger because a parent or other person who poses a significant risk of harm has abducted them and that person’s whereabouts are not known. The notification thresholds must still be met first.',
  conditions: {
    all: [
      { fact: 'subject', operator: 'equal', value: 'child', says: 'the alert is about a child' },
      { fact: 'careOrder', operator: 'equal', value: true, says: 'the child is subject to a Care Order' },
      {
        fact: 'abductedByRiskyAdult',
        operator: 'equal',
        value: true,
        says: 'the child has been abducted by a person posing a significant risk of harm, whose whereabouts are unknown',
      },
    ],
  },
  event: { type: 'eligible', params: { route: 'exceptional-care-order-abduction', exceptional: true } },
  examples: [
    {
      name: 'A child on a Care Order is taken from school by a father who poses a significant risk, and both have vanished',
      input: { ...thresholdsMet, subject: 'child', inCare: true, careOrder: true, abductedByRiskyAdult: true },
      // The Need to Know notification for a looked after child is passed on with the 24 hours the alert already knows.
      expect: {
        rule: 'fired',
        outcome: 'issue-alert',
        actions: { include: ['national-alert.action.need-to-know-for-looked-after-child'] },
        result: { 'actions.8.id': 'national-alert.action.need-to-know-for-looked-after-child', 'actions.8.passesTo.input.missingMoreThan24Hours': true, 'actions.8.passesTo.input.childStatus.0': 'looked-after' },
      },
    },
    {
      name: 'A child on a Care Order has run away from placement, not been abducted',
      input: { ...thresholdsMet, subject: 'child', inCare: true, careOrder: true, abductedByRiskyAdult: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
