/**
 * How an unknown key is reported: never by the caller's name for it (a key
 * is caller-written text, and could be personal data), with the nearest
 * known key suggested, and a short message however many keys there are.
 * No dependencies: the calendar and the web service's query strings use it too.
 */
import { inputLimits } from './limits.js';

/**
 * `1 unknown key, not shown (did you mean "asOf"?)`, `3 unknown keys, not
 * shown (expected a, b, c)`. The caller's keys are never repeated, whatever
 * they look like: a case system may key a field by a child's name, in any
 * case. Only the library's own names are shown: the known keys nearest to
 * the unknown ones (a likely typo), or else the known keys when they are few.
 * `noun` names what the keys are ("key", or "parameter" for a query string).
 */
export function describeUnknownKeys(keys: readonly string[], known: readonly string[] | undefined, noun = 'key'): string {
  const count = keys.length;
  const suggestions: string[] = [];
  if (known) {
    for (const key of keys.slice(0, inputLimits.unknownKeysNamed)) {
      const near = nearestKey(key, known);
      if (near !== undefined && !suggestions.includes(near)) suggestions.push(near);
    }
  }
  const quoted = suggestions.map((k) => `"${k}"`);
  const hint =
    quoted.length > 0
      ? ` (did you mean ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]}?)`
      : known && known.length <= 12
        ? ` (expected ${known.length > 0 ? known.join(', ') : 'none'})`
        : '';
  return `${count} unknown ${noun}${count === 1 ? '' : 's'}, not shown${hint}`;
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
