import type { Calendar } from './calendar-types.js';
import type { Deadline, PeriodUnit } from './deadline-types.js';
import type { Citation } from '../schemas/citation.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { SafeguardingInputError, formatPath, issueAt, type InputIssue, type InputIssueCode } from '../schemas/input-error.js';
import { describeNumber, describeType, isoDateProblem } from '../schemas/iso-date.js';
import { inputLimits } from '../schemas/limits.js';
import { readOnce } from '../schemas/read-once.js';
import { describeUnknownKeys } from '../schemas/unknown-keys.js';
import { parseIsoDay, yearOf } from './day-number.js';
import { genuineCalendar } from './calendar-state.js';
import { addWorkingDays } from './add-working-days.js';
import { addCalendarDays } from './add-calendar-days.js';
import { addCalendarMonths } from './add-calendar-months.js';
import { CONFIRMED_HORIZON_YEAR } from './served-years.js';

/**
 * What `createDeadline` needs to build a `Deadline`: everything but the
 * computed `due` and `provisional`. A case system uses it for local
 * deadlines the library does not know, so they are counted the same way.
 */
export interface DeadlineSpec {
  /** A stable id of your choosing, e.g. `local.visit-after-placement` (1 to 1,000 characters). */
  id: string;
  /** What must be done by the due date, in plain English. */
  title: string;
  /** What starts the clock (`event`, in words) and on which day (`date`, day 0). */
  trigger: { event: string; date: IsoDate };
  /**
   * How long after (or before) the trigger the deadline falls: `amount` is a
   * whole number of at least 0, counted in `unit`; `direction: 'before'`
   * counts back, e.g. "no later than 7 working days before publication".
   */
  period: { amount: number; unit: PeriodUnit; direction: 'after' | 'before' };
  /** The document and section that set the deadline. */
  citation: Citation;
}

const UNITS: readonly PeriodUnit[] = ['working-days', 'calendar-days', 'weeks', 'months'];
const DIRECTIONS = ['after', 'before'] as const;

/**
 * Builds a `Deadline`: computes `due` from the trigger date and the period.
 * - `working-days`: the amount-th working day after (or before) the trigger, which is day 0;
 * - `calendar-days`: plain days; `weeks`: 7 calendar days each;
 * - `months`: the corresponding date, clamped to the end of a shorter month.
 *
 * `provisional` is true when the due date, or any day counted to reach it,
 * lies after the confirmed horizon (`CONFIRMED_HORIZON_YEAR`), where the bank
 * holidays are computed from recurring rules and a one-off holiday may still
 * be announced.
 *
 * The spec is read once, as plain data; its texts may be at most 1,000
 * characters (`inputLimits.deadlineText`).
 *
 * @param specArgument - The deadline's id, title, trigger, period and citation.
 * @param calendarArgument - The calendar working days are counted on (default
 *   `englandAndWales`); only `working-days` periods use it.
 * @returns A new `Deadline` with `due` (the last day still on time) and `provisional`.
 * @throws {SafeguardingInputError} listing every problem with the spec (paths
 *   start at `spec`), or when the due date would leave the served years
 *   (reported at `spec.period.amount`).
 * @example
 * createDeadline({
 *   id: 'serious-incident.notify-panel',
 *   title: 'Notify the Child Safeguarding Practice Review Panel',
 *   trigger: { event: 'aware of the incident', date: '2026-12-18' },
 *   period: { amount: 5, unit: 'working-days', direction: 'after' },
 *   citation: { document: 'working-together-2026', section: 'Chapter 5, paragraph 372' },
 * }).due // '2026-12-29'
 */
export function createDeadline(specArgument: DeadlineSpec, calendarArgument?: Calendar): Deadline {
  const spec = readOnce(specArgument, 'spec', undefined, SPEC_FIELDS);
  validateSpec(spec);
  const calendar = genuineCalendar(calendarArgument); // validated (and read) once, before any arithmetic
  return deadlineOf(spec, calendar);
}

/**
 * `createDeadline` for a spec the library built itself (from the timescale
 * registry, with a trigger date its input reading already checked) and a
 * calendar it already holds: the same deadline, without reading and
 * checking the spec again (a long case history computes thousands). A date
 * the arithmetic cannot reach still throws the library's error.
 */
export function deadlineOf(spec: DeadlineSpec, calendar: Calendar | undefined): Deadline {
  const { amount, unit, direction } = spec.period;
  const signed = direction === 'after' ? amount : -amount;
  const trigger = spec.trigger.date;
  let due: IsoDate;
  try {
    if (unit === 'working-days') due = addWorkingDays(trigger, signed, calendar);
    else if (unit === 'calendar-days') due = addCalendarDays(trigger, signed);
    else if (unit === 'weeks') due = addCalendarDays(trigger, signed * 7);
    else due = addCalendarMonths(trigger, signed);
  } catch (error) {
    throw renameArguments(error);
  }
  // The days whose status matters are those strictly between trigger and due,
  // and the due date itself; the latest of them decides.
  const latest = direction === 'after' || amount === 0 ? parseIsoDay(due)! : parseIsoDay(trigger)! - 1;
  // Every calendar shares the confirmed horizon (see makeCalendar); reading it
  // from the argument would read a caller's object a second time.
  const horizon = CONFIRMED_HORIZON_YEAR;
  return {
    id: spec.id,
    title: spec.title,
    trigger: { event: spec.trigger.event, date: trigger },
    period: { amount, unit, direction },
    due,
    provisional: yearOf(latest) > horizon,
    citation: copyCitation(spec.citation),
  };
}

/** Reports the arithmetic's `date` and `n` problems under the spec's field names. */
function renameArguments(error: unknown): unknown {
  if (!(error instanceof SafeguardingInputError)) return error;
  const names: Record<string, string[]> = { date: ['spec', 'trigger', 'date'], n: ['spec', 'period', 'amount'] };
  return new SafeguardingInputError(
    error.issues.map((i) => {
      const first = i.path[0];
      const renamed = typeof first === 'string' ? names[first] : undefined;
      if (!renamed) return i;
      const path = [...renamed, ...i.path.slice(1)];
      return { ...i, path, message: formatPath(path) + i.message.slice(formatPath(i.path).length) };
    }),
  );
}

function copyCitation(c: Citation): Citation {
  return c.page === undefined ? { document: c.document, section: c.section } : { document: c.document, section: c.section, page: c.page };
}

/** The spec's own field names, the only keys an issue's path may name (read-once.ts). */
const SPEC_FIELDS: ReadonlySet<string> = new Set(['id', 'title', 'trigger', 'event', 'date', 'period', 'amount', 'unit', 'direction', 'citation', 'document', 'section', 'page']);

function validateSpec(spec: unknown): asserts spec is DeadlineSpec {
  const issues: InputIssue[] = [];
  const issue = (path: (string | number)[], code: InputIssueCode, detail: string) => issues.push(issueAt(path, code, detail));

  const object = (value: unknown, path: (string | number)[], keys: string[], optional: string[] = []): Record<string, unknown> | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issue(path, value === undefined ? 'required' : 'invalid-type', value === undefined ? 'is required' : `expected an object, got ${describeType(value)}`);
      return undefined;
    }
    const record = value as Record<string, unknown>;
    const allowed = [...keys, ...optional];
    const extra = Object.keys(record).filter((k) => !allowed.includes(k));
    if (extra.length > 0) issue(path, 'unknown-key', describeUnknownKeys(extra, allowed));
    return record;
  };
  const text = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'string') issue(path, value === undefined ? 'required' : 'invalid-type', value === undefined ? 'is required (a string)' : `expected a string, got ${describeType(value)}`);
    else if (value.length > inputLimits.deadlineText) issue(path, 'too-long', `is longer than ${inputLimits.deadlineText} characters`);
    else if (value.trim() === '') issue(path, 'empty', 'must not be empty');
  };
  /** A whole number of at least `min`: its type, then whether it is whole, then its range, each with its own code. */
  const whole = (value: unknown, path: (string | number)[], min: number, what: string) => {
    if (value === undefined) issue(path, 'required', `is required (${what})`);
    else if (typeof value !== 'number') issue(path, 'invalid-type', `expected ${what}, got ${describeType(value)}`);
    // A long number is not quoted: a phone or NHS number in the wrong field would be repeated back.
    else if (!Number.isSafeInteger(value)) issue(path, 'invalid-integer', `expected ${what}, got ${Number.isInteger(value) ? 'a whole number too large to count exactly' : describeNumber(value)}`);
    else if (value < min) issue(path, 'out-of-range', `must be at least ${min}`);
  };

  const s = object(spec, ['spec'], ['id', 'title', 'trigger', 'period', 'citation']);
  if (s) {
    text(s.id, ['spec', 'id']);
    text(s.title, ['spec', 'title']);
    const trigger = object(s.trigger, ['spec', 'trigger'], ['event', 'date']);
    if (trigger) {
      text(trigger.event, ['spec', 'trigger', 'event']);
      const problem = isoDateProblem(trigger.date);
      if (trigger.date === undefined) issue(['spec', 'trigger', 'date'], 'required', 'is required (a date in the form YYYY-MM-DD)');
      else if (problem) issue(['spec', 'trigger', 'date'], typeof trigger.date === 'string' ? 'invalid-date' : 'invalid-type', problem);
    }
    const period = object(s.period, ['spec', 'period'], ['amount', 'unit', 'direction']);
    if (period) {
      whole(period.amount, ['spec', 'period', 'amount'], 0, 'a whole number');
      if (!UNITS.includes(period.unit as PeriodUnit)) {
        issue(['spec', 'period', 'unit'], 'invalid-value', `expected one of ${UNITS.map((u) => JSON.stringify(u)).join(', ')}`);
      }
      if (!DIRECTIONS.includes(period.direction as 'after')) {
        issue(['spec', 'period', 'direction'], 'invalid-value', 'expected "after" or "before"');
      }
    }
    const citation = object(s.citation, ['spec', 'citation'], ['document', 'section'], ['page']);
    if (citation) {
      text(citation.document, ['spec', 'citation', 'document']);
      text(citation.section, ['spec', 'citation', 'section']);
      if (citation.page !== undefined) whole(citation.page, ['spec', 'citation', 'page'], 1, 'a whole page number');
    }
  }
  if (issues.length > 0) throw new SafeguardingInputError(issues);
}
