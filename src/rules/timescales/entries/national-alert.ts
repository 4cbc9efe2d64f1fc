import { nationalAlertInterpretations } from '../../national-alert/interpretations.js';
import type { Timescale } from '../timescale.js';
import { monthsAreCalendarMonths } from './shared-interpretations.js';

const doc = 'luton-need-to-know';

/** The same reading as the three-week threshold rule's, so the catalogue lists it once for both. */
const threeWeeksAre21Days = nationalAlertInterpretations.threeWeeksAs21Days;

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
