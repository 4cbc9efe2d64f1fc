/**
 * The compact record of a decision that a case system stores on a child's
 * record: what was asked (the input, and classifyNeed's options), what was
 * decided and on which rules (the outcome, the rules that fired, the
 * deadlines, actions, warnings, readings relied on and questions left), the
 * rule set, and the fingerprint of input and outcome. A few hundred bytes to
 * a few kilobytes, where the full result (the explanation of every rule) is
 * ten times that; `explainRecord` rebuilds the full result from it.
 */
import type { IsoDate } from '../../schemas/iso-date.js';
import { describeType } from '../../schemas/iso-date.js';
import { SafeguardingInputError, issueAt, type InputIssue } from '../../schemas/input-error.js';
import { readOnce } from '../../schemas/read-once.js';
import type { ResultRuleset } from '../decision-options.js';
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { StoredDecisionName, StoredDecisionResult, StoredDecisionResults } from './rerun.js';
import { isStoredDecisionName, storedDecisionNames } from './rerun.js';

/** The record format `toRecord` writes and `explainRecord` and `verifyDecision` read. */
export const RECORD_VERSION = 1;

/** A deadline as a record keeps it: which one, when it falls due, and where it stood (when the result judged it). */
export interface RecordedDeadline {
  /** The deadline's id, e.g. `serious-incident.notify-panel`. */
  id: string;
  /** For a case timeline, the episode it belongs to. */
  episode?: string;
  /** The last day on which it is on time (left out for a timeline deadline whose clock has not started). */
  due?: IsoDate;
  /** Where it stood on the decision's date (`met`, `due`, `overdue`, …), when the result says. */
  status?: string;
}

/**
 * What `toRecord` gives: a decision as a case system stores it. Every field
 * is plain JSON. `input` (and `options`) are what `explainRecord` and
 * `verifyDecision` re-run; the other fields are what the decision answered,
 * so a re-run can be checked against them; `fingerprint` (the result's own)
 * shows whether the input or outcome was changed after the decision.
 *
 * @typeParam D - Which decision (`decision`).
 */
export interface DecisionRecord<D extends StoredDecisionName = StoredDecisionName> {
  /** The record format, `1`. */
  recordVersion: typeof RECORD_VERSION;
  decision: D;
  /** The validated input the decision was made on. */
  input: StoredDecisionResults[D]['input'];
  /** `classifyNeed`'s options, defaults filled in (only for `need-level`). */
  options?: { intensiveIndicatorThreshold: number };
  /** The decision's outcome (a case timeline has none). */
  outcome?: string;
  /** `classifyNeed`: the level the known facts support. */
  level?: string;
  /** The ids of the rules that fired, in evaluation order (a case timeline has no rules). */
  fired?: string[];
  /** The input fields still needed to decide (`missingFacts`), most decisive first. */
  missingFacts?: string[];
  /** Every deadline, with its due date (and status, where the result judged it). */
  deadlines: RecordedDeadline[];
  /** The ids of the actions, in order. */
  actions?: string[];
  /** The codes of the warnings. */
  warnings: string[];
  /** The ids of the interpretations (readings of the sources) the decision relied on. */
  interpretations: string[];
  /** The rules and calendar that produced it (as in the result). */
  ruleset: ResultRuleset;
  /** The result's fingerprint of its input and outcome (`DecisionResult.fingerprint`). */
  fingerprint: string;
}

type Path = (string | number)[];

/** Throws the library's error for one field of a stored result or record. */
function fail(path: Path, code: InputIssue['code'], detail: string): never {
  throw new SafeguardingInputError([issueAt(path, code, detail)]);
}

function objectAt(value: unknown, path: Path): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, value === undefined ? 'required' : 'invalid-type', `expected an object, got ${describeType(value)}`);
  return value as Record<string, unknown>;
}

function listAt(value: unknown, path: Path): unknown[] {
  if (!Array.isArray(value)) fail(path, value === undefined ? 'required' : 'invalid-type', `expected a list, got ${describeType(value)}`);
  return value;
}

function stringAt(value: unknown, path: Path): string {
  if (typeof value !== 'string') fail(path, value === undefined ? 'required' : 'invalid-type', `expected a string, got ${describeType(value)}`);
  return value;
}

/** The `id` (or `code`, `fact`) of each entry of a list of the result. */
function idsAt(list: unknown, path: Path, key: string): string[] {
  return listAt(list, path).map((entry, index) => stringAt(objectAt(entry, [...path, index])[key], [...path, index, key]));
}

const FINGERPRINT = /^[0-9a-f]{16}$/;

/** The stored decision's name, read from `decision`. */
export function decisionNameAt(value: unknown, path: Path): StoredDecisionName {
  if (!isStoredDecisionName(value)) fail(path, value === undefined ? 'required' : 'invalid-value', `expected one of ${storedDecisionNames.map((k) => JSON.stringify(k)).join(', ')}`);
  return value;
}

const SHA256 = /^[0-9a-f]{64}$/;
const PACKAGE_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const RULESET_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+[0-9a-f]{8}$/;

function matching(value: unknown, path: Path, pattern: RegExp, what: string): string {
  const text = stringAt(value, path);
  if (!pattern.test(text)) fail(path, 'invalid-value', `expected ${what}, as a result of this library carries`);
  return text;
}

/** The `ruleset` of a stored result or record, each field checked to have the form the library writes. */
export function rulesetAt(value: unknown, path: Path): ResultRuleset {
  const ruleset = objectAt(value, path);
  const calendar = stringAt(ruleset.calendar, [...path, 'calendar']);
  if (calendar !== 'none' && !SHA256.test(calendar)) fail([...path, 'calendar'], 'invalid-value', 'expected a calendar fingerprint (64 lower-case hex digits) or "none", as a result of this library carries');
  return {
    version: matching(ruleset.version, [...path, 'version'], RULESET_VERSION, 'a rule set version such as 0.1.0+3f2a9c1e'),
    packageVersion: matching(ruleset.packageVersion, [...path, 'packageVersion'], PACKAGE_VERSION, 'a package version such as 0.1.0'),
    hash: matching(ruleset.hash, [...path, 'hash'], SHA256, 'a SHA-256 (64 lower-case hex digits)'),
    calendar,
  };
}

/** The fingerprint of a stored result or record, checked to be one (16 hex digits), not yet compared. */
export function fingerprintAt(value: unknown, path: Path): string {
  const fingerprint = stringAt(value, path);
  if (!FINGERPRINT.test(fingerprint)) fail(path, 'invalid-value', 'expected a fingerprint (16 lower-case hex digits), as a result of this version of the library carries');
  return fingerprint;
}

/** The fingerprint a decision of this name, input, options and outcome has. */
export function fingerprintOf(decision: StoredDecisionName, input: unknown, options: unknown, outcome: string | undefined): string {
  return decisionFingerprint(decision === 'need-level' ? { decision, input, options, outcome } : decision === 'timeline' ? { decision, input } : { decision, input, outcome });
}

/**
 * The record of a result this process has just made, or one read from
 * storage and checked (`toRecord`): no validation here.
 */
export function recordOf<D extends StoredDecisionName>(result: StoredDecisionResults[D]): DecisionRecord<D> {
  return recordFrom(result as unknown as Record<string, unknown>, ['result']) as DecisionRecord<D>;
}

/** Builds the record, reading each field it keeps with a check of its kind; the fields in the order the type lists them. */
function recordFrom(result: Record<string, unknown>, path: Path): DecisionRecord {
  const decision = decisionNameAt(result.decision, [...path, 'decision']);
  if (result.input === undefined) fail([...path, 'input'], 'required', 'is required (the input the decision was made on)');
  const record = { recordVersion: RECORD_VERSION, decision, input: result.input } as unknown as DecisionRecord;
  if (decision === 'need-level') {
    const options = objectAt(result.options, [...path, 'options']);
    const threshold = options.intensiveIndicatorThreshold;
    if (typeof threshold !== 'number') fail([...path, 'options', 'intensiveIndicatorThreshold'], 'invalid-type', `expected a number, got ${describeType(threshold)}`);
    record.options = { intensiveIndicatorThreshold: threshold };
  }
  const deadlines: RecordedDeadline[] = [];
  if (decision !== 'timeline') {
    record.outcome = stringAt(result.outcome, [...path, 'outcome']);
    if (decision === 'need-level') record.level = stringAt(result.level, [...path, 'level']);
    const fired: string[] = [];
    listAt(result.reasons, [...path, 'reasons']).forEach((entry, index) => {
      const trace = objectAt(entry, [...path, 'reasons', index]);
      if (trace.status === 'fired') fired.push(stringAt(trace.ruleId, [...path, 'reasons', index, 'ruleId']));
    });
    record.fired = fired;
    record.missingFacts = idsAt(result.missingFacts, [...path, 'missingFacts'], 'fact');
    listAt(result.deadlines, [...path, 'deadlines']).forEach((d, index) => deadlines.push(recordedDeadline(d, [...path, 'deadlines', index], undefined)));
  } else {
    listAt(result.episodes, [...path, 'episodes']).forEach((entry, e) => {
      const episode = objectAt(entry, [...path, 'episodes', e]);
      const id = stringAt(episode.id, [...path, 'episodes', e, 'id']);
      listAt(episode.deadlines, [...path, 'episodes', e, 'deadlines']).forEach((d, index) => deadlines.push(recordedDeadline(d, [...path, 'episodes', e, 'deadlines', index], id)));
    });
  }
  record.deadlines = deadlines;
  if (decision !== 'timeline') record.actions = idsAt(result.actions, [...path, 'actions'], 'id');
  record.warnings = idsAt(result.warnings, [...path, 'warnings'], 'code');
  record.interpretations = idsAt(result.interpretations, [...path, 'interpretations'], 'id');
  record.ruleset = rulesetAt(result.ruleset, [...path, 'ruleset']);
  record.fingerprint = fingerprintAt(result.fingerprint, [...path, 'fingerprint']);
  return record;
}

function recordedDeadline(value: unknown, path: Path, episode: string | undefined): RecordedDeadline {
  const deadline = objectAt(value, path);
  const id = stringAt(deadline.id, [...path, 'id']);
  const recorded: RecordedDeadline = episode === undefined ? { id } : { id, episode };
  if (deadline.due !== undefined) recorded.due = stringAt(deadline.due, [...path, 'due']);
  if (typeof deadline.status === 'string') recorded.status = deadline.status;
  return recorded;
}

/**
 * The compact record of a decision, for a case system to store: the input
 * (and `classifyNeed`'s options), the outcome, the ids of the rules that
 * fired, the deadlines with their due dates, the ids of the actions,
 * warnings and interpretations, the questions left, the rule set and the
 * fingerprint. `explainRecord` rebuilds the full result from it; so does
 * `verifyDecision`, to check it.
 *
 * @param result - A result of `classifyNeed`, `assessNeedToKnow`, `assessNationalAlert`, `assessSeriousIncident` or `statutoryTimeline`, as returned or as stored (after a JSON round trip).
 * @returns The record: plain JSON, a new object sharing nothing with `result`.
 * @throws {SafeguardingInputError} when `result` is not a result of this version of the library (no fingerprint, a field missing), or its input or outcome was changed after the decision (`fingerprint-mismatch`).
 * @example
 * const result = classifyNeed({ indicators: ['need-level.intensive.health.self-harm'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false });
 * const record = toRecord(result);
 * record.outcome; // 'additional'
 * record.fired; // ['need-level.classify.single-intensive-indicator']
 * explainRecord(record).outcome; // 'additional' (the full result, equal to `result`)
 */
export function toRecord<R extends StoredDecisionResult>(result: R): DecisionRecord<R['decision']>;
export function toRecord(result: unknown): DecisionRecord;
export function toRecord(result: unknown): DecisionRecord {
  const snapshot = objectAt(readOnce(result, 'result'), ['result']);
  const record = recordFrom(snapshot, ['result']);
  if (fingerprintOf(record.decision, record.input, record.options, record.outcome) !== record.fingerprint) {
    fail(['result', 'fingerprint'], 'fingerprint-mismatch', "does not match the result's input and outcome: they were changed after the decision");
  }
  return record;
}
