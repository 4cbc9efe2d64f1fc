/**
 * Reads a decision's zod input schema into a description of its fields, so
 * the input arbitraries follow the schema as it is (a field added to a
 * schema is drawn without a change here). Only the kinds of schema the
 * decision inputs use are understood; anything else is a loud error in the
 * library's own tests, not a silently wrong arbitrary.
 */
import type * as z from 'zod/mini';
import { IsoDateSchema } from '../../schemas/index.js';

export type FieldKind =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly (string | number)[] }
  | { kind: 'date' }
  | { kind: 'string' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'array'; element: FieldKind; maxLength: number }
  | { kind: 'object'; fields: readonly Field[] };

export interface Field {
  key: string;
  optional: boolean;
  type: FieldKind;
}

interface ZodInternals {
  _zod: { def: { type: string; [key: string]: unknown } };
}

const isoDateCheck = (IsoDateSchema as unknown as ZodInternals)._zod.def.checks as unknown[] | undefined;

function defOf(schema: unknown): ZodInternals['_zod']['def'] {
  return (schema as ZodInternals)._zod.def;
}

/** The fields of an object schema (strict objects and objects with refinements alike). */
export function fieldsOf(schema: z.core.$ZodType): Field[] {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`expected an object schema, got ${def.type}`);
  return Object.entries(def.shape as Record<string, unknown>).map(([key, value]) => {
    const inner = defOf(value);
    if (inner.type === 'optional') return { key, optional: true, type: kindOf(inner.innerType, key) };
    return { key, optional: false, type: kindOf(value, key) };
  });
}

function kindOf(schema: unknown, key: string): FieldKind {
  const def = defOf(schema);
  const checks = (def.checks as { _zod: { def: { check: string; maximum?: number; value?: number } } }[] | undefined) ?? [];
  switch (def.type) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string | number>) };
    case 'string':
      return isoDateCheck !== undefined && isoDateCheck.length > 0 && isoDateCheck.every((c) => checks.includes(c as never)) ? { kind: 'date' } : { kind: 'string' };
    case 'number': {
      const n = numberBounds(schema);
      if (!n.isInt) throw new Error(`${key}: only whole-number fields are supported`);
      const min = Number.isFinite(n.minValue) ? n.minValue : 0;
      // An open-ended count (children involved) is drawn small: large values add nothing.
      const max = Number.isFinite(n.maxValue) && n.maxValue <= min + 1000 ? n.maxValue : min + 12;
      return { kind: 'integer', min, max };
    }
    case 'array': {
      const max = checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      return { kind: 'array', element: kindOf(def.element, key), maxLength: Math.min(max ?? 10, 10) };
    }
    case 'object':
      return { kind: 'object', fields: fieldsOf(schema as z.core.$ZodType) };
    default:
      throw new Error(`${key}: a ${def.type} schema is not supported by the input arbitraries`);
  }
}

/**
 * A number schema's bounds and whether it takes whole numbers only, read
 * from its checks (`.check(z.int(), z.minimum(0), ...)`): zod/mini schemas
 * have no `minValue`, `maxValue` or `isInt`.
 */
function numberBounds(schema: unknown): { minValue: number; maxValue: number; isInt: boolean } {
  const checks = (defOf(schema).checks as { _zod: { def: { check: string; value?: number; format?: string } } }[] | undefined) ?? [];
  let minValue = Number.NEGATIVE_INFINITY;
  let maxValue = Number.POSITIVE_INFINITY;
  let isInt = false;
  for (const { _zod: { def } } of checks) {
    if (def.check === 'greater_than' && def.value !== undefined) minValue = Math.max(minValue, def.value);
    else if (def.check === 'less_than' && def.value !== undefined) maxValue = Math.min(maxValue, def.value);
    else if (def.check === 'number_format' && def.format?.includes('int')) isInt = true;
  }
  return { minValue, maxValue, isInt };
}
