import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';
import { isoDate } from '../../src/testing/index.js';

describe('addCalendarDays', () => {
  it('adds and subtracts days across months, years and leap days', () => {
    expect(addCalendarDays('2026-12-18', 14)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2100-03-01', -1)).toBe('2100-02-28');
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addCalendarDays('2026-01-01', 0)).toBe('2026-01-01');
    expect(addCalendarDays('1999-12-31', 1)).toBe('2000-01-01'); // no bank holidays needed, so any year
  });
  it('agrees with Date.UTC arithmetic', () => {
    fc.assert(
      fc.property(isoDate({ from: '1900-01-01', to: '2200-12-31' }), fc.integer({ min: -100_000, max: 100_000 }), (date, n) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        expect(addCalendarDays(date, n)).toBe(new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10));
      }),
    );
  });
  it('rejects bad input', () => {
    expectInputError(() => addCalendarDays('2026-02-30', 1), 'date: "2026-02-30" is not a real date');
    expectInputError(() => addCalendarDays('2026-02-01', 0.5), 'n: expected a whole number, got 0.5');
    expectInputError(() => addCalendarDays('9999-12-31', 1), /outside the years 0000 to 9999/);
  });
});
