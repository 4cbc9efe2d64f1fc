/**
 * The public, documentation view of a rule: what it says, where it comes
 * from, its conditions in plain English and its examples. Exported as
 * `rules` so case systems can show the rule behind a stored decision.
 */
import type { Citation } from '../../schemas/citation.js';
import { describeConditions, type ConditionDescription } from './describe-conditions.js';
import type { DecisionArea, RuleExample, RuleModule } from './rule-module.js';

export interface RuleDocumentation {
  id: string;
  decision: DecisionArea;
  title: string;
  citation: Citation[];
  summary: string;
  conditions: ConditionDescription;
  examples: RuleExample[];
}

export function documentRule(module: RuleModule): RuleDocumentation {
  return {
    id: module.id,
    decision: module.decision,
    title: module.title,
    citation: module.citation,
    summary: module.summary,
    conditions: describeConditions(module.conditions),
    examples: module.examples,
  };
}
