/**
 * "What would change the outcome": for each known fact, each alternative the
 * rules themselves name (see probe-values.ts) is tried on its own, the rules
 * that read the fact are re-evaluated (status only, no trace), and every
 * alternative that gives a different outcome is listed. The work is bounded
 * by the rules' vocabulary and capped, so a decision stays fast.
 */
import { fitted } from './fitted.js';
import { isUnknownFact } from './condition-trace.js';
import type { RuleStatus } from './rule-module.js';
import { factValuesOf, type FactValues } from './fact-values.js';
import type { RuleRunResult, RuleSet, SavedStatuses } from './rule-set.js';
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
  /** The facts by name: needed only when `run` has no `values`. */
  facts?: Readonly<Record<string, unknown>>;
  run: Pick<RuleRunResult, 'rules'> & Partial<Pick<RuleRunResult, 'values'>>;
  /** The run's statuses, when the decision already has them (saves building them again); left as they were. */
  statuses?: RuleStatuses;
  outcome: O;
  /** The decision's outcome from rule statuses: the same function that decided `outcome`. */
  outcomeOf: (statuses: RuleStatuses) => O;
  /**
   * Recomputes the facts derived from others after `fact` has changed to
   * `alternative` (e.g. an FGM concern from the FGM answers): it is given
   * the working fact values, by position in `ruleSet.factLayout`, with the
   * alternative already in place, and writes the derived facts into them.
   */
  rederive?: (values: FactValues, fact: string, alternative: unknown) => void;
  /** The facts `rederive` may change (default: any fact): only they are compared, and put back, after it. */
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
  const { names, positions } = ruleSet.factLayout;
  // One working copy of the fact values and of the statuses, changed for
  // each alternative and put back after it: no copy per alternative, because
  // a decision tries dozens of them. The run's values are left as they were.
  if (!options.run.values && !facts) throw new Error("findCounterfactuals needs the run's fact values or the facts by name");
  const base: Readonly<FactValues> = options.run.values ?? factValuesOf(ruleSet.factLayout, facts!);
  const values: FactValues = base.slice();
  // Changed for each alternative and put back after it, so the caller's
  // statuses are as they were when this returns.
  const statuses: RuleStatuses = options.statuses ?? ruleSet.statusesOf(options.run.rules);
  const statusList = statuses.list;
  const found: Counterfactual[] = [];
  let budget = options.limit ?? DEFAULT_LIMIT;
  const single = [0];
  const rederivedPositions = rederive ? (options.rederived ?? names).filter((fact) => positions.has(fact)).map((fact) => positions.get(fact)!) : [];
  const answerable = ruleSet.answerablePositions();
  for (let a = 0; a < answerable.length; a++) {
    const position = answerable[a]!;
    const actual = base[position];
    if (isUnknownFact(actual)) continue;
    const fact = names[position]!;
    if (options.movable && !options.movable(fact)) continue;
    const list = ruleSet.isListFactAt(position);
    if (list && !Array.isArray(actual)) continue;
    const probes = ruleSet.probeValuesAt(position);
    for (let p = 0; p < probes.length; p++) {
      const probe = probes[p];
      // A list gains or loses the one value; any other fact takes a value of its own type.
      let alternative: unknown;
      if (list) alternative = (actual as unknown[]).includes(probe) ? (actual as unknown[]).filter((x) => x !== probe) : [...(actual as unknown[]), probe];
      else if (typeof probe !== typeof actual || probe === actual) continue;
      else alternative = probe;
      if (candidate && !candidate(fact, alternative)) continue;
      if (budget-- <= 0) return nearestPerOutcome(found);
      values[position] = alternative;
      let changed: readonly number[];
      if (rederive) {
        rederive(values, fact, alternative);
        // Besides the fact itself, only the rederived facts may have changed
        // (the fact too may be one of them, and rederive may have undone it).
        const changedNow: number[] = rederivedPositions.includes(position) ? [] : [position];
        for (let i = 0; i < rederivedPositions.length; i++) if (values[rederivedPositions[i]!] !== base[rederivedPositions[i]!]) changedNow.push(rederivedPositions[i]!);
        changed = changedNow;
      } else {
        single[0] = position;
        changed = single;
      }
      // A list that only gained or lost one value: only the rules that could notice are re-evaluated.
      // A new list of the statuses it changed: emptying one list for each
      // alternative would cost more (a length set to 0 is a runtime call).
      const saved: SavedStatuses = ruleSet.restatusInPlace(statuses, values, changed, list && changed.length === 1 ? { value: probe } : undefined);
      // The outcome is a function of the statuses: if none moved, neither did it.
      let moved = false;
      for (let i = 0; i < saved.length && !moved; i += 2) if (statusList[saved[i] as number] !== saved[i + 1]) moved = true;
      const result = moved ? outcomeOf(statuses) : outcome;
      if (moved) for (let i = 0; i < saved.length; i += 2) statusList[saved[i] as number] = saved[i + 1] as RuleStatus;
      values[position] = base[position];
      for (let i = 0; i < rederivedPositions.length; i++) values[rederivedPositions[i]!] = base[rederivedPositions[i]!];
      if (result !== outcome) {
        found.push({ fact: ruleSet.inputFieldAt(position), actual: copy(actual), alternative: copy(alternative), outcome: result });
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
  return fitted(kept);
}

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}
