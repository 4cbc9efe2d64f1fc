import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { asOf, missingChildOnPlan } from './example-cases.js';

export const thresholdReallyMissing: RuleModule = {
  id: 'national-alert.threshold.really-missing',
  decision: 'national-alert',
  title: 'Threshold: the family is really missing',
  citation: [alerts.threshold1],
  summary:
    'The family must really be missing. If they are known to be in a particular locality and only their address is unknown, that "does not constitute a national alert": the outcome is "not really missing" (no alert), not "not yet", and the authority for that locality is contacted instead. A family that is not missing at all is not an alert either.',
  conditions: {
    all: [
      { fact: 'familyMissing', operator: 'equal', value: true, says: 'the child and family have gone missing and no one knows where they are' },
      { fact: 'knownLocality', operator: 'equal', value: false, says: 'they are not known to be in a particular locality' },
    ],
  },
  event: { type: 'threshold', params: { threshold: 'really-missing' } },
  examples: [
    {
      name: 'No one knows where the family has gone',
      input: { ...missingChildOnPlan },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The family is known to be living somewhere in Birmingham, address unknown: not an alert, contact Birmingham',
      input: { ...missingChildOnPlan, knownLocality: true },
      expect: { rule: 'not-fired', outcome: 'not-really-missing', result: { alertPossible: false }, actions: { include: ['national-alert.action.contact-locality-authority'] } },
    },
    {
      name: 'The family is known to be in a particular town, and no one has yet said whether the child is on a plan: no alert already',
      input: { asOf, subject: 'child', familyMissing: true, knownLocality: true },
      expect: { rule: 'not-fired', outcome: 'not-really-missing' },
    },
    {
      name: 'The family is not missing at all: no alert, and no advice about a locality',
      input: { asOf, subject: 'child', childProtectionPlan: true, familyMissing: false },
      expect: { rule: 'not-fired', outcome: 'not-really-missing', actions: { include: ['national-alert.action.family-not-missing'], exclude: ['national-alert.action.contact-locality-authority'] } },
    },
  ],
};
