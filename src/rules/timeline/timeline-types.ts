/**
 * What `statutoryTimeline` returns: each statutory deadline of the case with
 * its status as of `asOf`.
 *
 * How a deadline is judged:
 * - `met`: the event that satisfies it happened on or before the due date
 *   (the due date is the last day that is still on time);
 * - `overdue`: the due date has passed and the event did not happen in time.
 *   Either it has still not happened (`outstanding: true`, counted to
 *   `asOf`), it happened late (`completedOn`, counted to that day), or the
 *   requirement ended unmet because the plan ended (`lapsedOn`, counted to
 *   that day);
 * - `due`: the clock is running and the due date is today or later;
 * - `not-yet-triggered`: the event that starts the clock has not happened.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { TimelineEventType } from '../../schemas/timeline.js';
import type { ResultRuleset } from '../decision-options.js';

interface Judged extends Deadline {
  /** The event type that satisfies the deadline, e.g. `initial-conference-held`. */
  satisfiedBy: TimelineEventType;
  /** One plain-English sentence for the child's record. */
  explanation: string;
}

export interface MetDeadline extends Judged {
  status: 'met';
  metOn: IsoDate;
  /** Working days from the trigger (day 0) to `metOn`. */
  workingDaysTaken: number;
}

export interface DueDeadline extends Judged {
  status: 'due';
  /** Working days after `asOf` up to and including the due date (0 when due today or the due date is not a working day). */
  workingDaysRemaining: number;
  /** Calendar days from `asOf` to the due date. */
  calendarDaysRemaining: number;
}

export interface OverdueDeadline extends Judged {
  status: 'overdue';
  /** True when the event has still not happened and the requirement still applies: action is needed now. */
  outstanding: boolean;
  /** When the event happened late. */
  completedOn?: IsoDate;
  /** When the requirement ended unmet (the child protection plan ended). */
  lapsedOn?: IsoDate;
  /** Working days after the due date up to `completedOn`, `lapsedOn` or `asOf`. */
  workingDaysOverdue: number;
  /** Calendar days after the due date up to the same day. */
  calendarDaysOverdue: number;
  /** Working days from the trigger to `completedOn`, when the event happened late. */
  workingDaysTaken?: number;
}

export interface NotYetTriggeredDeadline {
  status: 'not-yet-triggered';
  id: string;
  title: string;
  trigger: { event: string };
  period: Deadline['period'];
  citation: Citation;
  /** The event type that would start the clock. */
  waitingFor: TimelineEventType;
  satisfiedBy: TimelineEventType;
  explanation: string;
}

export type TimelineDeadline = MetDeadline | DueDeadline | OverdueDeadline | NotYetTriggeredDeadline;
export type TimelineStatus = TimelineDeadline['status'];

/** A deadline that no longer applies to the case, and why (e.g. no plan was made). */
export interface NotApplicableDeadline {
  id: string;
  title: string;
  reason: string;
  citation: Citation;
}

export interface CaseTimeline {
  asOf: IsoDate;
  /** Triggered deadlines by due date (then trigger date), followed by those not yet triggered. */
  deadlines: TimelineDeadline[];
  notApplicable: NotApplicableDeadline[];
  /** How statuses are judged and days counted, in plain English, for anyone reading a stored result. */
  conventions: string[];
  /** The timescales' hash combined with the calendar's fingerprint, and the fingerprint (see `ResultRuleset`). */
  ruleset: ResultRuleset;
}

export const timelineConventions: readonly string[] = [
  'A deadline is met when the event that satisfies it happened on or before its due date; the due date is the last day that is still on time.',
  'An overdue deadline is either still outstanding (counted to asOf), completed late (counted to the day it happened) or lapsed unmet when the child protection plan ended (counted to that day).',
  '"Within N working days of X": X is day 0 and the due date is the N-th working day after it. A working day is any day that is not a Saturday, Sunday or bank holiday in England and Wales (Working Together 2026, footnote to paragraph 407).',
  'Working-day counts exclude the first date and include the second; month periods use the corresponding date, clamped to the end of a shorter month, and are not moved off weekends.',
  'Review conferences: the first within 3 months of the initial conference, then each within 6 months of the last review held, for as long as the child protection plan lasts. A requirement not yet due when the plan ends no longer applies.',
];
