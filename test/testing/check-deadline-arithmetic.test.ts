import { describe, expect, it } from 'vitest';
import { addWorkingDays, createCalendar, SafeguardingInputError, workingDaysBetween } from '../../src/calendar/index.js';
import { assertDeadlineArithmetic, checkDeadlineArithmetic, deadlineProperties, holidayDates, type DeadlineArithmetic } from '../../src/testing/index.js';
import { official } from '../calendar/support/official.js';

const library: DeadlineArithmetic = { addWorkingDays, workingDaysBetween };

/** Whether a 25 December lies in (a, b] or (b, a]. */
function spansChristmas(a: string, b: string): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) if (`${y}-12-25` > lo && `${y}-12-25` <= hi) return true;
  return false;
}

/** A case system that is off by one whenever a count crosses Christmas. */
const offByOneOverChristmas: DeadlineArithmetic = {
  addWorkingDays(date, n) {
    const due = addWorkingDays(date, n);
    return n !== 0 && spansChristmas(date, due) ? addWorkingDays(due, Math.sign(n)) : due;
  },
  workingDaysBetween,
};

describe('checkDeadlineArithmetic', () => {
  it('passes the library, every property', () => {
    const report = checkDeadlineArithmetic(library, { runs: 300 });
    expect(report.message).not.toContain('FAIL');
    expect(report.failed).toBe(false);
    expect(report.properties.map((p) => p.name)).toEqual(deadlineProperties.map((p) => p.name));
    for (const p of report.properties) expect(p.details.numRuns).toBe(300);
  });

  it('passes the library against the official GOV.UK list, within the years it covers', () => {
    const report = checkDeadlineArithmetic(library, { runs: 300, holidays: official, from: '2012-01-01', to: '2028-12-31' });
    expect(report.message).not.toContain('FAIL');
  });

  it('passes a customised calendar when the reference is given its holidays', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday' }] });
    const impl = { addWorkingDays: (d: string, n: number) => addWorkingDays(d, n, calendar), workingDaysBetween: (a: string, b: string) => workingDaysBetween(a, b, calendar) };
    expect(checkDeadlineArithmetic(impl, { runs: 200, holidays: holidayDates(calendar), from: '2025-01-01', to: '2027-12-31' }).failed).toBe(false);
    // …and the library's own list is not the same: the reference catches the extra day.
    expect(checkDeadlineArithmetic(impl, { runs: 500, from: '2026-05-01', to: '2026-07-31', seed: 1 }).failed).toBe(true);
  });

  it('fails an implementation that is off by one over Christmas, with a shrunk counterexample by Christmas', () => {
    const report = checkDeadlineArithmetic(offByOneOverChristmas, { runs: 1000, seed: 2026 });
    expect(report.failed).toBe(true);
    const names = report.failures.map((f) => f.name);
    expect(names).toContain('agreesWithReference');
    const agreement = report.failures.find((f) => f.name === 'agreesWithReference')!.details;
    expect(agreement.numShrinks).toBeGreaterThan(0);
    const [{ date, n }] = agreement.counterexample as [{ date: string; n: number }];
    // A genuine instance of the mistake: the count crosses a Christmas…
    expect(spansChristmas(date, addWorkingDays(date, n))).toBe(true);
    // …shrunk as far as the count goes: one working day fewer from the same date is right.
    if (Math.abs(n) > 1) expect(offByOneOverChristmas.addWorkingDays(date, n - Math.sign(n))).toBe(addWorkingDays(date, n - Math.sign(n)));
    expect(report.message).toContain('FAIL agreesWithReference');
    expect(report.message).toContain('Counterexample');
    expect(report.message).toContain(`seed: 2026`);
  });

  it('replays the same report from the same seed', () => {
    const a = checkDeadlineArithmetic(offByOneOverChristmas, { runs: 200, seed: 5 });
    const b = checkDeadlineArithmetic(offByOneOverChristmas, { runs: 200, seed: 5 });
    expect(b.failures.map((f) => f.details.counterexample)).toEqual(a.failures.map((f) => f.details.counterexample));
  });

  it('counts an exception from the implementation as a failure', () => {
    const throwing: DeadlineArithmetic = {
      addWorkingDays: () => {
        throw new Error('not implemented');
      },
      workingDaysBetween,
    };
    const report = checkDeadlineArithmetic(throwing, { runs: 20 });
    expect(report.failures.map((f) => f.name)).toEqual(['roundTrip', 'dueDatesAreWorkingDays', 'monotonicInN', 'agreesWithReference', 'zeroIsIdentity', 'negativeCountsBack']);
    expect(String(report.failures[0]!.details.errorInstance)).toContain('not implemented');
  });

  it('assertDeadlineArithmetic throws the report, and refuses bad arguments with the library error', () => {
    expect(() => assertDeadlineArithmetic(library, { runs: 50 })).not.toThrow();
    expect(() => assertDeadlineArithmetic(offByOneOverChristmas, { runs: 500, seed: 1 })).toThrow(/FAIL agreesWithReference/);
    expect(() => checkDeadlineArithmetic({ addWorkingDays } as never)).toThrow(SafeguardingInputError);
    expect(() => checkDeadlineArithmetic(library, { runs: 0 })).toThrow(SafeguardingInputError);
    expect(() => checkDeadlineArithmetic(library, { maxCount: -1 })).toThrow(SafeguardingInputError);
  });
});
