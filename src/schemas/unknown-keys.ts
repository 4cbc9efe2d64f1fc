/**
 * How an unknown key is reported: named only when it looks like a field name
 * (a key is caller-written text, and could be personal data), with the
 * nearest known key suggested, and never more than a few of them, so a
 * mistake with thousands of keys gets a short message. No dependencies: the
 * calendar uses it too.
 */
import { inputLimits } from './limits.js';

/** A key is named in a message only when it looks like one of the library's own field names. */
const FIELD_NAME = /^[a-z][a-zA-Z0-9]{0,39}$/;

/**
 * `unknown key "asof" (did you mean "asOf"?)`, `unknown keys "a", "b" and 3
 * more whose names are not shown`; a key that does not look like a field name
 * is counted, never named, and the message says why and where the fields are
 * listed, so the caller can still act on it.
 */
export function describeUnknownKeys(keys: readonly string[], known: readonly string[] | undefined): string {
  const named = keys.filter((k) => FIELD_NAME.test(k)).slice(0, inputLimits.unknownKeysNamed);
  const hidden = keys.length - named.length;
  let suggested = false;
  const parts = named.map((k) => {
    const near = known ? nearestKey(k, known) : undefined;
    if (near) suggested = true;
    return near ? `"${k}" (did you mean "${near}"?)` : `"${k}"`;
  });
  if (hidden > 0) {
    const whose = hidden === 1 ? 'whose name is not shown' : 'whose names are not shown';
    parts.push(named.length === 0 ? (hidden === 1 ? whose : `(${hidden}) ${whose}`) : `${hidden} more ${whose}`);
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const why = hidden > 0 ? `, as ${hidden === 1 ? 'it does' : 'they do'} not look like a field name and may be personal data` : '';
  const expected = known && !suggested ? (known.length <= 12 ? ` (expected ${known.join(', ')})` : hidden > 0 ? " (the fields it takes are listed in the input's JSON Schema)" : '') : '';
  return `unknown ${keys.length === 1 ? 'key' : 'keys'} ${list}${why}${expected}`;
}

/** The known key closest to `key` by edit distance (ignoring case), when it is close enough to be a likely typo. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot beat `limit`. Keys are at most 40 characters. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
