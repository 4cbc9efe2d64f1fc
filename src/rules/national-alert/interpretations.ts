/**
 * Where the national alert rules read the procedure other than literally,
 * for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { alerts } from './citations.js';
import { threeWeeksAs21Days } from '../timescales/entries/national-alert.js';

export const nationalAlertInterpretations = {
  threeWeeksAs21Days,
  withdrawWhenNoLongerAnAlert: {
    id: 'national-alert.interpretation.withdraw-when-no-longer-an-alert',
    says: 'An alert already issued is not re-issued, and no "found" notification is sent, when it is about a vulnerable adult, or when the child is not located but the plan (or the danger the alert was issued for) has ended or the family is known to be in a particular locality. The library advises withdrawing it and, for a known locality, contacting the authority for that locality; the Service Manager decides.',
    why: 'The procedure names only one end: "when children are located, a national found notification should follow". A "found" notification for a child nobody has seen would take the alert off every other authority\'s list on a false statement. But a re-issue is a new notification (see the re-issue reading), and one about a vulnerable adult, a child no longer on a plan, or a family known to be in a locality could not be issued today (Basic Principles; threshold 1). The procedure has no withdrawal notice, so the library names the step and leaves how it is done to the Service Manager; without a re-issue, other authorities delete the alert twelve months after the latest notification.',
    citation: alerts.endStep1,
  },
  reissueIsANewNotification: {
    id: 'national-alert.interpretation.reissue-is-a-new-notification',
    says: 'Each six-monthly re-issue is a new national alert notification: it goes through the same sign-off chain as the first (template, Service Manager\'s quality assurance, Head of Service approval, Management Information\'s cascade, the Family Safeguarding Service Manager) and is re-tested against the notification thresholds.',
    why: 'The procedure says "a new notification should be issued at 6 monthly intervals" and that the Service Manager of the originating area ensures it, without repeating the issuing steps. But it also says "each National Alert notification should be subject to the simple threshold test" and that "when issuing a National Alert it is essential for an alert to have been raised through the Service Manager to the Head of Service"; a re-issue only reaches the other custodians through Management Information\'s cascade. The library therefore applies the whole chain and the thresholds to every re-issue.',
    citation: alerts.basicPrinciples,
  },
  deletionFromLatestNotification: {
    id: 'national-alert.interpretation.deletion-from-latest-notification',
    says: 'The next re-issue (six months) and the deletion by other authorities (twelve months) count from the latest notification of the alert: the last re-issue, or the alert itself if none has been sent. Neither is judged until that date is known: once the first re-issue has fallen due, the library asks for the date of the latest re-issue (or that none was sent) rather than assume either.',
    why: 'The procedure deletes an alert when "12 months elapses and an alert is still current, but no follow up notification has been received", and asks for a new notification "at 6 monthly intervals"; neither says from which notification the months run. Counting from the latest is what keeps an alert re-issued on time current. Assuming that re-issues were sent would hide an overdue one; assuming that none was would report one overdue that was sent; so the date is asked.',
    citation: alerts.endStep2,
  },
  locatedMeansSeenOrAddressConfirmed: {
    id: 'national-alert.interpretation.located-means-seen-or-address-confirmed',
    says: 'A child is "located" when they have been seen or their address confirmed; knowing only the town or country the family is in is not being located.',
    why: 'The procedure says "when children are located, a national found notification should follow" without defining "located". Its first threshold treats a family "known to be in a particular locality, but their address is not known" as a case for local enquiries, not as found; reading a locality as "located" would send a "found" notification and close the alert nationally for a child nobody has seen.',
    citation: alerts.endStep1,
  },
  reasonableAttemptsBoth: {
    id: 'national-alert.interpretation.reasonable-attempts-police-and-agencies',
    says: '"Reasonable attempts to locate them" is met when the police have been asked and all local key agencies contacted; both answers are needed.',
    why: 'The procedure asks "Do the police have any information? Has the social worker contacted all local key agencies...?" and then requires the social worker to "verify that they have made reasonable attempts to locate them". It puts these as questions inside a judgement and does not say that they are the whole of it; the library takes the two steps it names as the test, so an alert is not advised before either has been done. Other attempts the social worker has made are for the Service Manager\'s quality assurance.',
    citation: alerts.threshold2,
  },
  section47OpenToUnborn: {
    id: 'national-alert.interpretation.section-47-alert-open-to-unborn',
    says: 'The exceptional alert for a disappearance around a section 47 investigation is open to an unborn child as well as a child.',
    why: 'Exceptional alert 1 speaks of "children who have disappeared"; the Basic Principles say alerts are issued on "children (including unborn babies)". A pregnant mother who disappears during section 47 enquiries about her unborn baby is the same danger, so the library reads "children" here as the Basic Principles do. The other two exceptional alerts (a Care Order, a child accommodated) can only be about a born child.',
    citation: alerts.exceptional1,
  },
  missingSinceLastSeen: {
    id: 'national-alert.interpretation.missing-since-last-seen',
    says: 'The date the family went missing is the date the child and family were last seen or last known to be at their address, not the date their absence was reported; the three weeks count from it.',
    why: 'The procedure asks "how long" the family has been missing and requires "at least three weeks" to have elapsed, without saying from which event. The library counts from the last sighting, the earliest date the family can be said to have gone; a case system that records only the date of the report gives a later date and so a later threshold.',
    citation: alerts.threshold2,
  },
  thresholdsBeforeEligibility: {
    id: 'national-alert.interpretation.thresholds-before-eligibility',
    says: 'For a child (or unborn child), the notification thresholds are weighed before who the child is: a threshold known not to be met gives "not yet" whatever the eligibility answers, even unanswered or "no" (the result still says the child is not eligible, with what to do instead). "Not eligible" is given once every threshold is met, or at once for a vulnerable adult, whom no route to an alert covers.',
    why: 'The procedure asks that each notification be "subject to the simple threshold test" and, for the exceptional alerts, that the thresholds "must first be satisfied"; it does not say which answer to give when a child is both outside the plan route and below a threshold. Weighing the thresholds first lets a known unmet threshold decide at once, without waiting for answers that could not lead to an alert; a vulnerable adult is excluded first because the Basic Principles rule them out and no exceptional alert is about an adult.',
    citation: alerts.exceptional,
  },
  planRouteWhateverCareStatus: {
    id: 'national-alert.interpretation.plan-route-whatever-care-status',
    says: 'A child on a child protection plan who goes missing can be alerted through the plan whether or not they are also in care or an unaccompanied asylum seeker; the exclusion of children in care and unaccompanied asylum seekers applies to those without a plan, who are alerted only in the exceptional cases.',
    why: 'The Basic Principles grant alerts on "children (including unborn babies) who are subject to a Child Protection Plan ... and who go missing", and then say the system should not be used "as a missing person\'s alerts process for vulnerable adults, unaccompanied asylum seekers or Children in Care who go missing". The second bullet is headed "Missing Children in Care" and is about using the alerts in place of the missing-person procedures; it does not say that a child loses the plan route by being in care. The library therefore does not ask about care or asylum status before alerting a child on a plan (the Head of Service still signs off every alert); a policy owner who reads the exclusion as applying to children on a plan too should say so, and the plan route would again require both answers "no".',
    citation: alerts.basicPrinciples,
  },
  noAlertForAKnownLocality: {
    id: 'national-alert.interpretation.known-locality-contact-that-authority',
    says: 'When the family is known to be in a particular locality with the address unknown, the library advises contacting the local authority for that locality (its children\'s services and child protection custodian) instead of an alert.',
    why: 'The first threshold says only that such a family "does not constitute a national alert"; it does not say what is done instead. Contacting the authority for the locality is the step that can find the address there; the library names it as its suggestion, and the Service Manager decides.',
    citation: alerts.threshold1,
  },
  temporaryAbsenceOneAnswer: {
    id: 'national-alert.interpretation.temporary-absence-one-answer',
    says: 'The procedure\'s questions about a temporary absence (staying with family or friends, away on holiday, whether friends, neighbours and family believe the family missing, a parent in custody) are answered together, as one answer (`temporaryAbsenceExcluded`): the social worker has ruled a temporary absence out, or has not.',
    why: 'The procedure asks the social worker to "exclude the possibility that the family are temporarily absent" and lists the questions that do so; it is the exclusion, not each question, that the threshold turns on. One answer keeps the decision to what the procedure tests, and the field\'s description lists the questions.',
    citation: alerts.threshold2,
  },
  foundNotificationBySm: {
    id: 'national-alert.interpretation.found-notification-by-service-manager',
    says: 'The "found" notification is sent by the Service Manager of the area the children come from, without the Head of Service\'s sign-off and the Management Information cascade that an alert and its re-issues go through.',
    why: 'The procedure says a national "found" notification "should follow" when the children are located and that the Service Manager of their area makes sure it is done; it gives the sign-off chain for an alert and its re-issues, and no chain for the "found" notification, which ends an alert rather than raising one.',
    citation: alerts.endStep1,
  },
} as const satisfies Record<string, InterpretationDefinition>;

/** The actions that rest on an interpretation, by action id. */
export const nationalAlertActionInterpretations: Readonly<Record<string, InterpretationDefinition>> = {
  'national-alert.action.contact-locality-authority': nationalAlertInterpretations.noAlertForAKnownLocality,
  'national-alert.action.send-found-notification': nationalAlertInterpretations.foundNotificationBySm,
  // The follow-up of an alert advised, or of one whose fate is still open, describes the same re-issue and "found" notification.
  'national-alert.action.found-notification': nationalAlertInterpretations.foundNotificationBySm,
  'national-alert.action.reissue-every-six-months': nationalAlertInterpretations.reissueIsANewNotification,
};
