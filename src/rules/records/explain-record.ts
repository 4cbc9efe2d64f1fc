/**
 * `explainRecord(record)`: the full result of a stored decision record,
 * rebuilt with this version of the library, given only when this version
 * still decides the case as the record says.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { SafeguardingInputError, issueAt, type InputIssue } from '../../schemas/input-error.js';
import { describeType } from '../../schemas/iso-date.js';
import { readOnce } from '../../schemas/read-once.js';
import { describeUnknownKeys } from '../../schemas/unknown-keys.js';
import { parseDecisionOptions } from '../decision-options.js';
import { decisionNameAt, fingerprintAt, fingerprintOf, recordOf, rulesetAt, RECORD_VERSION, type DecisionRecord } from './decision-record.js';
import { rerunDecision, type StoredDecisionName, type StoredDecisionResults } from './rerun.js';

/** The calendar a record's deadlines were counted on, when not England and Wales. */
export interface ExplainRecordOptions {
  /** The calendar the decision was made on, when it was not England and Wales (`ruleset.calendar` says which). */
  calendar?: Calendar;
}

type Path = (string | number)[];

/** The fields a record has, in the order `toRecord` writes them. */
const RECORD_KEYS: readonly string[] = ['recordVersion', 'decision', 'input', 'options', 'outcome', 'level', 'fired', 'missingFacts', 'deadlines', 'actions', 'warnings', 'interpretations', 'ruleset', 'fingerprint'];

/** The record read once and checked to be one; the fields `recordOf` compares are compared as they are. */
export function readRecord(value: unknown, argument: string): Record<string, unknown> & { decision: StoredDecisionName; fingerprint: string } {
  const record = readOnce(value, argument) as Record<string, unknown>;
  const path: Path = [argument];
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new SafeguardingInputError([issueAt(path, 'invalid-type', `expected a decision record (an object, as toRecord gives), got ${describeType(record)}`)]);
  }
  if (record.recordVersion !== RECORD_VERSION) {
    throw new SafeguardingInputError([issueAt([argument, 'recordVersion'], record.recordVersion === undefined ? 'required' : 'invalid-value', `expected ${RECORD_VERSION}, the record format this version of the library reads`)]);
  }
  const unknown = Object.keys(record).filter((key) => !RECORD_KEYS.includes(key));
  if (unknown.length > 0) throw new SafeguardingInputError([issueAt(path, 'unknown-key', describeUnknownKeys(unknown, RECORD_KEYS))]);
  const decision = decisionNameAt(record.decision, [argument, 'decision']);
  if (record.input === undefined) throw new SafeguardingInputError([issueAt([argument, 'input'], 'required', 'is required (the input the decision was made on)')]);
  if (decision !== 'timeline' && typeof record.outcome !== 'string') {
    throw new SafeguardingInputError([issueAt([argument, 'outcome'], record.outcome === undefined ? 'required' : 'invalid-type', `expected a string, got ${describeType(record.outcome)}`)]);
  }
  rulesetAt(record.ruleset, [argument, 'ruleset']);
  const fingerprint = fingerprintAt(record.fingerprint, [argument, 'fingerprint']);
  return Object.assign(record, { decision, fingerprint });
}

/** Whether the record's input and outcome are those its fingerprint was taken of. */
export function fingerprintMatches(record: Record<string, unknown> & { decision: StoredDecisionName; fingerprint: string }): boolean {
  return fingerprintOf(record.decision, record.input, record.options, record.outcome as string | undefined) === record.fingerprint;
}

/** The fields of the record that differ from the record of the re-run decision (its rule set apart), as paths. */
function differingFields(stored: Record<string, unknown>, now: DecisionRecord): string[] {
  const rebuilt = now as unknown as Record<string, unknown>;
  return RECORD_KEYS.filter((key) => key !== 'ruleset' && !sameData(stored[key], rebuilt[key]));
}

/** Whether two plain-data values are equal, member by member (a stored record may hold anything, so no JSON.stringify). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((key) => sameData(x[key], y[key]));
}

/**
 * Rebuilds the full result of a stored decision record (`toRecord`) with
 * this version of the library: the explanation of every rule, the questions,
 * what would change the outcome, the actions and deadlines. It gives the
 * result only when this version still reaches what the record says (the
 * outcome, the rules that fired, every deadline, action, warning and reading
 * relied on); a record whose rules have since changed the answer is refused,
 * naming what differs, and `verifyDecision(record)` lists each difference.
 * When the rule set changed without changing the answer, the result is given
 * and its `ruleset` is today's (compare it with the record's).
 *
 * @param record - A record made by `toRecord`, as stored (after a JSON round trip).
 * @param options - The calendar the decision was counted on, if not England and Wales.
 * @returns The full result, equal to the one the record was made from when the rule set is unchanged.
 * @throws {SafeguardingInputError} `fingerprint-mismatch` when the record's input or outcome was changed after the decision; `not-reproduced` when this version decides the case differently; other codes when `record` is not a record, or its input is no longer valid.
 * @example
 * const record = JSON.parse(JSON.stringify(toRecord(assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' }))));
 * explainRecord(record).outcome; // 'notify-panel'
 */
export function explainRecord<D extends StoredDecisionName>(record: DecisionRecord<D>, options?: ExplainRecordOptions): StoredDecisionResults[D];
export function explainRecord(record: unknown, options?: ExplainRecordOptions): StoredDecisionResults[StoredDecisionName];
export function explainRecord(record: unknown, options: ExplainRecordOptions = {}): StoredDecisionResults[StoredDecisionName] {
  const { calendar } = parseDecisionOptions(options);
  const stored = readRecord(record, 'record');
  if (!fingerprintMatches(stored)) {
    throw new SafeguardingInputError([issueAt(['record', 'fingerprint'], 'fingerprint-mismatch', "does not match the record's input and outcome: they were changed after the decision")]);
  }
  const result = rerunDecision(stored.decision, stored.input, stored.options, calendar);
  const now = recordOf(result);
  const differing = differingFields(stored, now);
  if (differing.length > 0) {
    const storedRuleset = stored.ruleset as { hash: string; calendar: string };
    const why =
      storedRuleset.calendar !== now.ruleset.calendar
        ? 'the record was counted on another calendar: pass that calendar as options.calendar'
        : storedRuleset.hash !== now.ruleset.hash
          ? 'the rules changed since the record was made'
          : 'the record does not match what its own rules decide';
    const issues: InputIssue[] = differing.map((field) =>
      issueAt(['record', field], 'not-reproduced', `this version of the library decides differently (${why}); verifyDecision lists each difference`),
    );
    throw new SafeguardingInputError(issues);
  }
  return result;
}
