/**
 * ## 0 is the identity
 *
 * Zero working days from a date is the date itself, even a Sunday or a bank
 * holiday, and there are no working days from a date to itself. It fails for
 * an implementation that always moves a result off a non-working day.
 */
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from '../../../src/calendar/index.js';
import { zeroIsIdentity } from '../../../src/testing/index.js';

// The mistake: every result is rolled forward to a working day, even for n = 0.
export const rollsForward = {
  addWorkingDays: (date: string, n: number) => {
    const due = addWorkingDays(date, n);
    return isWorkingDay(due) ? due : nextWorkingDay(due);
  },
  workingDaysBetween,
};

export function example() {
  return {
    library: fc.check(zeroIsIdentity({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(zeroIsIdentity(rollsForward), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
