/**
 * Reads a caller's argument once into a plain-data snapshot, which is what
 * gets validated and what the decision is made on.
 *
 * Why: a getter or a Proxy can answer differently each time it is read, so a
 * value checked on one read and used on another may never have been checked
 * at all; inherited properties (`Object.create(facts)`) are not the caller's
 * data; and a cyclic, enormous or deeply nested value must be refused before
 * any work is spent on it. The snapshot has only own, enumerable, string-keyed
 * properties, each read exactly once (a getter is called once), in objects
 * and arrays of its own. Anything that throws while being read, a cycle, a
 * class instance (Date, Map, …) or a value beyond the size limits gives a
 * `SafeguardingInputError`; no other error escapes.
 *
 * An issue's path names only the keys the caller of the walk says are the
 * input's own fields (`fields`): a key is the caller's text, and a child's
 * name or NHS number used as a key must not reach a message or a log. The
 * path stops at the object holding any other key, and the message says a
 * key is not shown.
 *
 * No dependencies, so the calendar entry point uses it too.
 */
import { SafeguardingInputError, formatPath, issueAt, type InputIssue } from './input-error.js';
import { isLibraryCalendar } from './library-objects.js';
import { inputLimits } from './limits.js';

export interface ReadLimits {
  /** The longest array anywhere in the value. */
  maxArrayLength: number;
  /** The most keys one object may have. */
  maxKeys: number;
  /** How deeply objects and arrays may nest. */
  maxDepth: number;
  /** How many values (of any kind) the whole input may hold; bounds a value that shares one big list many times. */
  maxValues: number;
  /** The longest text (string) anywhere in the value, in UTF-16 code units. */
  maxStringLength: number;
}

/** Generous for every input of the library (see limits.ts). */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxArrayLength: inputLimits.listLength,
  maxKeys: inputLimits.objectKeys,
  maxDepth: inputLimits.depth,
  maxValues: inputLimits.values,
  maxStringLength: inputLimits.textLength,
});

/**
 * The most each limit may be set to. Beyond these a walk could exhaust the
 * stack (depth) or memory (a sparse list's length) before any limit stops
 * it; and a message quotes a limit, which then stays a small number.
 */
export const READ_LIMIT_CEILINGS: ReadLimits = Object.freeze({
  maxArrayLength: 1_000_000,
  maxKeys: 100_000,
  maxDepth: 1_000,
  maxValues: 1_000_000,
  maxStringLength: 16_000_000,
});

const LIMIT_NAMES = Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[];

/** An argument's name: a short identifier-like label, which starts every issue's path. */
const ARGUMENT_LABEL = /^[A-Za-z_$][\w$.-]{0,63}$/;

/**
 * The snapshot of `value`, or a `SafeguardingInputError` naming the first
 * place that cannot be read as plain data. `argument` starts every path.
 *
 * @param value - Any value a caller passed.
 * @param argument - The argument's name, the first step of every issue's path: 1 to 64 letters, digits, `_`, `$`, `.` or `-`, starting with a letter, `_` or `$` (default `input`).
 * @param limits - The most list entries, keys, nesting, values and text length to read; a field left out keeps its default (`inputLimits`). Each is a whole number from 0 up to 1,000,000 (`maxKeys` 100,000, `maxDepth` 1,000, `maxStringLength` 16,000,000).
 * @param fields - The input's own field names: the keys an issue's path may name. Any other key is the caller's text and is not shown (the path stops at the object that holds it). None by default.
 * @returns A plain-data copy: own enumerable data properties only, each getter read once.
 * @throws {SafeguardingInputError} `not-plain-data` for a Proxy or getter that throws, a cycle or a class instance; `too-long` beyond a limit; at `argument` or `limits` when those are not as described.
 * @example
 * readOnce({ asOf: '2026-12-02' }, 'input'); // { asOf: '2026-12-02' }, a new object
 */
export function readOnce(value: unknown, argument: string = 'input', limits?: Partial<ReadLimits>, fields?: Iterable<string>): unknown {
  return readRoot(value, argument, limits, fields === undefined ? undefined : fieldSet(fields)).snapshot;
}

/** What readRoot gives: the snapshot, and for a root object its own keys and their values in the snapshot's order. */
export interface RootRead {
  snapshot: unknown;
  /** The root object's own keys, in order (`undefined` when the value is not a plain object). */
  rootKeys: readonly string[] | undefined;
  /** The snapshot's value of each of `rootKeys`, at the same index. */
  rootValues: readonly unknown[] | undefined;
}

/**
 * `readOnce`, also giving the own keys of the root object and their values,
 * in the snapshot's order: parseInput hands them to the schema pass and a
 * decision builds its facts from them, where both would otherwise list the
 * snapshot's keys again and look each one up (a big object's snapshot is a
 * hash table). `fields`: the keys an issue's path may name (see readOnce).
 */
export function readRoot(value: unknown, argument: string = 'input', limits?: Partial<ReadLimits>, fields?: ReadonlySet<string>): RootRead {
  checkArgumentLabel(argument);
  const walk: Walk = { ancestors: [], limits: readLimits(limits), values: 0, path: [argument], fields, rootKeys: undefined, rootValues: undefined };
  try {
    const snapshot = copy(value, walk);
    return { snapshot, rootKeys: walk.rootKeys, rootValues: walk.rootValues };
  } catch (error) {
    if (error instanceof Unreadable) throw new SafeguardingInputError([error.issue]);
    // A Proxy trap or getter threw (or the stack ran out on something exotic).
    throw new SafeguardingInputError([issueAt([argument], 'not-plain-data', 'could not be read as plain data (a getter or Proxy threw)')]);
  }
}

/** The library's error unless `argument` is a label as readOnce describes; its text is not quoted (it is not one). */
export function checkArgumentLabel(argument: unknown): asserts argument is string {
  if (typeof argument !== 'string' || !ARGUMENT_LABEL.test(argument)) {
    throw new SafeguardingInputError([
      issueAt(['argument'], 'invalid-value', `expected the argument's name: 1 to 64 letters, digits, _, $, . or -, starting with a letter, _ or $ (got ${typeof argument === 'string' ? 'a string of another form' : describeKind(argument)})`),
    ]);
  }
}

/** The field names as a set, read from the caller's list once. */
function fieldSet(fields: Iterable<string>): ReadonlySet<string> {
  try {
    // The library's own calls pass a Set made once.
    if (fields instanceof Set) return fields as ReadonlySet<string>;
    const set = new Set<string>();
    let count = 0;
    for (const field of fields) {
      // Counted, not only collected: a sparse list of 2^32 - 1 holes adds nothing to the set.
      if (++count > READ_LIMIT_CEILINGS.maxKeys) throw new SafeguardingInputError([issueAt(['fields'], 'too-long', `lists more than ${READ_LIMIT_CEILINGS.maxKeys} field names`)]);
      if (typeof field === 'string') set.add(field);
    }
    return set;
  } catch (error) {
    if (error instanceof SafeguardingInputError) throw error;
    throw new SafeguardingInputError([issueAt(['fields'], 'invalid-type', 'expected a list of field names (strings)')]);
  }
}

/**
 * The limits to read with: the defaults for any field left out (a caller
 * tightening one limit keeps the others), each given one checked. Read once,
 * field by field (a getter or Proxy may answer differently each time).
 */
export function readLimits(limits: unknown): ReadLimits {
  if (limits === undefined || limits === DEFAULT_READ_LIMITS) return DEFAULT_READ_LIMITS;
  const problem = (path: (string | number)[], code: 'invalid-type' | 'unknown-key' | 'invalid-integer' | 'out-of-range' | 'not-plain-data', detail: string): never => {
    throw new SafeguardingInputError([issueAt(path, code, detail)]);
  };
  if (limits === null || typeof limits !== 'object' || isArray(limits)) problem(['limits'], 'invalid-type', `expected an object of limits, got ${describeKind(limits)}`);
  let keys: string[];
  const given: Partial<Record<keyof ReadLimits, unknown>> = {};
  try {
    keys = Object.keys(limits as object);
    for (const name of LIMIT_NAMES) if (Object.hasOwn(limits as object, name)) given[name] = (limits as Record<string, unknown>)[name];
  } catch {
    return problem(['limits'], 'not-plain-data', 'could not be read as plain data (a getter or Proxy threw)');
  }
  const unknown = keys.filter((k) => !(LIMIT_NAMES as string[]).includes(k));
  if (unknown.length > 0) problem(['limits'], 'unknown-key', `has ${unknown.length === 1 ? 'a key' : 'keys'} that ${unknown.length === 1 ? 'is' : 'are'} not a limit (not shown; the limits are ${LIMIT_NAMES.join(', ')})`);
  const out = { ...DEFAULT_READ_LIMITS };
  for (const name of LIMIT_NAMES) {
    const v: unknown = given[name];
    if (v === undefined) continue;
    const ceiling = READ_LIMIT_CEILINGS[name];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return problem(['limits', name], 'invalid-integer', `expected a whole number from 0 to ${ceiling}, got ${typeof v === 'number' ? 'a number that is not whole' : describeKind(v)}`);
    }
    if (v < 0 || v > ceiling) problem(['limits', name], 'out-of-range', `must be a whole number from 0 to ${ceiling}`);
    out[name] = v;
  }
  return Object.freeze(out);
}

/** What kind of value something is, without reading it (a revoked Proxy answers typeof, and nothing else). */
function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return isArray(value) ? 'an array' : 'an object';
  return value === undefined ? 'undefined' : `a ${typeof value}`;
}

/** Array.isArray, which throws on a revoked Proxy: then it is not an array the walk can read. */
function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Stops the walk at the first problem: one bad value, one issue, found quickly. */
class Unreadable extends Error {
  constructor(readonly issue: InputIssue) {
    super(issue.message);
  }
}

/**
 * Stops the walk with an issue at the current place. The path names the
 * input's own fields only: at the first other key it stops, and the message
 * says a key is not shown.
 */
function fail(walk: Walk, code: 'not-plain-data' | 'too-long', detail: string): never {
  const path = walk.path;
  const shown: (string | number)[] = [path[0]!];
  for (let i = 1; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === 'string' && walk.fields?.has(step) !== true) throw new Unreadable(hiddenKeyIssue(shown, code, detail));
    shown.push(step);
  }
  throw new Unreadable(issueAt(shown, code, detail));
}

/** An issue below a key that is not shown: at the object holding the key, saying so. */
export function hiddenKeyIssue<C extends InputIssue['code']>(shown: (string | number)[], code: C, detail: string): InputIssue & { code: C } {
  return { path: shown, code, message: `${formatPath(shown)}: a value under a key that is not one of its fields (the key is not shown): ${detail}` };
}

/**
 * `path` as an issue may show it: up to the first key that is not one of
 * `fields` (numbers, list positions, are always shown); `hidden` when one was cut.
 */
export function visiblePath(path: readonly (string | number)[], fields: ReadonlySet<string> | undefined, from = 1): { shown: (string | number)[]; hidden: boolean } {
  const shown = path.slice(0, from);
  for (let i = from; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === 'string' && fields?.has(step) !== true) return { shown, hidden: true };
    shown.push(step);
  }
  return { shown, hidden: false };
}

interface Walk {
  /** The objects on the path to the current one, to find cycles (a list: the path is at most `maxDepth` long). */
  ancestors: object[];
  limits: ReadLimits;
  values: number;
  /** The keys a path may name (see fail). */
  fields: ReadonlySet<string> | undefined;
  /** Where the walk is: one stack, pushed and popped, copied only for an issue. */
  path: (string | number)[];
  /** The root object's own keys, once read, and the snapshot's values for them (see readRoot). */
  rootKeys: string[] | undefined;
  rootValues: unknown[] | undefined;
}

function copy(value: unknown, walk: Walk): unknown {
  if (++walk.values > walk.limits.maxValues) fail(walk, 'too-long', `makes the input hold more than ${walk.limits.maxValues} values`);
  if (value === null || typeof value !== 'object') {
    // A text is refused by its length alone, before anything scans it.
    if (typeof value === 'string' && value.length > walk.limits.maxStringLength) fail(walk, 'too-long', `is a text longer than ${walk.limits.maxStringLength} characters, more than any text of this input may be`);
    return value; // primitives, and functions left for the schema to refuse by type
  }
  // A calendar this library made is an opaque frozen object: passed on as it
  // is, and checked by the function that uses it. Recognised by identity
  // (library-objects.ts), so no caller's object can pass for one.
  if (isLibraryCalendar(value)) return value;
  const { ancestors, limits } = walk;
  if (ancestors.includes(value)) fail(walk, 'not-plain-data', 'refers back to itself (a cycle); give plain JSON-like data');
  if (walk.path.length > limits.maxDepth) fail(walk, 'not-plain-data', `is nested more than ${limits.maxDepth} levels deep`);
  ancestors.push(value);
  try {
    return isArray(value) ? copyArray(value as unknown[], walk) : copyObject(value, walk);
  } finally {
    ancestors.pop();
  }
}

function copyArray(value: unknown[], walk: Walk): unknown[] {
  const { limits, path } = walk;
  // The length is read once, from its descriptor, and checked before any element is read.
  const length = Object.getOwnPropertyDescriptor(value, 'length')?.value;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) fail(walk, 'not-plain-data', 'is an array whose length is not a number');
  // The length is not quoted: it is the caller's number (a sparse list can have any length up to 2^32 - 1).
  if (length > limits.maxArrayLength) fail(walk, 'too-long', `lists more than ${limits.maxArrayLength} entries, more than any list of this input may have`);
  const out: unknown[] = new Array(length);
  const depth = path.length;
  for (let i = 0; i < length; i++) {
    path[depth] = i;
    // Own elements only, so a hole never reads a value inherited from
    // Array.prototype; the element itself is read once (a getter called once).
    out[i] = copy(Object.hasOwn(value, i) ? value[i] : undefined, walk);
  }
  path.length = depth;
  return out;
}

function copyObject(value: object, walk: Walk): Record<string, unknown> {
  const { limits, path } = walk;
  if (!isPlainPrototypeChain(value)) fail(walk, 'not-plain-data', 'is an object that is not plain data (a class instance, Date, Map or similar)');
  // Own, enumerable, string-keyed properties: the data (symbols and
  // non-enumerable properties are not, as JSON agrees).
  const keys = Object.keys(value);
  if (keys.length > limits.maxKeys) fail(walk, 'too-long', `has more than ${limits.maxKeys} keys, more than an object in this input may have`);
  // A big object is begun without a prototype (so a key named "__proto__"
  // is a plain key) and given the usual one after: inputs differ in which
  // of their many optional keys they have, and an object begun this way is
  // a hash table, quicker to fill with any of them than one shape per mix.
  const root = path.length === 1;
  const rootValues: unknown[] | undefined = root ? new Array(keys.length) : undefined;
  if (root) {
    walk.rootKeys = keys;
    walk.rootValues = rootValues;
  }
  const big = keys.length > 12;
  const out: Record<string, unknown> = big ? Object.create(null) : {};
  const depth = path.length;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    path[depth] = key;
    // One read per key: a getter is called once here and never again.
    const copied = copy((value as Record<string, unknown>)[key], walk);
    if (key === '__proto__' && !big) Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else out[key] = copied;
    if (rootValues !== undefined) rootValues[i] = copied;
  }
  path.length = depth;
  return big ? (Object.setPrototypeOf(out, Object.prototype) as Record<string, unknown>) : out;
}

/**
 * Plain objects, objects with a null prototype, and objects made with
 * `Object.create(plainObject)` (whose inherited properties are ignored); not
 * instances of classes (Date, Map, RegExp, user classes), whose prototypes
 * carry their own `constructor`. An Object.prototype from another realm
 * (a vm context, an iframe) counts as plain.
 */
function isPlainPrototypeChain(value: object): boolean {
  let proto = Object.getPrototypeOf(value) as object | null;
  if (proto === Object.prototype || proto === null) return true; // the usual case, answered at once
  for (let depth = 0; proto !== null; depth++) {
    if (depth > 8) return false;
    const next = Object.getPrototypeOf(proto) as object | null;
    if (next === null) return true; // some realm's Object.prototype
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (ctor && typeof ctor.value === 'function') return false;
    proto = next;
  }
  return true;
}
