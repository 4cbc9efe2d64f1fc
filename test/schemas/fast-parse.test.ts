/**
 * The quick first pass over valid input (src/schemas/fast-parse.ts) must
 * agree with zod: wherever it answers, zod accepts the same value and
 * returns the same data. It must also answer for ordinary valid input, or
 * it would be dead weight.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fastParse } from '../../src/schemas/fast-parse.js';
import { readOnce, readRoot } from '../../src/schemas/read-once.js';
import {
  ClassifyNeedInputSchema,
  NationalAlertInputSchema,
  NeedToKnowInputSchema,
  SeriousIncidentInputSchema,
  StatutoryTimelineInputSchema,
} from '../../src/schemas/index.js';
import { classifyNeedInput, nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';

const decisions = [
  { name: 'classifyNeed', schema: ClassifyNeedInputSchema, valid: classifyNeedInput(), nearMiss: classifyNeedInput({ nearMiss: true }) },
  { name: 'assessNeedToKnow', schema: NeedToKnowInputSchema, valid: needToKnowInput(), nearMiss: needToKnowInput({ nearMiss: true }) },
  { name: 'assessNationalAlert', schema: NationalAlertInputSchema, valid: nationalAlertInput(), nearMiss: nationalAlertInput({ nearMiss: true }) },
  { name: 'assessSeriousIncident', schema: SeriousIncidentInputSchema, valid: seriousIncidentInput(), nearMiss: seriousIncidentInput({ nearMiss: true }) },
] as const;

/** Whatever the fast pass says, zod must say too; and it says the same given the keys and values readRoot read. */
function expectAgreement(schema: z.core.$ZodType, value: unknown): 'answered' | 'deferred' {
  const { snapshot, rootKeys, rootValues } = readRoot(value, 'input');
  const quick = fastParse(schema, snapshot);
  expect(fastParse(schema, snapshot, rootKeys, rootValues)).toBe(quick);
  if (quick === undefined) return 'deferred';
  const zod = z.safeParse(schema, readOnce(value, 'input'));
  expect(zod.success, JSON.stringify(value)).toBe(true);
  expect(quick).toStrictEqual(zod.data);
  return 'answered';
}

describe('fastParse agrees with zod', () => {
  for (const { name, schema, valid, nearMiss } of decisions) {
    it(`${name}: on valid inputs it answers, with zod's data`, () => {
      fc.assert(fc.property(valid, (input) => { expect(expectAgreement(schema, input)).toBe('answered'); }), { numRuns: 300 });
    });
    it(`${name}: on near-miss invalid inputs it never answers where zod refuses`, () => {
      fc.assert(fc.property(nearMiss, (input) => void expectAgreement(schema, input)), { numRuns: 500 });
    });
    it(`${name}: on arbitrary JSON values it never answers where zod refuses`, () => {
      fc.assert(fc.property(fc.jsonValue(), (input) => void expectAgreement(schema, input)), { numRuns: 300 });
    });
  }

  it('leaves to zod what it does not know: an explicit undefined, an unknown key, a missing required key, a failed check', () => {
    const ok = { asOf: '2026-12-02', childMissing: true };
    expect(fastParse(NeedToKnowInputSchema, ok)).toBe(ok);
    expect(fastParse(NeedToKnowInputSchema, { ...ok, childMissing: undefined })).toBeUndefined();
    expect(fastParse(NeedToKnowInputSchema, { ...ok, childMisssing: true })).toBeUndefined();
    expect(fastParse(NeedToKnowInputSchema, { childMissing: true })).toBeUndefined();
    expect(fastParse(NeedToKnowInputSchema, { ...ok, asOf: '2026-02-30' })).toBeUndefined();
    expect(fastParse(NeedToKnowInputSchema, { ...ok, childStatus: ['looked-after', 'looked-after'] })).toBeUndefined();
    // The object's own check (a date order) runs too.
    expect(fastParse(NeedToKnowInputSchema, { ...ok, notifiedOn: '2026-12-03', lastUpdateSentOn: '2026-12-01' })).toBeUndefined();
  });

  it('checks the values it is handed with the keys, not the object looked up again', () => {
    const ok = { asOf: '2026-12-02', childMissing: true };
    expect(fastParse(NeedToKnowInputSchema, ok, ['asOf', 'childMissing'], ['2026-12-02', true])).toBe(ok);
    expect(fastParse(NeedToKnowInputSchema, ok, ['asOf', 'childMissing'], ['2026-12-02', 'yes'])).toBeUndefined();
  });

  it('defers on schemas with parts it does not model (transforms, defaults, unions)', () => {
    expect(fastParse(z.string().transform((s) => s.length), 'abc')).toBeUndefined();
    expect(fastParse(z.strictObject({ a: z.boolean().default(true) }), {})).toBeUndefined();
    expect(fastParse(z.union([z.string(), z.number()]), 1)).toBeUndefined();
    expect(fastParse(z.object({ a: z.boolean() }), { a: true, b: 1 })).toBeUndefined();
  });

  it('answers for a timeline on whatever it models, and agrees with zod', () => {
    const input = { asOf: '2026-12-02', events: [{ type: 'referral-received', date: '2026-11-02' }] };
    expectAgreement(StatutoryTimelineInputSchema, input);
  });
});
