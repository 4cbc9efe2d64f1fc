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
import { fitted } from './fitted.js';
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
 * @param rank how decisive a rule's questions are: when given, a question
 *   takes the highest rank of the rules waiting on it, and questions are
 *   ordered by it first, then by how many rules wait on them.
 */
export function questionsFor(
  facts: FactCatalogue,
  run: Pick<RuleRunResult, 'unknown'>,
  decided: boolean,
  couldChangeOutcome: (rule: RuleTrace) => boolean,
  couldAddToResult: (rule: RuleTrace) => boolean = () => true,
  rank?: (rule: RuleTrace) => number,
): Questions {
  const asked = questionsOf(facts);
  // Each list holds its questions in the order first met, and finds one by
  // its field's slot (a field's questions are one entry, whichever of its
  // facts a rule waits on).
  const missing = new QuestionList(asked.fields);
  const further = new QuestionList(asked.fields);
  // One visitor for every rule, told which rule and list it is adding to.
  let ruleId = '';
  let target = missing;
  let ruleRank = 0;
  // Every fact a rule reads is in its catalogue (checkRuleModules refuses a rule set otherwise).
  const visit = (fact: string) => target.add(asked.byFact.get(fact)!, ruleId, ruleRank);
  for (const rule of run.unknown) {
    const intoMissing = !decided && couldChangeOutcome(rule);
    if (!intoMissing && !couldAddToResult(rule)) continue;
    target = intoMissing ? missing : further;
    ruleId = rule.ruleId;
    ruleRank = rank ? rank(rule) : 0;
    // Visited, not collected first: a decision asks this of every undecided rule.
    forEachUnknownFact(rule.conditions, visit);
  }
  // Most decisive first; ties keep rule order (Array#sort is stable).
  const missingFacts = fitted(rank ? missing.ranked() : missing.entries.sort((a, b) => b.neededBy.length - a.neededBy.length));
  // A field that could change the outcome is asked there, not again here.
  const furtherQuestions: MissingFact[] = [];
  if (rank) {
    const ranked = further.ranked();
    for (let i = 0; i < ranked.length; i++) if (!missing.hasFact(ranked[i]!)) furtherQuestions.push(ranked[i]!);
  } else for (let i = 0; i < further.entries.length; i++) if (!missing.has(further.slots[i]!)) furtherQuestions.push(further.entries[i]!);
  // The lists of rules each question is needed by, sized to what they hold (fitted.ts).
  for (const entry of missingFacts) entry.neededBy = fitted(entry.neededBy);
  for (const entry of furtherQuestions) entry.neededBy = fitted(entry.neededBy);
  return { missingFacts, furtherQuestions: fitted(furtherQuestions) };
}

/** The questions of one list, in the order first met, each findable by its field's slot. */
class QuestionList {
  readonly entries: MissingFact[] = [];
  /** The slot of each entry's field. */
  readonly slots: number[] = [];
  private readonly bySlot: (MissingFact | undefined)[];
  constructor(fields: number) {
    this.bySlot = new Array<MissingFact | undefined>(fields).fill(undefined);
  }
  has(slot: number): boolean {
    return this.bySlot[slot] !== undefined;
  }
  /** Whether this list holds the question of the same field as `entry` (from another list). */
  hasFact(entry: MissingFact): boolean {
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i]!.fact === entry.fact) return true;
    return false;
  }
  /** Each entry's highest rule rank (kept only when ranking). */
  private readonly ranks: number[] = [];
  /** Notes that the rule waits on the question. */
  add(question: Asked, ruleId: string, rank = 0): void {
    // A derived fact with no input behind it (a count) is never missing.
    if (question === NOT_ASKED) return;
    const entry = this.bySlot[question.slot];
    if (entry === undefined) {
      const created: MissingFact = { fact: question.field, question: question.question, neededBy: [ruleId] };
      this.bySlot[question.slot] = created;
      this.entries.push(created);
      this.slots.push(question.slot);
      this.ranks.push(rank);
    } else {
      if (!entry.neededBy.includes(ruleId)) entry.neededBy.push(ruleId);
      const at = this.entries.indexOf(entry);
      if (rank > this.ranks[at]!) this.ranks[at] = rank;
    }
  }
  /** The entries, highest rank first, then most rules waiting, then in the order met. */
  ranked(): MissingFact[] {
    // Nothing to reorder when every question has the same rank: the count of rules decides, as without ranks.
    let mixed = false;
    for (let i = 1; i < this.ranks.length && !mixed; i++) if (this.ranks[i] !== this.ranks[0]) mixed = true;
    if (!mixed) return this.entries.sort((a, b) => b.neededBy.length - a.neededBy.length);
    const order = this.entries.map((_, i) => i);
    order.sort((a, b) => this.ranks[b]! - this.ranks[a]! || this.entries[b]!.neededBy.length - this.entries[a]!.neededBy.length || a - b);
    return order.map((i) => this.entries[i]!);
  }
}

/** A fact's input field, its question, and the field's slot; `NOT_ASKED` for a derived fact with no input behind it. */
interface Asked {
  field: string;
  question: string;
  /** The field's number among the catalogue's input fields. */
  slot: number;
}

const NOT_ASKED: Asked = Object.freeze({ field: '', question: '', slot: -1 });

interface AskedCatalogue {
  byFact: ReadonlyMap<string, Asked>;
  /** How many distinct input fields the catalogue's facts have. */
  fields: number;
}

/**
 * Each catalogue fact's field, question and slot, worked out once per
 * catalogue: every decision looks up the facts its undecided rules wait on,
 * and a Map answers that faster than the catalogue record keyed by each name.
 */
const askedByCatalogue = new WeakMap<FactCatalogue, AskedCatalogue>();

function questionsOf(facts: FactCatalogue): AskedCatalogue {
  let asked = askedByCatalogue.get(facts);
  if (!asked) {
    const slots = new Map<string, number>();
    const byFact = new Map<string, Asked>();
    for (const [fact, definition] of Object.entries(facts)) {
      if (definition.derived && definition.input === undefined) {
        byFact.set(fact, NOT_ASKED);
        continue;
      }
      const field = definition.input ?? fact;
      let slot = slots.get(field);
      if (slot === undefined) slots.set(field, (slot = slots.size));
      byFact.set(fact, { field, question: definition.question ?? definition.input ?? fact, slot });
    }
    asked = { byFact, fields: slots.size };
    askedByCatalogue.set(facts, asked);
  }
  return asked;
}
