import * as fc from 'fast-check';
import type { PeriodUnit } from '../calendar/deadline-types.js';
import { integerArgument } from '../calendar/arguments.js';
import { inputError } from '../schemas/input-error.js';
import { checkOptionKeys } from './option-keys.js';

/** A deadline period as `period` draws it: the `period` of a `DeadlineSpec`. */
export interface Period {
  /** How many units, 0 or more. */
  amount: number;
  /** What is counted: working days, calendar days, weeks or months. */
  unit: PeriodUnit;
  /** After the trigger, or before it. */
  direction: 'after' | 'before';
}

/** Options of `period`: which units and directions to draw, and the largest amount per unit. */
export interface PeriodOptions {
  /** Which units to draw. Default: all four. */
  units?: readonly PeriodUnit[];
  /** Which directions to draw. Default: both. */
  directions?: readonly ('after' | 'before')[];
  /** Largest amount per unit. Default: 65 working days, 366 calendar days, 52 weeks, 24 months. */
  maxAmount?: Partial<Record<PeriodUnit, number>>;
}

const UNITS: readonly PeriodUnit[] = ['working-days', 'calendar-days', 'weeks', 'months'];
const DEFAULT_MAX: Record<PeriodUnit, number> = { 'working-days': 65, 'calendar-days': 366, weeks: 52, months: 24 };

/**
 * A `Deadline` period (`{ amount, unit, direction }`), as `createDeadline`
 * takes it. Amounts run from 0 and shrink towards 0.
 *
 * @param options - `units`, `directions` and `maxAmount` (see `PeriodOptions`).
 * @returns A fast-check arbitrary of `{ amount, unit, direction }` objects.
 * @throws {SafeguardingInputError} when an option is unknown, a list is empty
 *   or holds an unknown unit or direction, or a maximum is not a whole number of 0 or more.
 * @example
 * import * as fc from 'fast-check';
 * import { createDeadline } from 'luton-safeguarding-rules/calendar';
 * const citation = { document: 'local-procedure', section: 'Timescales' };
 * fc.assert(fc.property(isoDate({ from: '2020-01-01', to: '2090-12-31' }), period(), (date, p) =>
 *   createDeadline({ id: 'local.step', title: 'A local step', trigger: { event: 'referral', date }, period: p, citation }).period.amount === p.amount));
 */
export function period(options?: PeriodOptions): fc.Arbitrary<Period> {
  checkOptionKeys(options, ['units', 'directions', 'maxAmount'], ['period']);
  const units = options?.units ?? UNITS;
  const directions = options?.directions ?? (['after', 'before'] as const);
  if (units.length === 0 || units.some((u) => !UNITS.includes(u))) {
    inputError(['period', 'units'], 'invalid-value', `expected a non-empty list of ${UNITS.map((u) => JSON.stringify(u)).join(', ')}`);
  }
  if (directions.length === 0 || directions.some((d) => d !== 'after' && d !== 'before')) {
    inputError(['period', 'directions'], 'invalid-value', 'expected a non-empty list of "after", "before"');
  }
  return fc.oneof(
    ...units.map((unit) => {
      const given = options?.maxAmount?.[unit];
      const max = given === undefined ? DEFAULT_MAX[unit] : integerArgument(given, `period.maxAmount.${unit}`);
      if (max < 0) inputError(['period', 'maxAmount', unit], 'out-of-range', 'must be 0 or more');
      // A tuple mapped to a plain object: fc.record may build null-prototype objects.
      return fc.tuple(fc.nat({ max }), fc.constantFrom(...directions)).map(([amount, direction]): Period => ({ amount, unit, direction }));
    }),
  );
}
