/**
 * The schemas in `/schemas` are zod/mini schemas. A consumer using zod 4
 * classic composes them with classic's functions instead of the methods
 * mini schemas lack. Each way of composing that CHANGELOG.md and the README
 * name is checked here: it keeps the library schema's own checks (the
 * refinements too, not only the shape) and its JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { ClassifyNeedInputSchema, NationalAlertInputSchema, NeedToKnowInputSchema, SafeguardingInputError, parseInput } from '../../src/schemas/index.js';

const duplicate = { indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.self-harm'] };

describe('the library schemas composed with zod classic', () => {
  it('are zod/mini schemas: the classic methods are not there', () => {
    // The breaking change itself: code calling these must use the functions below.
    const schema = ClassifyNeedInputSchema as unknown as Record<string, unknown>;
    expect(schema.extend).toBeUndefined();
    expect(schema.optional).toBeUndefined();
    expect(schema.toJSONSchema).toBeUndefined();
    expect(ClassifyNeedInputSchema.parse({ indicators: [] })).toEqual({ indicators: [] });
    expect(ClassifyNeedInputSchema.safeParse(duplicate).success).toBe(false);
  });

  it("keep their descriptions in zod's global registry (classic's is the same registry)", () => {
    expect(z.globalRegistry.get(NationalAlertInputSchema.shape.asOf)?.description).toBe('The date of the decision (YYYY-MM-DD).');
  });

  it('go inside a classic object, array or optional with their checks', () => {
    const wrapper = z.object({ need: ClassifyNeedInputSchema, caseId: z.string() });
    expect(wrapper.safeParse({ need: { indicators: [] }, caseId: 'c1' }).success).toBe(true);
    // The duplicate check is a refinement of the library's schema: it still runs inside the wrapper.
    const refused = wrapper.safeParse({ need: duplicate, caseId: 'c1' });
    expect(refused.error?.issues.map((i) => [i.path, i.code === 'custom' ? i.params : undefined])).toEqual([[['need', 'indicators', 1], { code: 'duplicate' }]]);
    expect(z.array(ClassifyNeedInputSchema).safeParse([{ indicators: [] }, duplicate]).error?.issues[0]?.path).toEqual([1, 'indicators', 1]);
    expect(z.optional(ClassifyNeedInputSchema).safeParse(undefined).success).toBe(true);
    expect(z.optional(ClassifyNeedInputSchema).safeParse(duplicate).success).toBe(false);
  });

  it('are validated by parseInput inside a classic schema, with the library issues', () => {
    const wrapper = z.object({ need: NeedToKnowInputSchema });
    expect(() => parseInput(wrapper, { need: { asOf: '2026-02-30' } })).toThrow(SafeguardingInputError);
    try {
      parseInput(wrapper, { need: { asOf: '2026-02-30' } });
    } catch (error) {
      expect((error as SafeguardingInputError).issues).toEqual([{ path: ['input', 'need', 'asOf'], code: 'invalid-date', message: 'input.need.asOf: "2026-02-30" is not a real date' }]);
    }
  });

  it('gain fields with zod/mini safeExtend, keeping their refinements', () => {
    const extended = zm.safeExtend(NeedToKnowInputSchema, { caseId: z.string() });
    expect(extended.safeParse({ asOf: '2026-01-05', caseId: 'c1' }).success).toBe(true);
    expect(extended.safeParse({ asOf: '2026-01-05' }).error?.issues[0]?.path).toEqual(['caseId']);
    // NeedToKnowInputSchema's own date-order refinement still runs.
    const refused = extended.safeParse({ asOf: '2026-01-05', lastUpdateSentOn: '2026-01-02', caseId: 'c1' });
    expect(refused.error?.issues.map((i) => i.path)).toEqual([['notifiedOn']]);
  });

  it("give classic's z.toJSONSchema the JSON Schema the package ships", () => {
    const shipped = JSON.parse(readFileSync(new URL('../../json-schema/classify-need-input.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { title: _title, ...expected } = shipped;
    // The generator adds a date's shape (a refinement is invisible to JSON Schema); classic gives the rest as shipped.
    delete ((expected.properties as Record<string, Record<string, unknown>>).allegationReceivedOn!).pattern;
    expect(z.toJSONSchema(ClassifyNeedInputSchema, { io: 'input', target: 'draft-2020-12' })).toEqual(expected);
  });
});
