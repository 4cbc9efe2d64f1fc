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
import { assessNationalAlert } from './national-alert/assess-national-alert.js';
import { classifyNeed } from './need-level/classify-need.js';
import { assessNeedToKnow } from './need-to-know/assess-need-to-know.js';
import { assessSeriousIncident } from './serious-incident/assess-serious-incident.js';
import { statutoryTimeline } from './timeline/statutory-timeline.js';

/** One place where a stored result and today's re-run differ (`DecisionVerification.differences`). */
export interface DecisionDifference {
  /** Where the results differ, e.g. `deadlines[0].due` or `ruleset.hash`. */
  path: string;
  /** The stored value (`undefined` when the stored result has nothing there). */
  stored: unknown;
  /** The value the decision gives now (`undefined` when it has nothing there). */
  now: unknown;
}

/** What `verifyDecision` found: whether the stored result is reproduced today, and where it differs. */
export interface DecisionVerification {
  /** True when re-running gives the stored result, apart from `ruleset`. */
  reproduced: boolean;
  /** True when the rule data or the calendar behind the decision changed (`ruleset.hash` or `ruleset.calendar` differ). */
  rulesetChanged: boolean;
  /** Every difference (at most `MAX_DIFFERENCES`), `ruleset` ones included, in document order. */
  differences: DecisionDifference[];
}

/** The calendar a stored decision was counted on, when not England and Wales. */
export interface VerifyDecisionOptions {
  /** The calendar the decision was made on, when it was not England and Wales (`ruleset.calendar` says which). */
  calendar?: Calendar;
}

/** At most this many differences are listed. */
export const MAX_DIFFERENCES = 100;

/** A stored result is larger than an input: its limits are looser (it is still read once, as plain data). */
const STORED_LIMITS = { maxArrayLength: 20_000, maxKeys: 500, maxDepth: 40, maxValues: 1_000_000 };

const rerun: Record<string, (input: unknown, stored: Record<string, unknown>, calendar: Calendar | undefined) => unknown> = {
  // The threshold is stored in the result's options; the calendar (for the designated officer deadline) is given to verifyDecision.
  'need-level': (input, stored, calendar) => classifyNeed(input as never, { ...((stored.options ?? {}) as object), ...(calendar ? { calendar } : {}) } as never),
  'need-to-know': (input, _stored, calendar) => assessNeedToKnow(input as never, { calendar }),
  'national-alert': (input, _stored, calendar) => assessNationalAlert(input as never, { calendar }),
  'serious-incident': (input, _stored, calendar) => assessSeriousIncident(input as never, { calendar }),
  timeline: (input, _stored, calendar) => statutoryTimeline(input as never, { calendar }),
};

/**
 * Re-runs a stored decision and compares.
 *
 * @param stored a result of `classifyNeed`, `assessNeedToKnow`, `assessNationalAlert`,
 *   `assessSeriousIncident` (or a timeline carrying `decision: 'timeline'` and `input`), as stored
 * @param options the calendar the decision was counted on, if not England and Wales
 * @returns `reproduced` (the same result today), `rulesetChanged` (the rules or calendar differ) and each difference
 * @throws SafeguardingInputError when `stored` is not a stored decision, or its input is no longer valid
 *
 * @example
 * const result = assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' });
 * const stored = JSON.parse(JSON.stringify(result));
 * verifyDecision(stored); // { reproduced: true, rulesetChanged: false, differences: [] }
 */
export function verifyDecision(stored: unknown, options: VerifyDecisionOptions = {}): DecisionVerification {
  const { calendar } = parseDecisionOptions(options);
  const record = readOnce(stored, 'stored', STORED_LIMITS) as Record<string, unknown>;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new SafeguardingInputError([issueAt(['stored'], 'invalid-type', `expected a stored decision (an object), got ${describeType(record)}`)]);
  }
  const decision = record.decision;
  const run = typeof decision === 'string' && Object.hasOwn(rerun, decision) ? rerun[decision] : undefined;
  if (!run) {
    throw new SafeguardingInputError([
      issueAt(['stored', 'decision'], decision === undefined ? 'required' : 'invalid-value', `expected one of ${Object.keys(rerun).map((k) => JSON.stringify(k)).join(', ')}`),
    ]);
  }
  if (record.input === undefined) throw new SafeguardingInputError([issueAt(['stored', 'input'], 'required', 'is required (the input the decision was made on)')]);

  // The result as it would be stored now: through JSON, like the stored one.
  const now = JSON.parse(JSON.stringify(run(record.input, record, calendar))) as unknown;
  const differences: DecisionDifference[] = [];
  diff(record, now, '', differences);
  const inRuleset = (d: DecisionDifference) => d.path === 'ruleset' || d.path.startsWith('ruleset.');
  const ruleset = (value: unknown) => (value as { ruleset?: { hash?: unknown; calendar?: unknown } } | null)?.ruleset;
  const rulesetChanged = ruleset(record)?.hash !== ruleset(now)?.hash || ruleset(record)?.calendar !== ruleset(now)?.calendar;
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
