/**
 * A quick first pass over an input snapshot that gives exactly what zod's
 * `safeParse` would give for a valid input, or `undefined` ("ask zod").
 *
 * Why: a decision's input is valid almost every time, and zod spends most
 * of its time building the machinery to report problems (a payload object
 * and an issues array per value). This pass walks the same schema, checks
 * each value with the same type tests as zod's own parsers and runs the
 * schema's own checks (`.max()`, `.check()`, `.superRefine()`, ...) on it.
 * It is given the caller's snapshot (read-once.ts), a fresh value nothing
 * else holds, and returns that very value: the data zod would return (zod
 * copies; its keys would come in the schema's order, these come in the
 * caller's). At the first
 * doubt — any issue, any kind of schema it does not know (transforms,
 * defaults, unions, coercion, string formats), an `undefined` value — it
 * gives up, and zod parses the input as before, so every error is still
 * zod's, worded by parse-input.ts. The test suite checks that wherever this
 * pass answers, zod answers the same.
 */
import type * as z from 'zod/mini';

/** What this pass reads of a zod schema (zod 4's documented `_zod.def`). */
interface Def {
  type: string;
  checks?: readonly Check[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  coerce?: boolean;
  format?: string;
}
interface Schema {
  _zod: { def: Def };
}
interface Check {
  _zod: { check(payload: { value: unknown; issues: unknown[] }): unknown; def: { check: string; when?: (payload: { value: unknown; issues: unknown[] }) => boolean } };
}

/** Parses one value, or returns GIVE_UP; `keys` and `values`, for an object, its own keys and their values when the caller already has them. */
type Parser = (value: unknown, keys?: readonly string[], values?: readonly unknown[]) => unknown;

const GIVE_UP = Symbol('give up');
const parsers = new WeakMap<object, Parser>();

/**
 * zod's output for `value` when zod would accept it and this pass can tell
 * so for certain; `undefined` otherwise (then zod decides). `keys`: the own
 * keys of `value`, in order, when the caller has just listed them (readRoot
 * does), so that they are not listed again; `values`: with them, the value
 * of each (`value[keys[i]]`), so that none is looked up again.
 */
export function fastParse<S extends z.core.$ZodType>(schema: S, value: unknown, keys?: readonly string[], values?: readonly unknown[]): z.output<S> | undefined {
  let parser = parsers.get(schema);
  if (!parser) {
    parser = compile(schema as unknown as Schema);
    parsers.set(schema, parser);
  }
  const out = parser(value, keys, keys === undefined ? undefined : values);
  return out === GIVE_UP ? undefined : (out as z.output<S>);
}

function compile(schema: Schema): Parser {
  const def = schema._zod.def;
  const base = compileBase(def);
  const checks = def.checks ?? [];
  if (checks.length === 0 || base === giveUp) return base;
  return (value, keys, values) => {
    const out = base(value, keys, values);
    if (out === GIVE_UP) return GIVE_UP;
    // zod runs a schema's checks on its parsed value; any issue means zod must report it.
    const payload = { value: out, issues: [] as unknown[] };
    for (const check of checks) {
      // As zod does with no issue yet: a check with a condition runs when its condition holds.
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      if (check._zod.check(payload) !== undefined || payload.issues.length > 0) return GIVE_UP;
    }
    return out;
  };
}

const giveUp: Parser = () => GIVE_UP;

function compileBase(def: Def): Parser {
  if (def.coerce || def.format !== undefined) return giveUp;
  switch (def.type) {
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : GIVE_UP);
    case 'string':
      return (v) => (typeof v === 'string' ? v : GIVE_UP);
    case 'number':
      // zod's own test: a finite number, never NaN.
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : GIVE_UP);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => (values.has(v) ? v : GIVE_UP);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => (values.has(v) ? v : GIVE_UP);
    }
    case 'optional': {
      // A missing key is handled by the object; an explicit undefined is left to zod.
      return def.innerType ? compile(def.innerType) : giveUp;
    }
    case 'array': {
      if (!def.element) return giveUp;
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return GIVE_UP;
        for (let i = 0; i < v.length; i++) if (element(v[i]) === GIVE_UP) return GIVE_UP;
        return v;
      };
    }
    case 'object':
      return compileObject(def);
    default:
      return giveUp;
  }
}

function compileObject(def: Def): Parser {
  const catchall = def.catchall?._zod.def.type;
  // A strict object (catchall never) refuses unknown keys; a stripping one
  // (no catchall) drops them, which changes the value: either way zod decides
  // any input with an unknown key. Other catchalls are left to zod.
  if (catchall !== undefined && catchall !== 'never') return giveUp;
  const fields = new Map(Object.entries(def.shape ?? {}).map(([key, schema]) => [key, compile(schema)] as const));
  const requiredKeys = Object.entries(def.shape ?? {})
    .filter(([, schema]) => schema._zod.def.type !== 'optional')
    .map(([key]) => key);
  return (v, known, knownValues) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return GIVE_UP;
    const input = v as Record<string, unknown>;
    const keys = known ?? Object.keys(input);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = fields.get(key);
      // An unknown key, or an explicit undefined (zod's output may drop or keep it): zod decides.
      if (field === undefined) return GIVE_UP;
      const value = knownValues === undefined ? input[key] : knownValues[i];
      if (value === undefined || field(value) === GIVE_UP) return GIVE_UP;
    }
    for (const key of requiredKeys) if (!Object.prototype.hasOwnProperty.call(input, key)) return GIVE_UP;
    return input;
  };
}
