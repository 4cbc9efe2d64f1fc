import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRuleSet } from '../../../src/rules/engine/rule-set.js';
import type { FactCatalogue, RuleModule } from '../../../src/rules/engine/rule-module.js';

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

describe('createRuleSet().run', () => {
  it('fires a rule whose conditions all hold and records each actual value', async () => {
    const run = await set.run({ died: true, abuseSuspected: true, count: 0, threshold: 1 });
    const trace = run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(trace.status).toBe('fired');
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

  it('reports a missing fact as unknown, not as a failed condition', async () => {
    const run = await set.run({ died: true, count: 0, threshold: 1 });
    const trace = run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(trace.status).toBe('unknown');
    expect(trace.conditions).toMatchObject({ status: 'unknown', conditions: [{ status: 'passed' }, { status: 'unknown', actual: undefined }] });
    expect(run.missingFacts).toEqual([
      { fact: 'abuseSuspected', question: 'Is abuse or neglect known or suspected?', neededBy: ['test.death-with-abuse'] },
    ]);
  });

  it('decides without the missing fact when the known facts already decide', async () => {
    const run = await set.run({ died: false, count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!.status).toBe('not-fired');
    expect(run.rules.find((r) => r.ruleId === 'test.death-or-abuse')!.status).toBe('unknown');
    const any = await set.run({ died: true, count: 0, threshold: 1 });
    expect(any.rules.find((r) => r.ruleId === 'test.death-or-abuse')!.status).toBe('fired');
  });

  it('keeps "not" of a missing fact unknown (the engine alone would say it passed)', async () => {
    const run = await set.run({ count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.not-died')!.status).toBe('unknown');
    const known = await set.run({ died: false, count: 0, threshold: 1 });
    expect(known.rules.find((r) => r.ruleId === 'test.not-died')!.status).toBe('fired');
  });

  it('shows the resolved value when a condition compares with another fact', async () => {
    const run = await set.run({ count: 3, threshold: 2 });
    const trace = run.rules.find((r) => r.ruleId === 'test.count-reached')!;
    expect(trace.status).toBe('fired');
    expect(trace.conditions).toMatchObject({ conditions: [{ actual: 3, expected: 2 }] });
  });

  it('lists rules by priority, then in the order they were given', async () => {
    const run = await set.run({});
    expect(run.rules.map((r) => r.ruleId)).toEqual(['test.count-reached', 'test.death-with-abuse', 'test.death-or-abuse', 'test.not-died']);
  });

  it('treats null like a missing fact and ignores facts outside the catalogue', async () => {
    const run = await set.run({ died: null, abuseSuspected: true, unrelated: true, count: 0, threshold: 1 });
    expect(run.rules.find((r) => r.ruleId === 'test.death-with-abuse')!.status).toBe('unknown');
    expect(run.missingFacts.map((m) => m.fact)).toEqual(['died']);
  });

  it('is safe to reuse one engine for concurrent runs: each run sees only its own facts', async () => {
    const fresh = () => createRuleSet({ area: 'serious-incident', modules: [deathWithAbuse, deathOrAbuse, notDied, countReached], facts });
    const factArb = fc.record(
      {
        died: fc.option(fc.boolean(), { nil: undefined }),
        abuseSuspected: fc.option(fc.boolean(), { nil: undefined }),
        count: fc.integer({ min: 0, max: 5 }),
        threshold: fc.integer({ min: 0, max: 5 }),
      },
      { requiredKeys: ['count', 'threshold'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(factArb, { minLength: 2, maxLength: 30 }), async (batch) => {
        const shared = await Promise.all(batch.map((f) => set.run(f)));
        const separate = await Promise.all(batch.map((f) => fresh().run(f)));
        expect(shared).toEqual(separate);
      }),
      { numRuns: 30 },
    );
  });
});

describe('createRuleSet memo of recent runs', () => {
  it('gives every caller its own copy, so changing one result cannot change the next', async () => {
    const facts1 = { died: true, abuseSuspected: true, count: 0, threshold: 1 };
    const first = await set.run(facts1);
    const mine = first.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    mine.status = 'not-fired';
    mine.citation[0]!.section = 'changed';
    first.missingFacts.push({ fact: 'x', question: 'x?', neededBy: [] });
    const second = await set.run(facts1);
    const theirs = second.rules.find((r) => r.ruleId === 'test.death-with-abuse')!;
    expect(theirs.status).toBe('fired');
    expect(theirs.citation[0]!.section).toBe('Chapter 5, paragraph 1');
    expect(second.missingFacts).toEqual([]);
    expect(second.fired.every((r) => second.rules.includes(r))).toBe(true);
  });

  it('copies every field of a memoised trace, in the same order, and shares no object with the memo', async () => {
    // A rule with nested all/any/not groups, a group sentence, an array value
    // and an event whose params hold a nested object.
    const nested: RuleModule = {
      ...rule('test.nested', {
        all: [
          { any: [{ fact: 'died', operator: 'equal', value: true, says: 'the child has died' }, { not: { fact: 'count', operator: 'in', value: [0, 1], says: 'the count is 0 or 1' } }], says: 'either' },
          { fact: 'abuseSuspected', operator: 'notEqual', value: false, says: 'abuse is not ruled out' },
        ],
      }),
      event: { type: 'test.nested', params: { action: { id: 'act', role: 'someone', steps: ['one', 'two'] } } },
    };
    const memo = createRuleSet({ area: 'serious-incident', modules: [nested, countReached], facts });
    const uncached = createRuleSet({ area: 'serious-incident', modules: [nested, countReached], facts, cacheSize: 0 });
    const input = { died: true, abuseSuspected: true, count: 3, threshold: 2 };
    const first = await memo.run(input);
    const again = await memo.run(input);
    // Same fields in the same order as a run that never touched the memo.
    expect(JSON.stringify(again)).toBe(JSON.stringify(await uncached.run(input)));
    const nestedOf = (run: typeof first) => run.rules.find((r) => r.ruleId === 'test.nested')!;
    expect(nestedOf(again).status).toBe('fired');
    // Nothing reachable from one result is shared with the next.
    const seen = new Set<object>();
    const collect = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      seen.add(value);
      for (const v of Object.values(value)) collect(v);
    };
    collect(first.rules);
    collect(first.missingFacts);
    const shared: unknown[] = [];
    const check = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      if (seen.has(value)) shared.push(value);
      for (const v of Object.values(value)) check(v);
    };
    check(again.rules);
    check(again.missingFacts);
    expect(shared).toEqual([]);
    (nestedOf(first).conclusion!.action as { steps: string[] }).steps.push('three');
    expect(nestedOf(await memo.run(input)).conclusion).toEqual({ type: 'test.nested', action: { id: 'act', role: 'someone', steps: ['one', 'two'] } });
  });

  it('gives the same result with the memo off, full, or evicting', async () => {
    const modules = [deathWithAbuse, deathOrAbuse, notDied, countReached];
    const off = createRuleSet({ area: 'serious-incident', modules, facts, cacheSize: 0 });
    const tiny = createRuleSet({ area: 'serious-incident', modules, facts, cacheSize: 2 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ died: fc.option(fc.boolean(), { nil: undefined }), count: fc.integer({ min: 0, max: 3 }), threshold: fc.constant(2) }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (batch) => {
          for (const f of batch) {
            const expected = await off.run(f);
            expect(await tiny.run(f)).toEqual(expected);
            expect(await set.run(f)).toEqual(expected);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('createRuleSet validation', () => {
  it('refuses a rule without a citation', () => {
    expect(() => createRuleSet({ area: 'serious-incident', modules: [{ ...deathWithAbuse, citation: [] }], facts })).toThrow(
      /every rule cites at least one source/,
    );
  });
  it('refuses a rule without an example', () => {
    expect(() => createRuleSet({ area: 'serious-incident', modules: [{ ...deathWithAbuse, examples: [] }], facts })).toThrow(
      /at least one example/,
    );
  });
  it('refuses a condition without a plain-English sentence', () => {
    const bad = { ...deathWithAbuse, conditions: { all: [{ fact: 'died', operator: 'equal', value: true }] } } as unknown as RuleModule;
    expect(() => createRuleSet({ area: 'serious-incident', modules: [bad], facts })).toThrow(/says/);
  });
  it('refuses a fact that is not in the catalogue', () => {
    const bad = rule('test.bad-fact', { all: [{ fact: 'nope', operator: 'equal', value: true, says: 'something holds' }] });
    expect(() => createRuleSet({ area: 'serious-incident', modules: [bad], facts })).toThrow(/fact "nope"/);
  });
  it('refuses duplicate ids and rules of another area', () => {
    expect(() => createRuleSet({ area: 'serious-incident', modules: [deathWithAbuse, deathWithAbuse], facts })).toThrow(/used twice/);
    expect(() => createRuleSet({ area: 'need-level', modules: [deathWithAbuse], facts })).toThrow(/belongs to serious-incident/);
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
