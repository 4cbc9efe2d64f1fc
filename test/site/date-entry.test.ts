/** How the site's forms read a typed date: the format said, an impossible day named. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/index.js';
import { dateProblem } from '../../scripts/site/date-entry.js';

describe('dateProblem', () => {
  it('accepts every real day written year-month-day, spaces around it ignored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        const date = addCalendarDays('2000-01-01', n);
        expect(dateProblem(date)).toBeUndefined();
        expect(dateProblem(` ${date} `)).toBeUndefined();
      }),
    );
  });

  it('says how to write a date typed day first, with slashes or without dashes (01062026 is never read as a date)', () => {
    for (const typed of ['01062026', '01/06/2026', '1/6/2026', '2026-6-1', '1 June 2026', '']) {
      expect(dateProblem(typed)).toBe('Enter the date as year, month and day with dashes, for example 2026-06-01 for 1 June 2026.');
    }
  });

  it('names a day that does not exist: the month out of range, or a day past the end of its month', () => {
    expect(dateProblem('2026-13-01')).toBe('There is no such date: the month must be between 01 and 12.');
    expect(dateProblem('2026-00-10')).toBe('There is no such date: the month must be between 01 and 12.');
    expect(dateProblem('2026-02-29')).toBe('There is no such date: that month has 28 days.');
    expect(dateProblem('2028-02-29')).toBeUndefined();
    expect(dateProblem('2026-04-31')).toBe('There is no such date: that month has 30 days.');
    expect(dateProblem('2026-01-00')).toBe('There is no such date: that month has 31 days.');
  });
});
