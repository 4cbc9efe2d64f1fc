/**
 * The worked examples of docs/placement-notifications.md, run as tests: each
 * notification gives the completeness, problems, steps, warnings and readings
 * the page says it does, and the result survives a JSON round trip.
 */
import { describe, expect, it } from 'vitest';
import { validatePlacementNotification } from '../../../src/rules/placement-notification/index.js';
import { placementExamples } from '../../../src/rules/placement-notification/examples.js';

describe('placement notification examples (docs/placement-notifications.md)', () => {
  for (const example of placementExamples) {
    it(example.name, () => {
      const result = validatePlacementNotification(example.input as never);
      expect(result.valid).toBe(example.expect.valid);
      if (example.expect.problemFields) {
        expect(result.valid ? [] : result.problems.map((p) => p.field)).toEqual(example.expect.problemFields);
      }
      const actions = result.actions.map((a) => a.id);
      for (const id of example.expect.actions?.include ?? []) expect(actions, id).toContain(id);
      for (const id of example.expect.actions?.exclude ?? []) expect(actions, id).not.toContain(id);
      const warnings = result.warnings.map((w) => w.code);
      for (const code of example.expect.warnings?.include ?? []) expect(warnings, code).toContain(code);
      for (const code of example.expect.warnings?.exclude ?? []) expect(warnings, code).not.toContain(code);
      for (const id of example.expect.interpretations ?? []) expect(result.interpretations.map((i) => i.id), id).toContain(id);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  }
});
