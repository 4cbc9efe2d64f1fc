/**
 * The working and non-working days of a range on a calendar, listed once per
 * arbitrary (not per draw), from the calendar's own answers.
 */
import type { Calendar } from '../calendar/calendar-types.js';
import { isWorkingDay } from '../calendar/is-working-day.js';
import { bankHolidays } from '../calendar/bank-holidays.js';
import { stateOf } from '../calendar/calendar-state.js';
import { civilOf, isoOf, parseIsoDay, weekdayOf } from '../calendar/day-number.js';
import type { DayRange } from './date-range.js';

export interface DayIndex {
  /** Working days in the range, ascending (day numbers). */
  working: number[];
  /** Weekend days in the range, ascending. */
  weekends: number[];
  /** Bank holidays in the range, ascending; `substitute` marks substitute days. */
  holidays: { day: number; substitute: boolean }[];
}

export function workingDayIndex(calendar: Calendar | undefined, { first, last }: DayRange, argument: string): DayIndex {
  stateOf(calendar, `${argument}.calendar`); // a bad calendar option fails here, named after the arbitrary
  const working: number[] = [];
  const weekends: number[] = [];
  const holidays: { day: number; substitute: boolean }[] = [];
  for (let year = civilOf(first).year; year <= civilOf(last).year; year++) {
    for (const h of bankHolidays(year, calendar)) {
      const day = parseIsoDay(h.date)!;
      if (day >= first && day <= last) holidays.push({ day, substitute: h.substitute });
    }
  }
  for (let day = first; day <= last; day++) {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) weekends.push(day);
    else if (isWorkingDay(isoOf(day), calendar)) working.push(day);
  }
  return { working, weekends, holidays };
}
