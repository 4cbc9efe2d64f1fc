/**
 * One decision area's rule modules, evaluated synchronously by the library's
 * own three-valued walker (condition-trace.ts) with json-rules-engine's
 * operators, returning an explanation trace for every rule.
 *
 * Evaluation is cheap (no Promise, no Almanac, no memo), so every run builds
 * its own trace: nothing returned is shared with the rule modules or with
 * another run. Rules are prepared on first use, so importing a decision does
 * not pay for it; the modules' own shape is checked by the test suite
 * (rule-module-schema.ts) and, cheaply, here.
 */
import { copyCitation, copyCitations, type Citation } from '../../schemas/citation.js';
import { compileCondition, compiledFactsRead, type CompiledCondition, type CompiledFact } from './compiled-condition.js';
import { conditionStatus, traceCondition, type ConditionTrace } from './condition-trace.js';
import { copyInterpretation, type Interpretation, type Warning } from './interpretation.js';
import { probeValuesOf } from './probe-values.js';
import { checkRuleModules } from './check-rule-modules.js';
import { copyPlain } from './copy-plain.js';
import { fitted } from './fitted.js';
import { factLayout, factValuesOf, type FactLayout, type FactValues } from './fact-values.js';
import type { DecisionArea, FactCatalogue, RuleModule, RuleStatus } from './rule-module.js';
import { rulesetVersion, type RulesetVersion } from './ruleset-version.js';
import { RuleStatuses, ruleLayout, statusesOf, type RuleLayout } from './rule-statuses.js';

/**
 * One rule's part in a decision, as the result's `reasons` list it: the rule
 * (named once, by its id), its status, and the conditions that decided it,
 * each with its value. A rule that fired also gives its title, the passages
 * it rests on and what it concludes; the title, summary, citations and every
 * condition of any rule are in its catalogue entry (`rules`).
 */
export type RuleTrace = FiredRuleTrace | UnfiredRuleTrace;

/** A rule that fired: what it is, where it comes from, what it concludes, and the conditions that hold. */
export interface FiredRuleTrace {
  ruleId: string;
  /** The rule's title, e.g. "Several Intensive indicators mean Intensive need". */
  title: string;
  status: 'fired';
  /** The passages of the sources the rule rests on. */
  citation: Citation[];
  /**
   * What the rule concludes: its event's type and params. An action it
   * names is given by its id (the action itself is in the result's
   * `actions`), and a warning by its code (the warning is in `warnings`).
   */
  conclusion: Record<string, unknown>;
  /** The conditions that hold: every condition of an `all`, the alternatives that held of an `any`. */
  conditions: ConditionTrace;
}

/** A rule that did not fire, or that cannot be decided yet. */
export interface UnfiredRuleTrace {
  ruleId: string;
  status: 'not-fired' | 'unknown';
  /** For `not-fired`, the conditions that stopped the rule; for `unknown`, the conditions still unanswered. */
  conditions: ConditionTrace;
}

/** A fact the decision still needs, with the question that supplies it. */
export interface MissingFact {
  /** The input field to answer (a dotted path for nested fields). */
  fact: string;
  question: string;
  /** The rules that cannot be decided without it. */
  neededBy: string[];
}

export interface RuleRunResult {
  /** Every rule of the set, in priority then definition order (warning rules included). */
  rules: RuleTrace[];
  /** The rules that fired, warning rules left out. */
  fired: FiredRuleTrace[];
  /** The rules still undecided, warning rules left out. */
  unknown: RuleTrace[];
  /** What the fired warning rules say. */
  warnings: Warning[];
  /** The facts the rules were evaluated on, by position (`RuleSet.factLayout`); the run's own array. */
  values: FactValues;
  /** Every rule's status, by position (the same as `rules`' statuses); the run's own table. */
  statuses: RuleStatuses;
}

export { RuleStatuses };

/** Rule positions each followed by the status the rule had: `[position, status, position, status, …]`. */
export type SavedStatuses = (number | RuleStatus)[];

export interface RuleSet {
  area: DecisionArea;
  modules: readonly RuleModule[];
  facts: FactCatalogue;
  version: RulesetVersion;
  /** The rules' ids in evaluation order, and each one's position (what a `RuleStatuses` is indexed by). */
  layout: RuleLayout;
  /** The catalogue's facts in order, and each one's position (what `FactValues` are indexed by). */
  factLayout: FactLayout;
  /** Evaluates every rule and traces every condition. */
  run(facts: Readonly<Record<string, unknown>>): RuleRunResult;
  /** `run` on fact values already in `factLayout` order (a decision that builds them directly); the run keeps `values` as its own. */
  runValues(values: FactValues): RuleRunResult;
  /** Every rule's status only, without a trace. */
  statuses(facts: Readonly<Record<string, unknown>>): RuleStatuses;
  /** The statuses of a run's rules (`run(facts).rules`), without evaluating anything again. */
  statusesOf(rules: readonly RuleTrace[]): RuleStatuses;
  /** `base` with the rules that read any of `changed` re-evaluated on `facts`. */
  restatus(base: RuleStatuses, facts: Readonly<Record<string, unknown>>, changed: Iterable<string>): RuleStatuses;
  /**
   * Re-evaluates, in `statuses` itself, the rules that read any of the facts
   * at the `changed` positions of `values`, and returns their previous
   * statuses so the caller can put them back: a flat list of rule position,
   * status, position, status… (one array, not a pair per rule: the
   * counterfactual search calls this dozens of times a decision).
   * `toggled`: when the one changed fact is a list that only gained or lost
   * this value, just the rules that could notice are re-evaluated: those
   * asking whether the list contains the value, and those comparing the
   * list some other way. `saved`: an empty list to fill and return (the
   * search reuses one), a new one by default.
   */
  restatusInPlace(statuses: RuleStatuses, values: Readonly<FactValues>, changed: readonly number[], toggled?: { value: unknown }, saved?: SavedStatuses): SavedStatuses;
  /** The positions, in the fact values, of the facts a practitioner answers (not derived), in catalogue order. */
  answerablePositions(): readonly number[];
  /** The input field of the fact at this position (its catalogue `input`, or its own name). */
  inputFieldAt(position: number): string;
  /** The values the rules compare a fact with (booleans both ways), for "what would change the outcome". */
  probeValues(fact: string): readonly unknown[];
  /** `probeValues` of the fact at this position. */
  probeValuesAt(position: number): readonly unknown[];
  /** Every fact the rule with this id reads, compared or used as another comparison's value (empty for an id not in the set); the rule set's own set, not to be changed. */
  factsReadBy(ruleId: string): ReadonlySet<string>;
  /** Whether some rule compares the fact as a list (`contains`), so alternatives add or remove a value. */
  isListFact(fact: string): boolean;
  /** `isListFact` of the fact at this position. */
  isListFactAt(position: number): boolean;
  /** The interpretations the given rules carry, each once, as fresh objects. */
  interpretationsOf(ruleIds: Iterable<string>): Interpretation[];
  /** Every interpretation of the set, with all the rules that rely on it. */
  interpretations(): Interpretation[];
}

export interface RuleSetOptions {
  area: DecisionArea;
  modules: readonly RuleModule[];
  facts: FactCatalogue;
  /** Other data the decision depends on (e.g. the indicator catalogue), included in the version hash. */
  data?: unknown;
}

const NO_FACTS: ReadonlySet<string> = new Set();

/** The event type of a rule that warns about contradictory answers instead of concluding. */
export const WARNING_EVENT = 'warning';

/** For a list fact: the rules that ask whether the list contains a value, by value, and the rules that compare the list otherwise. */
interface ListIndex {
  byValue: Map<unknown, PreparedRule[]>;
  other: PreparedRule[];
  /** `other` less the rules of `byValue` for the same value. */
  otherThan: Map<unknown, PreparedRule[]>;
}

interface PreparedRule {
  /** The rule's position in evaluation order (its index in a `RuleStatuses`). */
  position: number;
  module: RuleModule;
  condition: CompiledCondition;
  /** Every fact the rule reads. */
  factsRead: ReadonlySet<string>;
  warning: boolean;
}

export function createRuleSet(options: RuleSetOptions): RuleSet {
  const { area, modules, facts } = options;
  const ordered = [...modules].sort((a, b) => (b.priority ?? 1) - (a.priority ?? 1));
  const layout = ruleLayout(ordered.map((m) => m.id));
  const factsLayout = factLayout(Object.keys(facts));
  let prepared:
    | {
        rules: PreparedRule[];
        /** By fact position: the rules reading the fact. */
        byFact: (readonly PreparedRule[])[];
        /** By fact position, for a list fact: its rules by value. */
        byListValue: (ListIndex | undefined)[];
        probes: ReturnType<typeof probeValuesOf>;
        /** By fact position: `probes.values`, and whether it is a list fact. */
        probesAt: (readonly unknown[])[];
        listAt: boolean[];
      }
    | undefined;

  function prepare() {
    if (prepared) return prepared;
    checkRuleModules(area, ordered, facts);
    // The rules' shape is checked here cheaply; json-rules-engine's own Rule
    // class loads every rule in the test suite (rule-modules.test.ts), which
    // keeps the engine itself out of the package's runtime.
    const rules = ordered.map((module, position): PreparedRule => {
      const condition = compileCondition(module.conditions, factsLayout);
      return { position, module, condition, factsRead: compiledFactsRead(condition), warning: module.event.type === WARNING_EVENT };
    });
    const byFact = factsLayout.names.map((): PreparedRule[] => []);
    for (const rule of rules) for (const fact of rule.factsRead) byFact[factsLayout.positions.get(fact)!]!.push(rule);
    const byListValue: (ListIndex | undefined)[] = factsLayout.names.map(() => undefined);
    const indexOf = (fact: string): ListIndex => {
      const position = factsLayout.positions.get(fact)!;
      return (byListValue[position] ??= { byValue: new Map(), other: [], otherThan: new Map() });
    };
    for (const rule of rules) {
      for (const comparison of comparisonsOf(rule.condition)) {
        const entry = indexOf(comparison.fact);
        const membership = (comparison.operatorName === 'contains' || comparison.operatorName === 'doesNotContain') && comparison.valueFact === undefined;
        const list: PreparedRule[] = membership ? (entry.byValue.get(comparison.value) ?? []) : entry.other;
        if (membership) entry.byValue.set(comparison.value, list);
        if (!list.includes(rule)) list.push(rule);
      }
      // A fact used as another comparison's value is read whole.
      for (const fact of compiledFactsRead(rule.condition)) {
        if (comparisonsOf(rule.condition).some((c) => c.valueFact === fact)) {
          const entry = indexOf(fact);
          if (!entry.other.includes(rule)) entry.other.push(rule);
        }
      }
    }
    // The rules comparing a list otherwise, less those already re-evaluated for the value.
    for (const entry of byListValue) {
      if (!entry) continue;
      for (const [value, noticing] of entry.byValue) entry.otherThan.set(value, entry.other.filter((rule) => !noticing.includes(rule)));
    }
    const probes = probeValuesOf(rules.map((r) => r.condition));
    const probesAt = factsLayout.names.map((fact) => probes.values.get(fact) ?? []);
    const listAt = factsLayout.names.map((fact) => probes.listFacts.has(fact));
    prepared = { rules, byFact, byListValue, probes, probesAt, listAt };
    return prepared;
  }

  const interpretationIndex = new Map<string, Interpretation>();
  for (const module of ordered) {
    for (const def of module.interpretations ?? []) {
      const entry = interpretationIndex.get(def.id);
      if (entry) entry.ruleIds.push(module.id);
      else interpretationIndex.set(def.id, { ...def, citation: copyCitation(def.citation), ruleIds: [module.id] });
    }
  }
  const interpretationList = [...interpretationIndex.values()];
  /** By rule id: the positions in `interpretationList` of the interpretations the rule carries. */
  const interpretationsByRule = new Map<string, number[]>();
  interpretationList.forEach((entry, position) => {
    for (const id of entry.ruleIds) {
      const carried = interpretationsByRule.get(id);
      if (carried) carried.push(position);
      else interpretationsByRule.set(id, [position]);
    }
  });
  const answerable = Object.keys(facts).filter((fact) => !facts[fact]!.derived);
  const answerablePositions = answerable.map((fact) => factsLayout.positions.get(fact)!);
  const inputFields = factsLayout.names.map((fact) => facts[fact]!.input ?? fact);
  let version: RulesetVersion | undefined;

  return {
    area,
    modules: ordered,
    facts,
    layout,
    factLayout: factsLayout,
    // Hashed on first use, not at import (it hashes every rule and catalogue).
    get version() {
      return (version ??= rulesetVersion({ area, modules: ordered, facts, data: options.data }));
    },
    run(input) {
      return this.runValues(factValuesOf(factsLayout, input));
    },
    runValues(values) {
      const preparedRules = prepare().rules;
      // Sized once: the list is kept in the result (see fitted.ts).
      const rules: RuleTrace[] = new Array(preparedRules.length);
      const list: RuleStatus[] = new Array(preparedRules.length);
      const fired: FiredRuleTrace[] = [];
      const unknown: RuleTrace[] = [];
      const warnings: Warning[] = [];
      for (let position = 0; position < preparedRules.length; position++) {
        const { module, condition, warning } = preparedRules[position]!;
        const conditions = traceCondition(condition, values);
        const status = toRuleStatus(conditions.status);
        // Two literals rather than a field added after: each shape is built in one step.
        const trace: RuleTrace =
          status === 'fired'
            ? { ruleId: module.id, title: module.title, status, citation: copyCitations(module.citation), conclusion: conclusionOf(module), conditions }
            : { ruleId: module.id, status, conditions };
        rules[position] = trace;
        list[position] = status;
        if (warning) {
          if (status === 'fired') warnings.push(warningOf(module, condition));
        } else if (status === 'fired') fired.push(trace as FiredRuleTrace);
        else if (status === 'unknown') unknown.push(trace);
      }
      return { rules, fired, unknown, warnings, values, statuses: new RuleStatuses(layout, list) };
    },
    statuses(input) {
      const { rules } = prepare();
      const values = factValuesOf(factsLayout, input);
      const list: RuleStatus[] = new Array(rules.length);
      for (let i = 0; i < rules.length; i++) list[i] = toRuleStatus(conditionStatus(rules[i]!.condition, values));
      return new RuleStatuses(layout, list);
    },
    statusesOf(rules) {
      return statusesOf(rules, layout);
    },
    restatus(base, input, changed) {
      const out = base.copy();
      const positions = [...changed].map((fact) => factsLayout.positions.get(fact)).filter((p): p is number => p !== undefined);
      this.restatusInPlace(out, factValuesOf(factsLayout, input), positions);
      return out;
    },
    restatusInPlace(statuses, input, changed, toggled, saved = []) {
      const { byFact, byListValue } = prepare();
      const list = statuses.list;
      if (toggled !== undefined && changed.length === 1) {
        const entry = byListValue[changed[0]!];
        if (entry) {
          const noticing = entry.byValue.get(toggled.value);
          if (noticing !== undefined) reevaluate(noticing, list, input, saved);
          // A rule in both groups is re-evaluated (and put back) once.
          reevaluate(noticing === undefined ? entry.other : entry.otherThan.get(toggled.value)!, list, input, saved);
          return saved;
        }
      }
      if (changed.length === 1) {
        reevaluate(byFact[changed[0]!]!, list, input, saved);
        return saved;
      }
      // A rule reading two of the changed facts is re-evaluated once.
      const seen = new Set<number>();
      for (const fact of changed) {
        for (const rule of byFact[fact]!) {
          if (seen.has(rule.position)) continue;
          seen.add(rule.position);
          saved.push(rule.position, list[rule.position]!);
          list[rule.position] = toRuleStatus(conditionStatus(rule.condition, input));
        }
      }
      return saved;
    },
    answerablePositions() {
      return answerablePositions;
    },
    inputFieldAt(position) {
      return inputFields[position]!;
    },
    probeValues(fact) {
      return prepare().probes.values.get(fact) ?? [];
    },
    probeValuesAt(position) {
      return prepare().probesAt[position]!;
    },
    factsReadBy(ruleId) {
      const position = layout.positions.get(ruleId);
      return position === undefined ? NO_FACTS : prepare().rules[position]!.factsRead;
    },
    isListFact(fact) {
      return prepare().probes.listFacts.has(fact);
    },
    isListFactAt(position) {
      return prepare().listAt[position]!;
    },
    interpretationsOf(ruleIds) {
      // Marked by each rule, then copied in the set's order: each once, however many of the rules carry it.
      let wanted: boolean[] | undefined;
      for (const id of ruleIds) {
        const carried = interpretationsByRule.get(id);
        if (carried === undefined) continue;
        wanted ??= new Array<boolean>(interpretationList.length).fill(false);
        for (let i = 0; i < carried.length; i++) wanted[carried[i]!] = true;
      }
      const out: Interpretation[] = [];
      if (wanted) for (let i = 0; i < wanted.length; i++) if (wanted[i]) out.push(copyInterpretation(interpretationList[i]!));
      return fitted(out);
    },
    interpretations() {
      return interpretationList.map(copyInterpretation);
    },
  };
}

/** The comparisons of a compiled condition, in order. */
function comparisonsOf(condition: CompiledCondition, into: CompiledFact[] = []): CompiledFact[] {
  if (condition.kind === 'fact') into.push(condition);
  else for (const child of condition.conditions) comparisonsOf(child, into);
  return into;
}

/** Re-evaluates `rules` into `list`, saving each one's position and previous status in `saved`. */
function reevaluate(rules: readonly PreparedRule[], list: RuleStatus[], input: Readonly<FactValues>, saved: SavedStatuses): void {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    saved.push(rule.position, list[rule.position]!);
    list[rule.position] = toRuleStatus(conditionStatus(rule.condition, input));
  }
}

function toRuleStatus(status: ConditionTrace['status']): RuleStatus {
  return status === 'passed' ? 'fired' : status === 'failed' ? 'not-fired' : 'unknown';
}


/**
 * What a fired rule concludes, as its trace gives it: the event's type and
 * params, with an action named by its id and a warning by its code (the
 * result carries each in full once, in `actions` or `warnings`).
 */
function conclusionOf(module: RuleModule): Record<string, unknown> {
  const params = module.event.params;
  if (module.event.type === WARNING_EVENT) return { type: WARNING_EVENT, code: (params as { code: string }).code };
  const conclusion: Record<string, unknown> = { type: module.event.type };
  if (params === undefined) return conclusion;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === undefined) continue;
    const id = key === 'action' && value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    conclusion[key] = typeof id === 'string' ? id : copyPlain(value);
  }
  return conclusion;
}

function warningOf(module: RuleModule, condition: CompiledCondition): Warning {
  const params = module.event.params as { code: string; message: string };
  return { code: params.code, message: params.message, facts: [...compiledFactsRead(condition)] };
}
