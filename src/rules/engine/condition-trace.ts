/**
 * The synchronous three-valued (Kleene) evaluator and the explanation trace.
 *
 * A missing fact (undefined or null) makes a comparison `unknown`, never
 * silently false (json-rules-engine alone would fail it, and pass a `not` of
 * it). Groups combine with Kleene logic: `all` fails if any child fails and
 * passes if all pass; `any` passes if any child passes and fails if all fail;
 * otherwise the group is unknown; `not` swaps passed and failed. Comparisons
 * use json-rules-engine's own operators (see operators.ts); the test suite
 * checks the evaluator against `Engine.run` itself.
 */
import type { CompiledCondition } from './compiled-condition.js';
import type { FactValues } from './fact-values.js';
import { fitted } from './fitted.js';

/** A condition's three-valued result: `passed`, `failed`, or `unknown` when a fact it needs was not given. */
export type ConditionStatus = 'passed' | 'failed' | 'unknown';

/** One comparison of a rule, as it was evaluated. */
export interface FactConditionTrace {
  kind: 'fact';
  /** The fact compared, e.g. `childDied` (the input field, or a fact the decision derives from it). */
  fact: string;
  /** json-rules-engine's operator name, e.g. `equal`, `contains`, `greaterThanInclusive`. */
  operator: string;
  /** The value the rule compares against (resolved, when the rule compares with another fact; `null` when that fact is unknown). */
  expected: unknown;
  /**
   * The fact's actual value in this decision (`null` when not supplied).
   * Left out when a list that was given is asked whether it holds a value
   * (`contains`, `doesNotContain`): `status` says whether it does, and the
   * list itself is in the result's `input`, not repeated in every comparison.
   */
  actual?: unknown;
  /** `passed`, `failed`, or `unknown` when the fact (or the fact compared with) was not given. */
  status: ConditionStatus;
  /** What the condition means, in plain English. */
  says: string;
  /** For a comparison with another fact (`value: { fact }`), that fact's name. */
  expectedFact?: string;
}

/** A group of conditions (`all`, `any` or `not`), as it was evaluated. */
export interface GroupConditionTrace {
  /** How the group combines: every condition (`all`), at least one (`any`), or the opposite of its one condition (`not`). */
  kind: 'all' | 'any' | 'not';
  /** The group's three-valued result: `unknown` when the known conditions do not settle it. */
  status: ConditionStatus;
  /** The group's own sentence, when the rule gives one. */
  says?: string;
  /**
   * The conditions that decided the group's status, in the rule's order:
   * those with the group's own status (for `all`, every condition that
   * failed when it failed, every condition when it passed; for `any`, every
   * condition that held when it passed, every one when it failed; the
   * unanswered ones when it is unknown), and the one condition of a `not`.
   * The rule's other conditions are in its catalogue entry (`rules`). A
   * group without a sentence of its own that one condition decides is not
   * listed: that condition stands in its place.
   */
  conditions: ConditionTrace[];
}

/**
 * One node of a rule's explanation trace (`RuleTrace.conditions`): either a
 * comparison of a fact (`kind: 'fact'`, with the actual value, the expected
 * value and a sentence) or a group (`kind: 'all' | 'any' | 'not'`) of further
 * nodes. A trace keeps the conditions that decided the rule's status, each
 * with its value: for a rule that fired, the conditions that hold; for one
 * that did not, the conditions that stopped it; for an undecided one, the
 * conditions still unanswered. A rule decided by one comparison has that
 * comparison as its whole trace. Check `kind` before reading the fields of
 * either shape.
 */
export type ConditionTrace = FactConditionTrace | GroupConditionTrace;

export function isUnknownFact(value: unknown): boolean {
  return value === undefined || value === null;
}

/** The status of a condition on the fact values, without building a trace (for "what would change the outcome"). */
export function conditionStatus(node: CompiledCondition, facts: Readonly<FactValues>): ConditionStatus {
  if (node.kind === 'fact') {
    const actual = facts[node.position];
    if (isUnknownFact(actual)) return 'unknown';
    const expected = node.valuePosition === undefined ? node.value : facts[node.valuePosition];
    if (isUnknownFact(expected)) return 'unknown';
    return node.operator.evaluate(actual, expected) ? 'passed' : 'failed';
  }
  if (node.kind === 'not') {
    const inner = conditionStatus(node.conditions[0]!, facts);
    return inner === 'unknown' ? 'unknown' : inner === 'passed' ? 'failed' : 'passed';
  }
  let unknown = false;
  const decisive: ConditionStatus = node.kind === 'all' ? 'failed' : 'passed';
  for (const child of node.conditions) {
    const status = conditionStatus(child, facts);
    if (status === decisive) return decisive;
    if (status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : node.kind === 'all' ? 'passed' : 'failed';
}

/**
 * The trace of a condition on the fact values: the conditions that decided
 * its status, each with its actual value (see `GroupConditionTrace.conditions`);
 * `known`, the status when the caller has already worked it out. Each call builds
 * new objects; values copied from rule data are copied, so a trace shares
 * nothing with the rule modules or with another trace.
 */
export function traceCondition(node: CompiledCondition, facts: Readonly<FactValues>, known?: ConditionStatus): ConditionTrace {
  if (node.kind === 'fact') {
    const actual = facts[node.position];
    const expected = node.valueFact === undefined ? node.value : facts[node.valuePosition!];
    const status = known ?? (isUnknownFact(actual) || isUnknownFact(expected) ? 'unknown' : node.operator.evaluate(actual, expected) ? 'passed' : 'failed');
    // Most values are primitives, kept as they are; only undefined and lists need copyValue.
    const expectedCopy = expected !== undefined && (expected === null || typeof expected !== 'object') ? expected : copyValue(expected);
    // A given list asked whether it holds a value: the status is the answer, and the list is the input's.
    if (node.membership && Array.isArray(actual)) return { kind: 'fact', fact: node.fact, operator: node.operatorName, expected: expectedCopy, status, says: node.says };
    const actualCopy = actual !== undefined && (actual === null || typeof actual !== 'object') ? actual : copyValue(actual);
    // Two literals rather than a field added after: each shape is built in one step.
    return node.valueFact === undefined
      ? { kind: 'fact', fact: node.fact, operator: node.operatorName, expected: expectedCopy, actual: actualCopy, status, says: node.says }
      : { kind: 'fact', fact: node.fact, operator: node.operatorName, expected: expectedCopy, actual: actualCopy, status, says: node.says, expectedFact: node.valueFact };
  }
  const children = node.conditions;
  if (node.kind === 'not') {
    const inner = traceCondition(children[0]!, facts, known === undefined ? undefined : known === 'unknown' ? 'unknown' : known === 'passed' ? 'failed' : 'passed');
    const status: ConditionStatus = inner.status === 'unknown' ? 'unknown' : inner.status === 'passed' ? 'failed' : 'passed';
    return node.says === undefined ? { kind: 'not', status, conditions: [inner] } : { kind: 'not', status, says: node.says, conditions: [inner] };
  }
  // Each child's status once (without a trace), the group's from them (Kleene
  // logic, as conditionStatus), then a trace of the children that decided it.
  const statuses: ConditionStatus[] = new Array(children.length);
  const decisive: ConditionStatus = node.kind === 'any' ? 'passed' : 'failed';
  let settled = false;
  let unknown = false;
  for (let i = 0; i < children.length; i++) {
    const childStatus = conditionStatus(children[i]!, facts);
    statuses[i] = childStatus;
    if (childStatus === decisive) settled = true;
    else if (childStatus === 'unknown') unknown = true;
  }
  const status: ConditionStatus = known ?? (settled ? decisive : unknown ? 'unknown' : node.kind === 'all' ? 'passed' : 'failed');
  // The children with the group's own status decided it (see GroupConditionTrace).
  const conditions: ConditionTrace[] = [];
  for (let i = 0; i < children.length; i++) if (statuses[i] === status) conditions.push(traceCondition(children[i]!, facts, status));
  // One deciding condition in a group without a sentence of its own is shown
  // alone: an `all` or `any` of one says nothing its condition does not.
  if (conditions.length === 1 && node.says === undefined) return conditions[0]!;
  const kept = fitted(conditions);
  return node.says === undefined ? { kind: node.kind, status, conditions: kept } : { kind: node.kind, status, says: node.says, conditions: kept };
}

/**
 * A JSON-safe copy of a fact or rule value: `undefined` becomes `null` (so a
 * stored trace survives a JSON round trip unchanged) and arrays are copied.
 * Fact values are primitives or arrays of primitives (the input schemas
 * allow nothing else).
 */
function copyValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    // A list of primitives (every list fact) is copied as it is; only an
    // undefined or an object in it needs more.
    const out = value.slice();
    for (let i = 0; i < out.length; i++) {
      const v: unknown = out[i];
      if (v === undefined || (v !== null && typeof v === 'object')) out[i] = copyValue(v);
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Facts whose absence leaves this trace undecided: unknown leaves under unknown groups, each once, in trace order. */
export function unknownFacts(trace: ConditionTrace): string[] {
  const into: string[] = [];
  forEachUnknownFact(trace, (fact) => {
    if (!into.includes(fact)) into.push(fact);
  });
  return into;
}

/** Calls `visit` with each fact whose absence leaves this trace undecided, in trace order (a fact may come more than once). */
export function forEachUnknownFact(trace: ConditionTrace, visit: (fact: string) => void): void {
  if (trace.status !== 'unknown') return;
  if (trace.kind !== 'fact') {
    const children = trace.conditions;
    for (let i = 0; i < children.length; i++) forEachUnknownFact(children[i]!, visit);
    return;
  }
  if (isUnknownFact(trace.actual)) visit(trace.fact);
  // A comparison with another fact is also unknown while that fact is.
  if (trace.expectedFact !== undefined && isUnknownFact(trace.expected)) visit(trace.expectedFact);
}
