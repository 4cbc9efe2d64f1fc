import type { RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { asOf, missingChildOnPlan, thresholdsMet } from './example-cases.js';
import { nationalAlertInterpretations } from '../interpretations.js';

export const eligibilityChildProtectionPlan: RuleModule = {
  id: 'national-alert.eligibility.child-protection-plan',
  decision: 'national-alert',
  title: 'A child (or unborn child) on a child protection plan can be the subject of a national alert',
  citation: [alerts.basicPrinciples],
  summary:
    'National alerts are for children, including unborn babies, who are subject to a child protection plan (or a formal inter-agency child protection plan) and go missing from the area. A child on a plan is alerted through the plan whether or not they are also in care or an unaccompanied asylum seeker (see the interpretation): the exclusion of children in care and unaccompanied asylum seekers is of the alerts used as a missing-person process, and those children without a plan are alerted only in the exceptional cases the procedure names.',
  conditions: {
    all: [
      { fact: 'childProtectionPlan', operator: 'equal', value: true, says: 'the child is subject to a child protection plan' },
      {
        fact: 'subject',
        operator: 'in',
        value: ['child', 'unborn-child'],
        says: 'the alert is about a child or an unborn child',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.planRouteWhateverCareStatus],
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
      name: 'A child in care who is still on a child protection plan goes missing: alerted through the plan (see the interpretation), with the Need to Know notifications for a child on a plan and a looked after child',
      input: { ...missingChildOnPlan, inCare: true, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false },
      expect: {
        rule: 'fired',
        outcome: 'issue-alert',
        actions: { include: ['national-alert.action.need-to-know-for-missing-child', 'national-alert.action.need-to-know-for-looked-after-child'] },
      },
    },
    {
      name: 'A child on a plan, every threshold met, whose care and asylum status nobody has recorded: the alert is advised without waiting for them',
      input: { ...thresholdsMet, subject: 'child', childProtectionPlan: true },
      expect: { rule: 'fired', outcome: 'issue-alert', result: { 'missingFacts.length': 0 } },
    },
    {
      name: 'A child in care with no plan and no exceptional circumstances: not an alert, but a Need to Know notification for a looked after child missing',
      input: { ...missingChildOnPlan, childProtectionPlan: false, inCare: true, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false },
      expect: { rule: 'not-fired', outcome: 'not-eligible', actions: { include: ['national-alert.action.need-to-know-for-looked-after-child'] } },
    },
    {
      name: 'A child not on a plan, with no exceptional circumstances, whose family is known to be in a particular town: the unmet threshold is the outcome',
      input: { ...missingChildOnPlan, childProtectionPlan: false, disappearedAroundSection47: false, careOrder: false, accommodatedAfterProtectionConcerns: false, knownLocality: true },
      expect: { rule: 'not-fired', outcome: 'not-really-missing' },
    },
    {
      name: 'Nobody has said whether the child is on a plan',
      input: { asOf, subject: 'child', unaccompaniedAsylumSeeker: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
  ],
};
