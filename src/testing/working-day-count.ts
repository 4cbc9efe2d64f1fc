import * as fc from 'fast-check';
import { integerArgument } from '../calendar/arguments.js';
import { inputError } from '../schemas/input-error.js';
import { checkOptionKeys } from './option-keys.js';

/** Options of `workingDayCount`: the smallest and largest count to draw. */
export interface WorkingDayCountOptions {
  /** Smallest count (negative counts back). Default `-260`, about a year back. */
  min?: number;
  /** Largest count. Default `260`, about a year ahead. */
  max?: number;
}

/** The counts statutory guidance uses (1 working day, 3, 5, 10, 15, 20, 45 …), drawn often. */
const STATUTORY_COUNTS = [1, 2, 3, 5, 7, 10, 15, 20, 45, 65];

/**
 * Whole numbers of working days for `addWorkingDays(date, n)`: 0 and the
 * counts found in statutory timescales (both signs) are drawn often, the
 * rest uniformly from `min` to `max`. Shrinks towards 0.
 *
 * @param options - `min` and `max`, whole numbers (default -260 and 260).
 * @returns A fast-check arbitrary of whole numbers from `min` to `max`.
 * @throws {SafeguardingInputError} when an option is unknown, `min` or `max`
 *   is not a whole number, or `max` is smaller than `min`.
 * @example
 * import * as fc from 'fast-check';
 * import { addWorkingDays, workingDaysBetween } from 'luton-safeguarding-rules/calendar';
 * // From a working day, counting n working days on and back again gives n.
 * fc.assert(fc.property(workingDay({ from: '2012-01-01', to: '2040-12-31' }), workingDayCount({ min: 0, max: 45 }), (d, n) => workingDaysBetween(d, addWorkingDays(d, n)) === n));
 */
export function workingDayCount(options?: WorkingDayCountOptions): fc.Arbitrary<number> {
  checkOptionKeys(options, ['min', 'max'], ['workingDayCount']);
  const min = options?.min === undefined ? -260 : integerArgument(options.min, 'workingDayCount.min');
  const max = options?.max === undefined ? 260 : integerArgument(options.max, 'workingDayCount.max');
  if (max < min) inputError(['workingDayCount', 'max'], 'out-of-range', 'is smaller than min');
  const typical = [0, ...STATUTORY_COUNTS.flatMap((n) => [n, -n])].filter((n) => n >= min && n <= max);
  const uniform = fc.integer({ min, max });
  return typical.length === 0 ? uniform : fc.oneof({ weight: 3, arbitrary: uniform }, { weight: 1, arbitrary: fc.constantFrom(...typical) });
}
