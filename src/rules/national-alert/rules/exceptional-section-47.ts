import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { thresholdsMet } from './example-cases.js';
import { nationalAlertInterpretations } from '../interpretations.js';

export const exceptionalSection47: RuleModule = {
  id: 'national-alert.eligibility.exceptional-section-47',
  decision: 'national-alert',
  title: 'Exceptional alert: a child disappears around a section 47 investigation',
  citation: [alerts.exceptional1, alerts.exceptional],
  summary:
    'A child who disappears immediately before, during or immediately after a section 47 investigation of serious allegations of significant harm can be alerted, where the Designated Officer considers there is evidence of enough danger to justify it. The notification thresholds must still be met first.',
  conditions: {
    all: [
      { fact: 'subject', operator: 'in', value: ['child', 'unborn-child'], says: 'the alert is about a child or an unborn child' },
      {
        fact: 'disappearedAroundSection47',
        operator: 'equal',
        value: true,
        says: 'the child disappeared immediately before, during or just after a section 47 investigation of serious allegations',
      },
      {
        fact: 'designatedOfficerConsidersDanger',
        operator: 'equal',
        value: true,
        says: 'the Designated Officer considers there is evidence of enough danger to justify an alert',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.section47OpenToUnborn],
  event: { type: 'eligible', params: { route: 'exceptional-section-47', exceptional: true } },
  examples: [
    {
      name: 'A family disappears the day after section 47 enquiries begin, and the Designated Officer judges the child in danger',
      input: { ...thresholdsMet, subject: 'child', disappearedAroundSection47: true, designatedOfficerConsidersDanger: true },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'A pregnant mother disappears during section 47 enquiries about her unborn baby, and the Designated Officer judges the baby in danger',
      input: { ...thresholdsMet, subject: 'unborn-child', disappearedAroundSection47: true, designatedOfficerConsidersDanger: true },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'The Designated Officer does not consider the danger great enough',
      input: { ...thresholdsMet, subject: 'child', disappearedAroundSection47: true, designatedOfficerConsidersDanger: false },
      expect: { rule: 'not-fired' },
    },
    {
      name: 'The exceptional alert still needs the thresholds: the family has been gone only a week',
      input: { ...thresholdsMet, missingSince: '2026-02-23', subject: 'child', disappearedAroundSection47: true, designatedOfficerConsidersDanger: true },
      expect: { rule: 'fired', outcome: 'not-yet' },
    },
  ],
};
