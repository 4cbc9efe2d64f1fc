/**
 * The library builds json-rules-engine's operator table from the engine's
 * own operator modules, without the Engine: it must hold the same operators
 * as a real Engine, which compare the same way.
 */
import { Engine } from 'json-rules-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineOperator } from '../../../src/rules/engine/operators.js';

const engineTable = (new Engine() as unknown as { operators: { operators: Map<string, { name: string; evaluate(a: unknown, b: unknown): boolean }> } }).operators;

describe('engineOperator', () => {
  const names = [...engineTable.operators.keys()];

  it('knows every operator a json-rules-engine Engine has by default', () => {
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) expect(engineOperator(name).name, name).toBe(name);
  });

  it('gives the same answer as the Engine on any values, for plain and decorated operators', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'b', true, false), fc.array(fc.constantFrom('a', 'b', 1, 2), { maxLength: 3 }));
    const decorated = ['everyFact:contains', 'someValue:equal', 'not:equal', 'swap:in'];
    fc.assert(
      fc.property(fc.constantFrom(...names, ...decorated), value, value, (name, a, b) => {
        const ours = engineOperator(name);
        const theirs = (new Engine() as unknown as { operators: { get(n: string): { evaluate(a: unknown, b: unknown): boolean } } }).operators.get(name);
        let expected: unknown;
        let actual: unknown;
        try { expected = theirs.evaluate(a, b); } catch (e) { expected = String(e); }
        try { actual = ours.evaluate(a, b); } catch (e) { actual = String(e); }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an operator the engine does not have', () => {
    expect(() => engineOperator('roughlyEqual')).toThrow(/Unknown json-rules-engine operator: roughlyEqual/);
  });
});
