import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange } from './date-range.js';
import { workingDayIndex } from './day-index.js';
import type { CalendarDayOptions } from './working-day.js';

/**
 * Days that are not working days: Saturdays, Sundays and bank holidays
 * (substitute days included), from `from` to `to` on the given calendar.
 * Bank holidays are drawn about as often as weekend days, although they are
 * far rarer, because they are where calendars disagree.
 *
 * @example
 * fc.assert(fc.property(nonWorkingDay(), (d) => !isWorkingDay(d)));
 */
export function nonWorkingDay(options?: CalendarDayOptions): fc.Arbitrary<IsoDate> {
  const range = dayRange(options, 'nonWorkingDay', true);
  const { weekends, holidays } = workingDayIndex(options?.calendar, range, 'nonWorkingDay');
  const choices: fc.Arbitrary<number>[] = [];
  if (weekends.length > 0) choices.push(fc.integer({ min: 0, max: weekends.length - 1 }).map((i) => weekends[i]!));
  if (holidays.length > 0) choices.push(fc.constantFrom(...holidays.map((h) => h.day)));
  if (choices.length === 0) inputError(['nonWorkingDay'], 'empty-range', 'there is no weekend day or bank holiday between from and to');
  return fc.oneof(...choices).map(isoOf);
}
