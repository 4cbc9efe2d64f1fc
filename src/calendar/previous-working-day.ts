import type { Calendar } from './calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { addWorkingDays } from './add-working-days.js';

/**
 * The last working day strictly before `date`.
 *
 * @example
 * previousWorkingDay('2026-12-29') // '2026-12-24'
 * previousWorkingDay('2026-04-07') // '2026-04-02'
 */
export function previousWorkingDay(date: IsoDate, calendar?: Calendar): IsoDate {
  return addWorkingDays(date, -1, calendar);
}
