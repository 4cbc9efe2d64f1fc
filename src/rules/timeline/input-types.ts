/**
 * The input types of `StatutoryTimelineInputSchema` and `TimelineEventSchema`, written from the
 * schemas by `npm run schemas` (scripts/generate-input-types.ts): edit the schemas and their
 * descriptions, not this file. Each type is exactly the schema's `z.input`, with every field
 * documented (test/types/input-types.test.ts).
 */
import type { ReferralNextStep, TimelineEventType } from './input-schema.js';
import type { IsoDate } from '../../schemas/iso-date.js';

/**
 * What statutoryTimeline takes: the date to judge the case on (asOf) and the case's events, in any
 * order.
 */
export type StatutoryTimelineInput = {
  /**
   * The date the case is judged on, "today" (YYYY-MM-DD): deadlines still open are due or overdue
   * as of this date.
   */
  asOf: IsoDate;
  /** The case history: one entry per dated event, in any order; at most 2,000. */
  events: TimelineEvent[];
};

/**
 * One dated event of a case: its type, its date, optionally the episode it belongs to, and the
 * fields only some types carry (planMade, nextStep, reasonForDelay, status for a booking,
 * dateRecorded: false for a step recorded without its day).
 */
export type TimelineEvent = {
  /**
   * What happened: one of the event types (docs/timescales.md says what each does to the clocks).
   */
  type: TimelineEventType;
  /**
   * The date the event happened (YYYY-MM-DD); for status scheduled, the date it is booked for; for
   * postponed, the date that booking was for.
   */
  date: IsoDate;
  /**
   * Which episode of the case the event belongs to (e.g. the case system's referral or episode id);
   * events without one form the default episode. Not used on events about the child.
   */
  episode?: string | undefined;
  /**
   * Only on initial-conference-held and transfer-in-conference-held: whether the conference made
   * (or continued) a child protection plan; taken as true when left out.
   */
  planMade?: boolean | undefined;
  /** Only on referral-decision-made: the next step decided. */
  nextStep?: ReferralNextStep | undefined;
  /**
   * Only on assessment-completed: why the assessment took longer than 45 working days, as the lead
   * practitioner recorded it.
   */
  reasonForDelay?: string | undefined;
  /**
   * Only on conferences and lcspr-published: scheduled for a booking, postponed for a booking that
   * will not go ahead; left out, the event happened.
   */
  status?: 'scheduled' | 'postponed' | undefined;
  /**
   * Only on referral-decision-made and section-47-concluded-no-conference: false when the record
   * shows the step but not the day it was taken; date is then the day of the event it follows, and
   * the step is judged met-inferred.
   */
  dateRecorded?: false | undefined;
};
