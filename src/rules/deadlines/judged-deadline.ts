/**
 * The one shape in which every decision and the case timeline return a
 * deadline: the `Deadline` with where it stands (`status`) on the day it was
 * judged, the day the work was done, the working days counted and a sentence
 * for the child's record. `judge-deadline.ts` is the one module that builds
 * it.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { TimescaleBasis } from '../timescales/timescale.js';

/**
 * Where a deadline stands, on the deadline itself (`JudgedDeadline.status`):
 * - `met`: the work was done on or before `due` (`doneOn`);
 * - `late`: the work was done after `due` (`doneOn`); never counted as overdue;
 * - `overdue`: the work is not recorded as done and `due` has passed; with
 *   `stoppedOn`, an event ended the duty after it fell due (the duty was
 *   missed, and no action can meet it now);
 * - `due`: the work is not recorded as done and `due` has not passed;
 * - `not-yet-triggered`: the event that starts the clock has not happened (or
 *   its date is not given), so there is no due date yet;
 * - `not-required`: the source's own condition removed the duty (a decision
 *   of no further action, say);
 * - `stopped`: an event ended the duty before it fell due (`stoppedOn`);
 * - `met-inferred` (case timeline only): no date is recorded for the work,
 *   but a later step that needs it proves it was done; neither `met` nor
 *   `late` can be claimed without its date.
 */
export type DeadlineStatus = 'met' | 'late' | 'overdue' | 'due' | 'not-yet-triggered' | 'not-required' | 'stopped' | 'met-inferred';

/** A booking of the work of a deadline still open (a conference booked, a publication planned). */
export interface Booking {
  /** The date the latest booking still standing is for. */
  scheduledFor?: IsoDate;
  /** True when `scheduledFor` is after the due date. */
  scheduledLate?: boolean;
  /** Dates of bookings recorded as postponed. */
  postponed?: IsoDate[];
}

/** What every judged deadline whose clock has started carries besides the `Deadline` itself. */
export interface StartedDeadline extends Deadline {
  /** How binding the timescale is: statutory `must` or `should`, non-statutory guidance, or a local procedure. */
  basis: TimescaleBasis;
  /**
   * For a period in calendar days, weeks or months whose due date is not a
   * working day: the last working day before `due`. `due` itself is still on
   * time; this is the last day staff are at work to meet it.
   */
  lastWorkingDayOnTime?: IsoDate;
  /** Plain sentences for the child's record, with dates in words. */
  explanation: string;
}

/** Done on or before the due date. */
export interface MetDeadline extends StartedDeadline {
  status: 'met';
  /** The day the work was done. */
  doneOn: IsoDate;
  /**
   * Working days from the trigger (day 0) to `doneOn`. Absent for a deadline
   * counted back from its trigger ("7 working days before publication"),
   * where no time is taken from the trigger: the explanation says how many
   * working days before it the work was done.
   */
  workingDaysTaken?: number;
}

/** Done, but after the due date: late, never counted as overdue. */
export interface LateDeadline extends StartedDeadline {
  status: 'late';
  /** The day the work was done, after `due`. */
  doneOn: IsoDate;
  /** Working days from the trigger (day 0) to `doneOn`; absent for a deadline counted back from its trigger. */
  workingDaysTaken?: number;
  /** Working days after `due` up to and including `doneOn`. */
  workingDaysOverdue: number;
  /** Calendar days from `due` to `doneOn`. */
  calendarDaysOverdue: number;
}

/**
 * Not done, and the due date has passed. Without `stoppedOn` the work is
 * still to do; with it, an event ended the duty after it fell due: the duty
 * was missed, and the counts run to that day.
 */
export interface OverdueDeadline extends StartedDeadline, Booking {
  status: 'overdue';
  /** Working days after `due` up to and including `asOf` (or `stoppedOn`). */
  workingDaysOverdue: number;
  /** Calendar days from `due` to `asOf` (or `stoppedOn`). */
  calendarDaysOverdue: number;
  /** Working days from the trigger (day 0) to `asOf` (or `stoppedOn`); absent for a deadline counted back from its trigger, or whose trigger is still ahead. */
  workingDaysTaken?: number;
  /** The day an event ended the duty, after it fell due, with the work never done. */
  stoppedOn?: IsoDate;
}

/**
 * Not done, and the due date has not passed. The day counts are given when
 * the deadline was judged on a date (`asOf`); `assessSeriousIncident` without
 * `asOf` judges on the recorded dates alone and leaves them out.
 */
export interface DueDeadline extends StartedDeadline, Booking {
  status: 'due';
  /** True when `asOf` is the due date. */
  dueToday?: boolean;
  /** Working days after `asOf` up to and including `due` (0 when due today, or when `due` is not a working day and no working day is left before it). */
  workingDaysRemaining?: number;
  /** Calendar days from `asOf` to `due`. */
  calendarDaysRemaining?: number;
  /** Working days from the trigger (day 0) to `asOf`; absent for a deadline counted back from its trigger, or whose trigger is still ahead of `asOf`. */
  workingDaysTaken?: number;
}

/** An event ended the duty before it fell due (the case closed, the child moved away, ...). */
export interface StoppedDeadline extends StartedDeadline {
  status: 'stopped';
  /** The day the event that ended the duty happened, on or before `due`. */
  stoppedOn: IsoDate;
}

/** The source's own condition removed the duty (the referral decision chose early help, say). */
export interface NotRequiredDeadline extends StartedDeadline {
  status: 'not-required';
}

/** Case timeline only: no date is recorded for the work, but a later step that needs it proves it was done. */
export interface MetInferredDeadline extends StartedDeadline {
  status: 'met-inferred';
}

/**
 * The event that starts the clock has not happened (or its date is not
 * given): there is no trigger date and no due date yet, only what will start
 * the clock and how long it will run.
 */
export interface NotYetTriggeredDeadline {
  status: 'not-yet-triggered';
  /** The timescale's stable id (see `timescales`). */
  id: string;
  /** What must be done, in plain English. */
  title: string;
  /** What will start the clock, in words (no date: it has not happened). */
  trigger: { event: string; date?: never };
  /** How long after (or before) the trigger it will fall due. */
  period: Deadline['period'];
  /** No due date until the clock starts. */
  due?: never;
  /** Not provisional or otherwise: there is no due date yet. */
  provisional?: never;
  /** How binding the timescale is. */
  basis: TimescaleBasis;
  /** Where the timescale is set. */
  citation: Citation;
  /** Plain sentences for the child's record. */
  explanation: string;
}

/**
 * A deadline judged on a date (`asOf`, or the day the work was done): every
 * decision and the case timeline return their deadlines in this one shape,
 * told apart by `status` (see `DeadlineStatus`). Switch on `status` to read
 * each variant's fields; only `due` and `overdue` without `stoppedOn` need
 * action. A `not-yet-triggered` deadline has no `due` and no trigger date.
 */
export type JudgedDeadline =
  | MetDeadline
  | LateDeadline
  | OverdueDeadline
  | DueDeadline
  | StoppedDeadline
  | NotRequiredDeadline
  | MetInferredDeadline
  | NotYetTriggeredDeadline;
