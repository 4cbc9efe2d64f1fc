/**
 * The decisions on distinct random inputs (no input repeats within a timed
 * run), against json-rules-engine's `Engine.run` of the same rule JSON on
 * the same facts, in the same run, timed in alternating blocks (see
 * measureSideBySide): what a user would otherwise do with the rule data. The engine is built once and reused (its fairest use); it
 * receives ready-made facts, while the library's figure includes input
 * validation, the trace, the questions, the counterfactuals and the actions.
 */
import { Engine } from 'json-rules-engine';
// The decisions timed are the built package's (dist/, as `npm run bench`
// builds it), the code a user runs: run from src/ through tsx, every function
// would be wrapped to keep its name (esbuild's keepNames), which slows the
// closures a decision creates by a quarter. The inputs and the Engine's rule
// JSON and facts are prepared from src/ (the same data).
import { assessNeedToKnow, classifyNeed } from '../../dist/index.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from '../../src/rules/need-level/classify-need.js';
import { needIndicatorById, needIndicators } from '../../src/rules/need-level/indicators/index.js';
import type { NeedIndicatorId } from '../../src/rules/need-level/need-indicator.js';
import { needLevelRules } from '../../src/rules/need-level/rules/index.js';
import { toNeedLevelFacts } from '../../src/rules/need-level/to-facts.js';
import { childStatuses, needToKnowCircumstanceFacts } from '../../src/rules/need-to-know/facts.js';
import { needToKnowRules } from '../../src/rules/need-to-know/rules/index.js';
import { toEngineRule } from '../../src/rules/engine/engine-rule.js';
import type { RuleModule } from '../../src/rules/engine/rule-module.js';
import { measureSideBySide, printTable } from './measure.js';
import { classifyNeedCase, lcg, needToKnowCase } from './result-sizes.js';

/** `count` inputs, each different from every other (checked by its JSON). */
function distinct<T>(count: number, make: () => T): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  while (out.length < count) {
    const input = make();
    const key = JSON.stringify(input);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

const maybe = (random: () => number, pTrue: number, pUnknown: number): boolean | undefined => {
  const r = random();
  return r < pTrue ? true : r < pTrue + pUnknown ? undefined : false;
};

function needLevelInputs(count: number) {
  const random = lcg(42);
  // Lower levels are far more common in practice; weight the mix that way.
  const pool = [...needIndicators.filter((i) => i.level !== 'specialist'), ...needIndicators.filter((i) => i.level === 'specialist').slice(0, 5)];
  return distinct(count, () => {
    const n = Math.floor(random() * 16);
    const ids = new Set<NeedIndicatorId>();
    while (ids.size < n) ids.add(pool[Math.floor(random() * pool.length)]!.id);
    const input: Record<string, unknown> = { indicators: [...ids] };
    for (const [fact, pTrue] of [['significantHarmSuspected', 0.1], ['immediateRiskOfSignificantHarm', 0.03], ['childInNeed', 0.05]] as const) {
      const answer = maybe(random, pTrue, 0.2);
      if (answer !== undefined) input[fact] = answer;
    }
    return input as { indicators: NeedIndicatorId[]; significantHarmSuspected?: boolean };
  });
}

function needToKnowInputs(count: number) {
  const random = lcg(7);
  return distinct(count, () => {
    const input: Record<string, unknown> = { asOf: '2026-12-02', childStatus: childStatuses.filter(() => random() < 0.3) };
    for (const fact of needToKnowCircumstanceFacts) {
      const answer = maybe(random, 0.03, 0.5);
      if (answer !== undefined) input[fact] = answer;
    }
    return input as { asOf: string };
  });
}

function engineOf(modules: readonly RuleModule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const module of modules) engine.addRule(toEngineRule(module) as never);
  return engine;
}

export async function benchDecisions(): Promise<void> {
  const needCases = needLevelInputs(120_000);
  // Only the facts Engine.run is timed on are built (the rest would only fill the heap the decisions are timed in).
  const needFacts = needCases.slice(0, 20_000).map(
    (input) => toNeedLevelFacts(input, input.indicators.map((id) => needIndicatorById(id)!), DEFAULT_INTENSIVE_INDICATOR_THRESHOLD).facts,
  );
  const needEngine = engineOf(needLevelRules);
  const [classify, classifyEngine] = await measureSideBySide(
    { name: 'classifyNeed', inputs: needCases, fn: (input) => classifyNeed(input) },
    { name: 'json-rules-engine Engine.run, same rules and facts', inputs: needFacts, fn: (facts) => needEngine.run(facts) },
  );
  printTable(`classifyNeed: ${needCases.length.toLocaleString('en-GB')} distinct inputs of 0–15 indicators, each run once, one core`, [classify, classifyEngine], classifyEngine);
  report(classify, classifyEngine, 50_000);

  const ntkCases = needToKnowInputs(60_000);
  const ntkEngine = engineOf(needToKnowRules);
  // The same facts assessNeedToKnow gives its rules: the answers as given.
  const ntkFacts = ntkCases.map((input) => input as Record<string, unknown>);
  const [ntk, ntkBaseline] = await measureSideBySide(
    { name: 'assessNeedToKnow', inputs: ntkCases, fn: (input) => assessNeedToKnow(input) },
    { name: 'json-rules-engine Engine.run, same rules and facts', inputs: ntkFacts.slice(0, 5_000), fn: (facts) => ntkEngine.run(facts) },
  );
  printTable(`assessNeedToKnow (${needToKnowRules.length} rules): ${ntkCases.length.toLocaleString('en-GB')} distinct inputs, each run once, one core`, [ntk, ntkBaseline], ntkBaseline);
  report(ntk, ntkBaseline, 20_000);
  console.log('');
  await benchKeptResults();
}

/**
 * The decisions as a batch runs them when it keeps its results until the
 * end (a case system's nightly job that writes them all at once): every
 * result of a block held until the block ends, on inputs across the whole
 * catalogue (every indicator level, 0 to 15 indicators) with answers known
 * and unknown. Engine.run's results are kept the same way.
 */
async function benchKeptResults(): Promise<void> {
  const random = lcg(2028);
  const needCases = distinct(120_000, () => classifyNeedCase(random, Math.floor(random() * 16)) as { indicators: NeedIndicatorId[] });
  const needFacts = needCases.slice(0, 20_000).map(
    (input) => toNeedLevelFacts(input as never, input.indicators.map((id) => needIndicatorById(id)!), DEFAULT_INTENSIVE_INDICATOR_THRESHOLD).facts,
  );
  const needEngine = engineOf(needLevelRules);
  const [classify, classifyEngine] = await measureSideBySide(
    { name: 'classifyNeed, results kept', inputs: needCases, fn: (input) => classifyNeed(input), keep: true },
    { name: 'json-rules-engine Engine.run, results kept', inputs: needFacts, fn: (facts) => needEngine.run(facts), keep: true },
  );
  printTable(`classifyNeed, every result kept until its block ends: ${needCases.length.toLocaleString('en-GB')} distinct inputs across every level (0–15 indicators, answers known and unknown), one core`, [classify, classifyEngine], classifyEngine);
  report(classify, classifyEngine, 50_000);

  const ntkRandom = lcg(2029);
  const ntkCases = distinct(60_000, () => needToKnowCase(ntkRandom) as { asOf: string });
  const ntkEngine = engineOf(needToKnowRules);
  const [ntk, ntkBaseline] = await measureSideBySide(
    { name: 'assessNeedToKnow, results kept', inputs: ntkCases, fn: (input) => assessNeedToKnow(input), keep: true },
    { name: 'json-rules-engine Engine.run, results kept', inputs: ntkCases.slice(0, 5_000) as Record<string, unknown>[], fn: (facts) => ntkEngine.run(facts), keep: true },
  );
  printTable(`assessNeedToKnow, every result kept until its block ends: ${ntkCases.length.toLocaleString('en-GB')} distinct inputs (answers known and unknown), one core`, [ntk, ntkBaseline], ntkBaseline);
  report(ntk, ntkBaseline, 20_000);
}

function report(library: { opsPerSecond: number }, engine: { opsPerSecond: number }, target: number): void {
  const ratio = library.opsPerSecond / engine.opsPerSecond;
  const met = library.opsPerSecond >= target && ratio >= 10;
  console.log(`  target: at least ${target.toLocaleString('en-GB')} a second and 10x Engine.run — ${met ? 'met' : 'NOT met'} (${ratio.toFixed(1)}x)`);
}
