import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { THREE_WEEKS_IN_DAYS } from '../facts.js';
import { missingChildOnPlan, missingChildOnPlanUndated } from './example-cases.js';
import { nationalAlertInterpretations } from '../interpretations.js';

export const thresholdThreeWeeks: RuleModule = {
  id: 'national-alert.threshold.three-weeks',
  decision: 'national-alert',
  title: 'Threshold: at least three weeks since the family went missing',
  citation: [alerts.threshold2],
  summary:
    'At least three weeks must have passed since the family went missing; not being seen for several days is not enough. The library counts three weeks as 21 calendar days from the date they went missing (see the interpretation).',
  conditions: {
    all: [
      {
        fact: 'daysMissing',
        operator: 'greaterThanInclusive',
        value: THREE_WEEKS_IN_DAYS,
        says: 'at least three weeks (21 days) have passed since the family went missing',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.threeWeeksAs21Days],
  event: { type: 'threshold', params: { threshold: 'three-weeks' } },
  examples: [
    {
      name: 'The family went missing four weeks ago',
      input: { ...missingChildOnPlan },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The family went missing exactly three weeks ago today',
      input: { ...missingChildOnPlan, missingSince: '2026-02-09' },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The family went missing 20 days ago',
      input: { ...missingChildOnPlan, missingSince: '2026-02-10' },
      expect: { rule: 'not-fired', outcome: 'not-yet' },
    },
    {
      name: 'No one has recorded when the family went missing',
      input: { ...missingChildOnPlanUndated },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
