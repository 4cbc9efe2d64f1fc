import type { Calendar } from '../calendar/calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { bankHolidays } from '../calendar/bank-holidays.js';
import { stateOf } from '../calendar/calendar-state.js';
import { FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../calendar/served-years.js';

const cache = new WeakMap<object, readonly IsoDate[]>();
const DEFAULT = {};

/**
 * Every bank holiday date a calendar has, over all the years it serves
 * (default `englandAndWales`): the holiday list to hand to `reference` or
 * `checkDeadlineArithmetic` when the library's list is the one to trust.
 * Frozen and cached per calendar.
 *
 * @param calendar - The calendar (default `englandAndWales`).
 * @returns Every bank holiday date from 2012 to 2100, in order, as a frozen array.
 * @throws {SafeguardingInputError} when the calendar is not one of the library's.
 * @example
 * reference.nextWorkingDay('2026-12-24', holidayDates()) // '2026-12-29'
 */
export function holidayDates(calendar?: Calendar): readonly IsoDate[] {
  stateOf(calendar); // validates the argument
  const key = calendar ?? DEFAULT;
  let dates = cache.get(key);
  if (!dates) {
    const list: IsoDate[] = [];
    for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) for (const h of bankHolidays(year, calendar)) list.push(h.date);
    dates = Object.freeze(list);
    cache.set(key, dates);
  }
  return dates;
}
