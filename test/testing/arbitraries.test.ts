import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bankHolidayOn, bankHolidays, createCalendar, createDeadline, isWorkingDay, SafeguardingInputError } from '../../src/calendar/index.js';
import { isIsoDate } from '../../src/schemas/iso-date.js';
import { bankHoliday, isoDate, nonWorkingDay, period, reference, workingDay, workingDayCount } from '../../src/testing/index.js';
import { official } from '../calendar/support/official.js';

const officialDates = official.map((h) => h.date);
const sample = <T>(arb: fc.Arbitrary<T>, n = 2000) => fc.sample(arb, { numRuns: n, seed: 42 });

function inputErrorOf(fn: () => unknown): SafeguardingInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SafeguardingInputError) return error;
    throw error;
  }
  throw new Error('expected a SafeguardingInputError');
}

describe('isoDate', () => {
  it('draws real dates within the served years by default', () => {
    const dates = sample(isoDate());
    for (const d of dates) {
      expect(isIsoDate(d)).toBe(true);
      expect(d >= '2012-01-01' && d <= '2100-12-31').toBe(true);
    }
    expect(new Set(dates.map((d) => d.slice(0, 4))).size).toBeGreaterThan(60);
  });

  it('keeps to from and to, including ranges under a year and years outside the served ones', () => {
    for (const [from, to] of [['2026-12-20', '2027-01-05'], ['1900-02-27', '2200-03-01'], ['2024-02-29', '2024-02-29']] as const) {
      for (const d of sample(isoDate({ from, to }), 500)) expect(d >= from && d <= to, `${d} in ${from}..${to}`).toBe(true);
    }
  });

  it('draws the edge cases often: bank holidays and the days around them, month ends, leap days, the served-year ends', () => {
    const dates = sample(isoDate(), 4000);
    const holidays = new Set(officialDates);
    expect(dates.filter((d) => holidays.has(d)).length).toBeGreaterThan(100);
    expect(dates.filter((d) => d.endsWith('-02-29')).length).toBeGreaterThan(5);
    expect(dates.filter((d) => /-(28|29|30|31)$/.test(d)).length).toBeGreaterThan(400);
    expect(dates.some((d) => d <= '2012-01-04')).toBe(true);
    expect(dates.some((d) => d >= '2100-12-28')).toBe(true);
    expect(dates.some((d) => d >= '2028-12-29' && d <= '2029-01-03')).toBe(true);
    expect(sample(isoDate({ edgeCases: false }), 4000).filter((d) => holidays.has(d)).length).toBeLessThan(100);
  });

  it('shrinks a failure to the same time of year in the first year', () => {
    const details = fc.check(fc.property(isoDate(), (d) => !d.endsWith('-12-24')), { seed: 7, numRuns: 5000 });
    expect(details.failed).toBe(true);
    expect(details.counterexample).toEqual(['2012-12-24']);
  });

  it('refuses bad options with the library error', () => {
    expect(inputErrorOf(() => isoDate({ from: '2026-02-30' })).issues[0]!.path).toEqual(['isoDate', 'from']);
    expect(inputErrorOf(() => isoDate({ from: '2026-02-02', to: '2026-02-01' })).issues[0]!.code).toBe('date-order');
  });
});

describe('workingDay and nonWorkingDay', () => {
  it('workingDay draws only working days, agreeing with the official GOV.UK list', () => {
    for (const d of sample(workingDay({ from: '2012-01-01', to: '2028-12-31' }))) {
      expect(isWorkingDay(d)).toBe(true);
      expect(reference.isWorkingDay(d, officialDates)).toBe(true);
    }
  });

  it('workingDay draws the day after a weekend or bank holiday often', () => {
    const dates = sample(workingDay());
    const afterBreak = dates.filter((d) => d > '2012-01-01' && !isWorkingDay(previousDay(d)));
    expect(afterBreak.length).toBeGreaterThan(dates.length / 4);
  });

  it('nonWorkingDay draws weekends and bank holidays, substitute days included, and never a working day', () => {
    const dates = sample(nonWorkingDay({ from: '2012-01-01', to: '2028-12-31' }));
    for (const d of dates) expect(reference.isWorkingDay(d, officialDates)).toBe(false);
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
    expect(dates.some((d) => weekday(d) === 0) && dates.some((d) => weekday(d) === 6)).toBe(true);
    expect(dates.filter((d) => bankHolidayOn(d)?.substitute === true).length).toBeGreaterThan(10);
  });

  it('follow a customised calendar', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday' }], removedHolidays: ['2026-12-28'] });
    const range = { from: '2026-06-01', to: '2026-12-31', calendar };
    expect(sample(workingDay(range))).not.toContain('2026-06-12');
    expect(sample(workingDay(range))).toContain('2026-12-28');
    expect(sample(nonWorkingDay(range))).toContain('2026-06-12');
    expect(sample(bankHoliday(range), 200)).not.toContain('2026-12-28');
  });

  it('say when a range has no such day, and name a bad calendar option', () => {
    expect(inputErrorOf(() => workingDay({ from: '2026-12-25', to: '2026-12-28' })).issues[0]!.code).toBe('empty-range');
    expect(inputErrorOf(() => nonWorkingDay({ from: '2026-12-21', to: '2026-12-24' })).issues[0]!.code).toBe('empty-range');
    expect(inputErrorOf(() => workingDay({ calendar: {} as never })).issues[0]!.path).toEqual(['workingDay.calendar']);
    expect(inputErrorOf(() => workingDay({ to: '2101-01-01' })).issues[0]!.code).toBe('out-of-range');
  });
});

describe('bankHoliday', () => {
  it('draws every kind of bank holiday, one-off days included, and substitute days often', () => {
    const dates = sample(bankHoliday({ from: '2012-01-01', to: '2028-12-31' }), 3000);
    const listed = new Set(officialDates);
    for (const d of dates) expect(listed.has(d)).toBe(true);
    expect(dates).toContain('2022-09-19'); // the State Funeral of Queen Elizabeth II
    expect(dates.filter((d) => bankHolidayOn(d)!.substitute).length).toBeGreaterThan(dates.length / 5);
  });

  it('substitute: true draws substitute days only, false none', () => {
    for (const d of sample(bankHoliday({ substitute: true }), 300)) expect(bankHolidayOn(d)!.substitute).toBe(true);
    for (const d of sample(bankHoliday({ substitute: false }), 300)) expect(bankHolidayOn(d)!.substitute).toBe(false);
    const all2026 = new Set(bankHolidays(2026).map((h) => h.date));
    expect(new Set(sample(bankHoliday({ from: '2026-01-01', to: '2026-12-31' }), 500))).toEqual(all2026);
  });
});

describe('workingDayCount and period', () => {
  it('workingDayCount keeps to min and max and draws 0 and the statutory counts often', () => {
    const counts = sample(workingDayCount());
    for (const n of counts) expect(Number.isSafeInteger(n) && n >= -260 && n <= 260).toBe(true);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(20);
    expect(counts.filter((n) => n === 5 || n === -5).length).toBeGreaterThan(20);
    for (const n of sample(workingDayCount({ min: 3, max: 4 }), 200)) expect([3, 4]).toContain(n);
    expect(inputErrorOf(() => workingDayCount({ min: 5, max: 1 })).issues[0]!.path).toEqual(['workingDayCount', 'max']);
  });

  it('period draws plain { amount, unit, direction } objects that createDeadline accepts', () => {
    const citation = { document: 'working-together-2026', section: 'Chapter 5' };
    for (const p of sample(period(), 500)) {
      expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
      const deadline = createDeadline({ id: 'test.period', title: 'A period', trigger: { event: 'start', date: '2050-06-15' }, period: p, citation });
      expect(deadline.period).toEqual(p);
    }
    const months = sample(period({ units: ['months'], directions: ['before'], maxAmount: { months: 3 } }), 200);
    for (const p of months) expect(p.unit === 'months' && p.direction === 'before' && p.amount <= 3).toBe(true);
    expect(inputErrorOf(() => period({ units: [] })).issues[0]!.path).toEqual(['period', 'units']);
  });
});

function previousDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
