/**
 * What `statutoryTimeline` returns: each statutory deadline of the case, by
 * episode, with its status as of `asOf`.
 *
 * How a deadline is judged:
 * - `met`: the event that satisfies it happened on or before the due date
 *   (the due date is the last day that is still on time);
 * - `met-inferred`: no date is recorded for it, but a later step proves it
 *   happened (an assessment completed proves the referral decision was made);
 *   whether it was on time needs the date;
 * - `overdue`: the due date has passed and the event did not happen in time.
 *   Either it has still not happened (`outstanding: true`, counted to
 *   `asOf`), it happened late (`completedOn`, counted to that day), or the
 *   clock stopped after the due date (`lapsedOn` and `stoppedBy`, counted to
 *   that day);
 * - `due`: the clock is running and the due date is today or later;
 * - `stopped`: an event stopped the clock before it fell due (plan ended,
 *   case closed, child moved away, turned 18, died, became looked after);
 * - `not-required`: a decision made the step unnecessary (no further action,
 *   early help, no conference needed, no plan made);
 * - `not-yet-triggered`: the process has started but the event that starts
 *   this clock has not happened.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { ResultRuleset } from '../decision-options.js';
import type { Interpretation, Warning } from '../engine/interpretation.js';
import type { RulesetVersion } from '../engine/ruleset-version.js';
import type { TimescaleBasis } from '../timescales/timescale.js';
import type { TimelineEventType } from './input-schema.js';
import type { StatutoryTimelineInput } from './input-types.js';
import type { TimelineProcessId } from './processes.js';

/** An event of the input, named by its type, date and position. */
export interface EventReference {
  type: TimelineEventType;
  date: IsoDate;
  /** Position in `input.events`. */
  index: number;
}

interface Judged extends Deadline {
  episode: string;
  process: TimelineProcessId;
  basis: TimescaleBasis;
  /** The event that started the clock. */
  startedBy: EventReference;
  /** The event type that satisfies the deadline, e.g. `initial-conference-held`. */
  satisfiedBy: TimelineEventType;
  /**
   * For a period in calendar days, weeks or months whose due date is not a
   * working day: the last working day on or before `due`. `due` itself is
   * still on time; this is the last day staff are at work to meet it.
   */
  lastWorkingDayOnTime?: IsoDate;
  /** Plain-English sentences for the child's record, naming events in words. */
  explanation: string;
}

/** A booking of the event that would satisfy a deadline still open. */
export interface Booking {
  /** The date the latest booking still standing is for. */
  scheduledFor?: IsoDate;
  /** True when `scheduledFor` is after the due date. */
  scheduledLate?: boolean;
  /** Dates of bookings recorded as postponed. */
  postponed?: IsoDate[];
}

/** A deadline whose event happened on or before the due date. */
export interface MetDeadline extends Judged {
  status: 'met';
  /** The date of the event that met it. */
  metOn: IsoDate;
  /** Working days from the trigger (day 0) to `metOn`. */
  workingDaysTaken: number;
}

/** A deadline with no dated event of its own, known to have been met because a later step that needs it happened. */
export interface MetInferredDeadline extends Judged {
  status: 'met-inferred';
  /** The later event that proves this step was taken. */
  inferredFrom: EventReference;
}

/** A deadline whose clock is running on `asOf`, due today or later; any booking of its event is in the `Booking` fields. */
export interface DueDeadline extends Judged, Booking {
  status: 'due';
  /** True when `asOf` is the due date. */
  dueToday: boolean;
  /** Working days after `asOf` up to and including the due date (0 when due today or the due date is not a working day). */
  workingDaysRemaining: number;
  /** Calendar days from `asOf` to the due date. */
  calendarDaysRemaining: number;
}

/**
 * A deadline whose due date passed without its event in time: still
 * outstanding, completed late (`completedOn`), or lapsed when its clock
 * stopped after the due date (`lapsedOn`, `stoppedBy`).
 */
export interface OverdueDeadline extends Judged, Booking {
  status: 'overdue';
  /** True when the event has still not happened and the clock still runs: action is needed now. */
  outstanding: boolean;
  /** When the event happened late. */
  completedOn?: IsoDate;
  /** When the clock stopped after the due date, unmet. */
  lapsedOn?: IsoDate;
  /** The event that stopped the clock after the due date (with `lapsedOn`). */
  stoppedBy?: EventReference;
  /** Working days after the due date up to `completedOn`, `lapsedOn` or `asOf`. */
  workingDaysOverdue: number;
  /** Calendar days after the due date up to the same day. */
  calendarDaysOverdue: number;
  /** Working days from the trigger to `completedOn`, when the event happened late. */
  workingDaysTaken?: number;
  /** For a late assessment: the reason recorded for the delay (the caller's own words). */
  reasonForDelay?: string;
}

/** A deadline whose clock an event stopped before it fell due (the case closed, the child moved away, ...). */
export interface StoppedDeadline extends Judged {
  status: 'stopped';
  stoppedBy: EventReference;
}

/** A deadline the case no longer needs (the referral decision chose early help, say), and why. */
export interface NotRequiredDeadline extends Judged {
  status: 'not-required';
  /** The decision that made the step unnecessary. */
  notRequiredBecause: EventReference;
}

/**
 * A deadline of a process the case has started whose own clock has not:
 * the event that starts it has not happened, so it has no due date yet
 * (say, the review conference before the initial conference is held).
 */
export interface NotYetTriggeredDeadline {
  status: 'not-yet-triggered';
  /** The timescale's stable id (see `timescales`). */
  id: string;
  /** What must be done, in plain English. */
  title: string;
  /** The episode it belongs to. */
  episode: string;
  /** The process it belongs to, e.g. `section-47` or `child-protection-plan`. */
  process: TimelineProcessId;
  /** What sets the timescale: statutory `must` or `should`, non-statutory guidance, or a local procedure. */
  basis: TimescaleBasis;
  /** What will start the clock, in words. */
  trigger: { event: string };
  /** How long after the trigger it will fall due. */
  period: Deadline['period'];
  /** Where the timescale is set. */
  citation: Citation;
  /** The event type that would start the clock. */
  waitingFor: TimelineEventType;
  /** The event type that will meet it. */
  satisfiedBy: TimelineEventType;
  /** A plain-English sentence for the child's record. */
  explanation: string;
}

/**
 * One statutory deadline of a case as `statutoryTimeline` judged it on
 * `asOf`, told apart by `status`: `met`, `met-inferred`, `due`, `overdue`,
 * `stopped`, `not-required` or `not-yet-triggered`. Switch on `status` to
 * read the fields of each (only `due` and `overdue` need action).
 */
export type TimelineDeadline =
  | MetDeadline
  | MetInferredDeadline
  | DueDeadline
  | OverdueDeadline
  | StoppedDeadline
  | NotRequiredDeadline
  | NotYetTriggeredDeadline;
/** The status of a `TimelineDeadline`: `met`, `met-inferred`, `due`, `overdue`, `stopped`, `not-required` or `not-yet-triggered` (see `TimelineDeadline`). */
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
  /** One entry per episode, in the order each first appears in the input. */
  episodes: TimelineEpisode[];
  /** The processes no event has started, each with the timescales it would bring. */
  notStarted: NotStartedProcess[];
  /** Answers to check: a late assessment without a reason, a booking after the due date, a decision date to record. */
  warnings: Warning[];
  /** The readings of the sources this timeline relied on. */
  interpretations: Interpretation[];
  /** How statuses are judged and days counted, in plain English, for anyone reading a stored result. */
  conventions: string[];
  /** The timescales' hash combined with the calendar's fingerprint, and the fingerprint (see `ResultRuleset`). */
  ruleset: ResultRuleset;
}

export const timelineConventions: readonly string[] = [
  'Events are judged per episode (events without an episode form the default episode). Within an episode each referral, strategy discussion, plan, notification, allegation, incident, review and arrangement starts its own clocks, and later events belong to the latest one started before them.',
  'A deadline is met when the event that satisfies it happened on or before its due date; the due date is the last day that is still on time. A later step that proves an earlier one was taken makes that one met-inferred.',
  'An overdue deadline is either still outstanding (counted to asOf), completed late (counted to the day it happened) or lapsed unmet when its clock stopped after the due date (counted to that day). A clock stopped before its due date is stopped, not overdue; a step a decision made unnecessary is not-required.',
  '"Within N working days of X": X is day 0 and the due date is the N-th working day after it. A working day is any day that is not a Saturday, Sunday or bank holiday in England and Wales (Working Together 2026, footnote to paragraph 407).',
  'Periods in calendar days, weeks or months are not moved off weekends or bank holidays; when the due date is not a working day, lastWorkingDayOnTime gives the working day before it.',
  'Review conferences: the first within 3 months of the conference that made the plan (initial, or transfer-in after a move), then each within 6 months of the last review held, for as long as the child protection plan lasts.',
  'A booked conference (status "scheduled") may be dated after asOf; it does not meet a deadline until the conference is recorded as held.',
];
