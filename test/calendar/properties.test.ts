import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, SafeguardingInputError, workingDaysBetween } from '../../src/calendar/index.js';
import { isoDateBetween } from './support/arbitraries.js';
import { referenceAddWorkingDays, referenceIsWorkingDay, referenceWorkingDaysBetween } from './support/reference.js';

const date = isoDateBetween(2012, 2040);
// 2012 dates are weighted in separately so the lower edge of the served range is exercised.
const dateNear2012 = fc.oneof(date, isoDateBetween(2012, 2012));
const n = fc.integer({ min: -300, max: 300 });
// Keep clear of the edges of the served range (2012–2100) when counting back.
const safeDate = isoDateBetween(2014, 2040);

describe('working-day properties', () => {
  it('round trip: workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(safeDate, n, (d, k) => {
      expect(workingDaysBetween(d, addWorkingDays(d, k))).toBe(k);
    }), { numRuns: 2000 });
  });

  it('due dates are working days for n ≠ 0', () => {
    fc.assert(fc.property(safeDate, n.filter((k) => k !== 0), (d, k) => {
      expect(isWorkingDay(addWorkingDays(d, k))).toBe(true);
    }), { numRuns: 2000 });
  });

  it('monotonic in n (strictly, for n ≠ 0 on the same side)', () => {
    fc.assert(
      fc.property(safeDate, n, n, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = addWorkingDays(d, lo);
        const y = addWorkingDays(d, hi);
        expect(x <= y).toBe(true);
        if (lo < hi && lo !== 0 && hi !== 0) expect(x < y).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays(addWorkingDays(d, n), -n) === d when d is a working day', () => {
    fc.assert(
      fc.property(safeDate.filter((d) => referenceIsWorkingDay(d)), n, (d, k) => {
        expect(addWorkingDays(addWorkingDays(d, k), -k)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('workingDaysBetween is additive: (a, b) + (b, c) === (a, c) when a <= b <= c', () => {
    fc.assert(
      fc.property(date, date, date, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort();
        expect(workingDaysBetween(a!, b!) + workingDaysBetween(b!, c!)).toBe(workingDaysBetween(a!, c!));
      }),
    );
  });

  it('agrees with a slow day-by-day reference', () => {
    fc.assert(
      fc.property(dateNear2012, n, (d, k) => {
        const expected = referenceAddWorkingDays(d, k);
        // Counting back from early 2012 can leave the served years: then the library must refuse, not guess.
        if (expected < '2012-01-01') expect(() => addWorkingDays(d, k)).toThrow(SafeguardingInputError);
        else expect(addWorkingDays(d, k)).toBe(expected);
        expect(isWorkingDay(d)).toBe(referenceIsWorkingDay(d));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (a, offset) => {
        const b = new Date(Date.UTC(Number(a.slice(0, 4)), Number(a.slice(5, 7)) - 1, Number(a.slice(8, 10)) + offset)).toISOString().slice(0, 10);
        if (b < '2012-01-01') return;
        expect(workingDaysBetween(a, b)).toBe(referenceWorkingDaysBetween(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference on every day 2012–2045', () => {
    for (let ms = Date.UTC(2012, 0, 1); ms <= Date.UTC(2045, 11, 31); ms += 86_400_000) {
      const d = new Date(ms).toISOString().slice(0, 10);
      if (isWorkingDay(d) !== referenceIsWorkingDay(d)) expect.fail(`isWorkingDay disagrees on ${d}`);
    }
  });
});
