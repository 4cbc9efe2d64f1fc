import * as fc from 'fast-check';
import type { Calendar } from '../calendar/calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange, type DateRangeOptions } from './date-range.js';
import { workingDayIndex } from './day-index.js';
import { checkOptionKeys } from './option-keys.js';

/**
 * Options of the calendar-aware date arbitraries (`workingDay`,
 * `nonWorkingDay`, and with `substitute` `bankHoliday`): the range to draw
 * from, inside the served years, and the calendar that says which days work.
 */
export interface CalendarDayOptions extends DateRangeOptions {
  /** The calendar that decides which days are working days. Default: `englandAndWales`. */
  calendar?: Calendar;
}

/**
 * Working days (not a weekend, not a bank holiday) from `from` to `to`, on
 * the given calendar. The day just after a weekend or bank holiday is drawn
 * more often, because that is where off-by-one mistakes show.
 *
 * @param options - `from` and `to` (inclusive, within 2012 to 2100; default
 *   all of it) and `calendar` (default `englandAndWales`).
 * @returns A fast-check arbitrary of `YYYY-MM-DD` working days.
 * @throws {SafeguardingInputError} when an option is unknown or malformed,
 *   `from` or `to` is not a real date in the served years (2012 to 2100), `to`
 *   is before `from`, or the calendar is not one of the library's, or the range holds no working day.
 * @example
 * import * as fc from 'fast-check';
 * import { isWorkingDay } from 'luton-safeguarding-rules/calendar';
 * fc.assert(fc.property(workingDay(), (d) => isWorkingDay(d)));
 */
export function workingDay(options?: CalendarDayOptions): fc.Arbitrary<IsoDate> {
  checkOptionKeys(options, ['from', 'to', 'calendar'], ['workingDay']);
  const range = dayRange(options, 'workingDay', true);
  const { working } = workingDayIndex(options?.calendar, range, 'workingDay');
  if (working.length === 0) inputError(['workingDay'], 'empty', 'there is no working day between from and to');
  const afterBreak = working.filter((day, i) => i > 0 && day - working[i - 1]! > 1);
  const all = fc.integer({ min: 0, max: working.length - 1 }).map((i) => working[i]!);
  const days = afterBreak.length === 0 ? all : fc.oneof({ weight: 3, arbitrary: all }, { weight: 1, arbitrary: fc.constantFrom(...afterBreak) });
  return days.map(isoOf);
}
