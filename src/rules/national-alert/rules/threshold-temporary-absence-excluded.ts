import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { nationalAlertInterpretations } from '../interpretations.js';
import { missingChildOnPlan } from './example-cases.js';

export const thresholdTemporaryAbsenceExcluded: RuleModule = {
  id: 'national-alert.threshold.temporary-absence-excluded',
  decision: 'national-alert',
  title: 'Threshold: a temporary absence has been ruled out',
  citation: [alerts.threshold2],
  summary:
    'The social worker must rule out that the family is only temporarily away: staying with family or friends, on holiday, or with a parent in custody. Friends, neighbours and family should believe them to be missing.',
  conditions: {
    all: [
      {
        fact: 'temporaryAbsenceExcluded',
        operator: 'equal',
        value: true,
        says: 'the social worker has ruled out a temporary absence (family or friends, holiday, a parent in custody)',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.temporaryAbsenceOneAnswer],
  event: { type: 'threshold', params: { threshold: 'temporary-absence-excluded' } },
  examples: [
    {
      name: 'Relatives and neighbours have no idea where the family went, and they are not on holiday or in custody',
      input: { ...missingChildOnPlan },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The family may be visiting relatives abroad; this has not been checked',
      input: { ...missingChildOnPlan, temporaryAbsenceExcluded: false },
      expect: { rule: 'not-fired', outcome: 'not-yet' },
    },
  ],
};
