/**
 * openapi.json is valid OpenAPI 3.1 (the official schemas, through
 * @seriousme/openapi-schema-validator), is what the generator writes, and
 * carries the package's JSON Schemas unchanged as its components.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { generatedFileProblems, jsonSchemas } from '../../scripts/generate-json-schemas.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
type Document = { components: { schemas: Record<string, Record<string, unknown>> }; info: unknown; paths: Record<string, Record<string, { parameters?: Record<string, unknown>[] }>> };
const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as Document;
/** What the validator takes (its own type is narrower than a parsed document's). */
type Spec = Parameters<Validator['validate']>[0];

describe('openapi.json', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Spec);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('the validator can fail: a document without info, and a query parameter without its location', async () => {
    const { info: _info, ...noInfo } = document;
    expect((await new Validator().validate(structuredClone(noInfo) as unknown as Spec)).valid).toBe(false);
    const broken = structuredClone(document);
    delete broken.paths['/calendar/add-working-days']!.get!.parameters![0]!.in;
    expect((await new Validator().validate(broken as unknown as Spec)).valid).toBe(false);
  });

  it('every JSON Schema of the package is a component, unchanged but for its $schema, title and $defs references', () => {
    for (const [name, schema] of jsonSchemas()) {
      const { $schema: _s, title: _t, ...rest } = schema;
      const expected = JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"#/components/schemas/${name}/$defs/`)) as unknown;
      expect(document.components.schemas[name], name).toEqual(expected);
    }
  });

  it('json-schema/, catalogues/ and openapi.json are what the generator writes (`npm run schemas` if not)', () => {
    expect(generatedFileProblems()).toEqual([]);
  });
});
