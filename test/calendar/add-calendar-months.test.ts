import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarMonths } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';
import { isoDate } from '../../src/testing/index.js';

describe('addCalendarMonths', () => {
  it('uses the corresponding date, clamped to the end of the month', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addCalendarMonths('2026-05-31', 0)).toBe('2026-05-31');
  });
  it('lands in the right month, never later than the same day number', () => {
    fc.assert(
      fc.property(isoDate({ from: '1950-01-01', to: '2150-12-31' }), fc.integer({ min: -1200, max: 1200 }), (date, n) => {
        const result = addCalendarMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + n, 1));
        expect(result.slice(0, 7)).toBe(target.toISOString().slice(0, 7));
        const day = Number(result.slice(8));
        const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        expect(day).toBe(Math.min(d, last));
      }),
    );
  });
  it('rejects bad input', () => {
    expectInputError(() => addCalendarMonths('2026-2-1', 1), 'date: "2026-2-1" is not a date in the form YYYY-MM-DD');
    expectInputError(() => addCalendarMonths('2026-02-01', Number.NEGATIVE_INFINITY), 'n: expected a whole number, got -Infinity');
    expectInputError(() => addCalendarMonths('9999-12-01', 1), /outside the years 0000 to 9999/);
  });
});
