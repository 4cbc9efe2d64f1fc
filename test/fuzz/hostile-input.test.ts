/**
 * Every public function × every hostile kind of input (getters that change
 * or throw, Proxies, huge strings and lists, cycles, `__proto__` keys,
 * inherited properties, class instances, and planted names), FUZZ_RUNS runs
 * each (10,000 in CI; `npm run fuzz` runs 100,000): the function answers or
 * throws the library's input error with issues that give no name away.
 * Nothing else (a TypeError, a RangeError from a regular expression, a
 * zod error) ever escapes.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FUZZ_RUNS, applyRecipe, expectAnswerOrSafeError, recipes } from './support/hostile.js';
import { targets } from './support/targets.js';

describe('hostile input gets an answer or SafeguardingInputError', () => {
  for (const target of targets) {
    it(target.name, { timeout: 600_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(recipes(target.args), async (recipe) => {
          const args = applyRecipe(target.args, recipe);
          await expectAnswerOrSafeError(() => target.call(...args));
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }
});
