/**
 * Loads one decision area's rule modules into a json-rules-engine Engine and
 * runs them, returning an explanation trace for every rule.
 *
 * The Engine is built once per rule set and reused: `Engine.run` keeps each
 * run's facts in its own Almanac, and nothing here mutates the engine after
 * it is built, so concurrent runs do not see each other's facts (tested in
 * test/rules/engine/rule-set.test.ts; the cost of rebuilding per call is
 * measured by `npm run bench`).
 */
import { Engine } from 'json-rules-engine';
import type { Citation } from '../../schemas/citation.js';
import { assertValidRuleModules } from './rule-module-schema.js';
import type { DecisionArea, FactCatalogue, RuleModule, RuleStatus } from './rule-module.js';
import { isUnknownFact, toEngineConditions, traceConditions, unknownFacts, type ConditionTrace } from './condition-trace.js';
import { canonicalJson, rulesetVersion, type RulesetVersion } from './ruleset-version.js';

/** One rule's part in a decision: stored on the child's record as a reason. */
export interface RuleTrace {
  ruleId: string;
  title: string;
  citation: Citation[];
  summary: string;
  status: RuleStatus;
  /** The rule's event params (what it concludes), present when it fired. */
  conclusion?: Record<string, unknown>;
  conditions: ConditionTrace;
}

/** A fact the decision still needs, with the question that supplies it. */
export interface MissingFact {
  fact: string;
  question: string;
  /** The rules that cannot be decided without it. */
  neededBy: string[];
}

export interface RuleRunResult {
  /** Every rule of the set, in priority then definition order. */
  rules: RuleTrace[];
  fired: RuleTrace[];
  unknown: RuleTrace[];
  missingFacts: MissingFact[];
}

export interface RuleSet {
  area: DecisionArea;
  modules: readonly RuleModule[];
  facts: FactCatalogue;
  version: RulesetVersion;
  run(facts: Readonly<Record<string, unknown>>): Promise<RuleRunResult>;
}

export interface RuleSetOptions {
  area: DecisionArea;
  modules: readonly RuleModule[];
  facts: FactCatalogue;
  /** Other data the decision depends on (e.g. the indicator catalogue), included in the version hash. */
  data?: unknown;
  /** How many recent runs to remember by their facts (0 turns the memo off). Default 1024. */
  cacheSize?: number;
}

export function createRuleSet(options: RuleSetOptions): RuleSet {
  const { area, modules, facts } = options;
  assertValidRuleModules(modules, facts);
  for (const m of modules) {
    if (m.decision !== area) throw new Error(`Rule ${m.id} belongs to ${m.decision}, not ${area}`);
  }
  const ordered = [...modules].sort((a, b) => (b.priority ?? 1) - (a.priority ?? 1));
  let engine: Engine | undefined;
  const cacheSize = options.cacheSize ?? 1024;
  const cache = new Map<string, EvaluatedRun>();

  function getEngine(): Engine {
    if (engine) return engine;
    const built = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    for (const m of ordered) {
      built.addRule({ name: m.id, priority: m.priority ?? 1, conditions: toEngineConditions(m.conditions) as never, event: m.event });
    }
    engine = built;
    return built;
  }

  return {
    area,
    modules: ordered,
    facts,
    version: rulesetVersion({ area, modules: ordered, facts, data: options.data }),
    async run(input) {
      // Only own, defined values become engine facts; undefined ones stay
      // unknown (allowUndefinedFacts), which the trace reports as such.
      const engineFacts: Record<string, unknown> = {};
      for (const key of Object.keys(facts)) {
        const value = input[key];
        if (!isUnknownFact(value)) engineFacts[key] = value;
      }
      // A run depends only on the facts, so equal facts give an equal result:
      // remember recent results (json-rules-engine costs ~15 µs a rule) and
      // hand each caller its own copy, so no caller can alter another's.
      const key = canonicalJson(engineFacts);
      let result = cache.get(key);
      if (result) {
        cache.delete(key); // re-inserted below, so the map stays in least-recently-used order
      } else {
        result = await evaluate(engineFacts);
        if (cache.size >= cacheSize) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
      }
      if (cacheSize > 0) cache.set(key, result);
      return copyRun(result);
    },
  };

  async function evaluate(engineFacts: Record<string, unknown>): Promise<EvaluatedRun> {
    const { results, failureResults } = await getEngine().run(engineFacts);
    const engineResults = new Map<string, { conditions?: unknown }>();
    for (const r of [...results, ...failureResults]) engineResults.set(r.name as string, r as never);

    const rules: RuleTrace[] = [];
    const needed = new Map<string, string[]>();
    for (const m of ordered) {
      const result = engineResults.get(m.id);
      const conditions = traceConditions(m.conditions, result?.conditions as never, engineFacts);
      const status: RuleStatus = conditions.status === 'passed' ? 'fired' : conditions.status === 'failed' ? 'not-fired' : 'unknown';
      const trace: RuleTrace = { ruleId: m.id, title: m.title, citation: m.citation, summary: m.summary, status, conditions };
      if (status === 'fired') trace.conclusion = { type: m.event.type, ...(m.event.params ?? {}) };
      rules.push(trace);
      if (status === 'unknown') {
        for (const fact of unknownFacts(conditions)) {
          const list = needed.get(fact) ?? [];
          list.push(m.id);
          needed.set(fact, list);
        }
      }
    }
    const missingFacts: MissingFact[] = [...needed].map(([fact, neededBy]) => ({
      fact,
      question: facts[fact]?.question ?? fact,
      neededBy,
    }));
    return { rules, missingFacts };
  }
}

/** What the memo keeps of a run; `fired` and `unknown` are derived from each copy. */
type EvaluatedRun = Pick<RuleRunResult, 'rules' | 'missingFacts'>;

/**
 * A deep copy of a run's plain data (objects, arrays, primitives). Much
 * faster than structuredClone for these small trees, which matters because
 * a memoised run is copied on every call.
 */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}

/**
 * Copies of the two trace shapes, field by field. A memoised run is copied
 * on every call, and the generic `copyPlain` over these ~150 small objects
 * was the largest single cost of a classification (about 40% of
 * `classifyNeed`, which missed its 20,000-a-second target); spelling the
 * shapes out is several times faster and copies the same fields, in the
 * same order (checked in test/rules/engine/rule-set.test.ts).
 */
function copyCondition(trace: ConditionTrace): ConditionTrace {
  if (trace.kind === 'fact') {
    return {
      kind: trace.kind,
      fact: trace.fact,
      operator: trace.operator,
      expected: copyPlain(trace.expected),
      actual: copyPlain(trace.actual),
      status: trace.status,
      says: trace.says,
    };
  }
  const conditions = trace.conditions.map(copyCondition);
  return 'says' in trace
    ? { kind: trace.kind, status: trace.status, says: trace.says, conditions }
    : { kind: trace.kind, status: trace.status, conditions };
}

function copyTrace(trace: RuleTrace): RuleTrace {
  const out: RuleTrace = {
    ruleId: trace.ruleId,
    title: trace.title,
    citation: trace.citation.map((c) => ({ ...c })),
    summary: trace.summary,
    status: trace.status,
    conditions: copyCondition(trace.conditions),
  };
  if ('conclusion' in trace) out.conclusion = copyPlain(trace.conclusion);
  return out;
}

function copyRun(run: EvaluatedRun): RuleRunResult {
  const rules = run.rules.map(copyTrace);
  return {
    rules,
    fired: rules.filter((r) => r.status === 'fired'),
    unknown: rules.filter((r) => r.status === 'unknown'),
    missingFacts: copyPlain(run.missingFacts),
  };
}
