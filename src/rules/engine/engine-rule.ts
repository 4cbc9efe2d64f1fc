/**
 * A rule module as a plain json-rules-engine rule: the conditions without
 * the library's `says` sentences, the event and the priority. It loads
 * unchanged into a json-rules-engine `Engine`, so other systems can run the
 * same rule data; the test suite uses it as the oracle for the library's
 * own evaluator.
 */
import { copyPlain } from './copy-plain.js';
import type { RuleCondition, RuleModule, TopLevelRuleCondition } from './rule-module.js';

/**
 * A rule as plain json-rules-engine JSON (`RuleDocumentation.engineRule`):
 * `new Engine([rule])` loads it unchanged, so another system can run the
 * same rule data.
 */
export interface EngineRule {
  /** The rule's id. */
  name: string;
  /** json-rules-engine's priority (higher runs first). */
  priority: number;
  /** json-rules-engine conditions (`all`, `any`, `not`; `fact`, `operator`, `value`). */
  conditions: Record<string, unknown>;
  /** What the rule concludes when it fires. */
  event: { type: string; params?: Record<string, unknown> };
}

export function toEngineRule(module: RuleModule): EngineRule {
  const event = module.event.params === undefined ? { type: module.event.type } : { type: module.event.type, params: copyPlain(module.event.params) };
  return { name: module.id, priority: module.priority ?? 1, conditions: toEngineConditions(module.conditions), event };
}

/** Removes the `says` sentences so the engine gets plain json-rules-engine conditions. */
export function toEngineConditions(rule: TopLevelRuleCondition | RuleCondition): Record<string, unknown> {
  if ('all' in rule) return { all: rule.all.map(toEngineConditions) };
  if ('any' in rule) return { any: rule.any.map(toEngineConditions) };
  if ('not' in rule) return { not: toEngineConditions(rule.not) };
  // copyPlain, not structuredClone: values are JSON (the same copy, several times faster).
  return { fact: rule.fact, operator: rule.operator, value: copyPlain(rule.value) };
}
