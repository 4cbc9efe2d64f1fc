/**
 * The days where deadline arithmetic usually goes wrong, so the date
 * arbitraries can draw them far more often than uniform sampling would:
 * around every bank holiday (substitute days and Easter included), the last
 * days of every month (month-end clamping, leap days), the first and last
 * days of the served years, and the turn of the confirmed horizon (where
 * deadlines become provisional).
 *
 * Over ranges of several years the edge days are drawn as structured values
 * (a year and a kind of holiday and an offset from it; a year, a month and
 * a late day of it) rather than picked from a list, so a counterexample
 * shrinks to the same holiday or month end in the earliest year, and to the
 * holiday itself.
 */
import * as fc from 'fast-check';
import { civilOf, dayNumberOf, parseIsoDay } from '../calendar/day-number.js';
import { daysInMonth } from '../schemas/iso-date.js';
import { baseHolidays } from '../calendar/calendar-state.js';
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_DAY, FIRST_SERVED_YEAR, LAST_SERVED_DAY, LAST_SERVED_YEAR } from '../calendar/served-years.js';

/** How many days either side of a bank holiday or boundary count as "near" it. */
const NEAR = 3;

/** The recurring England and Wales bank holidays, by the start of their GOV.UK name, in calendar order. */
const RECURRING = ["New Year's Day", 'Good Friday', 'Easter Monday', 'Early May bank holiday', 'Spring bank holiday', 'Summer bank holiday', 'Christmas Day', 'Boxing Day'];

/** An arbitrary of edge day numbers between `first` and `last` inclusive, or undefined when the range has none. */
export function edgeDayArbitrary(first: number, last: number): fc.Arbitrary<number> | undefined {
  const firstYear = civilOf(first).year;
  const lastYear = civilOf(last).year;
  if (lastYear - firstYear < 2) {
    const list = edgeDays(first, last);
    return list.length === 0 ? undefined : fc.constantFrom(...list);
  }
  const size = last - first + 1;
  const wrap = (d: number) => first + ((((d - first) % size) + size) % size);
  const year = fc.integer({ min: firstYear, max: lastYear });
  const offset = fc.oneof(fc.constant(0), fc.integer({ min: -NEAR, max: NEAR }));
  const choices: fc.WeightedArbitrary<number>[] = [
    {
      weight: 2,
      arbitrary: fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 })).map(([y, m, d]) => wrap(dayNumberOf(y, m, Math.min(d, daysInMonth(y, m))))),
    },
  ];
  const servedFirst = Math.max(firstYear, FIRST_SERVED_YEAR);
  const servedLast = Math.min(lastYear, LAST_SERVED_YEAR);
  if (servedFirst <= servedLast) {
    choices.push({
      weight: 3,
      arbitrary: fc
        .tuple(fc.integer({ min: servedFirst, max: servedLast }), fc.integer({ min: 0, max: RECURRING.length - 1 }), offset)
        .map(([y, kind, by]) => wrap(recurringHoliday(y, kind) + by)),
    });
  }
  const special = specialDays().filter((d) => d >= first && d <= last);
  if (special.length > 0) choices.push({ weight: 1, arbitrary: fc.constantFrom(...special) });
  return fc.oneof(...choices);
}

/** The day of a recurring holiday in a served year: the day off (a substitute day when the day itself falls at a weekend). */
function recurringHoliday(year: number, kind: number): number {
  const holidays = baseHolidays(year);
  const name = RECURRING[kind]!;
  // Boxing Day's day off may come before Christmas Day's substitute (both moved), so take the last of a name.
  const found = holidays.filter((h) => h.name.startsWith(name)).at(-1) ?? holidays[Math.min(kind, holidays.length - 1)]!;
  return parseIsoDay(found.date)!;
}

/** The served-year ends, the turn of the confirmed horizon and the one-off holidays, each with its neighbours. */
function specialDays(): number[] {
  const days = new Set<number>();
  const near = (day: number) => {
    for (let d = day - NEAR; d <= day + NEAR; d++) days.add(d);
  };
  near(FIRST_SERVED_DAY);
  near(LAST_SERVED_DAY);
  near(dayNumberOf(CONFIRMED_HORIZON_YEAR + 1, 1, 1));
  for (let year = FIRST_SERVED_YEAR; year <= CONFIRMED_HORIZON_YEAR; year++) {
    for (const h of baseHolidays(year)) if (!RECURRING.some((name) => h.name.startsWith(name)) || h.name.includes('(')) near(parseIsoDay(h.date)!);
  }
  return [...days].sort((a, b) => a - b);
}

/** Every edge day between `first` and `last` (day numbers), ascending, for ranges of a year or two. */
export function edgeDays(first: number, last: number): number[] {
  const days = new Set<number>();
  const near = (day: number) => {
    for (let d = day - NEAR; d <= day + NEAR; d++) if (d >= first && d <= last) days.add(d);
  };
  for (let year = civilOf(first).year; year <= civilOf(last).year; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 28; day <= daysInMonth(year, month); day++) {
        const d = dayNumberOf(year, month, day);
        if (d >= first && d <= last) days.add(d);
      }
    }
    if (year >= FIRST_SERVED_YEAR && year <= LAST_SERVED_YEAR) for (const h of baseHolidays(year)) near(parseIsoDay(h.date)!);
  }
  for (const d of specialDays()) if (d >= first && d <= last) days.add(d);
  return [...days].sort((a, b) => a - b);
}
