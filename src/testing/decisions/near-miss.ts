/**
 * Near misses: a valid input with one small mistake of the kind case systems
 * make (a boolean sent as "yes", 30 February, a date as 02/03/2026, an enum
 * value mistyped, a misspelt key, a repeated list entry, a required field
 * left out), plus the mistakes a decision names itself (an unknown catalogue
 * id, dates in an impossible order). Each one must be refused with a
 * `SafeguardingInputError`, and the decision's schema refuses each too (the
 * schemas refuse what the decisions refuse): a spoilt input the schema still
 * accepts is not drawn.
 */
import * as fc from 'fast-check';
import type { DecisionInputSpec, NearMiss } from './decision-input-spec.js';

export type { NearMiss } from './decision-input-spec.js';
import type { Field, FieldKind } from './schema-walk.js';

type Input = Record<string, unknown>;


const pick = <T>(list: readonly T[], choice: number): T => list[choice % list.length]!;

function wrongValues(type: FieldKind, current: unknown): readonly unknown[] {
  switch (type.kind) {
    case 'boolean':
      return ['yes', 'true', 1, 0, null, 'no'];
    case 'enum':
      return type.values.flatMap((v) => [String(v).toUpperCase(), `${String(v)}s`, String(v).replace(/-/g, '_')]).filter((v) => !type.values.includes(v));
    case 'date': {
      const d = typeof current === 'string' ? current : '2026-03-02';
      const year = d.slice(0, 4);
      return [`${year}-02-30`, `${year}-04-31`, `${year}-13-01`, `${year}-00-10`, `${d}T00:00:00Z`, d.split('-').reverse().join('/'), d.replace(/-0/g, '-'), '', Number(d.replace(/-/g, ''))];
    }
    case 'integer':
      return [type.min - 1, type.max + 1, type.min + 0.5, String(type.min), null];
    case 'string':
      return [42, null, true];
    case 'array':
      return ['not a list', null, {}];
    case 'object':
      return ['yes', true, []];
  }
}

/** A misspelling of a key, as a hand-written payload might have it. */
function misspell(key: string, choice: number): string {
  const variants = [key.slice(0, -1), key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), key.toLowerCase(), `${key}s`];
  return variants.filter((v) => v !== key)[choice % 3] ?? `${key}_`;
}

function fieldNearMisses(fields: readonly Field[], prefix: string[]): NearMiss[] {
  const at = (input: Input, path: string[]): Input | undefined => {
    let node: unknown = input;
    for (const key of path) node = node !== null && typeof node === 'object' ? (node as Input)[key] : undefined;
    return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Input) : undefined;
  };
  const misses: NearMiss[] = [];
  for (const field of fields) {
    const where = [...prefix, field.key].join('.');
    misses.push({
      description: `${where}: a value of the wrong kind`,
      apply(input, choice) {
        const copy = structuredClone(input);
        const parent = at(copy, prefix);
        if (!parent) return undefined;
        parent[field.key] = pick(wrongValues(field.type, parent[field.key]), choice);
        return copy;
      },
    });
    misses.push({
      description: `${where}: the key misspelt`,
      apply(input, choice) {
        const copy = structuredClone(input);
        const parent = at(copy, prefix);
        if (!parent || !(field.key in parent)) return undefined;
        parent[misspell(field.key, choice)] = parent[field.key];
        delete parent[field.key];
        return copy;
      },
    });
    if (!field.optional) {
      misses.push({
        description: `${where}: a required field left out`,
        apply(input) {
          const copy = structuredClone(input);
          const parent = at(copy, prefix);
          if (!parent) return undefined;
          delete parent[field.key];
          return copy;
        },
      });
    }
    if (field.type.kind === 'array') {
      misses.push({
        description: `${where}: an entry listed twice`,
        apply(input, choice) {
          const copy = structuredClone(input);
          const list = at(copy, prefix)?.[field.key];
          if (!Array.isArray(list) || list.length === 0) return undefined;
          list.push(list[choice % list.length]);
          return copy;
        },
      });
    }
    if (field.type.kind === 'object') misses.push(...fieldNearMisses(field.type.fields, [...prefix, field.key]));
  }
  return misses;
}

/** Near misses of the valid inputs of one decision: spoilt fields, and the decision's own (dates out of order, ids mistyped), each refused by the schema. */
export function nearMissArbitrary(spec: DecisionInputSpec, fields: readonly Field[], valid: fc.Arbitrary<Input>): fc.Arbitrary<unknown> {
  const misses = [...fieldNearMisses(fields, []), ...(spec.decisionNearMisses ?? [])];
  return fc
    .tuple(valid, fc.nat({ max: misses.length - 1 }), fc.nat({ max: 99 }))
    .map(([input, which, choice]) => {
      const miss = misses[which]!;
      const spoilt = miss.apply(input, choice);
      if (spoilt === undefined) return undefined;
      // The schemas refuse everything the decisions refuse: a spoilt input the schema accepts is no near miss.
      if (spec.schema.safeParse(spoilt).success) return undefined;
      return spoilt;
    })
    .filter((spoilt): spoilt is Input => spoilt !== undefined);
}
