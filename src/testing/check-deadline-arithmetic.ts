import * as fc from 'fast-check';
import { inputError } from '../schemas/input-error.js';
import { deadlineProperties, type DeadlineArithmetic, type DeadlinePropertyName, type DeadlinePropertyOptions } from './deadline-properties.js';

export interface CheckDeadlineArithmeticOptions extends DeadlinePropertyOptions {
  /** Runs per property (fast-check's `numRuns`). Default 1000. */
  runs?: number;
  /** fast-check seed, to replay a failure. Default: random (printed in the report). */
  seed?: number;
}

export interface DeadlinePropertyReport {
  name: DeadlinePropertyName;
  title: string;
  /** fast-check's report for this property: `failed`, the shrunk `counterexample`, `seed`, `numShrinks`, `errorInstance`… */
  details: fc.RunDetails<unknown[]>;
}

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
 * @example
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * const report = checkDeadlineArithmetic({ addWorkingDays, workingDaysBetween }, { runs: 500 });
 * report.failed // false
 */
export function checkDeadlineArithmetic(impl: DeadlineArithmetic, options?: CheckDeadlineArithmeticOptions): DeadlineArithmeticReport {
  const runs = options?.runs ?? 1000;
  if (!Number.isSafeInteger(runs) || runs < 1) inputError(['options', 'runs'], 'invalid-integer', 'expected a whole number of at least 1');
  const seed = options?.seed;
  if (seed !== undefined && !Number.isSafeInteger(seed)) inputError(['options', 'seed'], 'invalid-integer', 'expected a whole number');
  const parameters: fc.Parameters<unknown[]> = seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
  const properties = deadlineProperties.map((p) => ({ name: p.name, title: p.title, details: fc.check(p.property(impl, options), parameters) as fc.RunDetails<unknown[]> }));
  const failures = properties.filter((p) => p.details.failed);
  const lines = properties.map((p) => `${p.details.failed ? 'FAIL' : 'ok  '} ${p.name}: ${p.title}`);
  for (const f of failures) lines.push('', `${f.name}:`, fc.defaultReportMessage(f.details) ?? 'failed');
  return { failed: failures.length > 0, properties, failures, message: lines.join('\n') };
}

/**
 * Like `checkDeadlineArithmetic`, but throws an `Error` with the report's
 * message when a property fails, for test runners that expect a throw.
 *
 * @example
 * it('our deadlines follow the library', () => assertDeadlineArithmetic(caseSystem, { runs: 200 }));
 */
export function assertDeadlineArithmetic(impl: DeadlineArithmetic, options?: CheckDeadlineArithmeticOptions): void {
  const report = checkDeadlineArithmetic(impl, options);
  if (report.failed) throw new Error(report.message);
}
