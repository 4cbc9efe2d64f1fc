/**
 * "What would change the outcome": for each known fact, each alternative the
 * rules themselves name (see probe-values.ts) is tried on its own, the rules
 * that read the fact are re-evaluated (status only, no trace), and every
 * alternative that gives a different outcome is listed. The work is bounded
 * by the rules' vocabulary and capped, so a decision stays fast.
 */
import { isUnknownFact } from './condition-trace.js';
import type { RuleStatus } from './rule-module.js';
import type { RuleRunResult, RuleSet } from './rule-set.js';
import type { RuleStatuses } from './rule-statuses.js';

/** A known fact whose change alone would change the outcome. */
export interface Counterfactual {
  /** The input field (a dotted path for nested fields). */
  fact: string;
  actual: unknown;
  alternative: unknown;
  /** The outcome the decision would then have. */
  outcome: string;
}

export interface CounterfactualOptions<O extends string> {
  ruleSet: RuleSet;
  facts: Readonly<Record<string, unknown>>;
  run: Pick<RuleRunResult, 'rules'>;
  /** The run's statuses, when the decision already has them (saves building them again); left as they were. */
  statuses?: RuleStatuses;
  outcome: O;
  /** The decision's outcome from rule statuses and facts: the same function that decided `outcome`. */
  outcomeOf: (statuses: RuleStatuses, facts: Readonly<Record<string, unknown>>) => O;
  /** Recomputes the facts derived from others after `fact` changes to `alternative` (e.g. an FGM concern from the FGM answers), by assigning facts the decision already has (it adds none). */
  rederive?: (facts: Record<string, unknown>, fact: string, alternative: unknown) => void;
  /** The facts `rederive` may change (default: any fact), so only they are compared after it. */
  rederived?: readonly string[];
  /**
   * Whether an alternative may be tried: e.g. not for a fact only implied by
   * another answer, nor one that would make the input contradict itself.
   * Default: every alternative.
   */
  candidate?: (fact: string, alternative: unknown) => boolean;
  /**
   * Whether some alternative of this fact alone could change the outcome:
   * `false` skips the fact without trying its alternatives. The decision
   * proves it from its own outcome function (e.g. while several rules have
   * fired, a fact one of them does not read cannot unfire them all); the
   * test suite checks that the counterfactuals are the same with and without it.
   * Default: every fact is tried.
   */
  movable?: (fact: string) => boolean;
  /** At most this many alternatives are tried. */
  limit?: number;
}

const DEFAULT_LIMIT = 96;

export function findCounterfactuals<O extends string>(options: CounterfactualOptions<O>): Counterfactual[] {
  const { ruleSet, facts, outcome, outcomeOf, rederive, candidate } = options;
  // One working copy of the facts and of the statuses, changed for each
  // alternative and put back after it: no copy per alternative, because a
  // decision tries dozens of them.
  const working: Record<string, unknown> = { ...facts };
  // Changed for each alternative and put back after it, so the caller's map is
  // as it was when this returns.
  const statuses: RuleStatuses = options.statuses ?? ruleSet.statusesOf(options.run.rules);
  const statusList = statuses.list;
  const found: Counterfactual[] = [];
  let budget = options.limit ?? DEFAULT_LIMIT;
  const single = [''];
  const keys = rederive ? (options.rederived ?? Object.keys(working)) : [];
  const changedByRederive: string[] = [];
  for (const fact of ruleSet.answerableFacts()) {
    const actual = facts[fact];
    if (isUnknownFact(actual)) continue;
    if (options.movable && !options.movable(fact)) continue;
    const list = ruleSet.isListFact(fact);
    if (list && !Array.isArray(actual)) continue;
    for (const probe of ruleSet.probeValues(fact)) {
      // A list gains or loses the one value; any other fact takes a value of its own type.
      let alternative: unknown;
      if (list) alternative = (actual as unknown[]).includes(probe) ? (actual as unknown[]).filter((x) => x !== probe) : [...(actual as unknown[]), probe];
      else if (typeof probe !== typeof actual || probe === actual) continue;
      else alternative = probe;
      if (candidate && !candidate(fact, alternative)) continue;
      if (budget-- <= 0) return nearestPerOutcome(found);
      working[fact] = alternative;
      let changed: readonly string[];
      if (rederive) {
        rederive(working, fact, alternative);
        // rederive only rewrites facts there already are (it may not add any).
        changedByRederive.length = 0;
        if (!keys.includes(fact)) changedByRederive.push(fact);
        for (let i = 0; i < keys.length; i++) if (working[keys[i]!] !== facts[keys[i]!]) changedByRederive.push(keys[i]!);
        changed = changedByRederive;
      } else {
        single[0] = fact;
        changed = single;
      }
      // A list that only gained or lost one value: only the rules that could notice are re-evaluated.
      const saved = ruleSet.restatusInPlace(statuses, working, changed, list && changed.length === 1 ? { value: probe } : undefined);
      // The outcome is a function of the statuses: if none moved, neither did it.
      let moved = false;
      for (let i = 0; i < saved.length && !moved; i += 2) if (statusList[saved[i] as number] !== saved[i + 1]) moved = true;
      const result = moved ? outcomeOf(statuses, working) : outcome;
      if (moved) for (let i = 0; i < saved.length; i += 2) statusList[saved[i] as number] = saved[i + 1] as RuleStatus;
      for (let i = 0; i < changed.length; i++) working[changed[i]!] = facts[changed[i]!];
      if (result !== outcome) {
        found.push({ fact: ruleSet.facts[fact]!.input ?? fact, actual: copy(actual), alternative: copy(alternative), outcome: result });
      }
    }
  }
  return nearestPerOutcome(found);
}

/**
 * One counterfactual per fact and outcome: where several values of a number
 * give the same outcome (ages 18, 19 and 24 all make a young adult), the one
 * nearest the actual value says it best.
 */
function nearestPerOutcome(found: Counterfactual[]): Counterfactual[] {
  const kept: Counterfactual[] = [];
  const distance = (c: Counterfactual) =>
    typeof c.actual === 'number' && typeof c.alternative === 'number' ? Math.abs(c.alternative - c.actual) : 0;
  // A handful a decision: a scan of those kept is cheaper than keying a map by fact and outcome.
  for (const c of found) {
    if (typeof c.alternative !== 'number') {
      kept.push(c);
      continue;
    }
    const before = kept.findIndex((k) => typeof k.alternative === 'number' && k.fact === c.fact && k.outcome === c.outcome);
    if (before === -1) kept.push(c);
    else if (distance(c) < distance(kept[before]!)) kept[before] = c;
  }
  return kept;
}

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}
