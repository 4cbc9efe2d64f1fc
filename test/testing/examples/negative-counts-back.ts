/**
 * ## Negative counts go back
 *
 * `addWorkingDays(d, -n)` is the n-th working day strictly before `d` ("no
 * later than 7 working days before publication"): a working day, with
 * exactly n working days from it up to but not including `d`. It fails for
 * an implementation that counts `d` itself as the first day back.
 */
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../src/calendar/index.js';
import { negativeCountsBack } from '../../../src/testing/index.js';

// The mistake: counting back, a working day d is the first of the n days.
export const backFromTheDayItself = {
  addWorkingDays: (date: string, n: number) => (n < 0 && isWorkingDay(date) ? addWorkingDays(date, n + 1) : addWorkingDays(date, n)),
  workingDaysBetween,
};

export function example() {
  return {
    library: fc.check(negativeCountsBack({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(negativeCountsBack(backFromTheDayItself), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
