/**
 * A reproducible identifier for a rule set: the package version plus a hash
 * of the rule data. A decision stored on a child's record carries it, so the
 * exact rules that produced the decision can be identified later.
 */
import { version as packageVersion } from '../../../package.json';

export interface RulesetVersion {
  /** `<package version>+<hash>`, e.g. `0.1.0+3f2a9c1e`. */
  version: string;
  packageVersion: string;
  /** FNV-1a (32-bit) of the canonical JSON of the rule data, in hex. */
  hash: string;
}

/** JSON with object keys sorted, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function rulesetVersion(data: unknown): RulesetVersion {
  const hash = fnv1a(canonicalJson(data));
  return { version: `${packageVersion}+${hash}`, packageVersion, hash };
}
