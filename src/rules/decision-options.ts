/**
 * The options every dated decision takes (`{ calendar }`), read once and
 * checked, and the `ruleset` a result carries: the rule set's version, a hash
 * of the rule data combined with the calendar's fingerprint, and the
 * fingerprint itself, so a stored deadline can be traced to its holidays.
 */
import type { Calendar } from '../calendar/calendar-types.js';
import { calendarFingerprint } from '../calendar/calendar-fingerprint.js';
import { genuineCalendar, stateOf } from '../calendar/calendar-state.js';
import { SafeguardingInputError, issueAt } from '../schemas/input-error.js';
import { describeType } from '../schemas/iso-date.js';
import { readOnce } from '../schemas/read-once.js';
import { describeUnknownKeys } from '../schemas/unknown-keys.js';
import { sha256Hex, versionOfHash, type RulesetVersion } from './engine/ruleset-version.js';

/** The options of `assessNeedToKnow`, `assessNationalAlert` and `assessSeriousIncident`: the calendar their deadlines are counted on. */
export interface DecisionOptions {
  /** The working-day calendar every deadline is counted on; England and Wales when left out. */
  calendar?: Calendar;
}

/** What a result records of the rules and calendar that produced it. */
export interface ResultRuleset extends RulesetVersion {
  /**
   * The fingerprint of the calendar the deadlines were counted on
   * (`calendarFingerprint`); `none` for a decision that computes no date.
   */
  calendar: string;
}

const OPTION_KEYS = ['calendar'];
/** The keys an issue's path may name (read-once.ts). */
const OPTION_FIELDS: ReadonlySet<string> = new Set(OPTION_KEYS);

/** The options, read once; the calendar is the library's own object behind the argument. */
export function parseDecisionOptions(options: unknown): { calendar: Calendar | undefined } {
  // Left out, the usual case: nothing to read.
  if (options === undefined) return { calendar: undefined };
  const snapshot = readOnce(options ?? {}, 'options', undefined, OPTION_FIELDS);
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    throw new SafeguardingInputError([issueAt(['options'], 'invalid-type', `expected an object, got ${describeType(snapshot)}`)]);
  }
  const unknown = Object.keys(snapshot).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length > 0) throw new SafeguardingInputError([issueAt(['options'], 'unknown-key', describeUnknownKeys(unknown, OPTION_KEYS))]);
  return { calendar: genuineCalendar((snapshot as DecisionOptions).calendar, 'options.calendar') };
}

/** Combined hashes by rule set hash, per calendar state (computed once per pair). */
const combined = new WeakMap<object, Map<string, ResultRuleset>>();

/**
 * The result's `ruleset`, a fresh object: `hash` is the SHA-256 of the rule
 * data's hash and the calendar's fingerprint, so a change to either changes it.
 */
export function resultRuleset(version: RulesetVersion, calendar: Calendar | undefined): ResultRuleset {
  const state = stateOf(calendar);
  let byRuleset = combined.get(state);
  if (!byRuleset) combined.set(state, (byRuleset = new Map()));
  let entry = byRuleset.get(version.hash);
  if (!entry) {
    const fingerprint = calendarFingerprint(calendar);
    entry = { ...versionOfHash(sha256Hex(`rules ${version.hash}\ncalendar ${fingerprint}`)), calendar: fingerprint };
    byRuleset.set(version.hash, entry);
  }
  return { ...entry };
}

/** The `ruleset` of a decision that computes no date: the rule data's own hash. */
export function undatedRuleset(version: RulesetVersion): ResultRuleset {
  // Field by field: cheaper than a spread, and only the version's own fields.
  return { version: version.version, packageVersion: version.packageVersion, hash: version.hash, calendar: 'none' };
}
