import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { asOf, thresholdsMet } from './example-cases.js';
import { nationalAlertInterpretations } from '../interpretations.js';

/**
 * The one "no" that comes before the thresholds: every other route to an
 * alert (the plan, the exceptional alerts) is for a child, so for a
 * vulnerable adult no threshold answer matters. A child's eligibility is
 * weighed only after the thresholds (see `outcomeOf`).
 */
export const exclusionVulnerableAdult: RuleModule = {
  id: 'national-alert.exclusion.vulnerable-adult',
  decision: 'national-alert',
  title: 'A vulnerable adult is never the subject of a national child protection alert',
  citation: [alerts.basicPrinciples],
  summary:
    'The national child protection alerts system is not a missing-person process for vulnerable adults, and none of the exceptional alerts is about an adult. A vulnerable adult is not eligible whatever the notification thresholds say, so they are not asked.',
  conditions: {
    all: [{ fact: 'subject', operator: 'equal', value: 'vulnerable-adult', says: 'the alert would be about a vulnerable adult' }],
  },
  interpretations: [nationalAlertInterpretations.thresholdsBeforeEligibility],
  event: { type: 'excluded', params: { exclusion: 'vulnerable-adult' } },
  examples: [
    {
      name: 'A vulnerable adult has gone missing; nothing else is recorded',
      input: { asOf, subject: 'vulnerable-adult' },
      expect: { rule: 'fired', outcome: 'not-eligible' },
    },
    {
      name: 'A vulnerable adult whose family is known to be in a particular town is still not eligible, not "not yet"',
      input: { asOf, subject: 'vulnerable-adult', familyMissing: true, knownLocality: true },
      expect: { rule: 'fired', outcome: 'not-eligible' },
    },
    {
      name: 'A child on a child protection plan is not excluded',
      input: { ...thresholdsMet, subject: 'child', childProtectionPlan: true, inCare: false, unaccompaniedAsylumSeeker: false },
      expect: { rule: 'not-fired', outcome: 'issue-alert' },
    },
  ],
};
