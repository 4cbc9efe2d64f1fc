import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { addWorkingDays } from './add-working-days.js';

/**
 * The last working day strictly before `date` (the one before even when
 * `date` is itself a working day). The same as `addWorkingDays(date, -1)`.
 *
 * @param date - The day to start from, `YYYY-MM-DD`, in a year the calendar serves.
 * @param calendar - The calendar whose bank holidays count (default `englandAndWales`; one from `createCalendar` for added or removed days).
 * @returns The previous working day, `YYYY-MM-DD`.
 * @throws {SafeguardingInputError} when `date` is not a real date in the served
 *   years, the calendar is not one of the library's, or there is no earlier
 *   working day in the served years.
 * @example
 * previousWorkingDay('2026-12-29') // '2026-12-24'
 * previousWorkingDay('2026-04-07') // '2026-04-02'
 */
export function previousWorkingDay(date: IsoDate, calendar?: Calendar): IsoDate {
  return addWorkingDays(date, -1, calendar);
}
