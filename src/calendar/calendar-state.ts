/**
 * The precomputed structures behind a `Calendar`, kept in a module-private
 * WeakMap keyed by the calendar object (so only a calendar the library made
 * has a state: see schemas/library-objects.ts), built lazily on first use.
 *
 * For O(1) working-day arithmetic each calendar gets, over every served day:
 * - `cum[i]`: how many working days lie in the first `i` served days, so the
 *   working days in a range are a subtraction;
 * - `work`: the index of every working day in order, so "the k-th working
 *   day" is an array read.
 * About 220 kB per calendar, built in about a millisecond.
 */
import type { BankHoliday, Calendar } from './calendar-types.js';
import { NAMES, YEARS } from './data/bank-holidays.generated.js';
import { dayNumberOf, weekdayOf, yearOf } from './day-number.js';
import { inputError } from '../schemas/input-error.js';
import { registerCalendar } from '../schemas/library-objects.js';
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_DAY, FIRST_SERVED_YEAR, LAST_SERVED_DAY, LAST_SERVED_YEAR } from './served-years.js';

export interface WorkingDayTable {
  /** 1 where the served day at that index is a bank holiday. */
  holiday: Uint8Array;
  /** cum[i] = working days among served days 0..i-1. */
  cum: Int32Array;
  /** Indices of the working days, ascending. */
  work: Int32Array;
}

export interface CalendarState {
  /** Holidays added on top of the base list, by day number. */
  added: ReadonlyMap<number, BankHoliday>;
  /** Base holidays removed, by day number. */
  removed: ReadonlySet<number>;
  years: (readonly BankHoliday[] | undefined)[];
  table: WorkingDayTable | undefined;
  /** SHA-256 of the calendar's holidays (see calendar-fingerprint.ts), computed on first use. */
  fingerprint?: string;
}

/**
 * Each calendar's state, by the calendar object. Module-private: no caller's
 * object can carry a state of its own making (a mark any object could carry,
 * such as a registered symbol, let a forged calendar bring its own tables).
 */
const states = new WeakMap<object, CalendarState>();

export function makeCalendar(name: string, added: ReadonlyMap<number, BankHoliday>, removed: ReadonlySet<number>): Calendar {
  const calendar: Calendar = Object.freeze({
    name,
    firstYear: FIRST_SERVED_YEAR,
    lastYear: LAST_SERVED_YEAR,
    confirmedThrough: CONFIRMED_HORIZON_YEAR,
  });
  states.set(calendar, { added, removed, years: [], table: undefined });
  // So the read-once walk passes it on as it is (it cannot import this module).
  registerCalendar(calendar);
  return calendar;
}

/** The default calendar: England and Wales bank holidays as GOV.UK lists them. */
export const englandAndWales: Calendar = /* @__PURE__ */ makeCalendar('England and Wales', new Map(), new Set());

/**
 * The state of a calendar argument (the default when undefined); throws the
 * library error for anything else. Looked up by identity: no property of the
 * argument is read, so a Proxy's traps and getters never run.
 */
export function stateOf(calendar: unknown, argument = 'calendar'): CalendarState {
  const state = states.get(calendar === undefined ? englandAndWales : (calendar as object));
  if (state === undefined) {
    inputError([argument], 'invalid-calendar', 'expected englandAndWales or a calendar made by createCalendar() (of this copy of the library: a calendar made by its other build, ES module or CommonJS, is not recognised)');
  }
  return state;
}

/**
 * The library's own calendar object behind a calendar argument (undefined
 * stays undefined); throws the library error for a non-calendar.
 */
export function genuineCalendar(calendar: unknown, argument = 'calendar'): Calendar | undefined {
  if (calendar === undefined) return undefined;
  stateOf(calendar, argument);
  return calendar as Calendar;
}


const baseYears: (readonly BankHoliday[] | undefined)[] = [];

/** The generated England and Wales list for a served year (decoded once, frozen). */
export function baseHolidays(year: number): readonly BankHoliday[] {
  const offset = year - FIRST_SERVED_YEAR;
  let list = baseYears[offset];
  if (!list) {
    const prefix = `${year}-`;
    list = Object.freeze(
      YEARS[offset]!.split(' ').map((token) => {
        const substitute = token.endsWith('s');
        const nameIndex = parseInt(token.slice(4, substitute ? -1 : undefined), 36);
        return Object.freeze({ date: `${prefix}${token.slice(0, 2)}-${token.slice(2, 4)}`, name: NAMES[nameIndex]!, substitute });
      }),
    );
    baseYears[offset] = list;
  }
  return list;
}

/** A served year's holidays on this calendar, sorted by date (cached, frozen). */
export function holidaysOf(state: CalendarState, year: number): readonly BankHoliday[] {
  const offset = year - FIRST_SERVED_YEAR;
  let list = state.years[offset];
  if (!list) {
    const base = baseHolidays(year);
    if (state.added.size === 0 && state.removed.size === 0) list = base;
    else {
      const kept = base.filter((h) => !state.removed.has(dayOfHoliday(h)) && !state.added.has(dayOfHoliday(h)));
      for (const [day, h] of state.added) if (yearOf(day) === year) kept.push(h);
      list = Object.freeze(kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    }
    state.years[offset] = list;
  }
  return list;
}

function dayOfHoliday(h: BankHoliday): number {
  return dayNumberOf(Number(h.date.slice(0, 4)), Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)));
}

/** The working-day table of a calendar, built on first use. */
export function tableOf(state: CalendarState): WorkingDayTable {
  return (state.table ??= buildTable(state));
}

function buildTable(state: CalendarState): WorkingDayTable {
  const size = LAST_SERVED_DAY - FIRST_SERVED_DAY + 1;
  const holiday = new Uint8Array(size);
  for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) {
    for (const h of holidaysOf(state, year)) holiday[dayOfHoliday(h) - FIRST_SERVED_DAY] = 1;
  }
  const cum = new Int32Array(size + 1);
  const work = new Int32Array(size);
  let count = 0;
  let weekday = weekdayOf(FIRST_SERVED_DAY);
  for (let i = 0; i < size; i++) {
    cum[i] = count;
    if (holiday[i] === 0 && weekday !== 0 && weekday !== 6) work[count++] = i;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  cum[size] = count;
  return { holiday, cum, work: work.slice(0, count) };
}
