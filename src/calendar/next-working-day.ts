import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { addWorkingDays } from './add-working-days.js';

/**
 * The first working day strictly after `date` (so the next one even when
 * `date` is itself a working day).
 *
 * @example
 * nextWorkingDay('2026-12-24') // '2026-12-29'
 * nextWorkingDay('2026-04-02') // '2026-04-07' (Good Friday, the weekend and Easter Monday)
 */
export function nextWorkingDay(date: IsoDate, calendar?: Calendar): IsoDate {
  return addWorkingDays(date, 1, calendar);
}
