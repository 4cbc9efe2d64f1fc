/**
 * An alert already issued (`alertIssuedOn` given): whether it stays current
 * (re-issued every six months) or ends with a "found" notification. These
 * rules read only what has changed since the alert; eligibility and the
 * thresholds were settled when it was issued and are not asked again.
 */
import type { RuleCondition, RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { nationalAlertInterpretations } from '../interpretations.js';

const alertIssued: RuleCondition = { fact: 'alertIssued', operator: 'equal', value: true, says: 'a national alert has already been issued' };
const asOf = '2026-09-01';

export const followUpStillMissing: RuleModule = {
  id: 'national-alert.follow-up.still-missing',
  decision: 'national-alert',
  title: 'An alert already issued stays current while the child is still missing and the plan is in place',
  citation: [alerts.endStep1, alerts.endStep2],
  summary:
    'While the children are not located, a new notification is issued every six months giving the date they originally went missing; other authorities delete an alert that has had no follow-up for twelve months.',
  conditions: {
    all: [
      alertIssued,
      { fact: 'familyMissing', operator: 'equal', value: true, says: 'the child and family are still missing' },
      { fact: 'knownLocality', operator: 'equal', value: false, says: 'they are still not known to be in any particular locality' },
      { fact: 'planEndedSinceAlert', operator: 'equal', value: false, says: 'the child protection plan (or the danger the alert was issued for) has not ended' },
    ],
  },
  event: { type: 'follow-up', params: { followUp: 'keep-alert' } },
  priority: 5,
  examples: [
    {
      name: 'An alert issued in March; the family is still missing in September and the plan is in place',
      input: { asOf, alertIssuedOn: '2026-03-02', familyMissing: true, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'fired', outcome: 'keep-alert' },
    },
    {
      name: 'An alert issued in March, re-issued in August, the family still missing',
      input: { asOf, alertIssuedOn: '2026-03-02', lastFollowUpOn: '2026-08-28', familyMissing: true, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'fired', outcome: 'keep-alert' },
    },
    {
      name: 'An alert issued in March; nobody has said whether the family is still missing',
      input: { asOf, alertIssuedOn: '2026-03-02' },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: 'No alert has been issued: this rule does not apply',
      input: { asOf, familyMissing: true, knownLocality: false },
      expect: { rule: 'not-fired' },
    },
  ],
};

export const followUpFoundOrEnded: RuleModule = {
  id: 'national-alert.follow-up.found-or-ended',
  decision: 'national-alert',
  title: 'An alert already issued ends with a "found" notification once the child is located or the plan has ended',
  citation: [alerts.endStep1],
  summary:
    'When the children are located a national "found" notification follows. The library also ends the alert when the family is known to be in a particular locality, or the plan (or the danger the alert was issued for) has ended (see the interpretation).',
  conditions: {
    all: [
      alertIssued,
      {
        any: [
          { fact: 'familyMissing', operator: 'equal', value: false, says: 'the child and family have been found' },
          { fact: 'knownLocality', operator: 'equal', value: true, says: 'they are now known to be in a particular locality' },
          { fact: 'planEndedSinceAlert', operator: 'equal', value: true, says: 'the child protection plan (or the danger the alert was issued for) has ended' },
        ],
        says: 'the child has been located, or the alert is no longer needed',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.alertEndsWhenLocatedOrPlanEnded],
  event: { type: 'follow-up', params: { followUp: 'end-alert' } },
  priority: 6,
  examples: [
    {
      name: 'The family of a child alerted in March is found in another city in September',
      input: { asOf, alertIssuedOn: '2026-03-02', familyMissing: false },
      expect: { rule: 'fired', outcome: 'end-alert' },
    },
    {
      name: 'The family is now known to be living somewhere in Leeds, address unknown',
      input: { asOf, alertIssuedOn: '2026-03-02', familyMissing: true, knownLocality: true },
      expect: { rule: 'fired', outcome: 'end-alert' },
    },
    {
      name: 'The child protection plan ended after the alert was issued',
      input: { asOf, alertIssuedOn: '2026-03-02', planEndedSinceAlert: true },
      expect: { rule: 'fired', outcome: 'end-alert' },
    },
  ],
};
