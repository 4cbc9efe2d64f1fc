/**
 * Malformed input to the need-level API: arbitrary values and near misses of
 * a real input only ever give an answer or the library's input error, never
 * a TypeError from deep inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import { needIndicatorById, needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { specialCircumstanceById } from '../../../src/rules/need-level/special-circumstances.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';

const realId = fc.constantFrom(...needIndicators.map((i) => i.id));
/** Mostly the right type, sometimes anything at all. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: fc.anything(), weight: 1 });

/** Objects shaped like a real input, with any field possibly wrong, missing or extra. */
const nearMiss = fc.record(
  {
    indicators: fc.oneof(
      { arbitrary: fc.uniqueArray(realId, { maxLength: 12 }), weight: 6 },
      { arbitrary: fc.array(fc.oneof(realId, fc.string(), fc.anything()), { maxLength: 12 }), weight: 1 },
      { arbitrary: fc.anything(), weight: 1 },
    ),
    significantHarmSuspected: maybe(fc.boolean()),
    immediateRiskOfSignificantHarm: maybe(fc.boolean()),
    childInNeed: maybe(fc.boolean()),
    fgm: maybe(fc.record({ disclosedByGirl: maybe(fc.boolean()), physicalSignsObserved: maybe(fc.boolean()), atRisk: maybe(fc.boolean()) }, { requiredKeys: [] })),
    reporterRole: maybe(fc.constantFrom('teacher', 'regulated-health-or-social-care-professional', 'other-professional', 'nurse')),
  },
  { requiredKeys: ['indicators'] },
).chain((input) =>
  // Now and then an unknown key, which must be refused by name.
  fc.oneof({ arbitrary: fc.constant(input), weight: 5 }, { arbitrary: fc.anything().map((extra) => ({ ...input, unexpected: extra })), weight: 1 }),
);
const options = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  { arbitrary: fc.record({ intensiveIndicatorThreshold: maybe(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double())) }, { requiredKeys: [] }), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
);

async function outcomeOf(input: unknown, opts: unknown): Promise<'answer' | 'input-error'> {
  try {
    const result = await classifyNeed(input as never, opts as never);
    expect(['universal', 'additional', 'intensive', 'specialist', 'insufficient-information']).toContain(result.outcome);
    return 'answer';
  } catch (error) {
    expect(error).toBeInstanceOf(SafeguardingInputError);
    const issues = (error as SafeguardingInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.path[0] === 'input' || issue.path[0] === 'options').toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return 'input-error';
  }
}

describe('classifyNeed under malformed input', () => {
  it('answers or throws SafeguardingInputError for arbitrary values', async () => {
    await fc.assert(fc.asyncProperty(fc.anything(), options, async (input, opts) => void (await outcomeOf(input, opts))), { numRuns: 300 });
  });

  it('answers or throws SafeguardingInputError for near misses of a real input', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(nearMiss, options, async (input, opts) => {
        seen.add(await outcomeOf(input, opts));
      }),
      { numRuns: 400 },
    );
    // The generator must reach both sides, or the property proves little.
    expect(seen).toEqual(new Set(['answer', 'input-error']));
  });
});

describe('catalogue look-ups under malformed input', () => {
  it('needIndicatorById returns an indicator or undefined for strings, and the input error otherwise', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === 'string') {
          const found = needIndicatorById(value);
          if (found) expect(found.id).toBe(value);
        } else {
          expect(() => needIndicatorById(value as never)).toThrow(SafeguardingInputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('specialCircumstanceById never throws and finds only real ids', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const found = specialCircumstanceById(value as never);
        if (found) expect(found.id).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
