/**
 * What a rule is: one module of data, with its source and examples.
 *
 * Rules are written as json-rules-engine conditions plus the things the
 * engine does not keep (citation, plain-English summary and condition
 * sentences, examples). The engine sees only `conditions` and `event`; the
 * rest is joined back to its results by rule id (see `rule-set.ts`).
 */
import type { Citation } from '../../schemas/citation.js';
import type { InterpretationDefinition } from './interpretation.js';

/** The decisions the library makes; each has its own rule set. */
export type DecisionArea = 'need-level' | 'need-to-know' | 'national-alert' | 'serious-incident';

/** A comparison of one fact, with the sentence that says what it means. */
export interface FactCondition {
  fact: string;
  /** A json-rules-engine operator: equal, notEqual, in, notIn, contains, lessThan, greaterThanInclusive, ... */
  operator: string;
  value: unknown;
  /** What it means when this condition holds, in plain English, e.g. "the child has died". */
  says: string;
}

export type RuleCondition =
  | FactCondition
  | { all: RuleCondition[]; says?: string }
  | { any: RuleCondition[]; says?: string }
  | { not: RuleCondition; says?: string };

export type TopLevelRuleCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

/** A case that shows the rule at work; run as a test and printed in the docs. */
export interface RuleExample {
  /** A sentence naming the case, e.g. "A looked after child has been missing for 30 hours". */
  name: string;
  /** The input to the area's public decision function (e.g. `assessNeedToKnow`). */
  input: Record<string, unknown>;
  /** Options given to the decision with the input (e.g. a threshold), when the example needs them. */
  options?: Record<string, unknown>;
  expect: {
    /** What this rule makes of the case. */
    rule: RuleStatus;
    /** The decision's outcome, when the example pins it down. */
    outcome?: string;
    /** Other parts of the result the example pins down, by dotted path, e.g. `{ 'workingTogetherCategory.id': 'child-in-need-section-17' }`. */
    result?: Record<string, unknown>;
    /** Action ids the result must list (`include`) or must not list (`exclude`). */
    actions?: { include?: string[]; exclude?: string[] };
    /** Warning codes the result must give (`include`) or must not give (`exclude`). */
    warnings?: { include?: string[]; exclude?: string[] };
  };
}

/** Fired: all conditions hold. Not fired: some condition fails. Unknown: it depends on facts not given. */
export type RuleStatus = 'fired' | 'not-fired' | 'unknown';

export interface RuleModule {
  /** Stable, public, kebab-case and dotted by area: `need-to-know.looked-after.death`. */
  id: string;
  decision: DecisionArea;
  title: string;
  /** Where the rule comes from; the first entry is the primary source. */
  citation: Citation[];
  /** What the rule says, in plain English for policy readers. */
  summary: string;
  conditions: TopLevelRuleCondition;
  event: { type: string; params?: Record<string, unknown> };
  /** Higher runs first (json-rules-engine priority); defaults to 1. */
  priority?: number;
  examples: RuleExample[];
  /**
   * Where the rule reads its source other than literally: what it does and
   * why, for policy owners to confirm. Returned with every decision this
   * rule helps decide, and listed in docs/interpretations.md.
   */
  interpretations?: InterpretationDefinition[];
}

/** A fact a rule set reads, with the question to ask when it is missing. */
export interface FactDefinition {
  /** The question a practitioner answers to supply the fact, e.g. "Has the child died?". */
  question: string;
  /**
   * Derived facts are computed by the library from the input (e.g. a count of
   * indicators) and are never missing.
   */
  derived?: boolean;
  /**
   * The input field that supplies the fact, as a dotted path, when it is not
   * the fact's own name (e.g. `fgm.disclosedByGirl`, or `missingSince` for a
   * count of days computed from it). Missing facts and counterfactuals are
   * reported by this path.
   */
  input?: string;
}

export type FactCatalogue = Record<string, FactDefinition>;
