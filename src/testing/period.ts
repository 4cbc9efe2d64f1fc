import * as fc from 'fast-check';
import type { PeriodUnit } from '../calendar/deadline-types.js';
import { integerArgument } from '../calendar/arguments.js';
import { inputError } from '../schemas/input-error.js';

export interface Period {
  amount: number;
  unit: PeriodUnit;
  direction: 'after' | 'before';
}

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
 * @example
 * fc.assert(fc.property(isoDate({ to: '2099-12-31' }), period(), (date, p) =>
 *   createDeadline({ id: 'x', title: 'x', trigger: { event: 'x', date }, period: p, citation }).period.amount === p.amount));
 */
export function period(options?: PeriodOptions): fc.Arbitrary<Period> {
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
      if (max < 0) inputError(['period', 'maxAmount', unit], 'invalid-range', 'must be 0 or more');
      // A tuple mapped to a plain object: fc.record may build null-prototype objects.
      return fc.tuple(fc.nat({ max }), fc.constantFrom(...directions)).map(([amount, direction]): Period => ({ amount, unit, direction }));
    }),
  );
}
