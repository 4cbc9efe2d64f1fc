/**
 * Dates in words: `inWords` writes every date as the English (UK) long date,
 * whatever the process time zone (its oracle formats the same day at UTC).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { inWords } from '../../../src/rules/deadlines/deadline-words.js';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('inWords', () => {
  it('writes a date as its day, month name and year', () => {
    expect(inWords('2026-11-02')).toBe('2 November 2026');
    expect(inWords('2028-02-29')).toBe('29 February 2028');
    expect(inWords('2100-12-31')).toBe('31 December 2100');
  });

  it('writes every date from 1900 to 2200 as the en-GB long date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 366 }), (n) => {
        const date = addCalendarDays('1900-01-01', n);
        expect(inWords(date)).toBe(longDate.format(new Date(`${date}T00:00:00Z`)));
      }),
      { numRuns: 2_000 },
    );
  });
});
