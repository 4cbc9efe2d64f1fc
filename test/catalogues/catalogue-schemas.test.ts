/**
 * The catalogues as data: each file is its public export as JSON, validates
 * against its shipped JSON Schema, and each zod schema's type is the
 * library's TypeScript type (checked by `npm run typecheck`), so the schema
 * and the type cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  ConditionDescriptionSchema,
  EngineRuleSchema,
  InterpretationSchema,
  NeedIndicatorSchema,
  RuleDocumentationSchema,
  SpecialCircumstanceInfoSchema,
  TimescaleSchema,
  catalogueSchemas,
} from '../../src/catalogues/catalogue-schemas.js';
import { catalogueData, catalogueNames } from '../../src/catalogues/catalogues.js';
import type { ConditionDescription, EngineRule, Interpretation, NeedIndicator, RuleDocumentation, SpecialCircumstanceInfo, Timescale } from '../../src/index.js';
import { inputIssueCodeDescriptions, inputIssueCodes, needIndicators } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ajv = new Ajv2020({ strict: true, allErrors: true });

describe('catalogues as data', () => {
  for (const name of catalogueNames) {
    it(`catalogues/${name}.json is the library's export, valid against json-schema/catalogue-${name}.schema.json`, () => {
      const file = JSON.parse(readFileSync(join(root, 'catalogues', `${name}.json`), 'utf8')) as unknown[];
      expect(file).toEqual(JSON.parse(JSON.stringify(catalogueData(name))));
      expect(file.length).toBeGreaterThan(0);
      const schema = JSON.parse(readFileSync(join(root, 'json-schema', `catalogue-${name}.schema.json`), 'utf8')) as Record<string, unknown>;
      const validate = ajv.compile(schema);
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(catalogueSchemas[name].safeParse(file).success).toBe(true);
    });
  }

  it('the schemas can fail: a wrong level, a missing field, an unknown document id', () => {
    const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'json-schema', 'catalogue-indicators.schema.json'), 'utf8')) as object);
    const first = JSON.parse(JSON.stringify(needIndicators[0])) as Record<string, unknown>;
    expect(validate([{ ...first, level: 'severe' }])).toBe(false);
    const { label: _label, ...withoutLabel } = first;
    expect(validate([withoutLabel])).toBe(false);
    expect(validate([{ ...first, citation: { document: 'some-other-guide', section: 'x' } }])).toBe(false);
  });

  it('every issue code has a description, and the error-codes catalogue lists them in order', () => {
    expect(Object.keys(inputIssueCodeDescriptions).sort()).toEqual([...inputIssueCodes].sort());
    expect((catalogueData('error-codes') as { code: string }[]).map((e) => e.code)).toEqual([...inputIssueCodes]);
  });

  it("each zod schema's type is the library's type", () => {
    expectTypeOf<z.output<typeof NeedIndicatorSchema>>().toEqualTypeOf<NeedIndicator>();
    expectTypeOf<z.output<typeof InterpretationSchema>>().toEqualTypeOf<Interpretation>();
    expectTypeOf<z.output<typeof TimescaleSchema>>().toEqualTypeOf<Timescale>();
    expectTypeOf<z.output<typeof SpecialCircumstanceInfoSchema>>().toEqualTypeOf<SpecialCircumstanceInfo>();
    expectTypeOf<z.output<typeof EngineRuleSchema>>().toEqualTypeOf<EngineRule>();
    expectTypeOf<z.output<typeof ConditionDescriptionSchema>>().toEqualTypeOf<ConditionDescription>();
    expectTypeOf<z.output<typeof RuleDocumentationSchema>>().toEqualTypeOf<RuleDocumentation>();
  });
});
