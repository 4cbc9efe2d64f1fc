/**
 * Dates and periods in words ("2 November 2026", "within 45 working days"),
 * so every explanation of a deadline reads as a sentence on the child's
 * record rather than a list of ids and ISO dates.
 */
import { parseIsoDay, weekdayOf } from '../../calendar/day-number.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * `2 November 2026`, read straight from the validated `YYYY-MM-DD` string
 * (no `Date`, so no time zone; no re-validation, since explanations of a long
 * history name thousands of dates): the day and month from a table of their
 * words, then the year, so each date is one join of two strings rather than
 * four (a long timeline writes about four dates in words for each of its
 * 2,000 rows).
 */
export function inWords(date: IsoDate): string {
  const words = dayAndMonth()[twoDigits(date, 5) - 1]?.[twoDigits(date, 8)];
  // Anything the table does not hold (never a real date) is written as it always was.
  if (words === undefined) return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  return words + date.slice(0, 4);
}

/** The number written by the two digits at `at`, or -1 when they are not two digits. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** `dayAndMonth()[month - 1][day]` is `"2 November "` (day 0 to 31, as the digits are read): built on first use. */
let dayAndMonthWords: (readonly string[])[] | undefined;
function dayAndMonth(): (readonly string[])[] {
  return (dayAndMonthWords ??= MONTHS.map((name) => Array.from({ length: 32 }, (_, day) => `${day} ${name} `)));
}

/** `Friday 30 April 2027`. */
export function withWeekday(date: IsoDate): string {
  return `${WEEKDAYS[weekdayOf(parseIsoDay(date)!)]} ${inWords(date)}`;
}

/** True for Saturday and Sunday. */
export function isWeekendDate(date: IsoDate): boolean {
  const weekday = weekdayOf(parseIsoDay(date)!);
  return weekday === 0 || weekday === 6;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "within 45 working days", "7 working days before"; "on that day" for a period of 0 (due on the trigger day). */
export function describePeriod(deadline: Pick<Deadline, 'period'>): string {
  const { amount, unit, direction } = deadline.period;
  const noun = unit === 'working-days' ? 'working day' : unit === 'calendar-days' ? 'calendar day' : unit === 'weeks' ? 'week' : 'month';
  if (amount === 0) return 'on that day';
  return direction === 'before' ? `${plural(amount, noun)} before` : `within ${plural(amount, noun)}`;
}
