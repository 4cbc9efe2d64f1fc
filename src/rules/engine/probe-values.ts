/**
 * The values worth trying for each fact when asking "what would change the
 * outcome": the values the rules themselves compare it with. A yes/no fact
 * is tried both ways; an enum with each value a rule names; a number just
 * either side of each threshold it is compared with; a list (compared with
 * `contains`) by adding or removing each value a rule looks for.
 */
import type { CompiledCondition } from './compiled-condition.js';

export interface ProbeValues {
  values: Map<string, unknown[]>;
  /** Facts compared as lists: their alternatives add or remove a value. */
  listFacts: Set<string>;
}

const THRESHOLD_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LIST_OPERATORS = new Set(['contains', 'doesNotContain']);

export function probeValuesOf(conditions: readonly CompiledCondition[]): ProbeValues {
  const values = new Map<string, unknown[]>();
  const listFacts = new Set<string>();
  const add = (fact: string, value: unknown) => {
    const list = values.get(fact) ?? [];
    if (!list.includes(value)) list.push(value);
    values.set(fact, list);
  };
  const visit = (node: CompiledCondition) => {
    if (node.kind !== 'fact') {
      for (const child of node.conditions) visit(child);
      return;
    }
    if (node.valueFact !== undefined) return; // compared with another fact: no fixed value to try
    const value = node.value;
    if (LIST_OPERATORS.has(node.operatorName)) {
      listFacts.add(node.fact);
      add(node.fact, value);
    } else if (THRESHOLD_OPERATORS.has(node.operatorName) && typeof value === 'number') {
      // Just past each side of the threshold; counts and ages are never negative.
      for (const v of [value - 1, value, value + 1]) if (v >= 0) add(node.fact, v);
    } else if (node.operatorName === 'in' || node.operatorName === 'notIn') {
      if (Array.isArray(value)) for (const v of value) add(node.fact, v);
    } else if (typeof value === 'boolean') {
      add(node.fact, true);
      add(node.fact, false);
    } else if (value !== null && typeof value !== 'object') add(node.fact, value);
  };
  for (const condition of conditions) visit(condition);
  return { values, listFacts };
}
