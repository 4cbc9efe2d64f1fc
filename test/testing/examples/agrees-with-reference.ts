/**
 * ## Agreement with the reference
 *
 * Both functions give the answer of `reference`, which counts one day at a
 * time over the same holiday list (by default the library's England and
 * Wales list; pass `holidays` to check against another one, such as a GOV.UK
 * download). It catches holiday tables that are wrong, here one that
 * forgets substitute days: when Christmas Day, Boxing Day or New Year's Day
 * falls at a weekend, the weekday given instead is the bank holiday (Monday
 * 28 December 2026 for Boxing Day).
 */
import fc from 'fast-check';
import { addWorkingDays, bankHolidays, createCalendar, workingDaysBetween } from '../../../src/calendar/index.js';
import { agreesWithReference } from '../../../src/testing/index.js';

// The mistake: a holiday table without substitute days.
const substituteDays: string[] = [];
for (let year = 2012; year <= 2100; year++) for (const h of bankHolidays(year)) if (h.substitute) substituteDays.push(h.date);
const noSubstitutes = createCalendar({ removedHolidays: substituteDays });
export const withoutSubstituteDays = {
  addWorkingDays: (date: string, n: number) => addWorkingDays(date, n, noSubstitutes),
  workingDaysBetween: (start: string, end: string) => workingDaysBetween(start, end, noSubstitutes),
};

export function example() {
  return {
    library: fc.check(agreesWithReference({ addWorkingDays, workingDaysBetween }), { numRuns: 200, seed: 1 }),
    mistaken: fc.check(agreesWithReference(withoutSubstituteDays), { numRuns: 200, seed: 1, includeErrorInReport: true }),
  };
}
