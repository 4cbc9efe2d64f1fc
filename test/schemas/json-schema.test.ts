/**
 * The generated JSON Schemas (json-schema/*.schema.json) accept the example
 * inputs the library's own tests and rule modules use, reject what the zod
 * schemas reject for the same reasons, and are current on disk.
 *
 * Every name in `publicSchemas` must have examples here: when an area adds
 * its input schema to `publicSchemas`, add its rule modules' example inputs
 * (and any other example inputs of that area) to `examplesBySchema`.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, jsonSchemaProblems, toJsonSchema } from '../../scripts/generate-json-schemas.js';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { publicSchemas } from '../../src/schemas/public-schemas.js';
import { resultSchemas } from '../../src/results/result-schemas.js';
import { validPlacementNotifications } from '../rules/placement-notification/examples.js';
import { timelineExamples } from '../rules/timeline/examples.js';

/** The example inputs of every rule of a decision area. */
const ruleExamples = (area: DecisionArea) => allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.map((e) => e.input));

const examplesBySchema: Record<string, readonly unknown[]> = {
  'classify-need-input': ruleExamples('need-level'),
  'classify-need-options': [{}, { intensiveIndicatorThreshold: 1 }, { intensiveIndicatorThreshold: 3 }],
  'need-to-know-input': ruleExamples('need-to-know'),
  'national-alert-input': ruleExamples('national-alert'),
  'serious-incident-input': ruleExamples('serious-incident'),
  'statutory-timeline-input': timelineExamples,
  'placement-notification': validPlacementNotifications,
  // What validatePlacementNotification accepts: complete notifications, and incomplete ones it reports on.
  'placement-notification-input': [...validPlacementNotifications, { kind: 'placement-start' }, { kind: 'leaving-placement', receivedOn: '2026-07-01' }],
};

/** Inputs both the zod schema and the JSON Schema must reject. */
const rejectedBySchema: Record<string, readonly unknown[]> = {
  'classify-need-input': [{}, { indicators: 'need-level.universal.health.physically-well' }, { indicators: [], significantHarm: true }, { indicators: [], significantHarmSuspected: 'yes' }],
  'classify-need-options': [{ intensiveIndicatorThreshold: 0 }, { intensiveIndicatorThreshold: 1.5 }, { threshold: 2 }],
  'need-to-know-input': [{ unknownField: true }, { asOf: '18 December 2026' }],
  'national-alert-input': [{ unknownField: true }, { asOf: '18 December 2026' }],
  'serious-incident-input': [{ unknownField: true }, { awareOn: '18/12/2026' }, { childDied: 'yes' }, { ageInYears: -1 }],
  'statutory-timeline-input': [
    { asOf: '2026-01-01' },
    { asOf: '1 January 2026', events: [] },
    { asOf: '2026-01-01', events: [{ type: 'case-reopened', date: '2026-01-01' }] },
    { asOf: '2026-01-01', events: [{ type: 'referral-received', date: '2026-01-01', nextStep: 'assessment' }] },
    { asOf: '2026-01-01', events: [{ type: 'child-died', date: '2026-01-01', episode: 'A' }] },
    { asOf: '2026-01-01', events: [{ type: 'referral-received', date: '2026-01-01', episode: 'not an id' }] },
    { asOf: '2026-01-01', events: [{ type: 'referral-received', date: '2026-01-01', planMade: true }] },
    { asOf: '2026-01-01', events: [], childName: 'not allowed' },
  ],
  'placement-notification': [
    { kind: 'placement-start' },
    { ...validPlacementNotifications[0], independentReviewingOfficer: { name: 'Sam Reviewer' } },
    { ...validPlacementNotifications[0], specialEducationalNeeds: { hasStatementOrEhcPlan: true } },
    { ...validPlacementNotifications[0], legalStatus: 'special-guardianship' },
    { ...validPlacementNotifications[0], child: { name: '  ', dateOfBirth: '2014-05-17' } },
    { kind: 'leaving-placement', child: { name: 'A', dateOfBirth: '2014-05-17' }, placingAuthority: { name: 'X' } },
  ],
  'placement-notification-input': [{}, { kind: 'respite' }, { kind: 'placement-start', receivedOn: '1 July 2026' }],
};

// strictRequired is off because it rejects the standard "at least one of"
// form (anyOf of `required` naming properties declared beside it).
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });

describe('generated JSON Schemas', () => {
  it('every public schema has example inputs to check', () => {
    for (const name of Object.keys(publicSchemas)) {
      expect(examplesBySchema[name]?.length ?? 0, `add the example inputs of "${name}" to examplesBySchema`).toBeGreaterThan(0);
    }
  });

  for (const [name, schema] of Object.entries(publicSchemas)) {
    describe(name, () => {
      const validate = ajv.compile(toJsonSchema(name, schema));

      it.each((examplesBySchema[name] ?? []).map((e, i) => [i, e] as const))('accepts example %i (as the zod schema does)', (_i, example) => {
        expect(schema.safeParse(example).success).toBe(true);
        const ok = validate(example);
        expect(ok, JSON.stringify(validate.errors)).toBe(true);
      });

      it.each((rejectedBySchema[name] ?? []).map((e, i) => [i, e] as const))('rejects bad input %i (as the zod schema does)', (_i, bad) => {
        expect(schema.safeParse(bad).success).toBe(false);
        expect(validate(bad)).toBe(false);
      });
    });
  }

  it('the files in json-schema/ are what the generator writes (run `npx tsx scripts/generate-json-schemas.ts` if not)', () => {
    expect(jsonSchemaProblems()).toEqual([]);
    const inputs = Object.keys(publicSchemas).map((n) => `${n}.schema.json`);
    const results = Object.keys(resultSchemas).map((n) => `${n}.schema.json`);
    expect([...jsonSchemaFiles().keys()].filter((f) => !f.startsWith('catalogue-') && !results.includes(f)).sort()).toEqual(inputs.sort());
  });

  it('dates carry their shape into JSON Schema (a real-date check stays with the library)', () => {
    const validate = ajv.compile(toJsonSchema('statutory-timeline-input', publicSchemas['statutory-timeline-input']!));
    expect(validate({ asOf: '2026-02-30', events: [] })).toBe(true);
    expect(publicSchemas['statutory-timeline-input']!.safeParse({ asOf: '2026-02-30', events: [] }).success).toBe(false);
  });
});
