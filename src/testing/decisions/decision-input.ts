/**
 * The valid-input arbitrary of a decision, built from its zod schema plus
 * what the schema cannot say: the catalogue ids a list must hold, and the
 * order a decision's dates must be in. Options fix some facts, leave some
 * unknown or insist they are answered, or turn it into an arbitrary of near
 * misses (see near-miss.ts).
 */
import * as fc from 'fast-check';
import type * as z from 'zod/mini';
import type { IsoDate } from '../../schemas/iso-date.js';
import { inputError } from '../../schemas/input-error.js';
import { isoDate } from '../iso-date.js';
import { dayRange, type DateRangeOptions } from '../date-range.js';
import { isoOf, parseIsoDay } from '../../calendar/day-number.js';
import { fieldsOf, type Field } from './schema-walk.js';
import { maybe, valueArbitrary } from './field-arbitrary.js';
import { nearMissArbitrary } from './near-miss.js';
import type { DecisionInputSpec } from './decision-input-spec.js';

export type { DecisionInputSpec } from './decision-input-spec.js';
import { checkOptionKeys } from '../option-keys.js';

type Input = Record<string, unknown>;


/**
 * Options of every decision input arbitrary (`classifyNeedInput`, ...): fix
 * facts, leave them unknown, insist they are answered, bound the dates, or
 * draw near misses instead of valid inputs.
 *
 * @typeParam I - The decision's input type.
 * @typeParam K - The facts given in `known` (the inputs drawn have them, and their type says so).
 */
export interface DecisionInputOptions<I, K extends keyof I & string = keyof I & string> extends DateRangeOptions {
  /** Facts fixed to these values in every input (each checked against the schema). Dates range within `from`…`to`. */
  fixed?: Partial<I>;
  /** Facts always left out (unknown). Only optional fields can be unknown. */
  unknown?: readonly (keyof I & string)[];
  /** Optional facts always answered. */
  known?: readonly K[];
  /** Draw near misses instead: inputs one small mistake away from valid, which the decision must refuse. */
  nearMiss?: boolean;
}

/** An input with the facts `K` always answered, as `known` draws it. */
export type WithKnown<I, K extends keyof I> = [K] extends [never] ? I : I & { [P in K]-?: Exclude<I[P], undefined> };

const DEFAULT_FROM = '2013-01-01';
const DEFAULT_TO = '2095-12-31';

/** Days between consecutive dates of a chain: any gap up to four months, and the gaps thresholds turn on. */
const gap = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(0, 1, 6, 7, 20, 21, 22, 28));

export function decisionInput<I>(spec: DecisionInputSpec, options: DecisionInputOptions<I> | undefined, argument: string): fc.Arbitrary<I | unknown> {
  const fields = fieldsOf(spec.schema);
  const o = checkOptions(spec, fields, options, argument);
  const valid = validInput(spec, fields, o);
  return options?.nearMiss === true ? nearMissArbitrary(spec, fields, valid) : valid;
}

interface CheckedOptions {
  fixed: Input;
  unknown: ReadonlySet<string>;
  known: ReadonlySet<string>;
  first: IsoDate;
  last: IsoDate;
}

function checkOptions<I>(spec: DecisionInputSpec, fields: readonly Field[], options: DecisionInputOptions<I> | undefined, argument: string): CheckedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) inputError([argument], 'invalid-type', 'expected an options object');
  checkOptionKeys(options, ['fixed', 'unknown', 'known', 'nearMiss', 'from', 'to'], [argument]);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const shape = (spec.schema as unknown as { shape: Record<string, z.ZodMiniType> }).shape;
  const fixed = (options?.fixed ?? {}) as Input;
  if (fixed === null || typeof fixed !== 'object' || Array.isArray(fixed)) inputError([argument, 'fixed'], 'invalid-type', 'expected an object of facts');
  for (const [key, value] of Object.entries(fixed)) {
    if (!byKey.has(key)) inputError([argument, 'fixed'], 'unknown-key', `${spec.name} has no input field ${/^[A-Za-z][A-Za-z0-9]{0,60}$/.test(key) ? `"${key}"` : '(key not shown)'}`);
    if (value !== undefined && !shape[key]!.safeParse(value).success) inputError([argument, 'fixed', key], 'invalid-value', `is not a valid value for ${spec.name}`);
  }
  const listOf = (name: 'unknown' | 'known'): Set<string> => {
    const list = options?.[name] ?? [];
    if (!Array.isArray(list)) inputError([argument, name], 'invalid-type', 'expected a list of input field names');
    list.forEach((key: unknown, index) => {
      const field = typeof key === 'string' ? byKey.get(key) : undefined;
      if (!field) inputError([argument, name, index], 'unknown-key', `is not an input field of ${spec.name}`);
      if (name === 'unknown' && !field.optional) inputError([argument, name, index], 'required', `"${key as string}" is required, so it cannot be left unknown`);
      if ((key as string) in fixed) inputError([argument, name, index], 'contradiction', `"${key as string}" is also fixed`);
    });
    return new Set(list as string[]);
  };
  const unknown = listOf('unknown');
  const known = listOf('known');
  for (const key of known) if (unknown.has(key)) inputError([argument, 'known'], 'contradiction', `"${key}" cannot be both known and unknown`);
  const { first, last } = dayRange({ from: options?.from ?? DEFAULT_FROM, to: options?.to ?? DEFAULT_TO }, argument, true);
  return { fixed, unknown, known, first: isoOf(first), last: isoOf(last) };
}

function validInput(spec: DecisionInputSpec, fields: readonly Field[], o: CheckedOptions): fc.Arbitrary<Input> {
  const dates = isoDate({ from: o.first, to: o.last });
  const drawn = fields.filter((f) => !(f.key in o.fixed) && !o.unknown.has(f.key));
  const dateKeys = new Set(fields.filter((f) => f.type.kind === 'date').map((f) => f.key));
  const chains = spec.dateChains ?? [];
  const chained = new Set(chains.flat());
  // Dates are drawn as offsets from one anchor date so that they tell a possible story (days or weeks apart, not decades).
  // A chained date's gap is drawn whether or not the date is given, so leaving one out (as shrinking does) moves no other date.
  const entries = drawn.map((f) => {
    const optional = f.optional && !o.known.has(f.key);
    if (chained.has(f.key)) return fc.tuple(gap, optional ? fc.option(fc.constant(true), { nil: false, freq: 3 }) : fc.constant(true));
    const value = dateKeys.has(f.key) ? fc.integer({ min: -120, max: 120 }) : (spec.values?.[f.key] ?? valueArbitrary(f.type, dates));
    return optional ? maybe(value) : value;
  });
  return fc
    .tuple(dates, fc.tuple(...entries))
    .map(([anchor, values]) => {
      const input: Input = {};
      const gaps = new Map<string, number>();
      drawn.forEach((f, i) => {
        const value = values[i];
        if (chained.has(f.key)) {
          const [days, given] = value as [number, boolean];
          gaps.set(f.key, days);
          if (given) input[f.key] = days;
        } else if (value !== undefined) input[f.key] = value;
      });
      placeDates(input, anchor, dateKeys, chains, gaps, o.fixed, o.first, o.last);
      for (const [key, value] of Object.entries(o.fixed)) if (value !== undefined) input[key] = structuredClone(value);
      spec.repair?.(input);
      return input;
    })
    .filter((input) => spec.schema.safeParse(input).success);
}

/**
 * Turns the drawn offsets into dates. In a chain each date's offset is its
 * gap in days after the previous one (`gaps`, drawn for every date of the
 * chain, given or not); the chain is pinned at its fixed date if it has one,
 * otherwise its last date sits on the anchor, and the chain is moved forward
 * if it starts before `first`. A date outside any chain lies within four
 * months of the anchor. Every date is then kept within `first`…`last` (a
 * decision refuses dates its calendar does not serve), which keeps each
 * chain in order.
 */
function placeDates(input: Input, anchor: IsoDate, dateKeys: ReadonlySet<string>, chains: readonly (readonly string[])[], gaps: ReadonlyMap<string, number>, fixed: Input, first: IsoDate, last: IsoDate): void {
  const gapOf = (key: string) => gaps.get(key) ?? 0;
  const day = (date: IsoDate) => parseIsoDay(date)!;
  const within = (d: number) => isoOf(Math.min(Math.max(d, day(first)), day(last)));
  for (const chain of chains) {
    const at = chain.findIndex((key) => typeof fixed[key] === 'string');
    const pivot = at >= 0 ? at : chain.length - 1;
    const placed: number[] = [];
    placed[pivot] = day(at >= 0 ? (fixed[chain[at]!] as IsoDate) : anchor);
    for (let i = pivot + 1; i < chain.length; i++) placed[i] = placed[i - 1]! + gapOf(chain[i]!);
    for (let i = pivot - 1; i >= 0; i--) placed[i] = placed[i + 1]! - gapOf(chain[i + 1]!);
    const early = at >= 0 ? 0 : Math.max(0, day(first) - placed[0]!);
    chain.forEach((key, i) => {
      if (typeof input[key] === 'number') input[key] = within(placed[i]! + early);
    });
  }
  const chained = new Set(chains.flat());
  for (const key of dateKeys) if (!chained.has(key) && typeof input[key] === 'number') input[key] = within(day(anchor) + (input[key] as number));
}
