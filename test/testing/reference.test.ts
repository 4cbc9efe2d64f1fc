import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SafeguardingInputError } from '../../src/calendar/index.js';
import { holidayDates, isoDate, reference, workingDayCount } from '../../src/testing/index.js';
import { official } from '../calendar/support/official.js';

const christmas2026 = ['2026-12-25', '2026-12-28'];

describe('reference (day by day, over a given holiday list)', () => {
  it('follows the counting convention of DESIGN.md', () => {
    expect(reference.addWorkingDays('2026-12-18', 5, christmas2026)).toBe('2026-12-29');
    expect(reference.addWorkingDays('2026-12-19', 1, christmas2026)).toBe('2026-12-21');
    expect(reference.addWorkingDays('2026-12-26', 0, christmas2026)).toBe('2026-12-26');
    expect(reference.addWorkingDays('2026-12-29', -5, christmas2026)).toBe('2026-12-18');
    expect(reference.workingDaysBetween('2026-12-18', '2026-12-29', christmas2026)).toBe(5);
    expect(reference.workingDaysBetween('2026-12-29', '2026-12-18', christmas2026)).toBe(-5);
    expect(reference.workingDaysBetween('2026-12-24', '2026-12-28', christmas2026)).toBe(0);
    expect(reference.nextWorkingDay('2026-12-24', christmas2026)).toBe('2026-12-29');
    expect(reference.previousWorkingDay('2026-12-29', christmas2026)).toBe('2026-12-24');
    expect(reference.isWorkingDay('2026-12-28', christmas2026)).toBe(false);
  });

  it('counts over exactly the list it is given', () => {
    // Without the holidays only the weekend is skipped.
    expect(reference.addWorkingDays('2026-12-18', 5, [])).toBe('2026-12-25');
    // `{ date }` objects work too (bankHolidays() results, a GOV.UK download's events).
    expect(reference.addWorkingDays('2026-12-18', 5, official)).toBe('2026-12-29');
    expect(reference.nextWorkingDay('2026-12-24', holidayDates())).toBe('2026-12-29');
    expect(reference.addWorkingDays('2026-12-18', 5, new Set(christmas2026))).toBe('2026-12-29');
  });

  it('round trip over random lists of holidays', () => {
    const lists = fc.uniqueArray(isoDate({ from: '2026-01-01', to: '2027-12-31' }), { maxLength: 60 });
    fc.assert(
      fc.property(lists, isoDate({ from: '2026-06-01', to: '2027-06-30' }), workingDayCount({ min: -60, max: 60 }), (holidays, d, n) => {
        const due = reference.addWorkingDays(d, n, holidays);
        expect(reference.workingDaysBetween(d, due, holidays)).toBe(n);
        if (n !== 0) expect(reference.isWorkingDay(due, holidays)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses bad arguments with the library error, naming where', () => {
    const issue = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(SafeguardingInputError);
        return (error as SafeguardingInputError).issues[0]!;
      }
      throw new Error('expected an input error');
    };
    expect(issue(() => reference.addWorkingDays('2026-02-30', 1, [])).path).toEqual(['date']);
    expect(issue(() => reference.addWorkingDays('2026-02-03', 1.5, [])).path).toEqual(['n']);
    expect(issue(() => reference.workingDaysBetween('2026-02-03', 'soon', [])).path).toEqual(['end']);
    expect(issue(() => reference.isWorkingDay('2026-02-03', ['2026-12-25', '25/12/2026'])).path).toEqual(['holidays', 1]);
    expect(issue(() => reference.isWorkingDay('2026-02-03', 42 as never)).path).toEqual(['holidays']);
  });
});
