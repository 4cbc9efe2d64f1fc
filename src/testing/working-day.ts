import * as fc from 'fast-check';
import type { Calendar } from '../calendar/calendar-types.js';
import type { IsoDate } from '../schemas/iso-date.js';
import { isoOf } from '../calendar/day-number.js';
import { inputError } from '../schemas/input-error.js';
import { dayRange, type DateRangeOptions } from './date-range.js';
import { workingDayIndex } from './day-index.js';

export interface CalendarDayOptions extends DateRangeOptions {
  /** The calendar that decides which days are working days. Default: `englandAndWales`. */
  calendar?: Calendar;
}

/**
 * Working days (not a weekend, not a bank holiday) from `from` to `to`, on
 * the given calendar. The day just after a weekend or bank holiday is drawn
 * more often, because that is where off-by-one mistakes show.
 *
 * @example
 * fc.assert(fc.property(workingDay(), (d) => isWorkingDay(d)));
 */
export function workingDay(options?: CalendarDayOptions): fc.Arbitrary<IsoDate> {
  const range = dayRange(options, 'workingDay', true);
  const { working } = workingDayIndex(options?.calendar, range, 'workingDay');
  if (working.length === 0) inputError(['workingDay'], 'empty-range', 'there is no working day between from and to');
  const afterBreak = working.filter((day, i) => i > 0 && day - working[i - 1]! > 1);
  const all = fc.integer({ min: 0, max: working.length - 1 }).map((i) => working[i]!);
  const days = afterBreak.length === 0 ? all : fc.oneof({ weight: 3, arbitrary: all }, { weight: 1, arbitrary: fc.constantFrom(...afterBreak) });
  return days.map(isoOf);
}
