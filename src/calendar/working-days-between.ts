import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { servedDateArgument } from './arguments.js';
import { stateOf, tableOf } from './calendar-state.js';
import { FIRST_SERVED_DAY } from './served-years.js';

/**
 * Counts working days from `start` to `end`, excluding `start` and including
 * `end`: the working days `d` with `start < d <= end`. When `end` is before
 * `start` the count is negative and runs the other way, excluding `start` and
 * including `end` (`end <= d < start`), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `d` and `n`.
 * Use it to say how many working days a step took, or how many are left.
 *
 * @param start - The day counted from (not itself counted), `YYYY-MM-DD`, in a year the calendar serves.
 * @param end - The day counted to (counted when it is a working day), `YYYY-MM-DD`, in a year the calendar serves.
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns The number of working days, negative when `end` is before `start`, 0 when they are the same day.
 * @throws {SafeguardingInputError} when either date is not a real date in the
 *   served years or the calendar is not one of the library's.
 * @example
 * workingDaysBetween('2026-12-18', '2026-12-29') // 5
 * workingDaysBetween('2026-12-29', '2026-12-18') // -5
 * workingDaysBetween('2026-12-24', '2026-12-28') // 0 (Christmas Day, a weekend, Boxing Day (substitute))
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, calendar?: Calendar): number {
  const a = servedDateArgument(start, 'start') - FIRST_SERVED_DAY;
  const b = servedDateArgument(end, 'end') - FIRST_SERVED_DAY;
  const { cum } = tableOf(stateOf(calendar));
  return b >= a ? cum[b + 1]! - cum[a + 1]! : cum[b]! - cum[a]!;
}
