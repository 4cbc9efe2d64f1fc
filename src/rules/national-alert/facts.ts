/**
 * The facts the national alert rules read, each with the question a
 * practitioner answers to supply it. `daysMissing` is computed from
 * `missingSince` and `asOf`; every other fact is an input field of the same
 * name and stays unknown until given.
 */
import type { FactCatalogue } from '../engine/rule-module.js';

export const alertSubjects = ['child', 'unborn-child', 'vulnerable-adult'] as const;
/** Who a national alert would be about (`NationalAlertInput.subject`): `child`, `unborn-child` or `vulnerable-adult`. */
export type AlertSubject = (typeof alertSubjects)[number];

/** The yes/no facts, with their questions (the input schema is built from these). */
export const nationalAlertQuestions = {
  childProtectionPlan: 'Is the child subject to a child protection plan, or to a formal inter-agency child protection plan?',
  inCare: 'Is the child in care (looked after)?',
  unaccompaniedAsylumSeeker: 'Is the child an unaccompanied asylum-seeking child?',
  familyMissing: 'Have the child and family gone missing from the local authority area, so that no one knows where they are?',
  knownLocality:
    'Are they known to be in a particular locality, with only their address unknown? (Yes means they are not really missing: no alert.)',
  temporaryAbsenceExcluded:
    'Has the social worker ruled out a temporary absence: that the family is staying with family or friends, is on holiday, or that a parent is in custody (and do friends, neighbours and family believe them to be missing)? (Yes is needed for an alert.)',
  policeChecked: 'Have the police been asked whether they have any information about where the family is?',
  keyAgenciesContacted: 'Has the social worker contacted all local key agencies to check whether anyone knows where the family is?',
  disappearedAroundSection47:
    'Did the child disappear immediately before, during or immediately after a section 47 investigation of serious allegations of significant harm?',
  designatedOfficerConsidersDanger: 'Does the Designated Officer consider that there is evidence of enough danger to justify a national alert?',
  careOrder: 'Is the child subject to a Care Order?',
  abductedByRiskyAdult:
    'Has the child been abducted, and is deemed in danger, by a parent or other person who poses a significant risk of harm to them and whose whereabouts are unknown?',
  accommodatedAfterProtectionConcerns: 'Is the child accommodated following significant child protection concerns?',
  removedWithoutNoticeByRiskyAdult:
    'Has the child been removed without notice, and is deemed in danger, by a parent or other person who poses a significant risk of harm to them and whose whereabouts are unknown?',
  planEndedSinceAlert:
    'For an alert already issued: has the child protection plan (or the danger the alert was issued for) ended since the alert was issued?',
  childLocated:
    'For an alert already issued: has the child been located, that is seen, or their address confirmed? (Knowing only the town or country they are in is not being located.)',
  anyFollowUpSent:
    'For an alert already issued: has any re-issued (follow-up) notification been sent since the first alert? (No means none; yes needs the date of the latest re-issue.)',
} as const;

export type NationalAlertQuestionFact = keyof typeof nationalAlertQuestions;
export const nationalAlertQuestionFacts = Object.keys(nationalAlertQuestions) as NationalAlertQuestionFact[];

/** "At least three weeks" is 21 calendar days (see the `national-alert.three-week-threshold` timescale). */
export const THREE_WEEKS_IN_DAYS = 21;

export const nationalAlertFacts: FactCatalogue = {
  subject: { question: 'Is the alert about a child, an unborn child or a vulnerable adult?' },
  ...Object.fromEntries(nationalAlertQuestionFacts.map((fact) => [fact, { question: nationalAlertQuestions[fact] }])),
  alertIssued: {
    question: 'Has a national alert already been issued for this child (alertIssuedOn)?',
    derived: true,
    input: 'alertIssuedOn',
  },
  alertEnded: {
    question: 'Has the national "found" notification been sent, ending the alert (foundNotificationSentOn)?',
    derived: true,
    input: 'foundNotificationSentOn',
  },
  latestNotificationKnown: {
    question:
      'When was the latest re-issued (follow-up) notification of the alert sent (lastFollowUpOn), or has none been sent since the first alert (anyFollowUpSent: false)? The next re-issue and the deletion date count from it.',
    derived: true,
    input: 'lastFollowUpOn',
  },
  daysMissingWhenIssued: {
    question:
      'On what date were the child and family last seen (missingSince), and when was the alert issued (alertIssuedOn)? The library counts the days between them.',
    derived: true,
    input: 'alertIssuedOn',
  },
  daysMissing: {
    question:
      'On what date were the child and family last seen, or last known to be at their address (missingSince)? The library counts the days from it to asOf.',
    derived: true,
    input: 'missingSince',
  },
};
