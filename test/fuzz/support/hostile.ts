/**
 * Turning a valid argument into a hostile one, at any place in it: a name
 * planted in a string field, getters and Proxies that answer differently on
 * each read or throw, huge strings and lists, cycles, `__proto__` keys,
 * inherited properties and class instances; and the kinds a reliability
 * review found failures with: a revoked Proxy, an object carrying the mark
 * a calendar once had, sparse lists of any length, personal data as a key
 * above a value the reader refuses, phone and NHS numbers as numbers, and
 * frozen, sealed and prototype-less copies.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isSafeguardingInputError } from '../../../src/schemas/input-error.js';

/** Personal data a caller might put in the wrong field; no message or issue may contain any part of it. */
export const NAMES = ['Jane Doe', 'jane-doe-2014-05-01', 'JaneDoe', 'Jane.Doe@example.org', '07700 900123 Jane', 'Amina Khan, NHS 943 476 5919'];
/** Phone and NHS numbers as a careless caller might put them in a numeric field; no message may quote them. */
export const PLANTED_NUMBERS = [7_700_900_123, 9_434_765_919, 7_700_900_123.5, 943_476_591.9];
/**
 * What gives planted data away in a message: the names, and the numbers
 * only whole (a message may quote a small number, and a random one can
 * contain 07700).
 */
export const GIVEAWAYS = [/jane/i, /\bdoe\b/i, /amina/i, /khan/i, /07700 ?900123/, /7700900123/, /943 ?476 ?5919/, /9434765919/, /943476591/];

export type Path = (string | number)[];

/** Every place in a value: the root, every key of every object and every element of every list. */
export function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], into));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], into);
  return into;
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
}

/**
 * A list too long to copy, or a Proxy list whose length is not a small number
 * (spreading one that claims a length of "9999999" would read ten million
 * elements). Only lists of up to 100 entries are copied.
 */
function isLongOrLyingList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const length: unknown = value.length;
  return !(typeof length === 'number' && length <= 100);
}

/** A deep copy of plain data with the value at `path` replaced by `make(old)` (the root when the path is empty). */
export function replaceAt(value: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  // Inside a huge list put there by an earlier change: leave it (copying it would cost more than the call under test).
  if (isLongOrLyingList(value)) return value;
  // Below a value an earlier change made a primitive (spreading a 4,000,000-character string would make 4,000,000 keys): nothing is there.
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt((value as Record<string | number, unknown>)[head!], rest, make);
  return copy;
}

/** Replaces a whole object (the parent of `path`) by `make(parent, key)`. */
function replaceParent(value: unknown, path: Path, make: (parent: object, key: string | number) => unknown): unknown {
  // The top level is the argument list itself, which the caller spreads: a getter there tests the test, not the library.
  if (path.length < 2) return value;
  const key = path[path.length - 1]!;
  return replaceAt(value, path.slice(0, -1), (parent) =>
    parent !== null && typeof parent === 'object' && !isLongOrLyingList(parent) ? make(parent as object, key) : parent,
  );
}

/** Where to plant a name in every way, and how to sample the other places. */
export interface PlantingOptions {
  /** Places not planted at all (text the library repeats by design: see `Target.echoedByDesign`). */
  skip?: (path: Path) => boolean;
  /**
   * Places where every planting is made (all by default). Elsewhere each
   * place gets every `sampleEvery`-th planting, rotating with the place so
   * every name and every way still lands somewhere, and every place gets at
   * least one.
   */
  everyWayAt?: (path: Path) => boolean;
  /** One planting in this many at a sampled place (default 6). */
  sampleEvery?: number;
}

/** Every way a planted name can arrive in a field: as the value, inside it, as a key, around a date. */
export function plantings(value: unknown, options: PlantingOptions = {}): { where: string; value: unknown }[] {
  const { everyWayAt = () => true, sampleEvery = 6, skip = () => false } = options;
  const out: { where: string; value: unknown }[] = [];
  // The root is the argument list itself; plant in each argument and below.
  pathsOf(value)
    .filter((p) => p.length > 0 && !skip(p))
    .forEach((path, place) => {
      const here = plantingsAt(value, path);
      if (everyWayAt(path)) out.push(...here);
      else {
        const picked = here.filter((_, i) => (i + place) % sampleEvery === 0);
        out.push(...(picked.length > 0 ? picked : [here[place % here.length]!]));
      }
    });
  return out;
}

/** Every planting at one place. */
function plantingsAt(value: unknown, path: Path): { where: string; value: unknown }[] {
  const out: { where: string; value: unknown }[] = [];
  const old = getAt(value, path);
  for (const name of NAMES) {
    const variants: unknown[] = [name, `${name} 2014-05-01`, `  ${name}  `, name.repeat(500), [name], { [name]: name }];
    if (typeof old === 'string') variants.push(`${old} ${name}`, `${name}${old}`);
    for (const v of variants) out.push({ where: `${path.join('.')} = ${JSON.stringify(v).slice(0, 40)}`, value: replaceAt(value, path, () => v) });
    if (old !== null && typeof old === 'object' && !Array.isArray(old)) {
      out.push({ where: `${path.join('.')} gets key ${name}`, value: replaceAt(value, path, (o) => ({ ...(o as object), [name]: true })) });
    }
    if (Array.isArray(old)) out.push({ where: `${path.join('.')} gets element ${name}`, value: replaceAt(value, path, (o) => [...(o as unknown[]), name]) });
  }
  return out;
}

/** A getter that answers with the original value on the first read and `later` afterwards. */
function getterObject(parent: object, key: string | number, later: unknown): object {
  const copy: Record<string | number, unknown> = (Array.isArray(parent) ? [...parent] : { ...parent }) as Record<string | number, unknown>;
  const original = copy[key];
  let reads = 0;
  Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => (reads++ === 0 ? original : later) });
  return copy;
}

/** Named so a failing recipe prints the name, not two million characters. */
const HOSTILE_VALUES: Record<string, unknown> = {
  ...Object.fromEntries(NAMES.map((n) => [`name ${n}`, n])),
  undefined,
  null: null,
  NaN,
  Infinity,
  'minus zero': -0,
  '1e300': 1e300,
  '2^53': 2 ** 53,
  'empty string': '',
  '2026-02-30': '2026-02-30',
  '9999-12-31': '9999-12-31',
  '0000-01-01': '0000-01-01',
  true: true,
  'a 4,000,000-character string': 'x'.repeat(4_000_000),
  'a 4,000,000-character digit string': '1'.repeat(4_000_000),
  'a 4,000,000-character dotted string': 'a.'.repeat(2_000_000),
  // Stored two bytes a character: a pattern or trim() over it once took over 50 ms.
  'an 11,000,000-character string with a character beyond Latin-1': `${'x'.repeat(5_500_000)}\u2603${'x'.repeat(5_500_000)}`,
  ...Object.fromEntries(PLANTED_NUMBERS.map((n) => [`the number ${n}`, n])),
  'a sparse list of 2^32 - 1': sparseList(2 ** 32 - 1),
  'a sparse list of 943476591': sparseList(943_476_591),
  'a sparse list of 10,001': sparseList(10_001),
  'a 200,000-element list': new Array(200_000).fill('need-level.universal.health.physically-well'),
  'a 10,001-element list of objects': Array.from({ length: 10_001 }, () => ({ type: 'review-conference-held', date: '2026-04-01' })),
  'a Date': new Date(0),
  'a Map': new Map([['a', 1]]),
  'a symbol': Symbol('s'),
  'a function': () => 1,
  'a bigint': 10n,
};

/** A list of `length` holes: nothing in it, and copying it would take minutes (and all the memory). */
function sparseList(length: number): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  return list;
}

/** A Proxy whose every operation throws a TypeError (even Array.isArray of it). */
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The registered symbol under which a calendar once kept its state: any object could carry it. */
const CALENDAR_MARK = Symbol.for('luton-safeguarding-rules.calendar-state.v1');
/** What a forger might put under the mark. */
const FORGED_STATES: unknown[] = [
  1,
  { added: new Map([[20_600, null]]), removed: new Set(), years: [] },
  { added: new Map(), removed: new Set(), years: [], table: { holiday: new Uint8Array(1), cum: new Int32Array(1), work: new Int32Array(1) } },
  { added: new Map(), removed: new Set(), years: [], fingerprint: 'anything' },
];

/** Values the read-once walk refuses, for personal data to be the key above. */
function refusedValue(pick: number): unknown {
  const deep: unknown[] = [];
  let at = deep;
  for (let i = 0; i < 14; i++) at = (at[0] = []) as unknown[];
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  return [new Date(0), new Map(), cycle, deep, sparseList(10_001), Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i]))][pick % 6];
}

/** Either a named hostile value or anything fast-check makes. */
const hostileValue: fc.Arbitrary<{ named: string } | { any: unknown }> = fc.oneof(
  fc.constantFrom(...Object.keys(HOSTILE_VALUES)).map((named) => ({ named })),
  fc.anything({ maxDepth: 2 }).map((any) => ({ any })),
);

function valueOf(v: { named: string } | { any: unknown }): unknown {
  return 'named' in v ? HOSTILE_VALUES[v.named] : v.any;
}

/** How a Proxy misbehaves. */
type ProxyMood = 'changing' | 'throwing' | 'lying-length';

/** One hostile change at one place of a value, given a hostile value and a Proxy mood to use. */
export type Hostile = (value: unknown, path: Path, v: unknown, mood: ProxyMood) => unknown;

function hostileProxy(old: unknown, v: unknown, mood: ProxyMood): unknown {
  const target = old !== null && typeof old === 'object' ? old : { value: old };
  let reads = 0;
  return new Proxy(target, {
    get(t, k, r) {
      if (mood === 'throwing') throw new Error('trap');
      if (mood === 'lying-length' && k === 'length') return 'many';
      return reads++ % 2 === 0 ? Reflect.get(t, k, r) : v;
    },
    getOwnPropertyDescriptor(t, k) {
      if (mood === 'throwing') throw new Error('trap');
      if (mood === 'lying-length' && k === 'length') return { value: 'many', writable: true, enumerable: false, configurable: false };
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
    ownKeys(t) {
      if (mood === 'throwing') throw new Error('trap');
      return Reflect.ownKeys(t);
    },
  });
}

/** A caller's own class: its instances are not plain data, whatever fields they copy. */
class CaseFacts {
  constructor(fields: object) {
    Object.assign(this, fields);
  }
}

/** What a Proxy array may claim its length is. */
const LYING_LENGTHS: unknown[] = ['many', -1, 1.5, NaN, Infinity, 2 ** 32, 1e9, 10_001, undefined, null, { valueOf: () => 3 }];

/** A Proxy over a list (the old value's, or one holding it) whose `length` is not the number of its elements. */
function lyingArray(old: unknown, v: unknown): unknown {
  const target = Array.isArray(old) && !isLongOrLyingList(old) ? [...old] : [old];
  // A short string as the length itself, else one of the lying lengths picked by the hostile value.
  const pick = typeof v === 'number' && Number.isFinite(v) ? Math.abs(Math.trunc(v)) : String(typeof v).length;
  const length = typeof v === 'string' && v.length <= 100 ? v : LYING_LENGTHS[pick % LYING_LENGTHS.length];
  return new Proxy(target, {
    get: (t, k, r) => (k === 'length' ? length : Reflect.get(t, k, r)),
    // Array length is writable, so a Proxy may report any value for it.
    getOwnPropertyDescriptor: (t, k) => (k === 'length' ? { value: length, writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(t, k)),
  });
}

export const hostileKinds: Record<string, Hostile> = {
  'a wrong or huge value': (value, path, v) => replaceAt(value, path, () => v),
  'a getter that changes between reads': (value, path, v) => replaceParent(value, path, (p, k) => getterObject(p, k, v)),
  'a getter that throws': (value, path) =>
    replaceParent(value, path, (p, k) => {
      const copy: Record<string | number, unknown> = (Array.isArray(p) ? [...p] : { ...p }) as Record<string | number, unknown>;
      Object.defineProperty(copy, k, { enumerable: true, get: () => { throw new Error('getter'); } });
      return copy;
    }),
  'a Proxy whose answers change or whose traps throw': (value, path, v, mood) => replaceAt(value, path, (old) => hostileProxy(old, v, mood)),
  'a cycle': (value, path) =>
    replaceAt(value, path, (old) => {
      const holder: Record<string, unknown> = old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old } : { value: old };
      holder.self = holder;
      return holder;
    }),
  'a __proto__ key': (value, path) =>
    replaceAt(value, path, (old) => {
      // An own key "__proto__", as JSON.parse makes it.
      const own: Record<string, unknown> = old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old } : {};
      Object.defineProperty(own, '__proto__', { value: { childDied: true, indicators: [] }, enumerable: true, writable: true, configurable: true });
      return own;
    }),
  'inherited properties': (value, path) =>
    replaceAt(value, path, (old) => (old !== null && typeof old === 'object' && !Array.isArray(old) ? Object.create(old) : old)),
  'a class instance': (value, path) =>
    replaceAt(value, path, (old) => new CaseFacts(old !== null && typeof old === 'object' && !Array.isArray(old) ? old : { value: old })),
  'a Proxy array with a non-number length': (value, path, v) => replaceAt(value, path, (old) => lyingArray(old, v)),
  'a revoked Proxy': (value, path) => replaceAt(value, path, revokedProxy),
  'an object carrying the calendar mark': (value, path, v) =>
    replaceAt(value, path, (old) => {
      const marked: Record<string | symbol, unknown> = old !== null && typeof old === 'object' && !Array.isArray(old) && !isLongOrLyingList(old) ? { ...old } : { name: 'England and Wales', firstYear: 2012, lastYear: 2100, confirmedThrough: 2028 };
      const state = FORGED_STATES[String(typeof v).length % FORGED_STATES.length];
      Object.defineProperty(marked, CALENDAR_MARK, { value: state, enumerable: typeof v === 'string' });
      return marked;
    }),
  'personal data as a key above a value the reader refuses': (value, path, v) =>
    replaceAt(value, path, (old) => {
      const holder: Record<string, unknown> = old !== null && typeof old === 'object' && !Array.isArray(old) && !isLongOrLyingList(old) ? { ...old } : {};
      const pick = typeof v === 'number' && Number.isFinite(v) ? Math.abs(Math.trunc(v)) : String(v).length;
      holder[NAMES[pick % NAMES.length]!] = refusedValue(pick);
      return holder;
    }),
  'a frozen, sealed or prototype-less copy': (value, path, v) =>
    replaceAt(value, path, (old) => {
      if (old === null || typeof old !== 'object' || isLongOrLyingList(old)) return old;
      const copy = Array.isArray(old) ? [...old] : Object.assign(typeof v === 'string' ? Object.create(null) : {}, old);
      return typeof v === 'number' ? Object.freeze(copy) : Object.seal(copy);
    }),
  'constructor and prototype keys': (value, path) =>
    replaceAt(value, path, (old) => {
      const own: Record<string, unknown> = old !== null && typeof old === 'object' && !Array.isArray(old) && !isLongOrLyingList(old) ? { ...old } : {};
      return Object.assign(own, { constructor: { prototype: { polluted: true } }, prototype: { polluted: true } });
    }),
};

/** A recipe of one to three hostile changes (plain data, so fast-check can print a failing one). */
export type Recipe = [path: Path, kind: string, v: { named: string } | { any: unknown }, mood: ProxyMood][];

export function recipes(args: unknown[], echoedByDesign: (path: Path) => boolean = () => false): fc.Arbitrary<Recipe> {
  const places = pathsOf(args).filter((p) => p.length > 0);
  const change = fc
    .tuple(
      fc.constantFrom(...places),
      fc.constantFrom(...Object.keys(hostileKinds)),
      hostileValue,
      fc.constantFrom<ProxyMood>('changing', 'throwing', 'lying-length'),
    )
    // A name where the library repeats the text by design (an argument's name) is not a leak.
    .filter(([path, , v]) => !(echoedByDesign(path) && 'named' in v && v.named.startsWith('name ')));
  return fc.array(change, { minLength: 1, maxLength: 3 });
}

/** The argument list a recipe makes. */
export function applyRecipe(args: unknown[], recipe: Recipe): unknown[] {
  let out: unknown = args;
  for (const [path, kind, v, mood] of recipe) {
    // A later change may land inside a Proxy or getter made by an earlier one; skip it rather than trip over it here.
    try {
      out = hostileKinds[kind]!(out, path, valueOf(v), mood);
    } catch {
      /* the place no longer exists as plain data */
    }
  }
  return out as unknown[];
}

/**
 * Runs a call that may return a Promise and checks what came back: an answer,
 * or the library's input error with readable issues that give no planted
 * name away. Anything else thrown fails the test.
 */
export async function expectAnswerOrSafeError(call: () => unknown): Promise<'answer' | 'input-error'> {
  try {
    await call();
    return 'answer';
  } catch (error) {
    if (!isSafeguardingInputError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    const text = `${error.message}\n${JSON.stringify(error.issues)}`;
    for (const giveaway of GIVEAWAYS) if (giveaway.test(text)) throw new Error(`message gives personal data away: ${text.slice(0, 300)}`);
    return 'input-error';
  }
}

/**
 * Runs per property: FUZZ_RUNS, 10,000 by default (`npm test`); CI's time-zone
 * reruns set it low, since the fuzz does not depend on the time zone, and
 * `npm run fuzz` runs 100,000.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
