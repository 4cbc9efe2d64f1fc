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

/**
 * One rule as the `rules` catalogue lists it, for policy teams and generated
 * documentation: what it decides, where it comes from, its conditions in
 * plain English, its worked examples, and the rule as json-rules-engine JSON.
 */
export interface RuleDocumentation {
  /** Stable id, e.g. `serious-incident.notify-panel.s16c-criteria`. */
  id: string;
  /** The decision the rule belongs to. */
  decision: DecisionArea;
  /** The rule's name, in plain English. */
  title: string;
  /** The documents and sections the rule comes from. */
  citation: Citation[];
  /** What the rule says, in a sentence or two of the library's own words. */
  summary: string;
  /** The rule's conditions as nested plain-English sentences. */
  conditions: ConditionDescription;
  /** Worked examples (input and expected outcome); the test suite runs each. */
  examples: RuleExample[];
  /** Where the rule reads its source other than literally (see the `interpretations` catalogue). */
  interpretations: InterpretationDefinition[];
  /** The rule as plain json-rules-engine JSON: it loads unchanged into a json-rules-engine `Engine`. */
  engineRule: EngineRule;
}

/**
 * A frozen module's citations, examples and interpretations are shared, not
 * copied: nobody can change them, and copying the examples of every rule was
 * most of building the catalogue at import. A module that is not frozen is
 * copied, so the documentation never changes with it.
 */
export function documentRule(module: RuleModule): RuleDocumentation {
  const own = <T>(value: T): T => (Object.isFrozen(value) ? value : copyPlain(value));
  return {
    id: module.id,
    decision: module.decision,
    title: module.title,
    citation: own(module.citation),
    summary: module.summary,
    conditions: describeConditions(module.conditions),
    examples: own(module.examples),
    interpretations: module.interpretations ? own(module.interpretations) : [],
    engineRule: toEngineRule(module),
  };
}
