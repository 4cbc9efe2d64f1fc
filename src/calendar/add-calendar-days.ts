import type { IsoDate } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { dateArgument, integerArgument } from './arguments.js';
import { isoOf, MAX_ISO_DAY, MIN_ISO_DAY } from './day-number.js';

/**
 * `date` plus `n` calendar days (negative `n` goes back). Needs no bank
 * holidays, so any year from 0000 to 9999 is accepted. For periods in weeks,
 * add `7 * weeks` days.
 *
 * @param date - The day to count from, `YYYY-MM-DD`.
 * @param n - Whole days to add; negative to go back, 0 for `date` itself.
 * @returns The date `n` days from `date`, `YYYY-MM-DD`.
 * @throws {SafeguardingInputError} when `date` is not a real date, `n` is not a
 *   whole number, or the result would fall outside 0000–9999.
 * @example
 * addCalendarDays('2026-12-18', 14) // '2027-01-01'
 * addCalendarDays('2028-03-01', -1) // '2028-02-29'
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const day = dateArgument(date, 'date');
  const steps = integerArgument(n, 'n');
  const result = day + steps;
  if (result < MIN_ISO_DAY || result > MAX_ISO_DAY) inputError(['n'], 'out-of-range', 'the result would fall outside the years 0000 to 9999');
  return isoOf(result);
}
