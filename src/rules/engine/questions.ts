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
import { forEachUnknownFact } from './condition-trace.js';
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
  const asked = questionsOf(facts);
  // One visitor for every rule, told which rule and list it is adding to.
  let ruleId = '';
  let target = missing;
  const visit = (fact: string) => addQuestion(fact, ruleId, target, asked);
  for (const rule of run.unknown) {
    const intoMissing = !decided && couldChangeOutcome(rule);
    if (!intoMissing && !couldAddToResult(rule)) continue;
    target = intoMissing ? missing : further;
    ruleId = rule.ruleId;
    // Visited, not collected first: a decision asks this of every undecided rule.
    forEachUnknownFact(rule.conditions, visit);
  }
  for (const field of missing.keys()) further.delete(field);
  // Most decisive first; ties keep rule order (Array#sort is stable).
  const missingFacts = [...missing.values()].sort((a, b) => b.neededBy.length - a.neededBy.length);
  return { missingFacts, furtherQuestions: [...further.values()] };
}

/** Notes that the rule waits on the fact, under the fact's input field. */
function addQuestion(fact: string, ruleId: string, target: Map<string, MissingFact>, asked: ReadonlyMap<string, Asked>): void {
  const question = asked.get(fact) ?? { field: fact, question: fact };
  // A derived fact with no input behind it (a count) is never missing.
  if (question === NOT_ASKED) return;
  const entry = target.get(question.field);
  if (!entry) target.set(question.field, { fact: question.field, question: question.question, neededBy: [ruleId] });
  else if (!entry.neededBy.includes(ruleId)) entry.neededBy.push(ruleId);
}

/** A fact's input field and question; `NOT_ASKED` for a derived fact with no input behind it. */
interface Asked {
  field: string;
  question: string;
}

const NOT_ASKED: Asked = Object.freeze({ field: '', question: '' });

/**
 * Each catalogue fact's field and question, worked out once per catalogue:
 * every decision looks up the facts its undecided rules wait on, and a Map
 * answers that faster than the catalogue record keyed by each name.
 */
const askedByCatalogue = new WeakMap<FactCatalogue, ReadonlyMap<string, Asked>>();

function questionsOf(facts: FactCatalogue): ReadonlyMap<string, Asked> {
  let asked = askedByCatalogue.get(facts);
  if (!asked) {
    asked = new Map(
      Object.entries(facts).map(([fact, definition]) => [
        fact,
        definition.derived && definition.input === undefined ? NOT_ASKED : { field: definition.input ?? fact, question: definition.question ?? definition.input ?? fact },
      ]),
    );
    askedByCatalogue.set(facts, asked);
  }
  return asked;
}
