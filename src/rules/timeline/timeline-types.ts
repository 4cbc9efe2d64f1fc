/**
 * What `statutoryTimeline` returns: each statutory deadline of the case, by
 * episode, judged on `asOf` by the one deadline judge (see
 * `DeadlineStatus`), with the timeline's context: the episode and process,
 * the event that started the clock and the event type that meets it, and
 * the events behind a stop, a decision that removed the duty or a later step
 * that proves it.
 *
 * How a deadline is judged:
 * - `met`: the event that satisfies it happened on or before the due date
 *   (the due date is the last day that is still on time), on `doneOn`;
 * - `late`: it happened after the due date, on `doneOn`; done, so never
 *   counted as overdue;
 * - `met-inferred`: no date is recorded for it, but a later step proves it
 *   happened (an assessment completed proves the referral decision was made);
 *   whether it was on time needs the date;
 * - `overdue`: the due date has passed and the event has not happened. With
 *   `stoppedOn` (and `stoppedBy`) the clock stopped after the due date: the
 *   duty was missed, counted to that day; otherwise it is still to do,
 *   counted to `asOf`;
 * - `due`: the clock is running and the due date is today or later;
 * - `stopped`: an event stopped the clock before it fell due (plan ended,
 *   case closed, child moved away, turned 18, died, was found; becoming
 *   looked after stops only private fostering visits);
 * - `not-required`: a decision made the step unnecessary (no further action,
 *   early help, no conference needed, no plan made);
 * - `not-yet-triggered`: the process has started but the event that starts
 *   this clock has not happened.
 */
import type { IsoDate } from '../../schemas/iso-date.js';
import type { ResultRuleset } from '../decision-options.js';
import type {
  DueDeadline,
  LateDeadline,
  MetDeadline,
  MetInferredDeadline,
  NotRequiredDeadline,
  NotYetTriggeredDeadline,
  OverdueDeadline,
  StoppedDeadline,
} from '../deadlines/judged-deadline.js';
import type { Interpretation, Warning } from '../engine/interpretation.js';
import type { TimelineEventType } from './input-schema.js';
import type { StatutoryTimelineInput } from './input-types.js';
import type { TimelineProcessId } from './processes.js';

export type { Booking } from '../deadlines/judged-deadline.js';

/** An event of the input, named by its type, date and position. */
export interface EventReference {
  type: TimelineEventType;
  date: IsoDate;
  /** Position in `input.events`. */
  index: number;
}

/** What the timeline adds to every judged deadline whose clock has started. */
export interface TimelineDeadlineFields {
  /** The episode it belongs to. */
  episode: string;
  /** The process it belongs to, e.g. `section-47` or `child-protection-plan`. */
  process: TimelineProcessId;
  /** The event that started the clock. */
  startedBy: EventReference;
  /** The event type that satisfies the deadline, e.g. `initial-conference-held`. */
  satisfiedBy: TimelineEventType;
}

/** A timeline deadline met on time (`doneOn` is the date of the event that met it). */
export interface TimelineMetDeadline extends MetDeadline, TimelineDeadlineFields {}

/** A timeline deadline whose event happened after the due date. */
export interface TimelineLateDeadline extends LateDeadline, TimelineDeadlineFields {
  /** For a late assessment: the reason recorded for the delay (the caller's own words). */
  reasonForDelay?: string;
}

/** A timeline deadline past due with its event not recorded: still to do, or missed when its clock stopped after the due date (`stoppedOn`, `stoppedBy`). */
export interface TimelineOverdueDeadline extends OverdueDeadline, TimelineDeadlineFields {
  /** The event that stopped the clock after the due date (with `stoppedOn`). */
  stoppedBy?: EventReference;
}

/** A timeline deadline whose clock is running on `asOf`, due today or later; any booking of its event is in the `Booking` fields. */
export interface TimelineDueDeadline extends DueDeadline, TimelineDeadlineFields {
  dueToday: boolean;
  workingDaysRemaining: number;
  calendarDaysRemaining: number;
}

/** A timeline deadline whose clock an event stopped before it fell due. */
export interface TimelineStoppedDeadline extends StoppedDeadline, TimelineDeadlineFields {
  /** The event that stopped the clock (on `stoppedOn`). */
  stoppedBy: EventReference;
}

/** A timeline deadline a decision made unnecessary, and which decision. */
export interface TimelineNotRequiredDeadline extends NotRequiredDeadline, TimelineDeadlineFields {
  /** The decision that made the step unnecessary. */
  notRequiredBecause: EventReference;
}

/** A timeline deadline with no dated event of its own, known to have been met because a later step that needs it happened. */
export interface TimelineMetInferredDeadline extends MetInferredDeadline, TimelineDeadlineFields {
  /** The later event that proves this step was taken. */
  inferredFrom: EventReference;
}

/**
 * A deadline of a process the case has started whose own clock has not:
 * the event that starts it has not happened, so it has no due date yet
 * (say, the review conference before the initial conference is held).
 */
export interface TimelineNotYetTriggeredDeadline extends NotYetTriggeredDeadline {
  /** The episode it belongs to. */
  episode: string;
  /** The process it belongs to. */
  process: TimelineProcessId;
  /** The event type that would start the clock. */
  waitingFor: TimelineEventType;
  /** The event type that will meet it. */
  satisfiedBy: TimelineEventType;
}

/**
 * One statutory deadline of a case as `statutoryTimeline` judged it on
 * `asOf`: a `JudgedDeadline` with the timeline's fields, told apart by
 * `status` (`met`, `late`, `met-inferred`, `due`, `overdue`, `stopped`,
 * `not-required` or `not-yet-triggered`). Switch on `status` to read the
 * fields of each; only `due`, and `overdue` without `stoppedOn`, need action.
 */
export type TimelineDeadline =
  | TimelineMetDeadline
  | TimelineLateDeadline
  | TimelineMetInferredDeadline
  | TimelineDueDeadline
  | TimelineOverdueDeadline
  | TimelineStoppedDeadline
  | TimelineNotRequiredDeadline
  | TimelineNotYetTriggeredDeadline;
/** The status of a `TimelineDeadline` (see `DeadlineStatus`). */
export type TimelineStatus = TimelineDeadline['status'];

/** One episode of a case (a referral and what followed), with its deadlines. */
export interface TimelineEpisode {
  /** The episode id of the events (`default` for events recorded without one). */
  id: string;
  /** Deadlines by due date (then trigger date), followed by those not yet triggered. */
  deadlines: TimelineDeadline[];
}

/** A process no event of the case has started, listed once instead of as rows of `not-yet-triggered` deadlines. */
export interface NotStartedProcess {
  process: TimelineProcessId;
  title: string;
  startedBy: TimelineEventType;
  timescales: string[];
}

/**
 * What `statutoryTimeline` returns: every statutory deadline of the case,
 * by episode, with its status on `asOf`, the processes not started, and the
 * fields a stored result needs (`input`, `ruleset`, `warnings`,
 * `interpretations`), so it is stored and checked with `verifyDecision` like
 * a decision.
 */
export interface CaseTimeline {
  /** Marks a timeline among stored results (for `verifyDecision`). */
  decision: 'timeline';
  /** The date the deadlines were judged on. */
  asOf: IsoDate;
  /** The validated input, so a stored timeline is self-contained. */
  input: StatutoryTimelineInput;
  /** One entry per episode, in the order of each episode's first event (by date, then the same-day order), whatever the order of the input. */
  episodes: TimelineEpisode[];
  /** The processes no event has started, each with the timescales it would bring. */
  notStarted: NotStartedProcess[];
  /**
   * Answers to check and repairs made: rows recorded twice, events after the
   * child's death or 18th birthday, a second initiation of open section 47
   * enquiries, an assessment matched among several open referrals, two plans
   * open at once, a late assessment without a reason, a booking after the
   * due date, a decision date to record. Each names the rows (`facts`).
   */
  warnings: Warning[];
  /** The readings of the sources this timeline relied on. */
  interpretations: Interpretation[];
  /** How statuses are judged and days counted, in plain English, for anyone reading a stored result. */
  conventions: string[];
  /** The timescales' hash combined with the calendar's fingerprint, and the fingerprint (see `ResultRuleset`). */
  ruleset: ResultRuleset;
  /** A 64-bit hash of the canonical JSON of `{ decision, input }` (see `DecisionResult.fingerprint`): an input edited after the timeline was judged is reported by `verifyDecision`. */
  fingerprint: string;
}

export const timelineConventions: readonly string[] = [
  'Events are judged per episode (events without an episode form the default episode). Within an episode each referral, section 47 enquiry, plan, notification, allegation, incident, review, arrangement and alert starts its own clocks, and later events belong to the latest one started before them; a decision belongs to the latest referral waiting for one and an assessment to the earliest referral whose assessment is open, unless it names its referral (referralDate).',
  'The history is read in one order whatever the order of its rows: by date, and on one day the 18th birthday first, then a closure, then each process in its own order (a referral before its decision, a review before the plan ends), and last becoming looked after, moving away, being found and dying. An event stops only the clocks started before it in that order. Identical rows are one event, with a warning.',
  "Nothing starts or completes after the child's death or on or after the 18th birthday; events after them are listed in a warning. A plan still open at 18 is due to be ended at a review around the birthday.",
  'A deadline is met when the event that satisfies it happened on or before its due date, and late when it happened after it (late work is done, never overdue); the due date is the last day that is still on time. A later step that proves an earlier one was taken makes that one met-inferred.',
  'An overdue deadline has passed its due date with its event not recorded: still to do (counted to asOf), or missed when its clock stopped after the due date (stoppedOn, counted to that day). A clock stopped before its due date is stopped, not overdue; a step a decision made unnecessary is not-required.',
  '"Within N working days of X": X is day 0 and the due date is the N-th working day after it (interpretation timescales.interpretation.trigger-day-is-day-zero). A working day is any day that is not a Saturday, Sunday or bank holiday in England and Wales (Working Together 2026, footnote to paragraph 407); Christmas Day and Good Friday are not working days either (timescales.interpretation.christmas-day-and-good-friday-not-working-days).',
  'Periods in calendar days, weeks or months are not moved off weekends or bank holidays; when the due date is not a working day, lastWorkingDayOnTime gives the working day before it.',
  'Review conferences: the first within 3 months of the conference that made the plan (initial, or transfer-in after a move), then each within 6 months of the last review held, for as long as the child protection plan lasts.',
  'A booked conference (status "scheduled") may be dated after asOf; it does not meet a deadline until the conference is recorded as held.',
];
