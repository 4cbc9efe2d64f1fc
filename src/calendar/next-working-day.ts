import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { addWorkingDays } from './add-working-days.js';

/**
 * The first working day strictly after `date` (so the next one even when
 * `date` is itself a working day). The same as `addWorkingDays(date, 1)`.
 *
 * @param date - The day to start from, `YYYY-MM-DD`, in a year the calendar serves.
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns The next working day, `YYYY-MM-DD`.
 * @throws {SafeguardingInputError} when `date` is not a real date in the served
 *   years, the calendar is not one of the library's, or there is no later
 *   working day in the served years.
 * @example
 * nextWorkingDay('2026-12-24') // '2026-12-29'
 * nextWorkingDay('2026-04-02') // '2026-04-07' (Good Friday, the weekend and Easter Monday)
 */
export function nextWorkingDay(date: IsoDate, calendar?: Calendar): IsoDate {
  return addWorkingDays(date, 1, calendar);
}
