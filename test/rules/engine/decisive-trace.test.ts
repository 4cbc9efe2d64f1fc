/**
 * A trace keeps the conditions that decided each rule, and they are enough:
 * with only the facts its kept comparisons read (every other fact unknown),
 * each rule of every decision area reaches the same status. So the
 * explanation of a rule that did not fire is the condition that stopped it,
 * of one that fired the conditions that hold, of an undecided one the
 * conditions still open, and nothing it leaves out could have mattered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConditionTrace } from '../../../src/rules/engine/condition-trace.js';
import type { RuleSet } from '../../../src/rules/engine/rule-set.js';
import { nationalAlertRuleSet } from '../../../src/rules/national-alert/rule-set.js';
import { needLevelRuleSet } from '../../../src/rules/need-level/rule-set.js';
import { needToKnowRuleSet } from '../../../src/rules/need-to-know/rule-set.js';
import { seriousIncidentRuleSet } from '../../../src/rules/serious-incident/rule-set.js';
import { partialFacts } from './fact-arbitraries.js';

const areas: [string, RuleSet][] = [
  ['need-level', needLevelRuleSet],
  ['need-to-know', needToKnowRuleSet],
  ['national-alert', nationalAlertRuleSet],
  ['serious-incident', seriousIncidentRuleSet],
];

/** The facts a trace's comparisons read. */
function factsOf(trace: ConditionTrace, into = new Set<string>()): Set<string> {
  if (trace.kind === 'fact') {
    into.add(trace.fact);
    if (trace.expectedFact !== undefined) into.add(trace.expectedFact);
  } else for (const child of trace.conditions) factsOf(child, into);
  return into;
}

/** Every status in a trace agrees with its node's own children (Kleene logic), and only deciding children are kept. */
function checkNode(trace: ConditionTrace): void {
  if (trace.kind === 'fact') return;
  trace.conditions.forEach(checkNode);
  if (trace.kind === 'not') {
    expect(trace.conditions).toHaveLength(1);
    const inner = trace.conditions[0]!.status;
    expect(trace.status).toBe(inner === 'unknown' ? 'unknown' : inner === 'passed' ? 'failed' : 'passed');
    return;
  }
  expect(trace.conditions.length).toBeGreaterThan(0);
  for (const child of trace.conditions) expect(child.status).toBe(trace.status);
}

describe.each(areas)('%s: the kept conditions decide each rule', (_area, ruleSet) => {
  it('with only the facts they read, every rule reaches the same status, and each kept group lists just its deciding conditions', () => {
    fc.assert(
      fc.property(partialFacts(ruleSet), (facts) => {
        const run = ruleSet.run(facts);
        for (const trace of run.rules) {
          checkNode(trace.conditions);
          expect(trace.conditions.status).toBe(trace.status === 'fired' ? 'passed' : trace.status === 'not-fired' ? 'failed' : 'unknown');
          const kept = factsOf(trace.conditions);
          const only = Object.fromEntries(Object.entries(facts).filter(([fact]) => kept.has(fact)));
          const again = ruleSet.run(only).rules.find((r) => r.ruleId === trace.ruleId)!;
          expect(again.status, `${trace.ruleId} on ${JSON.stringify(only)}`).toBe(trace.status);
        }
      }),
      { numRuns: 150 },
    );
  });
});
