/**
 * The generated JSON Schemas treat unknown keys as the zod schemas do, at
 * every level of every example input: where zod refuses an extra key (a
 * strict object), `additionalProperties: false` refuses it too; where zod
 * accepts and drops it (the complete placement notification, which may say
 * more than the procedure asks), the JSON Schema accepts it too. A case
 * system validating in another language gets the library's answer.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../scripts/generate-json-schemas.js';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { publicSchemas } from '../../src/schemas/public-schemas.js';
import { validPlacementNotifications } from '../rules/placement-notification/examples.js';
import { timelineExamples } from '../rules/timeline/examples.js';

const ruleExamples = (area: DecisionArea) => allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.map((e) => e.input));
const examples: Record<string, readonly unknown[]> = {
  'classify-need-input': ruleExamples('need-level'),
  'classify-need-options': [{}, { intensiveIndicatorThreshold: 1 }],
  'need-to-know-input': ruleExamples('need-to-know'),
  'national-alert-input': ruleExamples('national-alert'),
  'serious-incident-input': ruleExamples('serious-incident'),
  'statutory-timeline-input': timelineExamples,
  'placement-notification': validPlacementNotifications,
  'placement-notification-input': [...validPlacementNotifications, { kind: 'placement-start' }],
};

/** Paths of every plain object inside a value (the root is `[]`). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** A deep copy of `value` with `key: true` added to the object at `path`. */
function withKeyAt(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  target[key] = true;
  return copy;
}

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });

describe('JSON Schemas and zod schemas agree on unknown keys', () => {
  for (const [name, schema] of Object.entries(publicSchemas)) {
    it(name, () => {
      const validate = ajv.compile(toJsonSchema(name, schema));
      const inputs = examples[name] ?? [];
      expect(inputs.length, `add example inputs of ${name}`).toBeGreaterThan(0);
      const cases = inputs.flatMap((input) => objectPaths(input).map((path) => [input, path] as const));
      fc.assert(
        fc.property(fc.constantFrom(...cases), fc.constantFrom('extraKey', 'notes', 'childName', 'x'), ([input, path], key) => {
          const changed = withKeyAt(input, path, key);
          const zodAccepts = schema.safeParse(changed).success;
          expect(validate(changed), `${name} with "${key}" at ${JSON.stringify(path)}: zod ${zodAccepts ? 'accepts' : 'rejects'}`).toBe(zodAccepts);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the decisions refuse unknown keys; the complete placement notification accepts and drops them', () => {
    const extra = (name: string) => withKeyAt(examples[name]![0], [], 'extraKey');
    for (const name of ['classify-need-input', 'need-to-know-input', 'national-alert-input', 'serious-incident-input', 'statutory-timeline-input']) {
      expect(publicSchemas[name]!.safeParse(extra(name)).success, name).toBe(false);
      expect(JSON.stringify(toJsonSchema(name, publicSchemas[name]!))).toContain('"additionalProperties":false');
    }
    expect(publicSchemas['placement-notification']!.safeParse(extra('placement-notification')).success).toBe(true);
  });
});
