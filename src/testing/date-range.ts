/**
 * The `{ from, to }` options shared by the date arbitraries, checked once and
 * turned into day numbers. Bad options throw the library's input error, like
 * every other public function.
 */
import type { IsoDate } from '../schemas/iso-date.js';
import { isoDateProblem } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { parseIsoDay } from '../calendar/day-number.js';
import { FIRST_SERVED_DAY, FIRST_SERVED_YEAR, LAST_SERVED_DAY, LAST_SERVED_YEAR } from '../calendar/served-years.js';

/** The range a date arbitrary draws from: `from` and `to`, inclusive. */
export interface DateRangeOptions {
  /** First date that may be drawn (inclusive). Default: 1 January of the first served year. */
  from?: IsoDate;
  /** Last date that may be drawn (inclusive). Default: 31 December of the last served year. */
  to?: IsoDate;
}

export interface DayRange {
  first: number;
  last: number;
}

/**
 * The day numbers of `from` and `to`. With `served`, both must lie in the
 * years the calendar serves, because the arbitrary asks the calendar which
 * days are working days.
 */
export function dayRange(options: DateRangeOptions | undefined, argument: string, served: boolean): DayRange {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    inputError([argument], 'invalid-type', 'expected an options object');
  }
  const first = dayOf(options?.from, [argument, 'from'], FIRST_SERVED_DAY, served);
  const last = dayOf(options?.to, [argument, 'to'], LAST_SERVED_DAY, served);
  if (last < first) inputError([argument, 'to'], 'date-order', 'is before from');
  return { first, last };
}

function dayOf(value: unknown, path: string[], fallback: number, served: boolean): number {
  if (value === undefined) return fallback;
  const day = parseIsoDay(value);
  if (day === undefined) inputError(path, 'invalid-date', isoDateProblem(value) ?? 'is not a date');
  if (served && (day < FIRST_SERVED_DAY || day > LAST_SERVED_DAY)) {
    inputError(path, 'out-of-range', `"${value as string}" is outside the years the calendar serves (${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR})`);
  }
  return day;
}
