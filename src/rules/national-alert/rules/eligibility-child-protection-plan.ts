import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { asOf, missingChildOnPlan, thresholdsMet } from './example-cases.js';

export const eligibilityChildProtectionPlan: RuleModule = {
  id: 'national-alert.eligibility.child-protection-plan',
  decision: 'national-alert',
  title: 'A child (or unborn child) on a child protection plan can be the subject of a national alert',
  citation: [alerts.basicPrinciples],
  summary:
    'National alerts are for children, including unborn babies, who are subject to a child protection plan (or a formal inter-agency child protection plan) and go missing from the area. They are not a missing-person process for vulnerable adults, unaccompanied asylum seekers or children in care: those are only alerted in the exceptional cases the procedure names.',
  // Being in care or an unaccompanied asylum seeker can only be said of a born
  // child, so an unborn baby on a plan is not asked about either.
  conditions: {
    all: [
      { fact: 'childProtectionPlan', operator: 'equal', value: true, says: 'the child is subject to a child protection plan' },
      {
        any: [
          { fact: 'subject', operator: 'equal', value: 'unborn-child', says: 'the alert is about an unborn child' },
          {
            all: [
              { fact: 'subject', operator: 'equal', value: 'child', says: 'the alert is about a child' },
              { fact: 'inCare', operator: 'equal', value: false, says: 'the child is not in care' },
              {
                fact: 'unaccompaniedAsylumSeeker',
                operator: 'equal',
                value: false,
                says: 'the child is not an unaccompanied asylum-seeking child',
              },
            ],
            says: 'the alert is about a child who is neither in care nor an unaccompanied asylum seeker',
          },
        ],
        says: 'the alert is about an unborn child, or a child who is neither in care nor an unaccompanied asylum seeker',
      },
    ],
  },
  event: { type: 'eligible', params: { route: 'child-protection-plan', exceptional: false } },
  examples: [
    {
      name: 'A child on a child protection plan whose family has been missing for four weeks, with every threshold met: the alert, and the Need to Know notification for a child on a plan missing from home',
      input: { ...missingChildOnPlan },
      expect: { rule: 'fired', outcome: 'issue-alert', actions: { include: ['national-alert.action.1-complete-template', 'national-alert.action.need-to-know-for-missing-child'] } },
    },
    {
      name: 'An unborn baby on a child protection plan whose mother has disappeared',
      input: { ...missingChildOnPlan, subject: 'unborn-child' },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'An unborn baby on a plan is alerted without asking whether it is in care or seeking asylum',
      input: { ...thresholdsMet, subject: 'unborn-child', childProtectionPlan: true },
      expect: { rule: 'fired', outcome: 'issue-alert' },
    },
    {
      name: 'A vulnerable adult has gone missing',
      input: { asOf, subject: 'vulnerable-adult' },
      expect: { rule: 'not-fired', outcome: 'not-eligible' },
    },
    {
      name: 'A child in care on a plan goes missing, with no exceptional circumstances: not an alert, but a Need to Know notification for a looked after child missing',
      input: { ...missingChildOnPlan, inCare: true, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false },
      expect: { rule: 'not-fired', outcome: 'not-eligible', actions: { include: ['national-alert.action.need-to-know-for-looked-after-child'] } },
    },
    {
      name: 'A child not on a plan, with no exceptional circumstances, whose family is known to be in a particular town: the unmet threshold is the outcome',
      input: { ...missingChildOnPlan, childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false, knownLocality: true },
      expect: { rule: 'not-fired', outcome: 'not-really-missing' },
    },
    {
      name: 'A child on a plan whose care status has not been recorded',
      input: { asOf, subject: 'child', childProtectionPlan: true, unaccompaniedAsylumSeeker: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
