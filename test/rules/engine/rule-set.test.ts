import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRuleSet, type FiredRuleTrace, type RuleTrace } from '../../../src/rules/engine/rule-set.js';
import { factValuesOf } from '../../../src/rules/engine/fact-values.js';
import { needToKnowRuleSet } from '../../../src/rules/need-to-know/rule-set.js';
import { needToKnowCircumstanceFacts } from '../../../src/rules/need-to-know/facts.js';
import { questionsFor } from '../../../src/rules/engine/questions.js';
import { assertValidRuleModules } from '../../../src/rules/engine/rule-module-schema.js';
import type { FactCatalogue, RuleModule, RuleStatus } from '../../../src/rules/engine/rule-module.js';

const citation = [{ document: 'working-together-2026' as const, section: 'Chapter 5, paragraph 1', page: 1 }];

const facts: FactCatalogue = {
  died: { question: 'Has the child died?' },
  abuseSuspected: { question: 'Is abuse or neglect known or suspected?' },
  count: { question: 'How many?', derived: true },
  threshold: { question: 'Threshold', derived: true },
};

function rule(id: string, conditions: RuleModule['conditions'], priority?: number): RuleModule {
  return {
    id,
    decision: 'serious-incident',
    title: `Rule ${id}`,
    citation,
    summary: 'A rule used to test the runner.',
    conditions,
    event: { type: id, params: { marker: id } },
    ...(priority ? { priority } : {}),
    examples: [{ name: 'An example case', input: {}, expect: { rule: 'fired' } }],
  };
}

const deathWithAbuse = rule('test.death-with-abuse', {
  all: [
    { fact: 'died', operator: 'equal', value: true, says: 'the child has died' },
    { fact: 'abuseSuspected', operator: 'equal', value: true, says: 'abuse or neglect is known or suspected' },
  ],
});
const deathOrAbuse = rule('test.death-or-abuse', {
  any: [
    { fact: 'died', operator: 'equal', value: true, says: 'the child has died' },
    { fact: 'abuseSuspected', operator: 'equal', value: true, says: 'abuse or neglect is known or suspected' },
  ],
});
const notDied = rule('test.not-died', { not: { fact: 'died', operator: 'equal', value: true, says: 'the child has died' } });
const countReached = rule(
  'test.count-reached',
  { all: [{ fact: 'count', operator: 'greaterThanInclusive', value: { fact: 'threshold' }, says: 'the count reaches the threshold' }] },
  5,
);

const set = createRuleSet({ area: 'serious-incident', modules: [deathWithAbuse, deathOrAbuse, notDied, countReached], facts });

/** The trace of a rule that must have fired in this run. */
function firedTrace(run: { rules: RuleTrace[] }, ruleId: string): FiredRuleTrace {
  const trace = run.rules.find((r) => r.ruleId === ruleId)!;
  if (trace.status !== 'fired') throw new Error(`${ruleId} did not fire`);
  return trace;
}

describe('createRuleSet().run', () => {
  it('fires a rule whose conditions all hold and records each actual value', () => {
    const run = set.run({ died: true, abuseSuspected: true, count: 0, threshold: 1 });
    const trace = firedTrace(run, 'test.death-with-abuse');
    expect(trace.conclusion).toEqual({ type: 'test.death-with-abuse', marker: 'test.death-with-abuse' });
    expect(trace.citation).toEqual(citation);
    expect(trace.conditions).toMatchObject({
      kind: 'all',
      status: 'passed',
      conditions: [
        { kind: 'fact', fact: 'died', actual: true, expected: true, status: 'passed', says: 'the child has died' },
        { kind: 'fact', fact: 'abuseSuspected', actual: true, status: 'passed' },
      ],
    });
  });

  it('reports a missing fact as unknown, not as a failed condition', () => {
    const run = set.run({ died: true, count: 0, threshold: 1 });
    const trace = run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(trace.status).toBe('unknown');
    // The trace keeps the condition still open, not the one that holds (an
    // `all` of one condition is shown as that condition); an unknown value is
    // recorded as null, so it survives a JSON round trip unchanged.
    expect(trace.conditions).toEqual({ kind: 'fact', fact: 'abuseSuspected', operator: 'equal', expected: true, actual: null, status: 'unknown', says: 'abuse or neglect is known or suspected' });
    expect(trace).not.toHaveProperty('title');
    expect(questionsFor(facts, run, false, () => true).missingFacts).toEqual([
      { fact: 'abuseSuspected', question: 'Is abuse or neglect known or suspected?', neededBy: ['test.death-with-abuse'] },
    ]);
  });

  it('decides without the missing fact when the known facts already decide', () => {
    const run = set.run({ died: false, count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!.status).toBe('not-fired');
    expect(run.rules.find((r) => r.ruleId === 'test.death-or-abuse')!.status).toBe('unknown');
    const any = set.run({ died: true, count: 0, threshold: 1 });
    expect(any.rules.find((r) => r.ruleId === 'test.death-or-abuse')!.status).toBe('fired');
  });

  it('keeps "not" of a missing fact unknown (the engine alone would say it passed)', () => {
    const run = set.run({ count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.not-died')!.status).toBe('unknown');
    const known = set.run({ died: false, count: 0, threshold: 1 });
    expect(known.rules.find((r) => r.ruleId === 'test.not-died')!.status).toBe('fired');
  });

  it('shows the resolved value when a condition compares with another fact', () => {
    const run = set.run({ count: 3, threshold: 2 });
    const trace = run.rules.find((r) => r.ruleId === 'test.count-reached')!;
    expect(trace.status).toBe('fired');
    expect(trace.conditions).toMatchObject({ kind: 'fact', actual: 3, expected: 2, expectedFact: 'threshold' });
  });

  it('lists rules by priority, then in the order they were given', () => {
    const run = set.run({});
    expect(run.rules.map((r) => r.ruleId)).toEqual(['test.count-reached', 'test.death-with-abuse', 'test.death-or-abuse', 'test.not-died']);
  });

  it('treats null like a missing fact and ignores facts outside the catalogue', () => {
    const run = set.run({ died: null, abuseSuspected: true, unrelated: true, count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!.status).toBe('unknown');
    expect(questionsFor(facts, run, false, () => true).missingFacts.map((m) => m.fact)).toEqual(['died']);
  });

  it('builds a new trace on every run: nothing returned is shared with the rule modules or with another run', () => {
    const nested: RuleModule = {
      ...rule('test.nested', {
        all: [
          { any: [{ fact: 'died', operator: 'equal', value: true, says: 'the child has died' }, { not: { fact: 'count', operator: 'in', value: [0, 1], says: 'the count is 0 or 1' } }], says: 'either' },
          { fact: 'abuseSuspected', operator: 'notEqual', value: false, says: 'abuse is not ruled out' },
        ],
      }),
      event: { type: 'test.nested', params: { action: { id: 'act', role: 'someone' }, detail: { steps: ['one', 'two'] } } },
    };
    const own = createRuleSet({ area: 'serious-incident', modules: [nested, countReached], facts });
    const input = { died: true, abuseSuspected: true, count: 3, threshold: 2 };
    const first = own.run(input);
    const again = own.run(input);
    expect(again).toEqual(first);
    const objects = (value: unknown, into = new Set<object>()): Set<object> => {
      if (value !== null && typeof value === 'object') {
        into.add(value);
        for (const v of Object.values(value)) objects(v, into);
      }
      return into;
    };
    // A run's statuses point to the rule set's layout (its rule ids, shared by every run, never returned); their list is the run's own.
    const ownParts = (run: typeof first) => ({ ...run, statuses: run.statuses.list });
    const mine = objects(ownParts(first));
    const shared = [...objects(ownParts(again))].filter((o) => mine.has(o));
    const withModules = [...objects(ownParts(again))].filter((o) => objects(nested).has(o) || objects(countReached).has(o));
    expect(shared).toEqual([]);
    expect(withModules).toEqual([]);
    const trace = firedTrace(first, 'test.nested');
    (trace.conclusion.detail as { steps: string[] }).steps.push('three');
    trace.citation[0]!.section = 'changed';
    const later = firedTrace(own.run(input), 'test.nested');
    // The action the rule concludes is named by its id (the result's `actions` carries it in full).
    expect(later.conclusion).toEqual({ type: 'test.nested', action: 'act', detail: { steps: ['one', 'two'] } });
    expect(later.citation[0]!.section).toBe('Chapter 5, paragraph 1');
  });

  it('keeps, for a rule that did not fire, only the conditions that stopped it', () => {
    const run = set.run({ died: false, abuseSuspected: false, count: 0, threshold: 1 });
    const trace = run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(trace).toEqual({
      ruleId: 'test.death-with-abuse',
      status: 'not-fired',
      conditions: {
        kind: 'all',
        status: 'failed',
        conditions: [
          { kind: 'fact', fact: 'died', operator: 'equal', expected: true, actual: false, status: 'failed', says: 'the child has died' },
          { kind: 'fact', fact: 'abuseSuspected', operator: 'equal', expected: true, actual: false, status: 'failed', says: 'abuse or neglect is known or suspected' },
        ],
      },
    });
    // An `all` stopped by one failed condition keeps that one, not the one that holds (and shows it alone).
    const one = set.run({ died: true, abuseSuspected: false, count: 0, threshold: 1 }).rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(one.conditions).toEqual({ kind: 'fact', fact: 'abuseSuspected', operator: 'equal', expected: true, actual: false, status: 'failed', says: 'abuse or neglect is known or suspected' });
  });

  it('keeps, for a rule that fired through `any`, the alternatives that held; and the one condition of a `not`', () => {
    const run = set.run({ died: false, abuseSuspected: true, count: 0, threshold: 1 });
    expect(firedTrace(run, 'test.death-or-abuse').conditions).toEqual({ kind: 'fact', fact: 'abuseSuspected', operator: 'equal', expected: true, actual: true, status: 'passed', says: 'abuse or neglect is known or suspected' });
    // Both alternatives held: both are kept, in their group.
    expect(firedTrace(set.run({ died: true, abuseSuspected: true, count: 0, threshold: 1 }), 'test.death-or-abuse').conditions).toMatchObject({ kind: 'any', status: 'passed', conditions: [{ fact: 'died' }, { fact: 'abuseSuspected' }] });
    expect(firedTrace(run, 'test.not-died').conditions).toEqual({
      kind: 'not',
      status: 'passed',
      conditions: [{ kind: 'fact', fact: 'died', operator: 'equal', expected: true, actual: false, status: 'failed', says: 'the child has died' }],
    });
  });

  it('does not repeat a list in every comparison asking whether it holds a value: the status is the answer', () => {
    const listFacts: FactCatalogue = { statuses: { question: 'Which statuses apply?' } };
    const member = {
      ...rule('test.member', { all: [{ fact: 'statuses', operator: 'contains', value: 'looked-after', says: 'the child is looked after' }] }),
    };
    const own = createRuleSet({ area: 'serious-incident', modules: [member], facts: listFacts });
    expect(own.run({ statuses: ['care-leaver', 'looked-after'] }).rules[0]!.conditions).toEqual({ kind: 'fact', fact: 'statuses', operator: 'contains', expected: 'looked-after', status: 'passed', says: 'the child is looked after' });
    // A list not given is still recorded as unknown (null).
    expect(own.run({}).rules[0]!.conditions).toMatchObject({ actual: null, status: 'unknown' });
  });

  it('returns the result itself, not a Promise', () => {
    const run = set.run({ died: true, abuseSuspected: true, count: 0, threshold: 1 });
    expect(run).not.toBeInstanceOf(Promise);
    expect(run.fired.map((r) => r.ruleId)).toEqual(['test.death-with-abuse', 'test.death-or-abuse']);
  });

  it('restatus re-evaluates only the rules that read a changed fact, and agrees with a full evaluation', () => {
    const base = set.statuses({ died: true, abuseSuspected: false, count: 0, threshold: 1 });
    const changedFacts = { died: false, abuseSuspected: false, count: 0, threshold: 1 };
    expect(set.restatus(base, changedFacts, ['died'])).toEqual(set.statuses(changedFacts));
    // Told nothing changed, it keeps the old statuses.
    expect(set.restatus(base, changedFacts, [])).toEqual(base);
  });

  it('re-evaluating only the rules that ask about a value added to or removed from a list agrees with a full evaluation (Need to Know childStatus)', () => {
    const statuses = ['looked-after', 'care-leaver', 'child-in-need-plan', 'child-protection-plan'] as const;
    const circumstance = fc.constantFrom(true, false, undefined);
    fc.assert(
      fc.property(
        fc.subarray([...statuses]),
        fc.constantFrom(...statuses),
        fc.dictionary(fc.constantFrom(...needToKnowCircumstanceFacts), circumstance),
        (childStatus, toggle, answers) => {
          const facts: Record<string, unknown> = { ...answers, childStatus };
          const base = needToKnowRuleSet.statuses(facts);
          const toggled = childStatus.includes(toggle) ? childStatus.filter((s) => s !== toggle) : [...childStatus, toggle];
          const after = { ...facts, childStatus: toggled };
          const working = base.copy();
          const values = factValuesOf(needToKnowRuleSet.factLayout, after);
          const saved = needToKnowRuleSet.restatusInPlace(working, values, [needToKnowRuleSet.factLayout.positions.get('childStatus')!], { value: toggle });
          expect(working).toEqual(needToKnowRuleSet.statuses(after));
          // Putting back what it saved restores the statuses before the change.
          for (let i = 0; i < saved.length; i += 2) working.list[saved[i] as number] = saved[i + 1] as RuleStatus;
          expect(working).toEqual(base);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rule module validation', () => {
  // The schema (citation, examples, sentences) is checked in the test suite
  // for every library rule; the cheap structural checks run on first use.
  const firstUse = (modules: RuleModule[], area: 'serious-incident' | 'need-level' = 'serious-incident') => () =>
    createRuleSet({ area, modules, facts }).run({});
  it('refuses a rule without a citation', () => {
    expect(() => assertValidRuleModules('serious-incident', [{ ...deathWithAbuse, citation: [] }], facts)).toThrow(/every rule cites at least one source/);
  });
  it('refuses a rule without an example', () => {
    expect(() => assertValidRuleModules('serious-incident', [{ ...deathWithAbuse, examples: [] }], facts)).toThrow(/at least one example/);
  });
  it('refuses an interpretation without its reason', () => {
    const bad = { ...deathWithAbuse, interpretations: [{ id: 'test.interpretation.x', says: 'The library reads it so.', why: '', citation: citation[0]! }] };
    expect(() => assertValidRuleModules('serious-incident', [bad], facts)).toThrow(/why/);
  });
  it('refuses a condition without a plain-English sentence', () => {
    const bad = { ...deathWithAbuse, conditions: { all: [{ fact: 'died', operator: 'equal', value: true }] } } as unknown as RuleModule;
    expect(firstUse([bad])).toThrow(/says/);
  });
  it('refuses a fact that is not in the catalogue', () => {
    const bad = rule('test.bad-fact', { all: [{ fact: 'nope', operator: 'equal', value: true, says: 'something holds' }] });
    expect(firstUse([bad])).toThrow(/fact "nope"/);
  });
  it('refuses an operator json-rules-engine does not have', () => {
    const bad = rule('test.bad-operator', { all: [{ fact: 'died', operator: 'isTrue', value: true, says: 'the child has died' }] });
    expect(firstUse([bad])).toThrow(/isTrue/);
  });
  it('refuses duplicate ids, rules of another area, and one interpretation id with two readings', () => {
    expect(firstUse([deathWithAbuse, deathWithAbuse])).toThrow(/used twice/);
    expect(firstUse([deathWithAbuse], 'need-level')).toThrow(/belongs to serious-incident/);
    const reading = { id: 'test.interpretation.x', says: 'The library reads it so.', why: 'Because the source is silent.', citation: citation[0]! };
    expect(firstUse([{ ...deathWithAbuse, interpretations: [reading] }, { ...deathOrAbuse, interpretations: [{ ...reading, says: 'Another reading.' }] }])).toThrow(
      /defined differently/,
    );
  });
  it('changes the ruleset version when a rule changes, and only then', () => {
    const again = createRuleSet({ area: 'serious-incident', modules: [deathWithAbuse, deathOrAbuse, notDied, countReached], facts });
    expect(again.version).toEqual(set.version);
    const changed = createRuleSet({
      area: 'serious-incident',
      modules: [deathWithAbuse, deathOrAbuse, notDied, { ...countReached, summary: 'A changed summary of the rule.' }],
      facts,
    });
    expect(changed.version.hash).not.toBe(set.version.hash);
    expect(set.version.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  });
});
