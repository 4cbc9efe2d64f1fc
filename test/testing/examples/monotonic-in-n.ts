/**
 * ## Monotonic in n
 *
 * One more working day always gives a strictly later date:
 * `addWorkingDays(d, 4) < addWorkingDays(d, 5)`, whatever `d`. It fails for
 * the shortcut that turns working days into calendar days (five working days
 * as seven calendar days, so n as 1.4 × n) and moves a result that lands on a
 * weekend or bank holiday to the next working day: two counts can then give
 * the same date.
 */
import fc from 'fast-check';
import { addCalendarDays, addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from '../../../src/calendar/index.js';
import { monotonicInN } from '../../../src/testing/index.js';

// The mistake: n working days taken as 1.4 × n calendar days, then moved off a non-working day.
export const sevenFifths = {
  addWorkingDays: (date: string, n: number) => {
    const due = addCalendarDays(date, Math.round((n * 7) / 5));
    return n === 0 || isWorkingDay(due) ? due : n > 0 ? nextWorkingDay(due) : addWorkingDays(due, -1);
  },
  workingDaysBetween,
};

export function example() {
  return {
    library: fc.check(monotonicInN({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(monotonicInN(sevenFifths), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
