/**
 * The parts of a decision result that every decision derives the same way
 * from its rule run: the questions that still matter, what would change the
 * outcome, the interpretations relied on and the warnings.
 */
import { findCounterfactuals, type Counterfactual } from './counterfactuals.js';
import type { FactValues } from './fact-values.js';
import type { Interpretation, Warning } from './interpretation.js';
import { questionsFor } from './questions.js';
import type { MissingFact, RuleRunResult, RuleSet, RuleStatuses, RuleTrace } from './rule-set.js';

export interface RunExplanation {
  missingFacts: MissingFact[];
  furtherQuestions: MissingFact[];
  counterfactuals: Counterfactual[];
  interpretations: Interpretation[];
  warnings: Warning[];
}

export interface ExplainOptions<O extends string> {
  ruleSet: RuleSet;
  run: RuleRunResult;
  /** The run's statuses, when the decision already built them for its outcome (saves a second copy). */
  statuses?: RuleStatuses;
  outcome: O;
  /** Whether an undecided rule could still change the outcome (only asked when the outcome is undecided). */
  couldChangeOutcome: (rule: RuleTrace) => boolean;
  /** Whether an undecided rule that cannot change the outcome could still add an action, deadline or finding (default: yes). */
  couldAddToResult?: (rule: RuleTrace) => boolean;
  /** The decision's outcome as a function of rule statuses; must agree with `outcome` on this run. */
  outcomeOf: (statuses: RuleStatuses) => O;
  /** Recomputes derived facts in the working fact values after a fact changes (counterfactuals; see findCounterfactuals). */
  rederive?: (values: FactValues, fact: string, alternative: unknown) => void;
  /** The facts `rederive` may change (default: any). */
  rederived?: readonly string[];
  /** Whether an alternative of this fact alone could change the outcome (default: any fact could; see findCounterfactuals). */
  movable?: (fact: string) => boolean;
  /** Which alternatives counterfactuals may try (default: all). */
  candidate?: (fact: string, alternative: unknown) => boolean;
  /** Rules, besides the fired ones, whose interpretations the result relies on. */
  alsoReliedOn?: readonly string[];
  /**
   * How decisive an undecided rule's questions are (higher first): ties in
   * `missingFacts` and `furtherQuestions` order go to the question whose rule
   * ranks highest, before the number of rules waiting on it (see questionsFor).
   */
  rank?: (rule: RuleTrace) => number;
}

export function explainRun<O extends string>(options: ExplainOptions<O>): RunExplanation {
  const { ruleSet, run, outcome } = options;
  // A decided outcome is one that no unanswered question can change.
  const decided = outcome !== 'insufficient-information';
  const { missingFacts, furtherQuestions } = questionsFor(ruleSet.facts, run, decided, options.couldChangeOutcome, options.couldAddToResult, options.rank);
  // The options are the search's own (no copy: a decision calls this once, and every field it reads is here).
  const counterfactuals = findCounterfactuals(options);
  const reliedOn = run.fired.map((r) => r.ruleId);
  if (options.alsoReliedOn) reliedOn.push(...options.alsoReliedOn);
  return { missingFacts, furtherQuestions, counterfactuals, interpretations: ruleSet.interpretationsOf(reliedOn), warnings: run.warnings };
}
