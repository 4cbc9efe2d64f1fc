import { describe, expect, it } from 'vitest';
import { bankHolidayOn, bankHolidays, CONFIRMED_HORIZON_YEAR, englandAndWales, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../../src/calendar/index.js';
import { govuk2012to2018, govuk2019to2028, officialYear } from './support/official.js';
import { expectInputError } from './support/expect-input-error.js';

const asCalendar = (list: { date: string; title: string; substitute: boolean }[]) =>
  list.map((h) => ({ date: h.date, name: h.title, substitute: h.substitute }));

describe('bankHolidays', () => {
  for (let year = 2019; year <= 2028; year++) {
    it(`equals the GOV.UK fixture for ${year}`, () => {
      expect(bankHolidays(year)).toEqual(asCalendar(govuk2019to2028.filter((h) => h.date.startsWith(`${year}-`))));
    });
  }
  for (let year = 2012; year <= 2018; year++) {
    it(`equals the researched GOV.UK list for ${year}`, () => {
      expect(bankHolidays(year)).toEqual(asCalendar(govuk2012to2018.filter((h) => h.date.startsWith(`${year}-`))));
    });
  }

  it('the confirmed horizon is the last year of the official list', () => {
    expect(CONFIRMED_HORIZON_YEAR).toBe(2028);
    expect(officialYear(CONFIRMED_HORIZON_YEAR).length).toBeGreaterThan(0);
    expect(officialYear(CONFIRMED_HORIZON_YEAR + 1)).toEqual([]);
    expect(englandAndWales.confirmedThrough).toBe(CONFIRMED_HORIZON_YEAR);
  });

  it('has the one-off days', () => {
    const names = (year: number) => bankHolidays(year).map((h) => `${h.date} ${h.name}`);
    expect(names(2012)).toContain("2012-06-05 Queen's Diamond Jubilee");
    expect(names(2012)).toContain('2012-06-04 Spring bank holiday');
    expect(names(2012).some((n) => n.startsWith('2012-05-28'))).toBe(false);
    expect(names(2020)).toContain('2020-05-08 Early May bank holiday (VE day)');
    expect(names(2020).some((n) => n.startsWith('2020-05-04'))).toBe(false);
    expect(names(2022)).toContain('2022-06-02 Spring bank holiday');
    expect(names(2022)).toContain('2022-06-03 Platinum Jubilee bank holiday');
    expect(names(2022)).toContain('2022-09-19 Bank holiday for the State Funeral of Queen Elizabeth II');
    expect(names(2023)).toContain('2023-05-08 Bank holiday for the coronation of King Charles III');
  });

  it('lists computed years after the horizon, sorted, with Christmas Day and Good Friday every year', () => {
    for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) {
      const list = bankHolidays(year);
      const dates = list.map((h) => h.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(list.some((h) => h.name === 'Good Friday' && !h.substitute)).toBe(true);
      expect(list.filter((h) => h.name === 'Christmas Day')).toHaveLength(1);
      expect(list.length).toBeGreaterThanOrEqual(8);
    }
    expect(bankHolidays(2032).map((h) => h.date)).toEqual([
      '2032-01-01', '2032-03-26', '2032-03-29', '2032-05-03', '2032-05-31', '2032-08-30', '2032-12-27', '2032-12-28',
    ]);
  });

  it('returns fresh objects that callers may change without affecting the calendar', () => {
    const first = bankHolidays(2026);
    first[0]!.name = 'changed';
    first.pop();
    expect(bankHolidays(2026)[0]!.name).toBe("New Year's Day");
    expect(bankHolidays(2026)).toHaveLength(8);
  });

  it('rejects years it cannot serve and non-integers', () => {
    expectInputError(() => bankHolidays(2011), 'year: 2011 is outside the years the calendar serves (2012 to 2100)', ['year']);
    expectInputError(() => bankHolidays(2101), /outside the years/);
    expectInputError(() => bankHolidays(2026.5), 'year: expected a whole number, got 2026.5');
    expectInputError(() => bankHolidays('2026' as unknown as number), 'year: expected a whole number, got a string');
    expectInputError(() => bankHolidays(2026, {} as never), /calendar: expected englandAndWales or a calendar made by createCalendar/);
  });
});

describe('bankHolidayOn', () => {
  it('names the holiday on a date, or undefined', () => {
    expect(bankHolidayOn('2026-12-28')).toEqual({ date: '2026-12-28', name: 'Boxing Day', substitute: true });
    expect(bankHolidayOn('2026-12-26')).toBeUndefined();
    expect(bankHolidayOn('2026-12-24')).toBeUndefined();
  });
  it('rejects bad dates', () => {
    expectInputError(() => bankHolidayOn('2026-13-01'), 'date: "2026-13-01" is not a real date');
  });
});
