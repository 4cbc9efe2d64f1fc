import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Timescale } from '../timescale.js';
import { monthsAreCalendarMonths } from './shared-interpretations.js';

const doc = 'luton-need-to-know';

/**
 * "At least three weeks" as 21 calendar days: defined here, with the
 * timescale, and used by the national alert's three-week threshold rule
 * too, so the catalogue lists it once for both.
 */
export const threeWeeksAs21Days: InterpretationDefinition = {
  id: 'national-alert.interpretation.three-weeks-as-21-days',
  says: 'The "at least three weeks" threshold is met 21 calendar days after the date the family went missing (the same weekday three weeks later), counting every day, working or not.',
  why: 'The procedure says "at least three weeks" and does not say whether weekends and bank holidays count or which day is the first; the library counts calendar days from the day they went missing as day 0, as it does for every calendar-day period.',
  citation: { document: doc, section: 'Notification Thresholds, 2 (How do you know that the child/family is missing, and for how long?)' },
};
const threeWeeksAre21Days = threeWeeksAs21Days;

/**
 * The national child protection alert procedure's timescales.
 *
 * "At least three weeks have elapsed" is counted as 3 weeks of 7 calendar
 * days (21 days) from the date the family went missing: the threshold is
 * about elapsed time, not working time, and the procedure says nothing of
 * working days. The "6 monthly" re-issue and the "12 months" deletion are
 * calendar months (same date, clamped to the month's end).
 */
export const nationalAlertTimescales: Timescale[] = [
  {
    id: 'national-alert.three-week-threshold',
    title: 'Earliest date a national alert can be issued (three weeks missing)',
    trigger: 'the child and family went missing',
    amount: 3,
    unit: 'weeks',
    direction: 'after',
    kind: 'earliest-date',
    basis: 'local',
    basisWording: 'at least three weeks have elapsed (Luton procedure)',
    responsible: 'Social Worker',
    citation: { document: doc, section: 'Notification Thresholds, 2 (How do you know that the child/family is missing, and for how long?)' },
    interpretations: [threeWeeksAre21Days],
  },
  {
    id: 'national-alert.reissue',
    title: 'Re-issue the national alert while the child is not found',
    trigger: 'the national alert, or its latest re-issue, was sent',
    amount: 6,
    unit: 'months',
    direction: 'after',
    recurring: true,
    basis: 'local',
    basisWording: '6 monthly (Luton procedure)',
    responsible: 'Service Manager',
    citation: { document: doc, section: 'The Process to Follow to End a National Alert, step 1' },
    interpretations: [monthsAreCalendarMonths],
  },
  {
    id: 'national-alert.deletion-by-other-authorities',
    title: 'Other authorities delete the alert if no follow-up notification has been received',
    trigger: 'the national alert, or its latest follow-up notification, was sent',
    amount: 12,
    unit: 'months',
    direction: 'after',
    basis: 'local',
    basisWording: 'after 12 months (Luton procedure)',
    responsible: 'Other Local Authority Lead Officers for Child Protection',
    citation: { document: doc, section: 'The Process to Follow to End a National Alert, step 2' },
    interpretations: [monthsAreCalendarMonths],
  },
];
