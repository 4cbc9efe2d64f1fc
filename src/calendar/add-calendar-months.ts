import type { IsoDate } from '../schemas/iso-date.js';
import { daysInMonth } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { integerArgument } from './arguments.js';
import { dateArgument } from './arguments.js';
import { civilOf, isoOf, dayNumberOf } from './day-number.js';

/**
 * `date` plus `n` calendar months: the corresponding date, clamped to the
 * last day of the month when that month is shorter. Negative `n` goes back.
 *
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
