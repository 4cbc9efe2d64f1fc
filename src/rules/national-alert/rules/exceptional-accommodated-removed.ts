import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { thresholdsMet } from './example-cases.js';

export const exceptionalAccommodatedRemoved: RuleModule = {
  id: 'national-alert.eligibility.exceptional-accommodated-removed',
  decision: 'national-alert',
  title: 'Exceptional alert: an accommodated child removed without notice by a person who poses a significant risk',
  citation: [alerts.exceptional3, alerts.basicPrinciples],
  summary:
    'A child accommodated after significant child protection concerns can be alerted when they are deemed in danger because a parent or other person who poses a significant risk of harm has removed them without notice and that person’s whereabouts are not known. The notification thresholds must still be met first.',
  conditions: {
    all: [
      { fact: 'subject', operator: 'equal', value: 'child', says: 'the alert is about a child' },
      {
        fact: 'accommodatedAfterProtectionConcerns',
        operator: 'equal',
        value: true,
        says: 'the child is accommodated following significant child protection concerns',
      },
      {
        fact: 'removedWithoutNoticeByRiskyAdult',
        operator: 'equal',
        value: true,
        says: 'the child has been removed without notice by a person posing a significant risk of harm, whose whereabouts are unknown',
      },
    ],
  },
  event: { type: 'eligible', params: { route: 'exceptional-accommodated-removed', exceptional: true } },
  examples: [
    {
      name: 'A mother who poses a significant risk removes her accommodated baby from foster care without notice',
      input: { ...thresholdsMet, subject: 'child', inCare: true, accommodatedAfterProtectionConcerns: true, removedWithoutNoticeByRiskyAdult: true },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'An accommodated child is removed by a parent who poses no significant risk',
      input: { ...thresholdsMet, subject: 'child', inCare: true, accommodatedAfterProtectionConcerns: true, removedWithoutNoticeByRiskyAdult: false },
      expect: { rule: 'not-fired' },
    },
  ],
};
