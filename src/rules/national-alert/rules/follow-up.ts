/**
 * An alert already issued (`alertIssuedOn` given) is a process over months:
 * it stays current and is re-issued every six months while the child is not
 * located, ends with a "found" notification once the child is located, is
 * withdrawn when it could no longer be issued (a vulnerable adult, the plan
 * or the danger ended, the family known to be in a particular locality), and
 * has ended once the "found" notification has gone. Eligibility is not asked
 * again; whether the plan (or the danger) has ended is, and each re-issue is
 * re-tested against the thresholds (see the actions).
 */
import type { RuleCondition, RuleModule } from '../../engine/rule-module.js';
import { alerts } from '../citations.js';
import { nationalAlertInterpretations } from '../interpretations.js';

const alertIssued: RuleCondition = { fact: 'alertIssued', operator: 'equal', value: true, says: 'a national alert has already been issued' };
const notEnded: RuleCondition = { fact: 'alertEnded', operator: 'equal', value: false, says: 'no "found" notification has been sent yet' };
const notLocated: RuleCondition = { fact: 'childLocated', operator: 'equal', value: false, says: 'the child has not been located (seen, or their address confirmed)' };
const asOf = '2026-09-01';
const child = { asOf, subject: 'child', alertIssuedOn: '2026-03-02', missingSince: '2026-02-02' } as const;

export const followUpEnded: RuleModule = {
  id: 'national-alert.follow-up.ended',
  decision: 'national-alert',
  title: 'An alert whose "found" notification has been sent has ended',
  citation: [alerts.endStep1],
  summary:
    'Once the national "found" notification has been sent (`foundNotificationSentOn`), the alert has ended: there is nothing more to re-issue, and the first alert is never started again.',
  conditions: { all: [alertIssued, { fact: 'alertEnded', operator: 'equal', value: true, says: 'the "found" notification has been sent' }] },
  event: { type: 'follow-up', params: { followUp: 'alert-ended' } },
  priority: 8,
  examples: [
    {
      name: 'The child was found in June and the "found" notification went the same week',
      input: { ...child, childLocated: true, foundNotificationSentOn: '2026-06-12' },
      expect: { rule: 'fired', outcome: 'alert-ended', actions: { exclude: ['national-alert.action.send-found-notification', 'national-alert.action.1-complete-template'] }, result: { 'deadlines.length': 0 } },
    },
    {
      name: 'No "found" notification has been sent yet',
      input: { ...child, childLocated: false, knownLocality: false, planEndedSinceAlert: false, anyFollowUpSent: false },
      expect: { rule: 'not-fired', outcome: 'keep-alert' },
    },
  ],
};

export const followUpChildLocated: RuleModule = {
  id: 'national-alert.follow-up.child-located',
  decision: 'national-alert',
  title: 'An alert already issued ends with a "found" notification once the child is located',
  citation: [alerts.endStep1],
  summary:
    'When the children are located (seen, or their address confirmed), a national "found" notification follows. Knowing only the town or country the family is in is not being located: that leads to contacting the authority for that locality instead (see the withdrawal rule).',
  conditions: { all: [alertIssued, notEnded, { fact: 'childLocated', operator: 'equal', value: true, says: 'the child has been located (seen, or their address confirmed)' }] },
  interpretations: [nationalAlertInterpretations.locatedMeansSeenOrAddressConfirmed],
  event: { type: 'follow-up', params: { followUp: 'end-alert' } },
  priority: 6,
  examples: [
    {
      name: 'The family of a child alerted in March is found at an address in another city in September',
      input: { ...child, childLocated: true },
      expect: { rule: 'fired', outcome: 'end-alert', actions: { include: ['national-alert.action.send-found-notification'] } },
    },
    {
      name: 'The family is now known to be living somewhere in Leeds, address unknown: not located, so no "found" notification',
      input: { ...child, childLocated: false, knownLocality: true },
      expect: {
        rule: 'not-fired',
        outcome: 'withdraw-alert',
        actions: { include: ['national-alert.action.contact-locality-authority'], exclude: ['national-alert.action.send-found-notification'] },
      },
    },
    {
      name: 'Nobody has said whether the child has been located',
      input: { ...child, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'unknown', outcome: 'insufficient-information', actions: { exclude: ['national-alert.action.send-found-notification'] } },
    },
  ],
};

export const followUpWithdraw: RuleModule = {
  id: 'national-alert.follow-up.withdraw',
  decision: 'national-alert',
  title: 'An alert that could no longer be issued is not re-issued, and no "found" notification is sent for a child not located',
  citation: [alerts.basicPrinciples, alerts.threshold1, alerts.endStep1],
  summary:
    'An alert about a vulnerable adult should not exist (the alerts are not a missing-person process for adults). An alert whose child protection plan (or danger) has ended, or whose family is now known to be in a particular locality, could not be issued today, so it is not re-issued; but the child has not been located, so a "found" notification would be untrue. The Service Manager decides how the alert is withdrawn; for a known locality, the authority for that locality is contacted.',
  conditions: {
    all: [
      alertIssued,
      notEnded,
      {
        any: [
          { fact: 'subject', operator: 'equal', value: 'vulnerable-adult', says: 'the alert is about a vulnerable adult' },
          {
            all: [
              notLocated,
              {
                any: [
                  { fact: 'knownLocality', operator: 'equal', value: true, says: 'the family is now known to be in a particular locality, address unknown' },
                  { fact: 'planEndedSinceAlert', operator: 'equal', value: true, says: 'the child protection plan (or the danger the alert was issued for) has ended' },
                ],
                says: 'the alert could no longer be issued',
              },
            ],
            says: 'the child is not located, and the alert could no longer be issued',
          },
        ],
        says: 'the alert should not stand, and no "found" notification can be sent',
      },
    ],
  },
  interpretations: [nationalAlertInterpretations.withdrawWhenNoLongerAnAlert],
  event: { type: 'follow-up', params: { followUp: 'withdraw-alert' } },
  priority: 7,
  examples: [
    {
      name: 'An alert on record is about a vulnerable adult: withdrawal is prompted, not a re-issue',
      input: { asOf: '2026-05-11', subject: 'vulnerable-adult', alertIssuedOn: '2025-10-08', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: {
        rule: 'fired',
        outcome: 'withdraw-alert',
        result: { alertPossible: false, 'deadlines.length': 0 },
        actions: { include: ['national-alert.action.withdraw-alert'], exclude: ['national-alert.action.reissue-every-six-months'] },
      },
    },
    {
      name: 'The family is known to be in Manchester but the child has not been seen: contact Manchester, no "found" notification',
      input: { asOf: '2026-05-11', subject: 'child', alertIssuedOn: '2025-10-08', missingSince: '2025-09-10', childLocated: false, knownLocality: true, planEndedSinceAlert: false },
      expect: {
        rule: 'fired',
        outcome: 'withdraw-alert',
        actions: { include: ['national-alert.action.contact-locality-authority'], exclude: ['national-alert.action.send-found-notification'] },
      },
    },
    {
      name: 'The plan ended while the child is still missing: not re-issued, and no "found" notification for a child nobody has seen',
      input: { asOf: '2026-05-11', subject: 'child', alertIssuedOn: '2025-10-08', childLocated: false, planEndedSinceAlert: true },
      expect: {
        rule: 'fired',
        outcome: 'withdraw-alert',
        // Nor is the case passed on as a child on a plan: the plan has ended.
        actions: { include: ['national-alert.action.withdraw-alert'], exclude: ['national-alert.action.send-found-notification', 'national-alert.action.need-to-know-for-missing-child'] },
      },
    },
    {
      name: 'The child is still missing, the plan in place and no locality known: the alert stays',
      input: { ...child, childLocated: false, knownLocality: false, planEndedSinceAlert: false, anyFollowUpSent: false },
      expect: { rule: 'not-fired', outcome: 'keep-alert' },
    },
  ],
};

export const followUpStillMissing: RuleModule = {
  id: 'national-alert.follow-up.still-missing',
  decision: 'national-alert',
  title: 'An alert already issued stays current while the child is not located and the plan is in place, and is re-issued every six months',
  citation: [alerts.endStep1, alerts.endStep2, alerts.issueStep3],
  summary:
    'While the children are not located, a new notification is issued every six months giving the date they originally went missing; it is a new notification, so it goes through the same sign-off chain as the first (template, Service Manager, Head of Service, Management Information, Family Safeguarding Service Manager) and is re-tested against the notification thresholds. Other authorities delete an alert that has had no follow-up for twelve months, so a re-issue that late goes out as a new alert.',
  conditions: {
    all: [
      alertIssued,
      notEnded,
      { fact: 'subject', operator: 'in', value: ['child', 'unborn-child'], says: 'the alert is about a child or an unborn child' },
      notLocated,
      { fact: 'knownLocality', operator: 'equal', value: false, says: 'they are still not known to be in any particular locality' },
      { fact: 'planEndedSinceAlert', operator: 'equal', value: false, says: 'the child protection plan (or the danger the alert was issued for) has not ended' },
    ],
  },
  interpretations: [nationalAlertInterpretations.reissueIsANewNotification],
  event: { type: 'follow-up', params: { followUp: 'keep-alert' } },
  priority: 5,
  examples: [
    {
      name: 'An alert issued in March, never re-issued; the family is still missing in September and the plan is in place: the re-issue goes through the whole sign-off chain',
      input: { ...child, childLocated: false, knownLocality: false, planEndedSinceAlert: false, anyFollowUpSent: false },
      expect: {
        rule: 'fired',
        outcome: 'keep-alert',
        actions: { include: ['national-alert.action.reissue-1-complete-template', 'national-alert.action.reissue-3-approve', 'national-alert.action.reissue-4-cascade'] },
      },
    },
    {
      name: 'An alert issued in March, re-issued in August, the family still missing',
      input: { ...child, lastFollowUpOn: '2026-08-28', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'fired', outcome: 'keep-alert' },
    },
    {
      name: 'An alert issued in March; nobody has said whether the child is still missing',
      input: { ...child },
      expect: { rule: 'unknown', outcome: 'insufficient-information' },
    },
    {
      name: 'No alert has been issued: this rule does not apply',
      input: { asOf, subject: 'child', familyMissing: true, knownLocality: false },
      expect: { rule: 'not-fired' },
    },
  ],
};

export const followUpReissueDated: RuleModule = {
  id: 'national-alert.follow-up.reissue-dated',
  decision: 'national-alert',
  title: 'The next re-issue and the deletion date are counted only from a notification whose date is known',
  citation: [alerts.endStep1, alerts.endStep2],
  summary:
    'The six-monthly re-issue and the twelve-month deletion count from the latest notification of the alert. Before the first re-issue falls due, that is the alert itself. After it, the library does not assume a re-issue was (or was not) sent: it asks for the date of the latest (`lastFollowUpOn`), or for `anyFollowUpSent: false` when none has been, and judges nothing on a date it would have had to guess.',
  conditions: {
    all: [alertIssued, notEnded, { fact: 'latestNotificationKnown', operator: 'equal', value: true, says: 'the date of the latest notification of the alert is known' }],
  },
  interpretations: [nationalAlertInterpretations.deletionFromLatestNotification],
  event: { type: 'follow-up-dates', params: {} },
  priority: 4,
  examples: [
    {
      name: 'An alert issued in October, eight months ago, with no record of any re-issue: the date is asked, and the re-issue is reported as possibly overdue, with no due date assumed',
      input: { asOf: '2026-06-10', subject: 'child', alertIssuedOn: '2025-10-08', missingSince: '2025-09-10', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: {
        rule: 'unknown',
        outcome: 'keep-alert',
        result: { 'deadlines.length': 2, 'deadlines.0.status': 'due-date-unknown', 'deadlines.0.dueIfNoneSince': '2026-04-08', 'deadlines.0.mayBeOverdue': true, 'deadlines.1.mayBeOverdue': false },
      },
    },
    {
      name: 'The same alert, recorded as never re-issued: the re-issue is overdue',
      input: {
        asOf: '2026-06-10',
        subject: 'child',
        alertIssuedOn: '2025-10-08',
        missingSince: '2025-09-10',
        anyFollowUpSent: false,
        childLocated: false,
        knownLocality: false,
        planEndedSinceAlert: false,
      },
      expect: { rule: 'fired', outcome: 'keep-alert', result: { 'deadlines.0.id': 'national-alert.reissue', 'deadlines.0.due': '2026-04-08' } },
    },
    {
      name: 'An alert issued two months ago: the first re-issue is not yet due, so it is dated from the alert',
      input: { asOf: '2026-05-02', subject: 'child', alertIssuedOn: '2026-03-02', childLocated: false, knownLocality: false, planEndedSinceAlert: false },
      expect: { rule: 'fired', outcome: 'keep-alert', result: { 'deadlines.0.due': '2026-09-02' } },
    },
  ],
};
