/**
 * `reference`: slow, obviously-correct versions of the working-day functions
 * for differential tests. They step one day at a time with `Date.UTC` and ask
 * a set of holiday dates, sharing no code with the library's O(1) tables, so
 * a disagreement points at a real bug in one or the other.
 *
 * Each takes the holiday list to count over: ISO dates or `{ date }` objects
 * (so `bankHolidays(year)` results, a GOV.UK download's `events`, or your
 * case system's own table all work). The list is read into a set once per
 * list object.
 */
import type { IsoDate } from '../schemas/iso-date.js';
import { isoDateProblem } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { integerArgument } from '../calendar/arguments.js';

/** Bank holidays to count over: dates, or objects with a `date`. */
export type HolidayList = Iterable<IsoDate | { readonly date: IsoDate }>;

const DAY = 86_400_000;
const sets = new WeakMap<object, ReadonlySet<string>>();

function holidaySet(holidays: HolidayList): ReadonlySet<string> {
  if (holidays === null || typeof holidays !== 'object' || typeof (holidays as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    inputError(['holidays'], 'invalid-type', 'expected a list of holiday dates');
  }
  let set = sets.get(holidays);
  if (!set) {
    const dates = new Set<string>();
    let index = 0;
    for (const entry of holidays) {
      const date = typeof entry === 'string' ? entry : entry?.date;
      const problem = isoDateProblem(date);
      if (problem) inputError(['holidays', index], 'invalid-date', problem);
      dates.add(date);
      index++;
    }
    set = dates;
    sets.set(holidays, set);
  }
  return set;
}

function msOf(date: unknown, argument: string): number {
  const problem = isoDateProblem(date);
  if (problem) inputError([argument], 'invalid-date', problem);
  const d = date as string;
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

function isoOfMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function working(ms: number, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoOfMs(ms));
}

/** True when `date` is not a Saturday, a Sunday or in `holidays`. */
function isWorkingDay(date: IsoDate, holidays: HolidayList): boolean {
  return working(msOf(date, 'date'), holidaySet(holidays));
}

/** The `n`-th working day strictly after `date` (before it for negative `n`); `date` itself for 0. */
function addWorkingDays(date: IsoDate, n: number, holidays: HolidayList): IsoDate {
  let ms = msOf(date, 'date');
  const steps = integerArgument(n, 'n');
  const set = holidaySet(holidays);
  const step = steps >= 0 ? DAY : -DAY;
  for (let left = Math.abs(steps); left > 0; ) {
    ms += step;
    if (working(ms, set)) left--;
  }
  return isoOfMs(ms);
}

/** Working days `d` with `start < d <= end`; when `end < start`, minus those with `end <= d < start`. */
function workingDaysBetween(start: IsoDate, end: IsoDate, holidays: HolidayList): number {
  const a = msOf(start, 'start');
  const b = msOf(end, 'end');
  const set = holidaySet(holidays);
  let count = 0;
  if (b >= a) {
    for (let ms = a + DAY; ms <= b; ms += DAY) if (working(ms, set)) count++;
    return count;
  }
  for (let ms = b; ms < a; ms += DAY) if (working(ms, set)) count--;
  return count;
}

/** The first working day strictly after `date`. */
function nextWorkingDay(date: IsoDate, holidays: HolidayList): IsoDate {
  return addWorkingDays(date, 1, holidays);
}

/** The last working day strictly before `date`. */
function previousWorkingDay(date: IsoDate, holidays: HolidayList): IsoDate {
  return addWorkingDays(date, -1, holidays);
}

/**
 * The shape of `reference`: the calendar entry's working-day functions, each
 * taking the holiday list to count over instead of a calendar. Same counting
 * convention (the start is day 0; `workingDaysBetween` counts `start < d <= end`).
 */
export interface Reference {
  /** Whether `date` is neither a weekend day nor in `holidays`. */
  isWorkingDay(date: IsoDate, holidays: HolidayList): boolean;
  /** The `n`-th working day strictly after `date` (before it for negative `n`; `date` for 0). */
  addWorkingDays(date: IsoDate, n: number, holidays: HolidayList): IsoDate;
  /** Working days `d` with `start < d <= end`, negative when `end` is before `start`. */
  workingDaysBetween(start: IsoDate, end: IsoDate, holidays: HolidayList): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate, holidays: HolidayList): IsoDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate, holidays: HolidayList): IsoDate;
}

/**
 * Day-by-day reference implementations over a given holiday list.
 *
 * @example
 * const holidays = ['2026-12-25', '2026-12-28'];
 * reference.addWorkingDays('2026-12-18', 5, holidays)          // '2026-12-29'
 * reference.workingDaysBetween('2026-12-18', '2026-12-29', holidays) // 5
 */
export const reference: Reference = Object.freeze({ isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, previousWorkingDay });
