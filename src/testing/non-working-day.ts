import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange } from './date-range.js';
import { workingDayIndex } from './day-index.js';
import type { CalendarDayOptions } from './working-day.js';
import { checkOptionKeys } from './option-keys.js';

/**
 * Days that are not working days: Saturdays, Sundays and bank holidays
 * (substitute days included), from `from` to `to` on the given calendar.
 * Bank holidays are drawn about as often as weekend days, although they are
 * far rarer, because they are where calendars disagree.
 *
 * @param options - `from` and `to` (inclusive, within 2012 to 2100; default
 *   all of it) and `calendar` (default `englandAndWales`).
 * @returns A fast-check arbitrary of `YYYY-MM-DD` weekend days and bank holidays.
 * @throws {SafeguardingInputError} when an option is unknown or malformed,
 *   `from` or `to` is not a real date in the served years (2012 to 2100), `to`
 *   is before `from`, or the calendar is not one of the library's, or the range holds no such day.
 * @example
 * import * as fc from 'fast-check';
 * import { isWorkingDay } from 'luton-safeguarding-rules/calendar';
 * fc.assert(fc.property(nonWorkingDay(), (d) => !isWorkingDay(d)));
 */
export function nonWorkingDay(options?: CalendarDayOptions): fc.Arbitrary<IsoDate> {
  checkOptionKeys(options, ['from', 'to', 'calendar'], ['nonWorkingDay']);
  const range = dayRange(options, 'nonWorkingDay', true);
  const { weekends, holidays } = workingDayIndex(options?.calendar, range, 'nonWorkingDay');
  const choices: fc.Arbitrary<number>[] = [];
  if (weekends.length > 0) choices.push(fc.integer({ min: 0, max: weekends.length - 1 }).map((i) => weekends[i]!));
  if (holidays.length > 0) choices.push(fc.constantFrom(...holidays.map((h) => h.day)));
  if (choices.length === 0) inputError(['nonWorkingDay'], 'empty', 'there is no weekend day or bank holiday between from and to');
  return fc.oneof(...choices).map(isoOf);
}
