import * as fc from 'fast-check';
import { inputError } from '../schemas/input-error.js';
import { checkOptionKeys } from './option-keys.js';
import { deadlineProperties, type DeadlineArithmetic, type DeadlinePropertyName, type DeadlinePropertyOptions } from './deadline-properties.js';

/** Options of `checkDeadlineArithmetic` and `assertDeadlineArithmetic`: those of the properties, and how many runs and which seed fast-check uses. */
export interface CheckDeadlineArithmeticOptions extends DeadlinePropertyOptions {
  /** Runs per property (fast-check's `numRuns`). Default 1000. */
  runs?: number;
  /** fast-check seed, to replay a failure. Default: random (printed in the report). */
  seed?: number;
}

/** How one property fared in `checkDeadlineArithmetic`. */
export interface DeadlinePropertyReport {
  /** The property's name. */
  name: DeadlinePropertyName;
  /** What the property says, as a sentence. */
  title: string;
  /** fast-check's report for this property: `failed`, the shrunk `counterexample`, `seed`, `numShrinks`, `errorInstance`… */
  details: fc.RunDetails<unknown[]>;
}

/** What `checkDeadlineArithmetic` returns: whether any property failed, a report per property, and a readable message. */
export interface DeadlineArithmeticReport {
  /** True when any property failed. */
  failed: boolean;
  /** One report per property, in the order of `deadlineProperties`. */
  properties: DeadlinePropertyReport[];
  /** The reports of the failed properties only. */
  failures: DeadlinePropertyReport[];
  /** A readable summary: one line per property, then fast-check's message for each failure. */
  message: string;
}

/**
 * Runs every property of the library's deadline arithmetic against an
 * implementation and returns fast-check's reports (it does not throw when a
 * property fails; `assertDeadlineArithmetic` does). Each failure carries the
 * shrunk counterexample and the seed to replay it.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - `runs` (per property, default 1000), `seed`, and the
 *   options of the properties (see `DeadlinePropertyOptions`).
 * @returns The report: `failed`, each property's fast-check details, the
 *   failures and a readable `message`.
 * @throws {SafeguardingInputError} when `impl` lacks either function, or an
 *   option is unknown or malformed (a property failing does not throw).
 * @example
 * import { addCalendarDays, addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * checkDeadlineArithmetic({ addWorkingDays, workingDaysBetween }, { runs: 200 }).failed // false
 * // Calendar days are not working days: the properties catch it.
 * const wrong = { addWorkingDays: (d: string, n: number) => addCalendarDays(d, n), workingDaysBetween };
 * checkDeadlineArithmetic(wrong, { runs: 200 }).failures.length > 0 // true
 */
export function checkDeadlineArithmetic(impl: DeadlineArithmetic, options?: CheckDeadlineArithmeticOptions): DeadlineArithmeticReport {
  checkOptionKeys(options, ['runs', 'seed', 'from', 'to', 'holidays', 'maxCount'], ['options'], { numRuns: 'the option is runs' });
  const { runs: givenRuns, seed: givenSeed, ...propertyOptions } = options ?? {};
  const runs = givenRuns ?? 1000;
  if (!Number.isSafeInteger(runs) || runs < 1) inputError(['options', 'runs'], 'invalid-integer', 'expected a whole number of at least 1');
  const seed = givenSeed;
  if (seed !== undefined && !Number.isSafeInteger(seed)) inputError(['options', 'seed'], 'invalid-integer', 'expected a whole number');
  const parameters: fc.Parameters<unknown[]> = seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
  const properties = deadlineProperties.map((p) => ({ name: p.name, title: p.title, details: fc.check(p.property(impl, propertyOptions), parameters) as fc.RunDetails<unknown[]> }));
  const failures = properties.filter((p) => p.details.failed);
  const lines = properties.map((p) => `${p.details.failed ? 'FAIL' : 'ok  '} ${p.name}: ${p.title}`);
  for (const f of failures) lines.push('', `${f.name}:`, fc.defaultReportMessage(f.details) ?? 'failed');
  return { failed: failures.length > 0, properties, failures, message: lines.join('\n') };
}

/**
 * Like `checkDeadlineArithmetic`, but throws an `Error` with the report's
 * message when a property fails, for test runners that expect a throw.
 *
 * @param impl - The implementation under test: `addWorkingDays(date, n)` and
 *   `workingDaysBetween(start, end)`, with any calendar bound in.
 * @param options - As for `checkDeadlineArithmetic`.
 * @returns Nothing: it returns when every property holds.
 * @throws {Error} with the report's message (the shrunk counterexample and
 *   seed of each failure) when a property fails.
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
