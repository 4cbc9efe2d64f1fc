/**
 * Which unanswered questions still matter, and how much.
 *
 * `missingFacts` are the facts whose answer could change the outcome: the
 * unknown facts of the undecided rules that the decision says could still
 * change it, most decisive first (the fact the most of those rules wait on).
 * In Kleene logic a decided outcome cannot be changed by the unknowns, so
 * `missingFacts` is empty whenever the outcome is decided. Every other
 * unanswered fact of an undecided rule could still add an action, a
 * deadline or a matching circumstance: it is a `furtherQuestion`.
 */
import { unknownFacts } from './condition-trace.js';
import type { FactCatalogue } from './rule-module.js';
import type { MissingFact, RuleRunResult, RuleTrace } from './rule-set.js';

export interface Questions {
  missingFacts: MissingFact[];
  furtherQuestions: MissingFact[];
}

/**
 * @param couldChangeOutcome whether an undecided rule could still change the
 *   outcome; not called when `decided` is true.
 * @param couldAddToResult whether an undecided rule that cannot change the
 *   outcome could still add an action, a deadline or a finding (default: yes).
 */
export function questionsFor(
  facts: FactCatalogue,
  run: Pick<RuleRunResult, 'unknown'>,
  decided: boolean,
  couldChangeOutcome: (rule: RuleTrace) => boolean,
  couldAddToResult: (rule: RuleTrace) => boolean = () => true,
): Questions {
  const missing = new Map<string, MissingFact>();
  const further = new Map<string, MissingFact>();
  for (const rule of run.unknown) {
    const intoMissing = !decided && couldChangeOutcome(rule);
    if (!intoMissing && !couldAddToResult(rule)) continue;
    for (const fact of unknownFacts(rule.conditions)) {
      const definition = facts[fact];
      // A derived fact with no input behind it (a count) is never missing.
      if (definition?.derived && definition.input === undefined) continue;
      const field = definition?.input ?? fact;
      const target = intoMissing ? missing : further;
      const entry = target.get(field);
      if (entry) {
        if (!entry.neededBy.includes(rule.ruleId)) entry.neededBy.push(rule.ruleId);
      } else target.set(field, { fact: field, question: definition?.question ?? field, neededBy: [rule.ruleId] });
    }
  }
  for (const field of missing.keys()) further.delete(field);
  // Most decisive first; ties keep rule order (Array#sort is stable).
  const missingFacts = [...missing.values()].sort((a, b) => b.neededBy.length - a.neededBy.length);
  return { missingFacts, furtherQuestions: [...further.values()] };
}
