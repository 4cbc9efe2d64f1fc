/**
 * Turns json-rules-engine's condition results into an explanation trace, with
 * three-valued logic so that a missing fact makes a condition `unknown`
 * rather than silently false.
 *
 * json-rules-engine evaluates an undefined fact as a failed comparison (and a
 * `not` of it as passed). We walk the rule module's own condition tree in
 * parallel with the engine's result tree (same shape, same order), take each
 * comparison's result from the engine, and override it with `unknown` where
 * the fact was not supplied. `all`/`any`/`not` then combine with Kleene logic:
 * `all` fails if any child fails, `any` passes if any child passes, and
 * otherwise an unknown child leaves the whole unknown.
 */
import type { RuleCondition, TopLevelRuleCondition } from './rule-module.js';

export type ConditionStatus = 'passed' | 'failed' | 'unknown';

export interface FactConditionTrace {
  kind: 'fact';
  fact: string;
  operator: string;
  /** The value the rule compares against (resolved, when the rule compares with another fact). */
  expected: unknown;
  /** The fact's actual value in this decision (`undefined` when not supplied). */
  actual: unknown;
  status: ConditionStatus;
  /** What the condition means, in plain English. */
  says: string;
}

export interface GroupConditionTrace {
  kind: 'all' | 'any' | 'not';
  status: ConditionStatus;
  says?: string;
  conditions: ConditionTrace[];
}

export type ConditionTrace = FactConditionTrace | GroupConditionTrace;

interface EngineConditionResult {
  all?: EngineConditionResult[];
  any?: EngineConditionResult[];
  not?: EngineConditionResult;
  fact?: string;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

export function isUnknownFact(value: unknown): boolean {
  return value === undefined || value === null;
}

export function traceConditions(
  rule: TopLevelRuleCondition | RuleCondition,
  engineResult: EngineConditionResult | undefined,
  facts: Readonly<Record<string, unknown>>,
): ConditionTrace {
  const says = (rule as { says?: string }).says;
  if ('all' in rule || 'any' in rule) {
    const kind = 'all' in rule ? 'all' : 'any';
    const children = ('all' in rule ? rule.all : rule.any).map((child, i) =>
      traceConditions(child, (engineResult?.[kind] as EngineConditionResult[] | undefined)?.[i], facts),
    );
    const statuses = children.map((c) => c.status);
    const status: ConditionStatus =
      kind === 'all'
        ? statuses.includes('failed') ? 'failed' : statuses.includes('unknown') ? 'unknown' : 'passed'
        : statuses.includes('passed') ? 'passed' : statuses.includes('unknown') ? 'unknown' : 'failed';
    return says === undefined ? { kind, status, conditions: children } : { kind, status, says, conditions: children };
  }
  if ('not' in rule) {
    const child = traceConditions(rule.not, engineResult?.not, facts);
    const status: ConditionStatus = child.status === 'unknown' ? 'unknown' : child.status === 'passed' ? 'failed' : 'passed';
    return says === undefined ? { kind: 'not', status, conditions: [child] } : { kind: 'not', status, says, conditions: [child] };
  }
  const actual = facts[rule.fact];
  let status: ConditionStatus;
  if (isUnknownFact(actual)) status = 'unknown';
  else if (engineResult?.result === undefined) {
    // The engine always evaluates every comparison of a rule whose conditions
    // share one priority (the schema allows no nested priorities); a missing
    // result would mean that assumption broke, so fail loudly.
    throw new Error(`Condition on fact "${rule.fact}" was not evaluated by the rules engine`);
  } else status = engineResult.result ? 'passed' : 'failed';
  // A value of the form { fact: 'x' } compares with another fact; show what it resolved to.
  const expected = engineResult && 'valueResult' in engineResult ? engineResult.valueResult : rule.value;
  return { kind: 'fact', fact: rule.fact, operator: rule.operator, expected, actual, status, says: rule.says };
}

/** Facts whose absence leaves this trace undecided: unknown leaves under unknown groups. */
export function unknownFacts(trace: ConditionTrace, into: Set<string> = new Set()): Set<string> {
  if (trace.status !== 'unknown') return into;
  if (trace.kind === 'fact') into.add(trace.fact);
  else for (const child of trace.conditions) unknownFacts(child, into);
  return into;
}

/** Removes the `says` sentences so the engine gets plain json-rules-engine conditions. */
export function toEngineConditions(rule: TopLevelRuleCondition | RuleCondition): Record<string, unknown> {
  if ('all' in rule) return { all: rule.all.map(toEngineConditions) };
  if ('any' in rule) return { any: rule.any.map(toEngineConditions) };
  if ('not' in rule) return { not: toEngineConditions(rule.not) };
  return { fact: rule.fact, operator: rule.operator, value: rule.value };
}
