import { describe, expect, it } from 'vitest';
import { addWorkingDays, createCalendar, isWorkingDay, SafeguardingInputError, workingDaysBetween } from '../../src/calendar/index.js';
import { assertDeadlineArithmetic, checkDeadlineArithmetic, deadlineProperties, holidayDates, roundTrip, type DeadlineArithmetic } from '../../src/testing/index.js';
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

/** The review's mistake: a validator that counts a working start day as day 1. */
const startDayIsDayOne: DeadlineArithmetic = {
  addWorkingDays: (date, n) => (n > 0 && isWorkingDay(date) ? addWorkingDays(date, n - 1) : addWorkingDays(date, n)),
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

  it('says what is wrong in the kit\'s own words: each failure\'s sentence, counterexample and replay are in the report and its message', () => {
    const report = checkDeadlineArithmetic(startDayIsDayOne, { runs: 1000, seed: 1 });
    expect(report.failures.map((f) => f.name)).toEqual(['roundTrip', 'monotonicInN', 'agreesWithReference']);
    const roundTrip = report.failures[0]!;
    const [{ date, n }] = roundTrip.details.counterexample as [{ date: string; n: number }];
    // The sentence is the property's own verdict on the shrunk counterexample.
    const due = startDayIsDayOne.addWorkingDays(date, n);
    expect(roundTrip.failure).toBe(
      `round trip: addWorkingDays("${date}", ${n}) is "${due}", but workingDaysBetween("${date}", "${due}") is ${workingDaysBetween(date, due)}, not ${n}`,
    );
    expect(report.message).toContain(`FAIL roundTrip\n  ${roundTrip.failure}\n  Counterexample: [{"date":"${date}","n":${n}}] (failed after`);
    expect(report.message).toContain(`{ property: 'roundTrip', seed: 1, path: '${roundTrip.details.counterexamplePath}' }`);
    for (const f of report.failures) expect(report.message).toContain(f.failure!);
    expect(report.message.split('\n')[0]).toBe('3 of 6 deadline properties fail:');
    // A property that holds has no failure, and its replay is its seed.
    const zero = report.properties.find((p) => p.name === 'zeroIsIdentity')!;
    expect(zero.failure).toBeUndefined();
    expect(zero.replay).toEqual({ property: 'zeroIsIdentity', seed: 1 });
  });

  it('replays one failure alone, straight to its counterexample, from the replay in the report', () => {
    const report = checkDeadlineArithmetic(startDayIsDayOne, { runs: 1000 });
    for (const failure of report.failures) {
      const again = checkDeadlineArithmetic(startDayIsDayOne, { ...failure.replay });
      expect(again.properties.map((p) => p.name)).toEqual([failure.name]);
      expect(again.failures[0]!.details.counterexample).toEqual(failure.details.counterexample);
      expect(again.failures[0]!.details.numRuns).toBe(1);
      expect(again.failures[0]!.failure).toBe(failure.failure);
    }
    // One property without a path runs a fresh search of that property only.
    expect(checkDeadlineArithmetic(library, { property: 'negativeCountsBack', runs: 50 }).properties.map((p) => p.name)).toEqual(['negativeCountsBack']);
  });

  it('names what an implementation threw, and why a run found no case', () => {
    const throwing: DeadlineArithmetic = {
      addWorkingDays: (date) => (date as unknown as { x: { y: string } }).x.y,
      workingDaysBetween,
    };
    const report = checkDeadlineArithmetic(throwing, { runs: 10, property: 'roundTrip' });
    expect(report.failures[0]!.failure).toMatch(/^the implementation threw TypeError: /);
    expect(report.message).toContain('the implementation threw TypeError');
    // Four days around Christmas and counts of up to 260: every case leaves the dates served, so fast-check gives up.
    const cramped = checkDeadlineArithmetic(library, { from: '2026-12-25', to: '2026-12-28', maxCount: 260, property: 'negativeCountsBack', runs: 100 });
    expect(cramped.failures[0]!.failure).toMatch(/^too many cases were skipped \(\d+\): .*widen from and to, or lower maxCount$/);
  });

  it('assertDeadlineArithmetic throws the report, and refuses bad arguments with the library error', () => {
    expect(() => assertDeadlineArithmetic(library, { runs: 50 })).not.toThrow();
    expect(() => assertDeadlineArithmetic(offByOneOverChristmas, { runs: 500, seed: 1 })).toThrow(/FAIL agreesWithReference/);
    expect(() => checkDeadlineArithmetic({ addWorkingDays } as never)).toThrow(SafeguardingInputError);
    expect(() => checkDeadlineArithmetic(library, { runs: 0 })).toThrow(SafeguardingInputError);
    expect(() => checkDeadlineArithmetic(library, { maxCount: -1 })).toThrow(SafeguardingInputError);
    expect(() => checkDeadlineArithmetic(library, { numRuns: 5 } as never)).toThrow(/unknown option "numRuns" \(the option is runs\)/);
    expect(() => roundTrip(library, { runs: 5 } as never)).toThrow(/give it to fc.assert or fc.check/);
    expect(() => assertDeadlineArithmetic(startDayIsDayOne, { runs: 500, seed: 1 })).toThrow(/round trip: addWorkingDays\("\d{4}-\d\d-\d\d", \d+\) is/);
    expect(() => checkDeadlineArithmetic(library, { property: 'roundtrip' as never })).toThrow(/options.property: expected one of "roundTrip"/);
    expect(() => checkDeadlineArithmetic(library, { only: 'roundTrip' } as never)).toThrow(/the option is property/);
    expect(() => checkDeadlineArithmetic(library, { property: 'roundTrip', path: '1:2' })).toThrow(/give property and seed with it/);
    expect(() => checkDeadlineArithmetic(library, { property: 'roundTrip', seed: 1, path: 'one' })).toThrow(SafeguardingInputError);
  });
});
