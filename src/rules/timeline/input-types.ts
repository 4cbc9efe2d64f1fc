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
   * The date the case is judged on, usually today. Deadlines still open are due or overdue as of
   * this date.
   */
  asOf: IsoDate;
  /** The case history: each dated event, in any order (at most 2,000). */
  events: TimelineEvent[];
};

/**
 * One dated event of a case: its type, its date, optionally the episode it belongs to, and the
 * fields only some types carry (planMade, nextStep, reasonForDelay, status for a booking,
 * referralDate to name the referral a decision or assessment belongs to, dateRecorded: false for a
 * step recorded without its day).
 */
export type TimelineEvent = {
  /** What happened. */
  type: TimelineEventType;
  /**
   * The date it happened. For a booking, the date it is booked for; for a postponed booking, the
   * date it was booked for. Only a booking, or the 18th birthday still to come, may be after the
   * date the case is judged on.
   */
  date: IsoDate;
  /**
   * Which episode of the case the event belongs to, such as the case system's referral number.
   * Leave it out when the history has one episode; events about the child (moving out of the area,
   * turning 18, dying, becoming looked after) apply to every episode.
   */
  episode?: string | undefined;
  /**
   * For an initial or transfer-in child protection conference: did it make (or continue) a child
   * protection plan? When this is not answered the plan is taken as made, so that its deadlines are
   * never dropped.
   */
  planMade?: boolean | undefined;
  /** The next step decided for the referral. */
  nextStep?: ReferralNextStep | undefined;
  /**
   * For a completed assessment: why it took longer than 45 working days, as the lead practitioner
   * recorded it.
   */
  reasonForDelay?: string | undefined;
  /**
   * Whether this is a booking: scheduled for the date given, or postponed (booked for that date and
   * not going ahead). Left out, the event happened on the date given.
   */
  status?: 'scheduled' | 'postponed' | undefined;
  /**
   * Only on referral-decision-made and assessment-completed: the date (YYYY-MM-DD) of the referral
   * of the same episode this decision or assessment belongs to, when several referrals are waiting;
   * left out, a decision goes to the latest referral waiting for one and an assessment to the
   * earliest whose assessment is open.
   */
  referralDate?: IsoDate | undefined;
  /**
   * The record shows this step but not the day it was taken. The date given is then the date of the
   * event it follows (the referral, or the strategy discussion), and the step is never counted as
   * on time.
   */
  dateRecorded?: false | undefined;
};
