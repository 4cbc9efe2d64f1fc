/**
 * The properties the library guarantees for its working-day arithmetic, as
 * fast-check properties over any implementation, so a test author can hold
 * their own case system (or code built on the library) to the same contract.
 * Each property throws a readable error naming the call that broke it.
 */
import * as fc from 'fast-check';
import type { IsoDate } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';
import { addCalendarDays } from '../calendar/add-calendar-days.js';
import { isoOf } from '../calendar/day-number.js';
import { isoDate } from './iso-date.js';
import { workingDayCount } from './working-day-count.js';
import { reference, type HolidayList } from './reference.js';
import { holidayDates } from './holiday-dates.js';
import { dayRange } from './date-range.js';
import { checkOptionKeys } from './option-keys.js';

/** The two functions an implementation under test provides (extra arguments, such as a calendar, bound in). */
export interface DeadlineArithmetic {
  /** The `n`-th working day strictly after `date` (before it for negative `n`); `date` itself for 0. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Working days `d` with `start < d <= end`, negative when `end` is before `start`. */
  workingDaysBetween(start: IsoDate, end: IsoDate): number;
}

/**
 * Options of every deadline property (and of `checkDeadlineArithmetic`):
 * the dates the implementation under test serves, the holidays the
 * reference counts over, and the largest count drawn.
 */
export interface DeadlinePropertyOptions {
  /** First date the implementation serves. Default: 1 January of the library's first served year. */
  from?: IsoDate;
  /** Last date the implementation serves. Default: 31 December of the library's last served year. */
  to?: IsoDate;
  /** The bank holidays the reference counts over. Default: `holidayDates()`, the library's England and Wales list. */
  holidays?: HolidayList;
  /** Largest working-day count drawn (either sign). Default 260 (about a year), less when the date range is under two years. */
  maxCount?: number;
}

/** The name of one deadline property, as `deadlineProperties` and the reports of `checkDeadlineArithmetic` give it (the name of its function). */
export type DeadlinePropertyName =
  | 'roundTrip'
  | 'dueDatesAreWorkingDays'
  | 'monotonicInN'
  | 'agreesWithReference'
  | 'zeroIsIdentity'
  | 'negativeCountsBack';

interface Setup {
  impl: DeadlineArithmetic;
  dates: fc.Arbitrary<IsoDate>;
  counts: fc.Arbitrary<number>;
  holidays: HolidayList;
  from: IsoDate;
  to: IsoDate;
  /** True when the reference's answer stays inside the served dates (otherwise the case is skipped). */
  inRange(date: IsoDate): boolean;
}

function setup(impl: DeadlineArithmetic, options: DeadlinePropertyOptions | undefined, argument: string): Setup {
  if (impl === null || typeof impl !== 'object' || typeof impl.addWorkingDays !== 'function' || typeof impl.workingDaysBetween !== 'function') {
    inputError([argument, 'impl'], 'invalid-type', 'expected an object with addWorkingDays and workingDaysBetween functions');
  }
  const { first, last } = dayRange(options, argument, false);
  const toFastCheck = 'give it to fc.assert or fc.check as numRuns or seed';
  checkOptionKeys(options, ['from', 'to', 'holidays', 'maxCount'], [argument, 'options'], { runs: toFastCheck, numRuns: toFastCheck, seed: toFastCheck });
  const from = isoOf(first);
  const to = isoOf(last);
  // Counts much longer than the range would almost always leave it, and every such case is skipped.
  const max = options?.maxCount ?? Math.max(1, Math.min(260, Math.floor(((last - first) * 5) / 14)));
  if (!Number.isSafeInteger(max) || max < 1) inputError([argument, 'maxCount'], 'invalid-integer', 'expected a whole number of at least 1');
  return {
    impl,
    dates: isoDate({ from, to }),
    counts: workingDayCount({ min: -max, max }),
    holidays: options?.holidays ?? holidayDates(),
    from,
    to,
    inRange: (date) => date >= from && date <= to,
  };
}

const show = (value: unknown) => JSON.stringify(value);

/**
 * A property's verdict, thrown as an Error whose stack is its one sentence:
 * the frames would point into the kit and fast-check, never at the code under
 * test, and fast-check prints the stack when asked to put the error in its
 * report (`includeErrorInReport`).
 */
function fail(message: string): never {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  throw error;
}

/** One drawn case: a date and a working-day count. */
export interface CountCase {
  date: IsoDate;
  n: number;
}

/**
 * Cases as plain objects, so a counterexample reads `{"date":"2012-12-24","n":1}`.
 * The count is drawn first so that it shrinks first: a failure shrinks to the
 * smallest count that still fails, then to the earliest such date.
 */
function countCases(counts: fc.Arbitrary<number>, dates: fc.Arbitrary<IsoDate>): fc.Arbitrary<CountCase> {
  return fc.tuple(counts, dates).map(([n, date]): CountCase => ({ date, n }));
}

/**
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every date and count.
 * Counting the working days to a due date gives back the count that made it.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(roundTrip({ addWorkingDays, workingDaysBetween }), { numRuns: 200 });
 */
export function roundTrip(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[CountCase]> {
  const s = setup(impl, options, 'roundTrip');
  return fc.property(countCases(s.counts, s.dates), ({ date: d, n }) => {
    fc.pre(s.inRange(reference.addWorkingDays(d, n, s.holidays)));
    const due = s.impl.addWorkingDays(d, n);
    const back = s.impl.workingDaysBetween(d, due);
    if (back !== n) fail(`round trip: addWorkingDays(${show(d)}, ${n}) is ${show(due)}, but workingDaysBetween(${show(d)}, ${show(due)}) is ${show(back)}, not ${n}`);
  });
}

/**
 * `addWorkingDays(d, n)` is a working day whenever `n` is not 0, whatever day `d` is.
 * A deadline never falls on a weekend day or bank holiday.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(dueDatesAreWorkingDays({ addWorkingDays, workingDaysBetween }), { numRuns: 200 });
 */
export function dueDatesAreWorkingDays(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[CountCase]> {
  const s = setup(impl, options, 'dueDatesAreWorkingDays');
  return fc.property(countCases(s.counts.filter((n) => n !== 0), s.dates), ({ date: d, n }) => {
    fc.pre(s.inRange(reference.addWorkingDays(d, n, s.holidays)));
    const due = s.impl.addWorkingDays(d, n);
    if (!reference.isWorkingDay(due, s.holidays)) fail(`due dates are working days: addWorkingDays(${show(d)}, ${n}) is ${show(due)}, which is a weekend day or bank holiday`);
  });
}

/** Two counts from one date, the smaller first. */
export interface TwoCountCase {
  date: IsoDate;
  smaller: number;
  larger: number;
}

/**
 * More working days always give a later date: `a < b` implies `addWorkingDays(d, a) < addWorkingDays(d, b)`.
 * Two counts from one date never give the same due date.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(monotonicInN({ addWorkingDays, workingDaysBetween }), { numRuns: 200 });
 */
export function monotonicInN(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[TwoCountCase]> {
  const s = setup(impl, options, 'monotonicInN');
  // Mistakes of order are local (two neighbouring counts giving one date), so the second count is usually close to the first.
  const step = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: s.counts.map((n) => Math.abs(n) + 1) });
  const cases = fc.tuple(s.counts, step, s.dates).map(([smaller, by, date]): TwoCountCase => ({ date, smaller, larger: smaller + by }));
  return fc.property(cases, ({ date: d, smaller, larger }) => {
    fc.pre(s.inRange(reference.addWorkingDays(d, smaller, s.holidays)) && s.inRange(reference.addWorkingDays(d, larger, s.holidays)));
    const early = s.impl.addWorkingDays(d, smaller);
    const late = s.impl.addWorkingDays(d, larger);
    if (!(early < late)) fail(`monotonic in n: addWorkingDays(${show(d)}, ${smaller}) is ${show(early)}, not before addWorkingDays(${show(d)}, ${larger}), which is ${show(late)}`);
  });
}

/** A date, a count from it, and a second date to count working days to. */
export interface ReferenceCase {
  date: IsoDate;
  n: number;
  end: IsoDate;
}

/**
 * Both functions give the day-by-day reference's answer over the same holidays.
 * Pass `holidays` to compare with your own list instead of the library's.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(agreesWithReference({ addWorkingDays, workingDaysBetween }), { numRuns: 50 });
 */
export function agreesWithReference(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[ReferenceCase]> {
  const s = setup(impl, options, 'agreesWithReference');
  const cases = fc
    .tuple(s.counts, fc.integer({ min: -400, max: 400 }), s.dates)
    .map(([n, offset, date]): ReferenceCase => ({ date, n, end: addCalendarDays(date, offset) }));
  return fc.property(cases, ({ date: d, n, end }) => {
    const expected = reference.addWorkingDays(d, n, s.holidays);
    fc.pre(s.inRange(expected) && s.inRange(end));
    const due = s.impl.addWorkingDays(d, n);
    if (due !== expected) fail(`agreement with the reference: addWorkingDays(${show(d)}, ${n}) is ${show(due)}, the reference says ${show(expected)}`);
    const count = s.impl.workingDaysBetween(d, end);
    const counted = reference.workingDaysBetween(d, end, s.holidays);
    if (count !== counted) fail(`agreement with the reference: workingDaysBetween(${show(d)}, ${show(end)}) is ${show(count)}, the reference says ${counted}`);
  });
}

/**
 * `addWorkingDays(d, 0)` is `d` and `workingDaysBetween(d, d)` is 0, even on a weekend or bank holiday.
 * Zero working days from a Saturday is that Saturday, not the Monday.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(zeroIsIdentity({ addWorkingDays, workingDaysBetween }), { numRuns: 200 });
 */
export function zeroIsIdentity(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[IsoDate]> {
  const s = setup(impl, options, 'zeroIsIdentity');
  return fc.property(s.dates, (d) => {
    const same = s.impl.addWorkingDays(d, 0);
    if (same !== d) fail(`0 is the identity: addWorkingDays(${show(d)}, 0) is ${show(same)}, not ${show(d)}`);
    const none = s.impl.workingDaysBetween(d, d);
    if (none !== 0) fail(`0 is the identity: workingDaysBetween(${show(d)}, ${show(d)}) is ${show(none)}, not 0`);
  });
}

/**
 * A negative count goes back: `addWorkingDays(d, -n)` is the n-th working day
 * strictly before `d` (a working day, with exactly `n` working days from it up
 * to but not including `d`). Cases carry the negative count, as passed.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - The dates it serves, the holidays to compare with and the
 *   largest count (see `DeadlinePropertyOptions`).
 * @returns A fast-check property, for `fc.assert` or `fc.check` (with your own `numRuns` or `seed`).
 * @throws {SafeguardingInputError} when `impl` lacks either function or an
 *   option is unknown or malformed (`runs` and `seed` belong to fast-check).
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * fc.assert(negativeCountsBack({ addWorkingDays, workingDaysBetween }), { numRuns: 200 });
 */
export function negativeCountsBack(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[CountCase]> {
  const s = setup(impl, options, 'negativeCountsBack');
  const negative = s.counts.map((n) => -Math.abs(n)).filter((n) => n < 0);
  return fc.property(countCases(negative, s.dates), ({ date: d, n }) => {
    fc.pre(s.inRange(reference.addWorkingDays(d, n, s.holidays)));
    const back = s.impl.addWorkingDays(d, n);
    const ok = back < d && reference.isWorkingDay(back, s.holidays) && reference.workingDaysBetween(d, back, s.holidays) === n;
    if (!ok) fail(`negative counts back: addWorkingDays(${show(d)}, ${n}) is ${show(back)}, not the ${-n}${ordinal(-n)} working day before ${show(d)}`);
  });
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/**
 * One entry of `deadlineProperties`: a property's name, what it says, and
 * the function that builds it for an implementation. Loop over them to give
 * each property its own test.
 */
export interface DeadlineProperty {
  /** The property's name (the name of its exported function). */
  name: DeadlinePropertyName;
  /** What the property says, as a sentence. */
  title: string;
  /** Builds the property for an implementation, as the exported function of the same name does. */
  property(impl: DeadlineArithmetic, options?: DeadlinePropertyOptions): fc.IPropertyWithHooks<[CountCase] | [TwoCountCase] | [ReferenceCase] | [IsoDate]>;
}

/** Every property, in the order `checkDeadlineArithmetic` runs them. */
export const deadlineProperties: readonly DeadlineProperty[] = Object.freeze(([
  { name: 'roundTrip', title: 'workingDaysBetween(d, addWorkingDays(d, n)) is n', property: roundTrip },
  { name: 'dueDatesAreWorkingDays', title: 'a due date (n not 0) is a working day', property: dueDatesAreWorkingDays },
  { name: 'monotonicInN', title: 'more working days give a strictly later date', property: monotonicInN },
  { name: 'agreesWithReference', title: 'both functions agree with the day-by-day reference', property: agreesWithReference },
  { name: 'zeroIsIdentity', title: '0 working days from d is d', property: zeroIsIdentity },
  { name: 'negativeCountsBack', title: 'a negative count is the n-th working day strictly before', property: negativeCountsBack },
] as DeadlineProperty[]).map((p) => Object.freeze(p)));
