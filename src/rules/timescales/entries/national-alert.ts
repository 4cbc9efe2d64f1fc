import type { Timescale } from '../timescale.js';

const doc = 'luton-need-to-know';

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
    responsible: 'Social Worker',
    citation: { document: doc, section: 'Notification Thresholds, 2 (How do you know that the child/family is missing, and for how long?)' },
  },
  {
    id: 'national-alert.reissue',
    title: 'Re-issue the national alert while the child is not found',
    trigger: 'the national alert, or its latest re-issue, was sent',
    amount: 6,
    unit: 'months',
    direction: 'after',
    recurring: true,
    responsible: 'Service Manager',
    citation: { document: doc, section: 'The Process to Follow to End a National Alert, step 1' },
  },
  {
    id: 'national-alert.deletion-by-other-authorities',
    title: 'Other authorities delete the alert if no follow-up notification has been received',
    trigger: 'the national alert, or its latest follow-up notification, was sent',
    amount: 12,
    unit: 'months',
    direction: 'after',
    responsible: 'Other Local Authority Lead Officers for Child Protection',
    citation: { document: doc, section: 'The Process to Follow to End a National Alert, step 2' },
  },
];
