/**
 * ## Due dates are working days
 *
 * For any count other than 0, `addWorkingDays(d, n)` is a working day,
 * whatever day `d` is. It fails when an implementation skips weekends but
 * not bank holidays, as "business day" helpers without a holiday list do.
 */
import fc from 'fast-check';
import { addWorkingDays, workingDaysBetween } from '../../../src/calendar/index.js';
import { dueDatesAreWorkingDays } from '../../../src/testing/index.js';

// The mistake: weekends only, no bank holidays.
export function addWeekdays(date: string, n: number): string {
  let ms = Date.parse(`${date}T00:00:00Z`);
  for (let left = Math.abs(n); left > 0; ) {
    ms += Math.sign(n) * 86_400_000;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

export function example() {
  return {
    library: fc.check(dueDatesAreWorkingDays({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(dueDatesAreWorkingDays({ addWorkingDays: addWeekdays, workingDaysBetween }), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
