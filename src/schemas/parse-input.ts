/**
 * Reads a public function's input once (see read-once.ts), runs a zod schema
 * over the snapshot, and turns zod's issues into the library's
 * `SafeguardingInputError`: the library's own codes and words (never zod's
 * wording), one issue per mistake, and no free-text value repeated.
 */
import * as z from 'zod/mini';
import { SafeguardingInputError, formatPath, type InputIssue, type InputIssueCode } from './input-error.js';
import { describeType } from './iso-date.js';
import { fastParse } from './fast-parse.js';
import { readRoot } from './read-once.js';
import { describeUnknownKeys } from './unknown-keys.js';
import { unknownIdMessage } from './catalogue-id.js';

/**
 * Validates a value with one of the library's schemas (or your own) the way
 * the library's functions do: the value is read once into a plain-data
 * snapshot, and a problem throws `SafeguardingInputError` with the library's
 * issue codes and messages, not zod's. Use it to check input before calling
 * a decision, or to reuse the error format in your own validation.
 *
 * @typeParam S - The zod schema's type.
 * @param schema - A zod 4 schema, e.g. `ClassifyNeedInputSchema`: the
 *   library's (zod/mini) or your own (zod/mini or zod classic).
 * @param input - The value to check (any value).
 * @param argument - The name the issue paths start with (default `input`).
 * @returns The parsed value, as the schema outputs it.
 * @throws {SafeguardingInputError} when the value does not match the schema,
 *   or cannot be read as plain data (a cycle, a class instance, a getter that throws).
 * @example
 * parseInput(ClassifyNeedInputSchema, { indicators: [], childInNeed: false }).childInNeed // false
 * let message: string | undefined;
 * try {
 *   parseInput(NeedToKnowInputSchema, { asOf: '2026-02-30' });
 * } catch (error) {
 *   if (isSafeguardingInputError(error)) message = error.issues[0]?.message;
 * }
 * message // 'input.asOf: "2026-02-30" is not a real date'
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, argument = 'input'): z.output<S> {
  return parseInputFields(schema, input, argument).parsed;
}

/** What parseInputFields gives: the parsed value and, when it is the snapshot itself, its own keys and their values. */
export interface ParsedFields<T> {
  parsed: T;
  /** The parsed object's own keys, in order, when the quick pass answered (the parsed value is then the snapshot); `undefined` when zod parsed. */
  keys: readonly string[] | undefined;
  /** `parsed[keys[i]]` at each index, when `keys` is given. */
  values: readonly unknown[] | undefined;
}

/**
 * `parseInput`, also giving the parsed object's own keys and values when it
 * has them to hand, so that a decision can build its facts from them rather
 * than look each of its fields up (a big input's snapshot is a hash table).
 */
export function parseInputFields<S extends z.core.$ZodType>(schema: S, input: unknown, argument = 'input'): ParsedFields<z.output<S>> {
  const { snapshot, rootKeys, rootValues } = readRoot(input, argument);
  // Valid input, the usual case, is recognised quickly; zod parses (and words the issues of) the rest.
  const quick = fastParse(schema, snapshot, rootKeys, rootValues);
  // The quick pass returns the snapshot itself, so the keys read are its keys.
  if (quick !== undefined) return { parsed: quick, keys: quick === snapshot ? rootKeys : undefined, values: quick === snapshot ? rootValues : undefined };
  // reportInput lets a message say what kind of value was given (never the value itself).
  // zod's function form, which every zod 4 schema (classic or mini) can be given.
  const result = z.safeParse(schema, snapshot, { reportInput: true });
  if (result.success) return { parsed: result.data, keys: undefined, values: undefined };
  throw new SafeguardingInputError(toInputIssues(schema, result.error.issues, argument));
}

/** The library's issues for zod's, one per mistake. */
export function toInputIssues(schema: z.core.$ZodType, zodIssues: readonly z.core.$ZodIssue[], argument: string): InputIssue[] {
  // A value of the wrong type is one mistake: zod may also run the field's
  // other checks on it (a string's length against an array's maximum), which
  // would only repeat it in other words.
  const wrongType = new Set(zodIssues.filter((i) => i.code === 'invalid_type').map((i) => pathKey(i.path)));
  const issues: InputIssue[] = [];
  for (const issue of zodIssues) {
    if (issue.code !== 'invalid_type' && wrongType.has(pathKey(issue.path))) continue;
    const path = [argument, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const { code, detail } = describe(schema, issue);
    issues.push({ path, code, message: `${formatPath(path)}: ${detail}` });
  }
  return issues;
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

function describe(schema: z.core.$ZodType, issue: z.core.$ZodIssue): { code: InputIssueCode; detail: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { code: 'required', detail: `is required (${expectedKind(issue.expected)})` };
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return { code: 'invalid-integer', detail: `expected a whole number, got ${Number.isFinite(issue.input) ? String(issue.input) : describeType(issue.input)}` };
      }
      return { code: 'invalid-type', detail: `expected ${expectedKind(issue.expected)}, got ${describeType(issue.input)}` };
    }
    case 'unrecognized_keys':
      return { code: 'unknown-key', detail: describeUnknownKeys(issue.keys, knownKeysAt(schema, issue.path)) };
    case 'invalid_value': {
      // An id of one of the library's catalogues: too many to list, and the catalogue says where they are.
      const unknownId = unknownIdMessage(schemaAt(schema, issue.path));
      if (unknownId !== undefined) return { code: 'unknown-id', detail: unknownId };
      return { code: 'invalid-value', detail: `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    }
    case 'too_big':
      return issue.origin === 'array'
        ? { code: 'too-long', detail: `lists more than ${issue.maximum} entries` }
        : issue.origin === 'string'
          ? { code: 'too-long', detail: `is longer than ${issue.maximum} characters` }
          : { code: 'out-of-range', detail: `must be at most ${issue.maximum}` };
    case 'too_small':
      return issue.origin === 'array'
        ? { code: 'too-short', detail: `must list at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}` }
        : issue.origin === 'string'
          ? { code: 'empty', detail: 'must not be empty' }
          : { code: 'out-of-range', detail: `must be at least ${issue.minimum}` };
    case 'invalid_format':
      return { code: 'invalid-value', detail: 'is not in the expected form' };
    case 'invalid_union':
      return { code: 'invalid-value', detail: 'does not match any of the accepted forms' };
    case 'custom':
      // Custom issues are written by the library's own schemas, in its own words.
      return { code: ((issue.params?.code as InputIssueCode | undefined) ?? 'invalid-value'), detail: issue.message };
    default:
      return { code: 'invalid-value', detail: 'is not an accepted value' };
  }
}

/** zod's name for a kind of value, as a reader would say it. */
function expectedKind(expected: string): string {
  const names: Record<string, string> = {
    boolean: 'true or false',
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    object: 'an object',
    array: 'an array',
  };
  return names[expected] ?? expected;
}

type AnyDef = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown; getter?: () => unknown };

/** The keys the object schema at `path` declares, when the path leads to one object schema. */
function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const def = schemaAt(schema, path)?._zod.def as AnyDef | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The schema (optional and pipe wrappers removed) that checks the value at `path`, when the path leads through objects and arrays to one. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): { _zod: { def: object } } | undefined {
  let node = unwrap(schema);
  for (const part of path) {
    const def = node?._zod.def as AnyDef | undefined;
    if (!def) return undefined;
    if (def.type === 'object' && typeof part === 'string') node = unwrap(def.shape?.[part]);
    else if (def.type === 'array' && typeof part === 'number') node = unwrap(def.element);
    else return undefined;
  }
  return node as { _zod: { def: object } } | undefined;
}

function unwrap(schema: unknown): { _zod: { def: unknown } } | undefined {
  let node = schema as { _zod: { def: AnyDef } } | undefined;
  for (let i = 0; node && i < 10; i++) {
    const def = node._zod.def;
    if (def.innerType !== undefined) node = def.innerType as typeof node;
    else if (def.type === 'pipe' && def.in !== undefined) node = def.in as typeof node;
    else if (def.type === 'lazy' && def.getter) node = def.getter() as typeof node;
    else break;
  }
  return node;
}
