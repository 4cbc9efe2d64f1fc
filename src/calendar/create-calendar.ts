import type { BankHoliday, Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { SafeguardingInputError, issueAt, type InputIssue, type InputIssueCode } from '../schemas/input-error.js';
import { describeType, isoDateProblem } from '../schemas/iso-date.js';
import { inputLimits } from '../schemas/limits.js';
import { readOnce } from '../schemas/read-once.js';
import { describeUnknownKeys } from '../schemas/unknown-keys.js';
import { parseIsoDay, yearOf } from './day-number.js';
import { baseHolidays, makeCalendar } from './calendar-state.js';
import { FIRST_SERVED_DAY, FIRST_SERVED_YEAR, LAST_SERVED_DAY, LAST_SERVED_YEAR } from './served-years.js';

/**
 * What `createCalendar` changes in the England and Wales calendar: days to
 * add as bank holidays and built-in bank holidays to remove. Both are
 * optional; with neither, the calendar equals `englandAndWales`.
 */
export interface CreateCalendarOptions {
  /**
   * Extra bank holidays, e.g. a one-off day announced after this release.
   * `date` must lie in the served years and appear once; `name` is 1 to 200
   * characters; `substitute` (default `false`) marks a day given in place of
   * a holiday that fell on a weekend.
   */
  additionalHolidays?: { date: IsoDate; name: string; substitute?: boolean }[];
  /**
   * England and Wales bank holidays that are working days on this calendar.
   * Each must be a built-in bank holiday, and not Christmas Day or Good Friday.
   */
  removedHolidays?: IsoDate[];
}

const OPTION_KEYS = ['additionalHolidays', 'removedHolidays'];
const HOLIDAY_KEYS = ['date', 'name', 'substitute'];
/** The keys an issue's path may name (read-once.ts). */
const OPTION_FIELDS: ReadonlySet<string> = new Set([...OPTION_KEYS, ...HOLIDAY_KEYS]);
/** Days that stay holidays on every calendar (their substitute days may still be removed). */
const NEVER_WORKING = new Set(['Christmas Day', 'Good Friday']);

/**
 * A calendar built on England and Wales with days added or removed, so a
 * newly announced one-off bank holiday can be used the day it is announced,
 * without waiting for a new release. Christmas Day (25 December) and Good
 * Friday cannot be removed: they are never working days. Adding a day that is already a bank
 * holiday is allowed (your name replaces the built-in one), so your code keeps
 * working when a later release includes the day. Build it once and reuse it.
 *
 * Limits: at most 1,000 added and 1,000 removed days, names of at most 200
 * characters (`inputLimits`). The options are read once, as plain data.
 *
 * @param options - The days to add and remove; see `CreateCalendarOptions`.
 * @returns A frozen `Calendar` to pass as the `calendar` argument of the
 *   calendar functions and as `options.calendar` of the decisions. Its
 *   `calendarFingerprint` differs from `englandAndWales`'s when it changes any day.
 * @throws {SafeguardingInputError} listing every problem at once: an unknown
 *   option, a date that is not real or lies outside the served years, a
 *   missing or over-long name, a date listed twice or both added and
 *   removed, a removed day that is not a bank holiday, or Christmas Day or
 *   Good Friday removed.
 * @example
 * const calendar = createCalendar({
 *   additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday' }],
 * });
 * addWorkingDays('2026-06-11', 1, calendar) // '2026-06-15'
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const issues: InputIssue[] = [];
  const issue = (path: (string | number)[], code: InputIssueCode, detail: string) => issues.push(issueAt(path, code, detail));

  const added = new Map<number, BankHoliday>();
  const removed = new Set<number>();

  const snapshot = readOnce(options, 'options', undefined, OPTION_FIELDS) as Record<string, unknown>;
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    issue(['options'], 'invalid-type', `expected an object, got ${describeType(snapshot)}`);
    throw new SafeguardingInputError(issues);
  }
  const unknown = Object.keys(snapshot).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length > 0) issue(['options'], 'unknown-key', describeUnknownKeys(unknown, OPTION_KEYS));

  const dateOf = (value: unknown, path: (string | number)[]): number | undefined => {
    const day = parseIsoDay(value);
    if (day === undefined) {
      if (value === undefined) issue(path, 'required', 'is required (a date in the form YYYY-MM-DD)');
      else issue(path, 'invalid-date', isoDateProblem(value) ?? 'is not a date');
      return undefined;
    }
    if (day < FIRST_SERVED_DAY || day > LAST_SERVED_DAY) {
      issue(path, 'out-of-range', `"${value as string}" is outside the years the calendar serves (${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR})`);
      return undefined;
    }
    return day;
  };
  /** An array no longer than `max`, checked before any element is looked at. */
  const listOf = (value: unknown, path: (string | number)[], max: number, what: string): unknown[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) issue(path, 'invalid-type', `expected an array of ${what}, got ${describeType(value)}`);
    else if (value.length > max) issue(path, 'too-long', `lists more than ${max} entries, more than are accepted`);
    else return value;
    return undefined;
  };

  const additionalHolidays = listOf(snapshot.additionalHolidays, ['options', 'additionalHolidays'], inputLimits.additionalHolidays, 'holidays');
  const removedHolidays = listOf(snapshot.removedHolidays, ['options', 'removedHolidays'], inputLimits.removedHolidays, 'dates');
  (additionalHolidays ?? []).forEach((entry: unknown, index) => {
    const path = ['options', 'additionalHolidays', index];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      issue(path, 'invalid-type', `expected { date, name }, got ${describeType(entry)}`);
      return;
    }
    const h = entry as Record<string, unknown>;
    const extra = Object.keys(h).filter((k) => !HOLIDAY_KEYS.includes(k));
    if (extra.length > 0) issue(path, 'unknown-key', describeUnknownKeys(extra, HOLIDAY_KEYS));
    const day = dateOf(h.date, [...path, 'date']);
    if (h.name === undefined) issue([...path, 'name'], 'required', 'is required (a string)');
    else if (typeof h.name !== 'string') issue([...path, 'name'], 'invalid-type', `expected a string, got ${describeType(h.name)}`);
    else if (h.name.trim() === '') issue([...path, 'name'], 'empty', 'must not be empty');
    else if (h.name.length > inputLimits.holidayName) issue([...path, 'name'], 'too-long', `is longer than ${inputLimits.holidayName} characters`);
    if (h.substitute !== undefined && typeof h.substitute !== 'boolean') {
      issue([...path, 'substitute'], 'invalid-type', `expected true or false, got ${describeType(h.substitute)}`);
    }
    if (day === undefined || typeof h.name !== 'string' || h.name.length > inputLimits.holidayName) return;
    if (added.has(day)) {
      issue([...path, 'date'], 'duplicate', `"${h.date as string}" is listed more than once`);
      return;
    }
    added.set(day, Object.freeze({ date: h.date as string, name: h.name, substitute: h.substitute === true }));
  });

  (removedHolidays ?? []).forEach((value: unknown, index) => {
    const path = ['options', 'removedHolidays', index];
    const day = dateOf(value, path);
    if (day === undefined) return;
    if (removed.has(day)) issue(path, 'duplicate', `"${value as string}" is listed more than once`);
    else if (added.has(day)) issue(path, 'contradiction', `"${value as string}" is both added and removed`);
    else {
      const holiday = baseHolidays(yearOf(day)).find((h) => h.date === value);
      if (!holiday) {
        // Removing a day that is not a bank holiday does nothing, so it is almost certainly a mistyped date.
        issue(path, 'not-a-bank-holiday', `"${value as string}" is not an England and Wales bank holiday`);
      } else if (!holiday.substitute && NEVER_WORKING.has(holiday.name)) {
        // Christmas Day and Good Friday are common-law holidays, never working days (DESIGN.md
        // counting convention), so no calendar may turn them into one.
        issue(path, 'not-removable', `"${value as string}" is ${holiday.name}, which is never a working day`);
      } else removed.add(day);
    }
  });

  if (issues.length > 0) throw new SafeguardingInputError(issues);
  const customised = added.size > 0 || removed.size > 0;
  return makeCalendar(customised ? 'England and Wales (customised)' : 'England and Wales', added, removed);
}
