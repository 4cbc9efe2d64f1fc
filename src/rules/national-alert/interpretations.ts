/**
 * Where the national alert rules read the procedure other than literally,
 * for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { alerts } from './citations.js';

export const nationalAlertInterpretations = {
  threeWeeksAs21Days: {
    id: 'national-alert.interpretation.three-weeks-as-21-days',
    says: 'The "at least three weeks" threshold is met 21 calendar days after the date the family went missing (the same weekday three weeks later), counting every day, working or not.',
    why: 'The procedure says "at least three weeks" and does not say whether weekends and bank holidays count or which day is the first; the library counts calendar days from the day they went missing as day 0, as it does for every calendar-day period.',
    citation: alerts.threshold2,
  },
  alertEndsWhenLocatedOrPlanEnded: {
    id: 'national-alert.interpretation.alert-ends-when-located-or-plan-ended',
    says: 'An alert already issued is ended with a "found" notification when the family is found, when they become known to be in a particular locality (address still unknown), or when the child protection plan (or the danger the alert was issued for) ends.',
    why: 'The procedure names only one end: "when children are located, a national found notification should follow". A family known to be in a locality no longer meets the first threshold, and a child no longer on a plan is outside the basic principles, so the library reads both as ending the alert too rather than re-issuing an alert that could not be issued today. The Service Manager decides.',
    citation: alerts.endStep1,
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
} as const satisfies Record<string, InterpretationDefinition>;
