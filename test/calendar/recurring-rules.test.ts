/**
 * After the confirmed horizon the list comes from date-holidays' recurring
 * rules, and the holidays the day-by-day reference counts over after 2028
 * (support/official.ts) come from the same generator, so the reference
 * cannot catch a date-holidays error there. This test recomputes every year after the horizon from the rules themselves,
 * written out independently:
 * - New Year's Day, Christmas Day and Boxing Day, with a substitute weekday
 *   when they fall on a weekend (Banking and Financial Dealings Act 1971,
 *   Schedule 1, and the annual proclamations GOV.UK follows);
 * - Good Friday and Easter Monday (Western Easter, the anonymous Gregorian
 *   algorithm);
 * - the first Monday in May, the last Monday in May and the last Monday in August.
 */
import { describe, expect, it } from 'vitest';
import { bankHolidays, CONFIRMED_HORIZON_YEAR, LAST_SERVED_YEAR } from '../../src/calendar/index.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number) => new Date(ms).getUTCDay();

/** Easter Sunday (Meeus/Jones/Butcher), as a UTC millisecond time. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

function firstMonday(year: number, month: number): number {
  let ms = Date.UTC(year, month - 1, 1);
  while (weekday(ms) !== 1) ms += DAY;
  return ms;
}

function lastMonday(year: number, month: number): number {
  let ms = Date.UTC(year, month, 0);
  while (weekday(ms) !== 1) ms -= DAY;
  return ms;
}

/** The days off a year's recurring bank holidays give, as `date name[ (substitute)]`, sorted. */
function expectedYear(year: number): string[] {
  const out: string[] = [];
  const newYear = Date.UTC(year, 0, 1);
  const nyDay = weekday(newYear);
  out.push(nyDay === 6 ? `${iso(newYear + 2 * DAY)} New Year's Day (substitute)` : nyDay === 0 ? `${iso(newYear + DAY)} New Year's Day (substitute)` : `${iso(newYear)} New Year's Day`);
  const easter = easterSunday(year);
  out.push(`${iso(easter - 2 * DAY)} Good Friday`, `${iso(easter + DAY)} Easter Monday`);
  out.push(`${iso(firstMonday(year, 5))} Early May bank holiday`, `${iso(lastMonday(year, 5))} Spring bank holiday`, `${iso(lastMonday(year, 8))} Summer bank holiday`);
  const christmas = Date.UTC(year, 11, 25);
  switch (weekday(christmas)) {
    case 5: // Friday: Boxing Day on Saturday moves to Monday 28
      out.push(`${iso(christmas)} Christmas Day`, `${iso(christmas + 3 * DAY)} Boxing Day (substitute)`);
      break;
    case 6: // Saturday: both move, to Monday 27 and Tuesday 28
      out.push(`${iso(christmas + 2 * DAY)} Christmas Day (substitute)`, `${iso(christmas + 3 * DAY)} Boxing Day (substitute)`);
      break;
    case 0: // Sunday: Boxing Day stays on Monday 26, Christmas moves to Tuesday 27
      out.push(`${iso(christmas + DAY)} Boxing Day`, `${iso(christmas + 2 * DAY)} Christmas Day (substitute)`);
      break;
    default:
      out.push(`${iso(christmas)} Christmas Day`, `${iso(christmas + DAY)} Boxing Day`);
  }
  return out.sort();
}

describe('years after the confirmed horizon follow the recurring rules', () => {
  it('the rules reproduce every confirmed year without a one-off change (so the rules themselves are right)', () => {
    // 2012, 2020, 2022 and 2023 had moved or extra days; 2016 and 2021 exercise Christmas on a Sunday and a Saturday.
    for (let year = 2013; year <= CONFIRMED_HORIZON_YEAR; year++) {
      if ([2020, 2022, 2023].includes(year)) continue;
      expect([year, ...bankHolidays(year).map((h) => `${h.date} ${h.name}${h.substitute ? ' (substitute)' : ''}`)]).toEqual([year, ...expectedYear(year)]);
    }
  });

  for (let year = CONFIRMED_HORIZON_YEAR + 1; year <= LAST_SERVED_YEAR; year++) {
    it(`${year}`, () => {
      expect(bankHolidays(year).map((h) => `${h.date} ${h.name}${h.substitute ? ' (substitute)' : ''}`)).toEqual(expectedYear(year));
    });
  }
});
