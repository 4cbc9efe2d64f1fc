/** Long English dates for the command line, e.g. `Friday 18 December 2026`, computed without `Date`. */
import { civilOf, parseIsoDay, weekdayOf } from '../calendar/day-number.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The weekday name of a valid ISO date. */
export function weekdayName(date: string): string {
  return WEEKDAYS[weekdayOf(parseIsoDay(date)!)]!;
}

/** `Friday 18 December 2026` for a valid ISO date. */
export function longDate(date: string): string {
  const day = parseIsoDay(date)!;
  const { year, month, day: dom } = civilOf(day);
  return `${WEEKDAYS[weekdayOf(day)]} ${dom} ${MONTHS[month - 1]} ${year}`;
}
