import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { servedDateArgument } from './arguments.js';
import { stateOf, tableOf } from './calendar-state.js';
import { FIRST_SERVED_DAY } from './served-years.js';

/**
 * Whether a date is a working day: not a Saturday, Sunday or bank holiday.
 *
 * @param date - The day to check, `YYYY-MM-DD`, in a year the calendar serves (2012 to 2100, the years the calendar serves).
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns `true` for a working day, `false` for a weekend day or bank holiday.
 * @throws {SafeguardingInputError} when `date` is not a real date in the served
 *   years or the calendar is not one of the library's.
 * @example
 * isWorkingDay('2026-12-24') // true
 * isWorkingDay('2026-12-25') // false (Christmas Day)
 * isWorkingDay('2026-12-26') // false (Saturday)
 */
export function isWorkingDay(date: IsoDate, calendar?: Calendar): boolean {
  const i = servedDateArgument(date, 'date') - FIRST_SERVED_DAY;
  const { cum } = tableOf(stateOf(calendar));
  return cum[i + 1]! - cum[i]! === 1;
}
