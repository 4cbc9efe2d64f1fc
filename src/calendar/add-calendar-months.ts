import type { IsoDate } from '../schemas/iso-date.js';
import { daysInMonth } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { integerArgument } from './arguments.js';
import { dateArgument } from './arguments.js';
import { civilOf, isoOf, dayNumberOf } from './day-number.js';

/**
 * `date` plus `n` calendar months: the corresponding date, clamped to the
 * last day of the month when that month is shorter. Negative `n` goes back.
 * Any year from 0000 to 9999 is accepted (no bank holidays are involved).
 *
 * @param date - The day to count from, `YYYY-MM-DD`.
 * @param n - Whole months to add; negative to go back.
 * @returns The corresponding date `n` months on (or back), `YYYY-MM-DD`.
 * @throws {SafeguardingInputError} when `date` is not a real date, `n` is not a
 *   whole number, or the result would fall outside 0000–9999.
 * @example
 * addCalendarMonths('2026-03-15', 6) // '2026-09-15'
 * addCalendarMonths('2026-01-31', 1) // '2026-02-28'
 * addCalendarMonths('2028-02-29', -12) // '2027-02-28'
 */
export function addCalendarMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = civilOf(dateArgument(date, 'date'));
  const steps = integerArgument(n, 'n');
  const monthIndex = year * 12 + (month - 1) + steps;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) inputError(['n'], 'out-of-range', 'the result would fall outside the years 0000 to 9999');
  return isoOf(dayNumberOf(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth))));
}
