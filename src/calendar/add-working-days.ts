import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { integerArgument, resultOutOfRange, servedDateArgument } from './arguments.js';
import { stateOf, tableOf } from './calendar-state.js';
import { isoOf } from './day-number.js';
import { FIRST_SERVED_DAY } from './served-years.js';

/**
 * The `n`-th working day strictly after `date` ("within n working days of
 * date": `date` is day 0, whatever day it is). Negative `n` counts back the
 * same way (the `|n|`-th working day strictly before); `n = 0` returns `date`.
 * Constant time: two array reads in the calendar's precomputed table.
 *
 * @param date - Day 0, `YYYY-MM-DD`, in a year the calendar serves (2012 to 2100, the years the calendar serves). It
 *   need not be a working day.
 * @param n - Whole working days to count; negative counts back.
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns The due date, `YYYY-MM-DD`: a working day unless `n` is 0.
 * @throws {SafeguardingInputError} when `date` is not a real date or lies outside
 *   the served years, `n` is not a whole number, the calendar is not one of
 *   the library's, or the result would leave the served years.
 * @example
 * addWorkingDays('2026-12-18', 5)  // '2026-12-29' (skips the weekends, Christmas Day and Boxing Day (substitute))
 * addWorkingDays('2026-12-19', 1)  // '2026-12-21' (a Saturday start counts from the Monday)
 * addWorkingDays('2026-05-12', -7) // '2026-04-30' (no later than 7 working days before)
 */
export function addWorkingDays(date: IsoDate, n: number, calendar?: Calendar): IsoDate {
  const i = servedDateArgument(date, 'date') - FIRST_SERVED_DAY;
  const steps = integerArgument(n, 'n');
  const { cum, work } = tableOf(stateOf(calendar));
  if (steps === 0) return date;
  if (steps > 0) {
    // cum[i + 1] working days lie on or before `date`, so the first one after it has rank cum[i + 1].
    const k = cum[i + 1]! + steps - 1;
    if (k >= work.length) resultOutOfRange('n', true);
    return isoOf(work[k]! + FIRST_SERVED_DAY);
  }
  // cum[i] working days lie strictly before `date`; the last of them has rank cum[i] - 1.
  const k = cum[i]! + steps;
  if (k < 0) resultOutOfRange('n', false);
  return isoOf(work[k]! + FIRST_SERVED_DAY);
}
