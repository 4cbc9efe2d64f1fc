/**
 * `verifyDecision(stored)`: re-runs a decision stored on a child's record
 * (as it comes back from the database, after a JSON round trip) from its own
 * `input` and options, and says whether this version of the library still
 * reaches the same result, whether the rules or calendar behind it changed,
 * and where the results differ.
 */
import type { Calendar } from '../calendar/calendar-types.js';
import { SafeguardingInputError, issueAt } from '../schemas/input-error.js';
import { describeType } from '../schemas/iso-date.js';
import { readOnce } from '../schemas/read-once.js';
import { parseDecisionOptions } from './decision-options.js';
import { decisionNameAt, recordOf } from './records/decision-record.js';
import { readRecord } from './records/explain-record.js';
import { rerunDecision } from './records/rerun.js';

/** One place where a stored result and today's re-run differ (`DecisionVerification.differences`). */
export interface DecisionDifference {
  /** Where the results differ, e.g. `deadlines[0].due`, `ruleset.hash`, or `fingerprint` (the stored input or outcome was changed after the decision). */
  path: string;
  /** The stored value (left out, or `undefined`, when the stored result has nothing there: a JSON round trip drops it). */
  stored?: unknown;
  /** The value the decision gives now (left out, or `undefined`, when it has nothing there). */
  now?: unknown;
}

/** What `verifyDecision` found: whether the stored result is reproduced today, and where it differs. */
export interface DecisionVerification {
  /** True when re-running gives the stored result (or record), apart from `ruleset`. */
  reproduced: boolean;
  /** True when the rule data or the calendar behind the decision changed (`ruleset.hash` or `ruleset.calendar` differ). */
  rulesetChanged: boolean;
  /**
   * Every difference (at most `MAX_DIFFERENCES`), `ruleset` ones included, in
   * document order. A difference at `fingerprint` means the stored input or
   * outcome is not the one the decision was made on.
   */
  differences: DecisionDifference[];
}

/** The calendar a stored decision was counted on, when not England and Wales. */
export interface VerifyDecisionOptions {
  /** The calendar the decision was made on, when it was not England and Wales (`ruleset.calendar` says which). */
  calendar?: Calendar;
}

/** At most this many differences are listed. */
export const MAX_DIFFERENCES = 100;

/**
 * Re-runs a stored decision and compares.
 *
 * A stored result or record is read within the documented input limits
 * (`inputLimits`: lists, keys, nesting and values), as any input is; the
 * largest result the library gives (a 2,000-event timeline) is well within
 * them.
 *
 * @param stored a result of `classifyNeed`, `assessNeedToKnow`, `assessNationalAlert`,
 *   `assessSeriousIncident`, `statutoryTimeline` or `validatePlacementNotification`, or a record of one (`toRecord`), as stored
 * @param options the calendar the decision was counted on, if not England and Wales
 * @returns `reproduced` (the same result today), `rulesetChanged` (the rules or calendar differ) and each difference
 * @throws SafeguardingInputError when `stored` is not a stored decision, or its input is no longer valid
 *
 * @example
 * const result = assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' });
 * const stored = JSON.parse(JSON.stringify(result));
 * verifyDecision(stored); // { reproduced: true, rulesetChanged: false, differences: [] }
 * verifyDecision(toRecord(result)); // the same, from the compact record
 */
export function verifyDecision(stored: unknown, options: VerifyDecisionOptions = {}): DecisionVerification {
  const { calendar } = parseDecisionOptions(options);
  const snapshot = readOnce(stored, 'stored') as Record<string, unknown>;
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    throw new SafeguardingInputError([issueAt(['stored'], 'invalid-type', `expected a stored decision or record (an object), got ${describeType(snapshot)}`)]);
  }
  let before: Record<string, unknown>;
  let after: unknown;
  if (snapshot.recordVersion !== undefined) {
    // A record: re-run from its input and compare the record the re-run would give.
    const record = readRecord(snapshot, 'stored');
    before = record;
    after = recordOf(rerunDecision(record.decision, record.input, record.options, calendar));
  } else {
    const decision = decisionNameAt(snapshot.decision, ['stored', 'decision']);
    if (snapshot.input === undefined) throw new SafeguardingInputError([issueAt(['stored', 'input'], 'required', 'is required (the input the decision was made on)')]);
    before = snapshot;
    after = rerunDecision(decision, snapshot.input, snapshot.options, calendar);
  }
  // The result as it would be stored now: through JSON, like the stored one.
  const now = JSON.parse(JSON.stringify(after)) as Record<string, unknown>;
  const differences: DecisionDifference[] = [];
  // The fingerprint first: the re-run's is of the stored input and its own
  // outcome, so a difference there says the stored input or outcome is not
  // what the decision was made on, however many other fields moved.
  diff(before.fingerprint, now.fingerprint, 'fingerprint', differences);
  diff({ ...before, fingerprint: undefined }, { ...now, fingerprint: undefined }, '', differences);
  const inRuleset = (d: DecisionDifference) => d.path === 'ruleset' || d.path.startsWith('ruleset.');
  const ruleset = (value: unknown) => (value as { ruleset?: { hash?: unknown; calendar?: unknown } } | null)?.ruleset;
  const rulesetChanged = ruleset(before)?.hash !== ruleset(now)?.hash || ruleset(before)?.calendar !== ruleset(now)?.calendar;
  return { reproduced: !differences.some((d) => !inRuleset(d)), rulesetChanged, differences };
}

/** Appends the differences between two JSON values, path by path. */
function diff(stored: unknown, now: unknown, path: string, out: DecisionDifference[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (Object.is(stored, now)) return;
  const storedIsObject = stored !== null && typeof stored === 'object';
  const nowIsObject = now !== null && typeof now === 'object';
  if (storedIsObject && nowIsObject && Array.isArray(stored) === Array.isArray(now)) {
    if (Array.isArray(stored) && Array.isArray(now)) {
      for (let i = 0; i < Math.max(stored.length, now.length); i++) diff(stored[i], now[i], `${path}[${i}]`, out);
      return;
    }
    const a = stored as Record<string, unknown>;
    const b = now as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) diff(a[key], b[key], path === '' ? key : `${path}.${key}`, out);
    return;
  }
  out.push({ path: path === '' ? '(the whole result)' : path, stored, now });
}
