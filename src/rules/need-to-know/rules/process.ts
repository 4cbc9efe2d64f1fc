/**
 * A Need to Know notification already sent (`notifiedOn` given) is a
 * process over weeks: it is kept open and updated (weekly while a child is
 * missing) until the Service Manager considers the situation resolved, then
 * closed by finalising page 2, and then it has been closed. These rules read
 * the process; the circumstances say what the notification is about, but
 * once it is out the form is never asked for again.
 */
import type { RuleCondition, RuleModule } from '../../engine/rule-module.js';
import { ntk } from '../citations.js';
import { needToKnowInterpretations } from '../interpretations.js';

const sent: RuleCondition = { fact: 'notificationSent', operator: 'equal', value: true, says: 'a Need to Know notification has already been sent' };
const open: RuleCondition = { fact: 'notificationFinalised', operator: 'equal', value: false, says: 'it has not been finalised yet' };
const asOf = '2026-05-11';
const missingChild = { asOf, childStatus: ['looked-after'], missingMoreThan24Hours: true } as const;

export const processClosed: RuleModule = {
  id: 'need-to-know.process.closed',
  decision: 'need-to-know',
  title: 'A notification whose page 2 has been finalised is closed',
  citation: [ntk.management],
  summary:
    'Once the Service Manager has finalised the update section (page 2) and sent it to the inbox and the Service Director (`finalisedOn`), the notification is closed: nothing more is updated, and the Service Director\'s decision on a debrief and any request for a fuller analysis are what remain.',
  conditions: { all: [sent, { fact: 'notificationFinalised', operator: 'equal', value: true, says: 'the Service Manager has finalised page 2' }] },
  event: { type: 'need-to-know-process', params: { outcome: 'notification-closed' } },
  examples: [
    {
      name: 'The notification about a missing child was finalised when she came home: it is closed, and the form is not asked for again',
      input: { ...missingChild, notifiedOn: '2026-04-06', childMissing: false, situationResolved: true, finalisedOn: '2026-05-04' },
      expect: {
        rule: 'fired',
        outcome: 'notification-closed',
        actions: { include: ['need-to-know.action.consider-debrief'], exclude: ['need-to-know.action.complete-notification', 'need-to-know.action.finalise-page-2'] },
        result: { 'deadlines.length': 0 },
      },
    },
    {
      name: 'A notification finalised before the child died is closed, but the death is still reported to the safeguarding partnership for a CSPR',
      input: { asOf, childStatus: ['looked-after'], childMissing: false, childDied: true, notifiedOn: '2026-04-06', situationResolved: true, finalisedOn: '2026-04-20' },
      expect: { rule: 'fired', outcome: 'notification-closed', actions: { include: ['need-to-know.action.inform-safeguarding-partnership', 'need-to-know.action.notify-secretary-of-state-and-ofsted'] } },
    },
    {
      name: 'A notification sent but not finalised is not closed',
      input: { ...missingChild, notifiedOn: '2026-04-06', childMissing: true, anyUpdateSent: false },
      expect: { rule: 'not-fired', outcome: 'keep-notification' },
    },
  ],
};

export const processCloseWhenResolved: RuleModule = {
  id: 'need-to-know.process.close-when-resolved',
  decision: 'need-to-know',
  title: 'A notification already sent is closed when the situation is resolved: the Service Manager finalises page 2',
  citation: [ntk.management],
  summary:
    'When the Service Manager considers the situation resolved (for example, a missing child has returned), they finalise the update section (page 2), saying why it is resolved and any learning points, and send it to the Need to Know inbox and the Service Director. The child\'s return is an example of a reason, not the test: the Service Manager judges (see the interpretation).',
  conditions: { all: [sent, open, { fact: 'situationResolved', operator: 'equal', value: true, says: 'the Service Manager considers the situation resolved' }] },
  interpretations: [needToKnowInterpretations.resolvedIsTheServiceManagersJudgement],
  event: { type: 'need-to-know-process', params: { outcome: 'close-notification' } },
  examples: [
    {
      name: 'A child on a plan, notified as missing, has come home and the Service Manager considers it resolved: finalise page 2, not the form again',
      input: { asOf, childStatus: ['child-protection-plan'], childMissing: false, notifiedOn: '2026-04-20', situationResolved: true, otherCircumstancesRuledOut: true },
      expect: {
        rule: 'fired',
        outcome: 'close-notification',
        actions: { include: ['need-to-know.action.finalise-page-2', 'need-to-know.action.consider-debrief', 'need-to-know.action.fuller-analysis-if-asked'], exclude: ['need-to-know.action.complete-notification'] },
      },
    },
    {
      name: 'A child on a plan notified as missing has been found dead, and the Service Manager considers the matter resolved: page 2 is finalised, but the death is still updated and reported to the safeguarding partnership for a CSPR, and passed to the serious incident decision',
      input: { asOf, childStatus: ['child-protection-plan'], childMissing: false, childDied: true, notifiedOn: '2026-04-20', lastUpdateSentOn: '2026-04-27', situationResolved: true },
      expect: {
        rule: 'fired',
        outcome: 'close-notification',
        actions: { include: ['need-to-know.action.finalise-page-2', 'need-to-know.action.update-on-child-death', 'need-to-know.action.inform-safeguarding-partnership'] },
        result: { 'actions.7.passesTo.function': 'assessSeriousIncident' },
      },
    },
    {
      name: 'The same child, with the Service Manager not yet asked whether it is resolved: the death is updated and reported to the partnership meanwhile',
      input: { asOf, childStatus: ['child-protection-plan'], childMissing: false, childDied: true, notifiedOn: '2026-04-20', lastUpdateSentOn: '2026-04-27' },
      expect: {
        rule: 'unknown',
        outcome: 'insufficient-information',
        actions: { include: ['need-to-know.action.update-on-child-death', 'need-to-know.action.inform-safeguarding-partnership', 'need-to-know.action.say-whether-resolved'] },
      },
    },
    {
      name: 'A looked after child back after three days: whether it is resolved is the Service Manager\'s question, asked before anything is closed',
      input: { asOf, childStatus: ['looked-after'], childMissing: false, missingMoreThan24Hours: true, notifiedOn: '2026-05-05' },
      expect: { rule: 'unknown', outcome: 'insufficient-information', actions: { exclude: ['need-to-know.action.complete-notification'] }, result: { 'missingFacts.0.fact': 'situationResolved' } },
    },
  ],
};

export const processKeepUpdated: RuleModule = {
  id: 'need-to-know.process.keep-updated',
  decision: 'need-to-know',
  title: 'A notification already sent stays open and is updated until the situation is resolved',
  citation: [ntk.updating, ntk.management],
  summary:
    'Until the situation is resolved the notification stays open: the Team Manager updates it very quickly when things change, briefly, with only significant or new facts; a missing child\'s notification is updated every week; administrative support monitors it and DMT reviews it weekly. A child still missing means the situation is not resolved.',
  conditions: { all: [sent, open, { fact: 'situationResolved', operator: 'equal', value: false, says: 'the situation is not resolved (a child still missing is not)' }] },
  interpretations: [needToKnowInterpretations.resolvedIsTheServiceManagersJudgement],
  event: { type: 'need-to-know-process', params: { outcome: 'keep-notification' } },
  examples: [
    {
      name: 'A looked after child notified five weeks ago is still missing: keep the notification open and updated',
      input: { ...missingChild, childMissing: true, notifiedOn: '2026-04-06', lastUpdateSentOn: '2026-05-04' },
      expect: { rule: 'fired', outcome: 'keep-notification', actions: { include: ['need-to-know.action.weekly-missing-child-update'], exclude: ['need-to-know.action.complete-notification'] } },
    },
    {
      name: 'A notification about a staff disciplinary matter the Service Manager does not yet consider resolved',
      input: { asOf, staffOrCarerDisciplinary: true, notifiedOn: '2026-04-06', situationResolved: false },
      expect: { rule: 'fired', outcome: 'keep-notification', actions: { exclude: ['need-to-know.action.weekly-missing-child-update'] } },
    },
    {
      name: 'No notification has been sent: this rule does not apply, and the form is advised',
      input: { ...missingChild, childMissing: true },
      expect: { rule: 'not-fired', outcome: 'notification-required', actions: { include: ['need-to-know.action.complete-notification'] } },
    },
  ],
};

export const processWeeklyUpdate: RuleModule = {
  id: 'need-to-know.process.weekly-update',
  decision: 'need-to-know',
  title: 'A missing child\'s notification is updated every week while the child is missing, dated from the latest update whose date is known',
  citation: [ntk.updating],
  summary:
    'While the child is missing (asked, not assumed: see the interpretation), the notification is updated every week. The next update is due 7 days after the latest update, or after the notification if none has been sent. Once the first update has fallen due the library does not assume it was, or was not, sent: it asks for the date of the latest update (`lastUpdateSentOn`, or `anyUpdateSent: false`) and judges nothing until it is known.',
  conditions: {
    all: [
      sent,
      open,
      { fact: 'childMissingNow', operator: 'equal', value: true, says: 'the child is missing now' },
      { fact: 'latestUpdateKnown', operator: 'equal', value: true, says: 'the date of the latest update (or that none has been sent) is known' },
    ],
  },
  interpretations: [needToKnowInterpretations.weeklyWhileMissing, needToKnowInterpretations.weeklyFromLatestUpdate],
  event: { type: 'need-to-know-process', params: { step: 'weekly-update' } },
  examples: [
    {
      name: 'Notified five weeks ago, the child still missing, and no record of the last update: its date is asked, and the update is reported as possibly overdue, with no due date assumed',
      input: { ...missingChild, childMissing: true, notifiedOn: '2026-04-06' },
      expect: {
        rule: 'unknown',
        outcome: 'keep-notification',
        result: { 'deadlines.length': 1, 'deadlines.0.status': 'due-date-unknown', 'deadlines.0.dueIfNoneSince': '2026-04-13', 'deadlines.0.mayBeOverdue': true, 'furtherQuestions.0.fact': 'lastUpdateSentOn' },
      },
    },
    {
      name: 'The same child, recorded as never updated since the notification: the first weekly update is five weeks overdue',
      input: { ...missingChild, childMissing: true, notifiedOn: '2026-04-06', anyUpdateSent: false },
      expect: { rule: 'fired', outcome: 'keep-notification', result: { 'deadlines.0.status': 'overdue', 'deadlines.0.due': '2026-04-13', 'deadlines.0.countedFrom': 'notifiedOn' } },
    },
    {
      name: 'The latest update went a week ago today: the next is due today',
      input: { ...missingChild, childMissing: true, notifiedOn: '2026-04-06', lastUpdateSentOn: '2026-05-04' },
      expect: { rule: 'fired', outcome: 'keep-notification', result: { 'deadlines.0.status': 'due', 'deadlines.0.due': '2026-05-11', 'deadlines.0.countedFrom': 'lastUpdateSentOn' } },
    },
    {
      name: 'Notified three days ago: the first update is not yet due, so it is dated from the notification without asking',
      input: { ...missingChild, childMissing: true, notifiedOn: '2026-05-08' },
      expect: { rule: 'fired', outcome: 'keep-notification', result: { 'deadlines.0.due': '2026-05-15' } },
    },
    {
      name: 'Notified as repeatedly missing, but nobody has said whether the child is missing now: asked before any update is scheduled',
      input: { asOf, childStatus: ['looked-after'], repeatedlyMissing: true, notifiedOn: '2026-05-08', situationResolved: false },
      expect: { rule: 'unknown', outcome: 'keep-notification', result: { 'deadlines.length': 0, 'furtherQuestions.0.fact': 'childMissing' } },
    },
  ],
};
