/**
 * Every public function × every hostile kind of input (getters that change
 * or throw, Proxies incl. a Proxy array whose length is not a number, huge
 * strings and lists, cycles, `__proto__` keys, inherited properties, class
 * instances, and planted names), FUZZ_RUNS runs each (10,000 in `npm test`;
 * `npm run fuzz` runs 100,000): the function answers or throws the library's
 * input error with issues that give no name away. Nothing else (a TypeError,
 * a RangeError from a regular expression, a zod error) ever escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { FUZZ_RUNS, applyRecipe, expectAnswerOrSafeError, hostileKinds, recipes } from './support/hostile.js';
import { targets } from './support/targets.js';

/** Keys added to the built-in prototypes or the global object since the suite started. */
const prototypes: [string, object][] = [['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype], ['Function.prototype', Function.prototype], ['String.prototype', String.prototype]];
const before = new Map(prototypes.map(([name, p]) => [name, Reflect.ownKeys(p).length]));
const globalsBefore = Reflect.ownKeys(globalThis).length;
function pollution(): string[] {
  const found = prototypes.filter(([name, p]) => Reflect.ownKeys(p).length !== before.get(name)).map(([name]) => name);
  if (Reflect.ownKeys(globalThis).length !== globalsBefore) found.push('globalThis');
  return found;
}

describe('hostile input gets an answer or SafeguardingInputError', () => {
  for (const target of targets) {
    // About 2 ms a run for the slowest functions on a busy machine, with room to spare.
    it(target.name, { timeout: Math.max(600_000, FUZZ_RUNS * 20) }, async () => {
      const kindsTried = new Set<string>();
      await fc.assert(
        fc.asyncProperty(recipes(target.args, target.echoedByDesign), async (recipe) => {
          for (const [, kind] of recipe) kindsTried.add(kind);
          const args = applyRecipe(target.args, recipe);
          await expectAnswerOrSafeError(() => target.call(...args));
          // Nothing reached a built-in prototype or the global object (a "constructor" or "__proto__" key, say).
          expect(pollution()).toEqual([]);
        }),
        { numRuns: FUZZ_RUNS },
      );
      // Every kind of hostility reached this function (not only the first few a seed happened to pick).
      if (FUZZ_RUNS >= 1_000) expect([...kindsTried].sort()).toEqual(Object.keys(hostileKinds).sort());
    });
  }
});

describe('the fuzz targets', () => {
  it('include every public function of the main, /calendar and /schemas entry points', () => {
    const exported = new Set<string>();
    for (const entry of [api, calendar, schemas] as Record<string, unknown>[]) {
      for (const [name, value] of Object.entries(entry)) {
        // The error class is constructed by the library, not called with input.
        if (typeof value === 'function' && name !== 'SafeguardingInputError') exported.add(name);
      }
    }
    const targeted = new Set(targets.map((t) => t.name.split(' ')[0]));
    expect([...exported].filter((name) => !targeted.has(name))).toEqual([]);
    expect(exported.size).toBeGreaterThan(20);
  });
});
