import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { missingChildOnPlan } from './example-cases.js';
import { nationalAlertInterpretations } from '../interpretations.js';

export const thresholdReasonableAttempts: RuleModule = {
  id: 'national-alert.threshold.reasonable-attempts',
  decision: 'national-alert',
  title: 'Threshold: reasonable attempts have been made to find the family',
  citation: [alerts.threshold2],
  summary:
    'Until the social worker can show reasonable attempts to find the family, there is no alert: the police have been asked what they know and all local key agencies have been contacted.',
  conditions: {
    all: [
      { fact: 'policeChecked', operator: 'equal', value: true, says: 'the police have been asked for any information about the family' },
      { fact: 'keyAgenciesContacted', operator: 'equal', value: true, says: 'all local key agencies have been contacted' },
    ],
  },
  interpretations: [nationalAlertInterpretations.reasonableAttemptsBoth],
  event: { type: 'threshold', params: { threshold: 'reasonable-attempts' } },
  examples: [
    {
      name: 'The police, school, GP and health visitor have all been asked',
      input: { ...missingChildOnPlan },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The police have been asked but the school and GP have not',
      input: { ...missingChildOnPlan, keyAgenciesContacted: false },
      expect: { rule: 'not-fired', outcome: 'not-yet' },
    },
  ],
};
