import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { daysInMonth } from '../schemas/iso-date.js';
import { civilOf, dayNumberOf, isoOf } from '../calendar/day-number.js';
import { dayRange, type DateRangeOptions } from './date-range.js';
import { edgeDayArbitrary } from './edge-days.js';
import { checkOptionKeys } from './option-keys.js';

/** Options of `isoDate`: the range to draw from (`from`, `to`, inclusive) and whether to favour the days where date arithmetic breaks. */
export interface IsoDateOptions extends DateRangeOptions {
  /**
   * Draw the days where date arithmetic usually breaks (around bank holidays,
   * month ends, the ends of the served years, the confirmed horizon) about one
   * time in four. Default `true`; `false` draws uniformly.
   */
  edgeCases?: boolean;
}

/**
 * Real `YYYY-MM-DD` dates from `from` to `to` inclusive; by default any day
 * of the years the calendar serves. Other years (0000–9999) may be asked for
 * explicitly, e.g. to test calendar-day arithmetic.
 *
 * Over ranges of several years a date is drawn as a year, a month and a day,
 * so a counterexample shrinks to the earliest year first and keeps its day
 * and month: a failure on 24 December 2071 shrinks to 24 December of the
 * first year, not to 1 January.
 *
 * @param options - `from` and `to` (inclusive; default the served years,
 *   2012 to 2100) and `edgeCases` (default `true`).
 * @returns A fast-check arbitrary of `YYYY-MM-DD` strings.
 * @throws {SafeguardingInputError} when an option is unknown or malformed,
 *   `from` or `to` is not a real date, or `to` is before `from`.
 * @example
 * import * as fc from 'fast-check';
 * fc.assert(fc.property(isoDate({ from: '2026-01-01', to: '2026-12-31' }), (d) => d.startsWith('2026-')));
 */
export function isoDate(options?: IsoDateOptions): fc.Arbitrary<IsoDate> {
  checkOptionKeys(options, ['from', 'to', 'edgeCases'], ['isoDate']);
  const { first, last } = dayRange(options, 'isoDate', false);
  const uniform = uniformDays(first, last);
  const edges = options?.edgeCases === false ? undefined : edgeDayArbitrary(first, last);
  const days = edges === undefined ? uniform : fc.oneof({ weight: 3, arbitrary: uniform }, { weight: 1, arbitrary: edges });
  return days.map(isoOf);
}

function uniformDays(first: number, last: number): fc.Arbitrary<number> {
  const firstYear = civilOf(first).year;
  const lastYear = civilOf(last).year;
  if (lastYear - firstYear < 2) return fc.integer({ min: first, max: last });
  const size = last - first + 1;
  return fc.tuple(fc.integer({ min: firstYear, max: lastYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([year, month, day]) => {
    // A day past the month's end is its last day (so month ends come up a little more often).
    const d = dayNumberOf(year, month, Math.min(day, daysInMonth(year, month)));
    // Days of the partial first and last years outside the range wrap round into it.
    return first + ((((d - first) % size) + size) % size);
  });
}
