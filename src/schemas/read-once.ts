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
 * No dependencies, so the calendar entry point uses it too.
 */
import { SafeguardingInputError, issueAt, type InputIssue } from './input-error.js';
import { inputLimits } from './limits.js';

/** The registered symbol under which a calendar keeps its state (calendar-state.ts); not imported, to keep this module free of the calendar. */
const CALENDAR_STATE = Symbol.for('luton-safeguarding-rules.calendar-state.v1');

export interface ReadLimits {
  /** The longest array anywhere in the value. */
  maxArrayLength: number;
  /** The most keys one object may have. */
  maxKeys: number;
  /** How deeply objects and arrays may nest. */
  maxDepth: number;
  /** How many values (of any kind) the whole input may hold; bounds a value that shares one big list many times. */
  maxValues: number;
}

/** Generous for every input of the library (see limits.ts). */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxArrayLength: inputLimits.listLength,
  maxKeys: inputLimits.objectKeys,
  maxDepth: inputLimits.depth,
  maxValues: inputLimits.values,
});

/** Stops the walk at the first problem: one bad value, one issue, found quickly. */
class Unreadable extends Error {
  constructor(readonly issue: InputIssue) {
    super(issue.message);
  }
}

/**
 * The snapshot of `value`, or a `SafeguardingInputError` naming the first
 * place that cannot be read as plain data. `argument` starts every path.
 *
 * @param value - Any value a caller passed.
 * @param argument - The argument's name, the first step of every issue's path.
 * @param limits - The most list entries, keys, nesting and values to read.
 * @returns A plain-data copy: own enumerable data properties only, each getter read once.
 * @throws {SafeguardingInputError} `not-plain-data` for a Proxy or getter that throws, a cycle or a class instance.
 * @example
 * readOnce({ asOf: '2026-12-02' }, 'input'); // { asOf: '2026-12-02' }, a new object
 */
export function readOnce(value: unknown, argument: string, limits: ReadLimits = DEFAULT_READ_LIMITS): unknown {
  return readRoot(value, argument, limits).snapshot;
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
 * hash table).
 */
export function readRoot(value: unknown, argument: string, limits: ReadLimits = DEFAULT_READ_LIMITS): RootRead {
  const walk: Walk = { ancestors: [], limits, values: 0, path: [argument], rootKeys: undefined, rootValues: undefined };
  try {
    const snapshot = copy(value, walk);
    return { snapshot, rootKeys: walk.rootKeys, rootValues: walk.rootValues };
  } catch (error) {
    if (error instanceof Unreadable) throw new SafeguardingInputError([error.issue]);
    // A Proxy trap or getter threw (or the stack ran out on something exotic).
    throw new SafeguardingInputError([issueAt([argument], 'not-plain-data', 'could not be read as plain data (a getter or Proxy threw)')]);
  }
}

function fail(walk: Walk, code: 'not-plain-data' | 'too-long', detail: string): never {
  throw new Unreadable(issueAt([...walk.path], code, detail));
}

interface Walk {
  /** The objects on the path to the current one, to find cycles (a list: the path is at most `maxDepth` long). */
  ancestors: object[];
  limits: ReadLimits;
  values: number;
  /** Where the walk is: one stack, pushed and popped, copied only for an issue. */
  path: (string | number)[];
  /** The root object's own keys, once read, and the snapshot's values for them (see readRoot). */
  rootKeys: string[] | undefined;
  rootValues: unknown[] | undefined;
}

function copy(value: unknown, walk: Walk): unknown {
  if (++walk.values > walk.limits.maxValues) fail(walk, 'too-long', `makes the input hold more than ${walk.limits.maxValues} values`);
  if (value === null || typeof value !== 'object') return value; // primitives, and functions left for the schema to refuse by type
  // A calendar is an opaque library object: passed on as it is, and checked by the function that uses it.
  // (Object.hasOwn asks what getOwnPropertyDescriptor would, a Proxy's trap included, without making a descriptor.)
  if (Object.hasOwn(value, CALENDAR_STATE)) return value;
  const { ancestors, limits } = walk;
  if (ancestors.includes(value)) fail(walk, 'not-plain-data', 'refers back to itself (a cycle); give plain JSON-like data');
  if (walk.path.length > limits.maxDepth) fail(walk, 'not-plain-data', `is nested more than ${limits.maxDepth} levels deep`);
  ancestors.push(value);
  try {
    return Array.isArray(value) ? copyArray(value, walk) : copyObject(value, walk);
  } finally {
    ancestors.pop();
  }
}

function copyArray(value: unknown[], walk: Walk): unknown[] {
  const { limits, path } = walk;
  // The length is read once, from its descriptor, and checked before any element is read.
  const length = Object.getOwnPropertyDescriptor(value, 'length')?.value;
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) fail(walk, 'not-plain-data', 'is an array whose length is not a number');
  if (length > limits.maxArrayLength) fail(walk, 'too-long', `lists ${length} entries, more than any list of this input may have (${limits.maxArrayLength})`);
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
  if (keys.length > limits.maxKeys) fail(walk, 'too-long', `has ${keys.length} keys; an object in this input may have at most ${limits.maxKeys}`);
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
