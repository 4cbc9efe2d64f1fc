/**
 * A rule module's conditions prepared for evaluation: each comparison holds
 * its json-rules-engine operator, and whether it compares with another fact.
 * Built once per rule set, on first use.
 */
import { engineOperator, type SyncOperator } from './operators.js';
import type { RuleCondition, TopLevelRuleCondition } from './rule-module.js';

export interface CompiledFact {
  kind: 'fact';
  fact: string;
  operatorName: string;
  operator: SyncOperator;
  /** The rule's value; for a fact-to-fact comparison, the `{ fact }` object. */
  value: unknown;
  /** The fact this comparison reads its value from (`value: { fact: 'x' }`), if any. */
  valueFact?: string;
  says: string;
}

export interface CompiledGroup {
  kind: 'all' | 'any' | 'not';
  says?: string;
  conditions: CompiledCondition[];
}

export type CompiledCondition = CompiledFact | CompiledGroup;

export function compileCondition(condition: TopLevelRuleCondition | RuleCondition): CompiledCondition {
  const says = (condition as { says?: string }).says;
  const group = (kind: CompiledGroup['kind'], conditions: CompiledCondition[]): CompiledGroup =>
    says === undefined ? { kind, conditions } : { kind, says, conditions };
  if ('all' in condition) return group('all', condition.all.map(compileCondition));
  if ('any' in condition) return group('any', condition.any.map(compileCondition));
  if ('not' in condition) return group('not', [compileCondition(condition.not)]);
  const value = condition.value as { fact?: unknown } | null | undefined;
  const valueFact = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.fact === 'string' ? value.fact : undefined;
  const compiled: CompiledFact = {
    kind: 'fact',
    fact: condition.fact,
    operatorName: condition.operator,
    operator: engineOperator(condition.operator),
    value: condition.value,
    says: condition.says,
  };
  if (valueFact !== undefined) compiled.valueFact = valueFact;
  return compiled;
}

/** Every fact a compiled condition reads (compared facts and facts used as values). */
export function compiledFactsRead(condition: CompiledCondition, into: Set<string> = new Set()): Set<string> {
  if (condition.kind === 'fact') {
    into.add(condition.fact);
    if (condition.valueFact !== undefined) into.add(condition.valueFact);
  } else for (const child of condition.conditions) compiledFactsRead(child, into);
  return into;
}
