/**
 * In a test runner, `assertDeadlineArithmetic` throws the same report when a
 * property fails. Here the case system is a validator that counts a working
 * start day as day 1, a common mistake:
 */
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../src/calendar/index.js';
import { assertDeadlineArithmetic } from '../../../src/testing/index.js';

// The mistake: "within 1 working day" of a working day is that same day.
export const startDayIsDayOne = {
  addWorkingDays: (date: string, n: number) => (n > 0 && isWorkingDay(date) ? addWorkingDays(date, n - 1) : addWorkingDays(date, n)),
  workingDaysBetween,
};

// In a test file: it('our deadlines count working days as the library does', () => assertDeadlineArithmetic(startDayIsDayOne));
export function example() {
  assertDeadlineArithmetic(startDayIsDayOne, { runs: 1000, seed: 1 });
}
