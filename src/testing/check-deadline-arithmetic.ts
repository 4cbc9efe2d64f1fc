import * as fc from 'fast-check';
import { inputError } from '../schemas/input-error.js';
import { checkOptionKeys } from './option-keys.js';
import { deadlineProperties, type DeadlineArithmetic, type DeadlinePropertyName, type DeadlinePropertyOptions } from './deadline-properties.js';

/** Options of `checkDeadlineArithmetic` and `assertDeadlineArithmetic`: those of the properties, how many runs and which seed fast-check uses, and which property to replay. */
export interface CheckDeadlineArithmeticOptions extends DeadlinePropertyOptions {
  /** Runs per property (fast-check's `numRuns`). Default 1000. */
  runs?: number;
  /** fast-check seed, to replay a failure. Default: random, one per property (each is in the report). */
  seed?: number;
  /** Run this property only (a name from `deadlineProperties`), e.g. to replay one failure with its `seed` and `path`. Default: every property. */
  property?: DeadlinePropertyName;
  /**
   * fast-check's path to a shrunk counterexample, as a failure's `replay`
   * gives it: with `property` and `seed`, the run goes straight to that
   * counterexample instead of searching again.
   */
  path?: string;
}

/** How to run one property's check again: the options to add to `checkDeadlineArithmetic` (or `assertDeadlineArithmetic`). */
export interface DeadlinePropertyReplay {
  /** The property's name. */
  property: DeadlinePropertyName;
  /** The seed its run used. */
  seed: number;
  /** For a failure: fast-check's path to the shrunk counterexample. */
  path?: string;
}

/** How one property fared in `checkDeadlineArithmetic`. */
export interface DeadlinePropertyReport {
  /** The property's name. */
  name: DeadlinePropertyName;
  /** What the property says, as a sentence. */
  title: string;
  /**
   * For a failed property, what went wrong, as a sentence about the shrunk
   * counterexample (e.g. `round trip: addWorkingDays("2012-02-01", 1) is
   * "2012-02-01", but workingDaysBetween(…) is 0, not 1`), or what the
   * implementation threw. `undefined` when the property held.
   */
  failure: string | undefined;
  /** The options that run this property again, as it ran (for a failure: straight to its counterexample). */
  replay: DeadlinePropertyReplay;
  /** fast-check's report for this property: `failed`, the shrunk `counterexample`, `seed`, `numShrinks`, `errorInstance`… */
  details: fc.RunDetails<unknown[]>;
}

/** What `checkDeadlineArithmetic` returns: whether any property failed, a report per property, and a readable message. */
export interface DeadlineArithmeticReport {
  /** True when any property failed. */
  failed: boolean;
  /** One report per property run, in the order of `deadlineProperties`. */
  properties: DeadlinePropertyReport[];
  /** The reports of the failed properties only. */
  failures: DeadlinePropertyReport[];
  /**
   * The report as text (`checkDeadlineArithmetic` prints nothing itself;
   * `assertDeadlineArithmetic` throws it): one line per property, then for
   * each failure what went wrong, the shrunk counterexample and how to replay it.
   */
  message: string;
}

const OPTION_KEYS = ['runs', 'seed', 'property', 'path', 'from', 'to', 'holidays', 'maxCount'];

/**
 * Runs every property of the library's deadline arithmetic against an
 * implementation and returns a report (it prints nothing, and does not throw
 * when a property fails; `assertDeadlineArithmetic` throws). Each failure
 * carries the kit's sentence saying what is wrong, the shrunk counterexample,
 * and the options that replay it alone.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - `runs` (per property, default 1000), `seed`, `property`
 *   and `path` (to replay one failure), and the options of the properties
 *   (see `DeadlinePropertyOptions`).
 * @returns The report: `failed`, each property's outcome (`failure`,
 *   `replay`, fast-check's `details`), the failures and a readable `message`.
 * @throws {SafeguardingInputError} when `impl` lacks either function, or an
 *   option is unknown or malformed (a property failing does not throw).
 * @example
 * import { addCalendarDays, addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * checkDeadlineArithmetic({ addWorkingDays, workingDaysBetween }, { runs: 200 }).failed // false
 * // Calendar days are not working days: the properties catch it, and say how.
 * const wrong = { addWorkingDays: (d: string, n: number) => addCalendarDays(d, n), workingDaysBetween };
 * checkDeadlineArithmetic(wrong, { runs: 200 }).failures[0]?.failure?.startsWith('round trip: addWorkingDays(') // true
 */
export function checkDeadlineArithmetic(impl: DeadlineArithmetic, options?: CheckDeadlineArithmeticOptions): DeadlineArithmeticReport {
  checkOptionKeys(options, OPTION_KEYS, ['options'], { numRuns: 'the option is runs', only: 'the option is property' });
  const { runs: givenRuns, seed, property, path, ...propertyOptions } = options ?? {};
  const runs = givenRuns ?? 1000;
  if (!Number.isSafeInteger(runs) || runs < 1) inputError(['options', 'runs'], 'invalid-integer', 'expected a whole number of at least 1');
  if (seed !== undefined && !Number.isSafeInteger(seed)) inputError(['options', 'seed'], 'invalid-integer', 'expected a whole number');
  const selected = property === undefined ? deadlineProperties : deadlineProperties.filter((p) => p.name === property);
  if (selected.length === 0) inputError(['options', 'property'], 'invalid-value', `expected one of ${deadlineProperties.map((p) => JSON.stringify(p.name)).join(', ')}`);
  if (path !== undefined) {
    if (typeof path !== 'string' || !/^\d{1,9}(:\d{1,9}){0,999}$/.test(path)) inputError(['options', 'path'], 'invalid-value', 'expected a fast-check path such as "12:0:3", as a failure\'s replay gives it');
    if (property === undefined || seed === undefined) inputError(['options', 'path'], 'required', 'replays one property: give property and seed with it');
  }
  const parameters: fc.Parameters<unknown[]> = { numRuns: runs, ...(seed === undefined ? {} : { seed }), ...(path === undefined ? {} : { path, endOnFailure: true }) };
  const properties = selected.map((p): DeadlinePropertyReport => {
    const details = fc.check(p.property(impl, propertyOptions), parameters) as fc.RunDetails<unknown[]>;
    const replayPath = details.failed && details.counterexamplePath !== null ? details.counterexamplePath : undefined;
    return {
      name: p.name,
      title: p.title,
      failure: details.failed ? failureSentence(details) : undefined,
      replay: replayPath === undefined ? { property: p.name, seed: details.seed } : { property: p.name, seed: details.seed, path: replayPath },
      details,
    };
  });
  const failures = properties.filter((p) => p.details.failed);
  return { failed: failures.length > 0, properties, failures, message: reportMessage(properties, failures) };
}

/**
 * Like `checkDeadlineArithmetic`, but throws an `Error` with the report's
 * message when a property fails, for test runners that expect a throw: the
 * message says what went wrong in each failed property, with its shrunk
 * counterexample and how to replay it.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - As for `checkDeadlineArithmetic`.
 * @returns Nothing: it returns when every property holds.
 * @throws {Error} with the report's message (for each failure: the kit's
 *   sentence, the shrunk counterexample, and the options to replay it) when a
 *   property fails.
 * @throws {SafeguardingInputError} when `impl` or an option is malformed.
 * @example
 * import { addWorkingDays, createCalendar, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * // In a test (vitest, jest, node:test): bind the calendar your case system uses.
 * const calendar = createCalendar({ additionalHolidays: [{ date: '2027-06-07', name: 'Extra bank holiday' }] });
 * const caseSystem = { addWorkingDays: (d: string, n: number) => addWorkingDays(d, n, calendar), workingDaysBetween: (a: string, b: string) => workingDaysBetween(a, b, calendar) };
 * assertDeadlineArithmetic(caseSystem, { runs: 100, holidays: holidayDates(calendar) });
 */
export function assertDeadlineArithmetic(impl: DeadlineArithmetic, options?: CheckDeadlineArithmeticOptions): void {
  const report = checkDeadlineArithmetic(impl, options);
  if (report.failed) throw new Error(report.message);
}

/** What went wrong: the property's own sentence, or what the implementation threw (or why fast-check gave up). */
function failureSentence(details: fc.RunDetails<unknown[]>): string {
  if (details.counterexamplePath === null) {
    // No counterexample: fast-check gave up (every case skipped) or was interrupted.
    return details.interrupted ? 'the run was interrupted before any failure' : `too many cases were skipped (${details.numSkips}): the dates given leave no room for the counts drawn; widen from and to, or lower maxCount`;
  }
  const error = details.errorInstance;
  if (!(error instanceof Error)) return `the implementation threw ${fc.stringify(error)}`;
  // The kit's own verdicts are plain Errors whose stack is their sentence (deadline-properties.ts).
  if (error.name === 'Error' && error.stack === `Error: ${error.message}`) return error.message;
  return `the implementation threw ${error.name}: ${error.message}`;
}

function reportMessage(properties: readonly DeadlinePropertyReport[], failures: readonly DeadlinePropertyReport[]): string {
  const lines = properties.map((p) => `${p.details.failed ? 'FAIL' : 'ok  '} ${p.name}: ${p.title}`);
  if (failures.length > 0) lines.unshift(`${failures.length} of ${properties.length} deadline ${properties.length === 1 ? 'property fails' : 'properties fail'}:`);
  for (const f of failures) {
    const d = f.details;
    lines.push('', `FAIL ${f.name}`, `  ${f.failure}`);
    if (d.counterexample !== null) {
      const runs = `${d.numRuns} ${d.numRuns === 1 ? 'test' : 'tests'}`;
      lines.push(`  Counterexample: ${fc.stringify(d.counterexample)} (failed after ${runs}, shrunk ${d.numShrinks} ${d.numShrinks === 1 ? 'time' : 'times'})`);
    }
    lines.push(`  Replay it alone with the options ${replayText(f.replay)}`);
  }
  return lines.join('\n');
}

function replayText(replay: DeadlinePropertyReplay): string {
  const parts = [`property: '${replay.property}'`, `seed: ${replay.seed}`];
  if (replay.path !== undefined) parts.push(`path: '${replay.path}'`);
  return `{ ${parts.join(', ')} }`;
}
