/**
 * Each rule's status in one evaluation, kept in an array by the rule's
 * position in its rule set.
 *
 * Why an array and not a Map keyed by rule id: the counterfactual search
 * re-evaluates a few rules for each of dozens of alternatives a decision,
 * saving and putting back their statuses each time, and a decision's
 * outcome function reads the statuses after each. Positions make each of
 * those a plain array access instead of a hashed lookup; `get(ruleId)`
 * remains for code that names a rule.
 */
import type { RuleStatus } from './rule-module.js';

/** A rule set's rules in evaluation order: their ids, and each id's position. Shared by every status table of the set. */
export interface RuleLayout {
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

export function ruleLayout(ids: readonly string[]): RuleLayout {
  return Object.freeze({ ids: Object.freeze([...ids]), positions: new Map(ids.map((id, position) => [id, position])) });
}

export class RuleStatuses {
  /**
   * @param layout - The rules, in the order of `list`.
   * @param list - Each rule's status, by position (owned by this table).
   */
  constructor(
    readonly layout: RuleLayout,
    readonly list: RuleStatus[],
  ) {}

  /** The status of the rule with this id (`undefined` for an id not in the set). */
  get(ruleId: string): RuleStatus | undefined {
    const position = this.layout.positions.get(ruleId);
    return position === undefined ? undefined : this.list[position];
  }

  /** A table of its own with the same statuses. */
  copy(): RuleStatuses {
    return new RuleStatuses(this.layout, this.list.slice());
  }
}

/** The statuses of rules traced in `layout`'s order (a rule set's run), or of any list of rules. */
export function statusesOf(rules: readonly { ruleId: string; status: RuleStatus }[], layout?: RuleLayout): RuleStatuses {
  const list: RuleStatus[] = new Array(rules.length);
  for (let i = 0; i < rules.length; i++) list[i] = rules[i]!.status;
  // Without a layout (or with rules in another order), the rules given make their own.
  const ordered = layout !== undefined && layout.ids.length === rules.length && rules.every((r, i) => layout.ids[i] === r.ruleId);
  return new RuleStatuses(ordered ? layout : ruleLayout(rules.map((r) => r.ruleId)), list);
}
