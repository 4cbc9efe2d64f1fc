/**
 * A rule module's conditions prepared for evaluation: each comparison holds
 * its json-rules-engine operator, the position of the fact it reads in the
 * rule set's fact values (fact-values.ts), and whether it compares with
 * another fact. Built once per rule set, on first use.
 */
import { factPosition, type FactLayout } from './fact-values.js';
import { engineOperator, type SyncOperator } from './operators.js';
import type { RuleCondition, TopLevelRuleCondition } from './rule-module.js';

export interface CompiledFact {
  kind: 'fact';
  fact: string;
  /** The fact's position in the rule set's fact values. */
  position: number;
  operatorName: string;
  operator: SyncOperator;
  /** The rule's value; for a fact-to-fact comparison, the `{ fact }` object. */
  value: unknown;
  /** The fact this comparison reads its value from (`value: { fact: 'x' }`), if any. */
  valueFact: string | undefined;
  /** That fact's position in the fact values. */
  valuePosition: number | undefined;
  /** Whether it asks a list whether it holds the rule's own value (`contains`, `doesNotContain`). */
  membership: boolean;
  says: string;
}

export interface CompiledGroup {
  kind: 'all' | 'any' | 'not';
  says: string | undefined;
  conditions: CompiledCondition[];
}

export type CompiledCondition = CompiledFact | CompiledGroup;

/** Compiles a condition against the layout of the facts it will be evaluated on. */
export function compileCondition(condition: TopLevelRuleCondition | RuleCondition, layout: FactLayout): CompiledCondition {
  const says = (condition as { says?: string }).says;
  // Every node of a kind has the same fields (an absent one is undefined), so
  // the evaluator reading them sees two object shapes, not one per mix.
  const group = (kind: CompiledGroup['kind'], conditions: CompiledCondition[]): CompiledGroup => ({ kind, says, conditions });
  const compile = (child: RuleCondition) => compileCondition(child, layout);
  if ('all' in condition) return group('all', condition.all.map(compile));
  if ('any' in condition) return group('any', condition.any.map(compile));
  if ('not' in condition) return group('not', [compile(condition.not)]);
  const value = condition.value as { fact?: unknown } | null | undefined;
  const valueFact = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.fact === 'string' ? value.fact : undefined;
  return {
    kind: 'fact',
    fact: condition.fact,
    position: factPosition(layout, condition.fact),
    operatorName: condition.operator,
    operator: engineOperator(condition.operator),
    value: condition.value,
    valueFact,
    valuePosition: valueFact === undefined ? undefined : factPosition(layout, valueFact),
    membership: valueFact === undefined && (condition.operator === 'contains' || condition.operator === 'doesNotContain'),
    says: condition.says,
  };
}

/** Every fact a compiled condition reads (compared facts and facts used as values). */
export function compiledFactsRead(condition: CompiledCondition, into: Set<string> = new Set()): Set<string> {
  if (condition.kind === 'fact') {
    into.add(condition.fact);
    if (condition.valueFact !== undefined) into.add(condition.valueFact);
  } else for (const child of condition.conditions) compiledFactsRead(child, into);
  return into;
}
