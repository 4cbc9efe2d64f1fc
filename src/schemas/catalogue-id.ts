/**
 * A schema for the ids of one of the library's catalogues (need indicators,
 * ...): a zod enum of exactly those ids, so the schema refuses what the
 * decision refuses, JSON Schema lists the ids, and TypeScript sees them as a
 * union of literals. A wrong id is reported as `unknown-id`, with the
 * catalogue to look in, instead of zod's list of every accepted value.
 */
import * as z from 'zod/mini';

/** What a wrong id of a catalogue's enum is called, by the enum's definition (a copy of a schema shares its definition). */
const catalogues = new WeakMap<object, string>();

/**
 * The enum of a catalogue's ids. `noun` names one id (`need indicator id`),
 * `catalogue` the export that lists them (`needIndicators`).
 */
export function catalogueIdSchema<const T extends readonly string[]>(ids: T, noun: string, catalogue: string): z.ZodMiniEnum<{ [K in T[number]]: K }> {
  const schema = z.enum(ids as unknown as readonly [T[number], ...T[number][]]) as unknown as z.ZodMiniEnum<{ [K in T[number]]: K }>;
  catalogues.set(schema._zod.def, `is not a known ${noun} (see ${catalogue})`);
  return schema;
}

/** The message for a value a catalogue's enum refused, or `undefined` for any other schema. */
export function unknownIdMessage(schema: { _zod: { def: object } } | undefined): string | undefined {
  return schema === undefined ? undefined : catalogues.get(schema._zod.def);
}
