import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, SafeguardingInputError, workingDaysBetween } from '../../src/calendar/index.js';
import { checkDeadlineArithmetic, isoDate, reference, workingDay, workingDayCount } from '../../src/testing/index.js';
import { referenceHolidays } from './support/official.js';

// The reference counts over the official GOV.UK lists and the generator's later years (to 2045),
// never over the calendar's own table.
const holidays = referenceHolidays();
const library = { addWorkingDays, workingDaysBetween };
const n = workingDayCount({ min: -300, max: 300 });

describe('working-day properties (the testing kit, held against the library itself)', () => {
  it('every deadline property holds, against the official holidays, 2012–2045', () => {
    const report = checkDeadlineArithmetic(library, { runs: 1500, holidays, from: '2012-01-01', to: '2045-12-31' });
    expect(report.message).not.toContain('FAIL');
  });

  it('every deadline property holds over the whole served range, against the calendar’s own list', () => {
    expect(checkDeadlineArithmetic(library, { runs: 500 }).message).not.toContain('FAIL');
  });

  it('addWorkingDays(addWorkingDays(d, n), -n) === d when d is a working day', () => {
    fc.assert(
      fc.property(workingDay({ from: '2014-01-01', to: '2040-12-31' }), n, (d, k) => {
        expect(addWorkingDays(addWorkingDays(d, k), -k)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('workingDaysBetween is additive: (a, b) + (b, c) === (a, c) when a <= b <= c', () => {
    const date = isoDate({ from: '2012-01-01', to: '2040-12-31' });
    fc.assert(
      fc.property(date, date, date, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort();
        expect(workingDaysBetween(a!, b!) + workingDaysBetween(b!, c!)).toBe(workingDaysBetween(a!, c!));
      }),
    );
  });

  it('refuses, rather than guesses, a count back out of the served years', () => {
    fc.assert(
      fc.property(isoDate({ from: '2012-01-01', to: '2012-12-31' }), n, (d, k) => {
        const expected = reference.addWorkingDays(d, k, holidays);
        if (expected < '2012-01-01') expect(() => addWorkingDays(d, k)).toThrow(SafeguardingInputError);
        else expect(addWorkingDays(d, k)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reference on every day 2012–2045', () => {
    for (let ms = Date.UTC(2012, 0, 1); ms <= Date.UTC(2045, 11, 31); ms += 86_400_000) {
      const d = new Date(ms).toISOString().slice(0, 10);
      if (isWorkingDay(d) !== reference.isWorkingDay(d, holidays)) expect.fail(`isWorkingDay disagrees on ${d}`);
    }
  });
});
