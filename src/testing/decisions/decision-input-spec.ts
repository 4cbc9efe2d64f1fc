/**
 * The types a decision's input arbitrary is described by: what it needs
 * beyond its schema, and a near miss of it. Apart from the arbitraries that
 * use them, so that neither arbitrary's module imports the other's.
 */
import type * as fc from 'fast-check';
import type * as z from 'zod/mini';

type Input = Record<string, unknown>;

/** One way to spoil a valid input; returns the spoilt copy, or undefined when it does not apply to this input. */
export interface NearMiss {
  /** What is wrong, e.g. `awareOn: not a real date`. */
  description: string;
  /** Spoils a copy of the input; `choice` picks among variants. */
  apply(input: Input, choice: number): Input | undefined;
}

/** What one decision's input arbitrary needs beyond its schema. */
export interface DecisionInputSpec {
  /** The decision's function name, for messages. */
  name: string;
  schema: z.ZodMiniType;
  /** Valid values for fields the schema types only loosely (e.g. catalogue ids for a list of strings). */
  values?: Record<string, fc.Arbitrary<unknown>>;
  /** Date fields that must come in this order, earliest first (one list per chain). */
  dateChains?: readonly (readonly string[])[];
  /** Makes a drawn input consistent in ways the decision checks and the schema does not. */
  repair?: (input: Input) => void;
  /** Near misses of the decision's own, which random spoiling of one field rarely finds (dates out of order, an id mistyped). */
  decisionNearMisses?: readonly NearMiss[];
}
