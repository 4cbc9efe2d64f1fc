/**
 * Words on every field: every property of every JSON Schema the package
 * ships (inputs, catalogues) has a description, and no date is described
 * only as "a calendar date": it says which date it is. The same words reach
 * TypeScript users through the zod schemas, the OpenAPI description, and the
 * site's forms.
 *
 * Schemas still waiting for their words are listed in `awaitingWords`, and
 * the test checks that each of them still lacks some, so the list cannot
 * outlive the work: once a schema is complete, it must leave the list.
 */
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/generate-json-schemas.js';

/** The generic words a date got before it said which date it is. */
const GENERIC_DATE = 'A calendar date as YYYY-MM-DD';

/** Schemas whose fields do not all have their words yet (none: every input field has its description, which its hover documentation is written from). */
const awaitingWords = new Set<string>([]);

type Node = Record<string, unknown>;

/** The path of every property (and named definition) without words of its own. */
export function fieldsWithoutWords(schema: Node): string[] {
  const missing: string[] = [];
  const defs = (schema.$defs as Record<string, Node> | undefined) ?? {};
  /** A property that refers to a definition has the definition's words (JSON Schema tools show them). */
  const wordsOf = (node: Node): unknown => {
    const ref = typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/') ? defs[node.$ref.slice('#/$defs/'.length)] : undefined;
    return node.description ?? ref?.description;
  };
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    for (const [key, child] of Object.entries((n.properties as Record<string, Node> | undefined) ?? {})) {
      const words = wordsOf(child);
      if (typeof words !== 'string' || words.trim() === '' || words === GENERIC_DATE) missing.push(`${path}.${key}`);
      walk(child, `${path}.${key}`);
    }
    for (const key of ['items', 'additionalProperties', 'not']) walk(n[key], `${path}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) if (Array.isArray(n[key])) (n[key] as unknown[]).forEach((c, i) => walk(c, `${path}(${i})`));
    for (const [key, child] of Object.entries((n.$defs as Record<string, Node> | undefined) ?? {})) walk(child, `$defs.${key}`);
  };
  walk(schema, '');
  return missing;
}

describe('words on every field', () => {
  const schemas = jsonSchemas();

  for (const [name, schema] of schemas) {
    if (awaitingWords.has(name)) {
      it(`${name}: still awaiting words (remove it from awaitingWords once it has them all)`, () => {
        expect(fieldsWithoutWords(schema).length).toBeGreaterThan(0);
      });
    } else {
      it(`${name}: every field has a description, and every date says which date it is`, () => {
        expect(fieldsWithoutWords(schema)).toEqual([]);
      });
    }
  }

  it('the check can fail: a property without a description, and a date described only as a date', () => {
    expect(
      fieldsWithoutWords({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string', description: GENERIC_DATE }, c: { type: 'object', description: 'C', properties: { d: { type: 'boolean' } } }, e: { $ref: '#/$defs/E' }, f: { $ref: '#/$defs/F' } },
        $defs: { E: { type: 'string' }, F: { type: 'string', description: 'F' } },
      }),
    ).toEqual(['.a', '.b', '.c.d', '.e']);
  });

  it('every schema awaiting words is a shipped schema', () => {
    for (const name of awaitingWords) expect(schemas.has(name), name).toBe(true);
  });
});
