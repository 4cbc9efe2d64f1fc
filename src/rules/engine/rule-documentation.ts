/**
 * The public, documentation view of a rule: what it says, where it comes
 * from, its conditions in plain English and its examples. Exported as
 * `rules` so case systems can show the rule behind a stored decision.
 */
import type { Citation } from '../../schemas/citation.js';
import { copyPlain } from './copy-plain.js';
import { describeConditions, type ConditionDescription } from './describe-conditions.js';
import { toEngineRule, type EngineRule } from './engine-rule.js';
import type { InterpretationDefinition } from './interpretation.js';
import type { DecisionArea, RuleExample, RuleModule } from './rule-module.js';

export interface RuleDocumentation {
  id: string;
  decision: DecisionArea;
  title: string;
  citation: Citation[];
  summary: string;
  conditions: ConditionDescription;
  examples: RuleExample[];
  /** Where the rule reads its source other than literally (see the `interpretations` catalogue). */
  interpretations: InterpretationDefinition[];
  /** The rule as plain json-rules-engine JSON: it loads unchanged into a json-rules-engine `Engine`. */
  engineRule: EngineRule;
}

export function documentRule(module: RuleModule): RuleDocumentation {
  return {
    id: module.id,
    decision: module.decision,
    title: module.title,
    citation: copyPlain(module.citation),
    summary: module.summary,
    conditions: describeConditions(module.conditions),
    examples: copyPlain(module.examples),
    interpretations: copyPlain(module.interpretations ?? []),
    engineRule: toEngineRule(module),
  };
}
