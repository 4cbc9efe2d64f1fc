/**
 * ## Round trip
 *
 * Counting the working days from a date to its due date gives back the count:
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. It fails when the two
 * functions disagree on whether the start day counts. A typical mistake is a
 * count of working days "from Monday to Friday inclusive" (5), as
 * spreadsheets' NETWORKDAYS counts, next to a due date that treats the start
 * as day 0.
 */
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../src/calendar/index.js';
import { roundTrip } from '../../../src/testing/index.js';

// The mistake: workingDaysBetween counts both ends.
export const inclusiveCount = {
  addWorkingDays,
  workingDaysBetween: (start: string, end: string) => workingDaysBetween(start, end) + (end >= start && isWorkingDay(start) ? 1 : 0),
};

export function example() {
  return {
    library: fc.check(roundTrip({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(roundTrip(inclusiveCount), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
