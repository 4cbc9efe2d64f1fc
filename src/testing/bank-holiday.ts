import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange } from './date-range.js';
import { workingDayIndex } from './day-index.js';
import type { CalendarDayOptions } from './working-day.js';
import { checkOptionKeys } from './option-keys.js';

/** Options of `bankHoliday`: the range and calendar (as for `workingDay`), and whether to draw substitute days only, or none. */
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
 * @param options - `from`, `to` and `calendar` as for `workingDay`, and
 *   `substitute` to draw only substitute days (`true`) or none (`false`).
 * @returns A fast-check arbitrary of `YYYY-MM-DD` bank holidays.
 * @throws {SafeguardingInputError} when an option is unknown or malformed,
 *   `from` or `to` is not a real date in the served years (2012 to 2100), `to`
 *   is before `from`, or the calendar is not one of the library's, or the range holds no such bank holiday.
 * @example
 * import * as fc from 'fast-check';
 * import { bankHolidayOn } from 'luton-safeguarding-rules/calendar';
 * fc.assert(fc.property(bankHoliday({ substitute: true }), (d) => bankHolidayOn(d)?.substitute === true));
 */
export function bankHoliday(options?: BankHolidayOptions): fc.Arbitrary<IsoDate> {
  checkOptionKeys(options, ['from', 'to', 'calendar', 'substitute'], ['bankHoliday']);
  const range = dayRange(options, 'bankHoliday', true);
  const { holidays } = workingDayIndex(options?.calendar, range, 'bankHoliday');
  const wanted = options?.substitute;
  const listed = wanted === undefined ? holidays : holidays.filter((h) => h.substitute === wanted);
  if (listed.length === 0) inputError(['bankHoliday'], 'empty', 'there is no such bank holiday between from and to');
  const all = fc.constantFrom(...listed.map((h) => h.day));
  const substitutes = listed.filter((h) => h.substitute).map((h) => h.day);
  const days = wanted !== undefined || substitutes.length === 0 ? all : fc.oneof({ weight: 2, arbitrary: all }, { weight: 1, arbitrary: fc.constantFrom(...substitutes) });
  return days.map(isoOf);
}
