/** Valid values for one schema field, drawn from its description (see schema-walk.ts). */
import * as fc from 'fast-check';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Field, FieldKind } from './schema-walk.js';

/**
 * A present answer about twice as often as an unknown one: unknown is an
 * answer the decisions must handle. It shrinks to unknown first, so a
 * counterexample keeps only the facts its failure needs (fast-check's
 * `option` tries its nil value before shrinking the answer itself).
 */
export function maybe<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 3 });
}

export function valueArbitrary(type: FieldKind, date: fc.Arbitrary<IsoDate>): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...type.values);
    case 'date':
      return date;
    case 'string':
      return fc.string({ maxLength: 20 });
    case 'integer':
      return fc.integer({ min: type.min, max: type.max });
    case 'array':
      // Valid lists never repeat an entry (the schemas refuse duplicates).
      return fc.uniqueArray(valueArbitrary(type.element, date), { maxLength: type.maxLength });
    case 'object':
      return objectArbitrary(type.fields, date);
  }
}

/** A plain object with each optional field sometimes left out. */
export function objectArbitrary(fields: readonly Field[], date: fc.Arbitrary<IsoDate>): fc.Arbitrary<Record<string, unknown>> {
  const entries = fields.map((f) => (f.optional ? maybe(valueArbitrary(f.type, date)) : valueArbitrary(f.type, date)));
  return fc.tuple(...entries).map((values) => {
    const out: Record<string, unknown> = {};
    values.forEach((value, i) => {
      if (value !== undefined) out[fields[i]!.key] = value;
    });
    return out;
  });
}
