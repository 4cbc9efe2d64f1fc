/**
 * The fingerprint a result and a record carry: a 64-bit hash of the
 * canonical JSON (keys sorted, as `canonicalJson` writes it) of what was
 * asked and what was decided, `{ decision, input, options, outcome }`.
 * `verifyDecision` re-runs a stored decision from its stored input and
 * compares fingerprints too, so an input edited after the decision (an
 * `asOf` moved back, say) is reported even when no output moves.
 *
 * It is a check against change, not a signature: whoever can edit a stored
 * record can also recompute the hash. Why not SHA-256 (as the rule set's
 * hash is): every decision computes one, and SHA-256 in JavaScript costs
 * more than the decision itself; 64 bits make a chance match of an edited
 * record about one in 18 quintillion.
 *
 * The hash (two 32-bit lanes over the UTF-16 code units, with a final mix,
 * as in the public-domain cyrb53) is computed while the canonical JSON is
 * walked, without building the text; `fingerprintOfText` hashes a text
 * directly, and the two agree (a property test checks it).
 */

/** What a fingerprint is taken of. `outcome` is left out for a case timeline, which has none. */
export interface FingerprintData {
  decision: string;
  input: unknown;
  /** The options that change the answer (classifyNeed's threshold); left out when there are none. */
  options?: unknown;
  outcome?: string;
}

let h1 = 0;
let h2 = 0;

function start(): void {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
}

function addCode(code: number): void {
  h1 = Math.imul(h1 ^ code, 2654435761);
  h2 = Math.imul(h2 ^ code, 1597334677);
}

/** Adds every UTF-16 code unit of a text (in local variables: this loop is most of a fingerprint's time). */
function addText(text: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 2654435761);
    b = Math.imul(b ^ code, 1597334677);
  }
  h1 = a;
  h2 = b;
}

function finish(): string {
  let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return hex8(b) + hex8(a);
}

const HEX = '0123456789abcdef';

function hex8(n: number): string {
  let out = '';
  for (let shift = 28; shift >= 0; shift -= 4) out += HEX[(n >>> shift) & 15];
  return out;
}

/**
 * Adds a string as JSON writes it: quoted, escaped only where JSON.stringify
 * would escape. Hashed as it is scanned (one pass); a string that needs
 * escaping (a control character, a quote, a backslash or half of a
 * surrogate pair, none of which an input's ids and dates hold) is hashed
 * again from the start as JSON.stringify writes it.
 */
function addString(text: string): void {
  const startA = h1;
  const startB = h2;
  let a = Math.imul(startA ^ 0x22, 2654435761);
  let b = Math.imul(startB ^ 0x22, 1597334677);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) {
      h1 = startA;
      h2 = startB;
      addText(JSON.stringify(text));
      return;
    }
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  h1 = Math.imul(a ^ 0x22, 2654435761);
  h2 = Math.imul(b ^ 0x22, 1597334677);
}

/** Adds a value as canonicalJson writes it (keys sorted, `undefined` members left out, `undefined` in a list as null). */
function addValue(value: unknown): void {
  if (value === null || value === undefined) {
    addText('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      addString(value);
      return;
    case 'boolean':
      addText(value ? 'true' : 'false');
      return;
    case 'number':
      addText(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'object':
      break;
    case 'bigint':
      // Not JSON data, so never in a result's input; a stored record may hold one all the same, and must not make this throw.
      addText(`${value}n`);
      return;
    default:
      // A function or a symbol: JSON leaves it out, as null.
      addText('null');
      return;
  }
  if (Array.isArray(value)) {
    addCode(0x5b);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) addCode(0x2c);
      addValue(value[i]);
    }
    addCode(0x5d);
    return;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  // Sorted in place by insertion: an input has a few keys, already nearly in order.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  addCode(0x7b);
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const member = object[key];
    if (member === undefined) continue;
    if (!first) addCode(0x2c);
    first = false;
    addString(key);
    addCode(0x3a);
    addValue(member);
  }
  addCode(0x7d);
}

/** The fingerprint of a decision: its input and outcome (and the options that change the answer). */
export function decisionFingerprint(data: FingerprintData): string {
  start();
  addValue(data);
  return finish();
}

/** The same hash of a text already written (the canonical JSON of the same data gives the same fingerprint). */
export function fingerprintOfText(text: string): string {
  start();
  addText(text);
  return finish();
}
