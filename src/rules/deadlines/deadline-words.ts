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
 * history name thousands of dates).
 */
export function inWords(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
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
