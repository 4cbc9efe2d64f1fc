import type { BankHoliday, Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { servedDateArgument, servedYearArgument } from './arguments.js';
import { holidaysOf, stateOf } from './calendar-state.js';
import { yearOf } from './day-number.js';

/**
 * The bank holidays of a year, sorted by date, as GOV.UK lists them (only
 * the days off: a holiday falling on a weekend appears as its substitute day).
 * Returns a fresh array of fresh objects each call. Years after
 * `CONFIRMED_HORIZON_YEAR` are computed from the recurring rules.
 *
 * @param year - A whole year the calendar serves (2012 to 2100, the years the calendar serves).
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns The year's bank holidays in date order, each `{ date, name, substitute }`.
 * @throws {SafeguardingInputError} when `year` is not a whole number in the served
 *   years or the calendar is not one of the library's.
 * @example
 * bankHolidays(2026).map((h) => h.date)
 * // ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25',
 * //  '2026-08-31', '2026-12-25', '2026-12-28']
 */
export function bankHolidays(year: number, calendar?: Calendar): BankHoliday[] {
  const y = servedYearArgument(year, 'year');
  return holidaysOf(stateOf(calendar), y).map((h) => ({ ...h }));
}

/**
 * The bank holiday on `date`, or `undefined` when it is not one: to name the
 * holiday that made a day a non-working day.
 *
 * @param date - The day to look up, `YYYY-MM-DD`, in a year the calendar serves.
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns A fresh `{ date, name, substitute }`, or `undefined` (weekends are not bank holidays).
 * @throws {SafeguardingInputError} when `date` is not a real date in the served
 *   years or the calendar is not one of the library's.
 * @example
 * bankHolidayOn('2026-12-28') // { date: '2026-12-28', name: 'Boxing Day', substitute: true }
 * bankHolidayOn('2026-12-24') // undefined
 */
export function bankHolidayOn(date: IsoDate, calendar?: Calendar): BankHoliday | undefined {
  const day = servedDateArgument(date, 'date');
  const found = holidaysOf(stateOf(calendar), yearOf(day)).find((h) => h.date === date);
  return found ? { ...found } : undefined;
}
