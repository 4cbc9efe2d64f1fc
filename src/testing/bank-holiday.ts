import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange } from './date-range.js';
import { workingDayIndex } from './day-index.js';
import type { CalendarDayOptions } from './working-day.js';

export interface BankHolidayOptions extends CalendarDayOptions {
  /** `true`: substitute days only; `false`: no substitute days. Default: both, substitute days drawn often. */
  substitute?: boolean;
}

/**
 * The dates of bank holidays from `from` to `to` on the given calendar, as
 * `bankHolidays` lists them (one-off days such as jubilees included). A
 * substitute day (the weekday off when a holiday falls on a weekend) is
 * drawn about one time in three, far more often than its share of the list.
 *
 * @example
 * fc.assert(fc.property(bankHoliday({ substitute: true }), (d) => bankHolidayOn(d)?.substitute === true));
 */
export function bankHoliday(options?: BankHolidayOptions): fc.Arbitrary<IsoDate> {
  const range = dayRange(options, 'bankHoliday', true);
  const { holidays } = workingDayIndex(options?.calendar, range, 'bankHoliday');
  const wanted = options?.substitute;
  const listed = wanted === undefined ? holidays : holidays.filter((h) => h.substitute === wanted);
  if (listed.length === 0) inputError(['bankHoliday'], 'empty-range', 'there is no such bank holiday between from and to');
  const all = fc.constantFrom(...listed.map((h) => h.day));
  const substitutes = listed.filter((h) => h.substitute).map((h) => h.day);
  const days = wanted !== undefined || substitutes.length === 0 ? all : fc.oneof({ weight: 2, arbitrary: all }, { weight: 1, arbitrary: fc.constantFrom(...substitutes) });
  return days.map(isoOf);
}
