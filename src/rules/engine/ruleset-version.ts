/**
 * A reproducible identifier for a rule set: the package version plus a
 * SHA-256 of the canonical JSON of everything a decision depends on. A
 * decision stored on a child's record carries it, so the exact rules that
 * produced the decision can be identified (and a change detected) later.
 *
 * Why SHA-256 and @noble/hashes: a 32-bit hash lets two different rule sets
 * share an identifier by chance, and `node:crypto` is not available in
 * browsers; @noble/hashes is a small, audited implementation that runs in
 * both.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { version as packageVersion } from '../../../package.json';

/**
 * Which rules produced a decision: the package version and a SHA-256 of the
 * rule data. Every result carries it (with the calendar's fingerprint) as
 * `ruleset`; compare `hash` values to tell whether two decisions were made
 * on the same rules, whatever the package version says.
 */
export interface RulesetVersion {
  /** `<package version>+<first 8 hex digits of the hash>`, e.g. `0.1.0+3f2a9c1e` (for display; `hash` is the full SHA-256). */
  version: string;
  /** The version of luton-safeguarding-rules that made the decision, e.g. `0.1.0`. */
  packageVersion: string;
  /** SHA-256, in lower-case hex, of the canonical JSON of the rule data. */
  hash: string;
}

/**
 * JSON with object keys sorted, so equal data always hashes the same.
 * `undefined` members are left out (as `JSON.stringify` does), so data and
 * its JSON round trip give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of a text (UTF-8), in lower-case hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The SHA-256 of the canonical JSON of `data`. */
export function hashData(data: unknown): string {
  return sha256Hex(canonicalJson(data));
}

export function rulesetVersion(data: unknown): RulesetVersion {
  return versionOfHash(hashData(data));
}

/** The version for an already computed hash (e.g. rule data combined with a calendar). */
export function versionOfHash(hash: string): RulesetVersion {
  return { version: `${packageVersion}+${hash.slice(0, 8)}`, packageVersion, hash };
}
