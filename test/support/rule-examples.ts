/**
 * Runs every example of a list of rule modules through the area's public
 * decision function and checks what the rule made of the case (fired, not
 * fired, unknown) and, where the example says, the decision's outcome.
 * Rule examples are the executable half of the generated rule docs.
 *
 * Every example also checks the framework's promises on a real case: the
 * questions in `missingFacts` are asked only while the outcome is undecided,
 * every listed counterfactual, applied to the input, really gives the
 * outcome it names, and the result survives a JSON round trip unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { RuleModule } from '../../src/rules/engine/rule-module.js';
import { withInputField } from './apply-counterfactual.js';

interface DecisionLike {
  outcome: string;
  reasons: { ruleId: string; status: string }[];
  missingFacts: unknown[];
  counterfactuals: { fact: string; alternative: unknown; outcome: string }[];
  actions: { id: string }[];
  warnings: { code: string }[];
}

/** The value at a dotted path (`route.consent.situation`, `deadlines.0.due`). */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key]), value);
}

export function describeRuleExamples(area: string, modules: readonly RuleModule[], decide: (input: never, options?: never) => DecisionLike): void {
  describe(`${area} rule examples`, () => {
    for (const module of modules) {
      describe(module.id, () => {
        it('has at least one example', () => {
          expect(module.examples.length).toBeGreaterThan(0);
        });
        for (const example of module.examples) {
          it(example.name, () => {
            const options = example.options as never;
            const result = decide(example.input as never, options);
            const trace = result.reasons.find((r) => r.ruleId === module.id);
            expect(trace, `rule ${module.id} is not in the decision's reasons`).toBeDefined();
            expect(trace!.status).toBe(example.expect.rule);
            if (example.expect.outcome !== undefined) expect(result.outcome).toBe(example.expect.outcome);
            for (const [path, value] of Object.entries(example.expect.result ?? {})) expect(at(result, path), path).toEqual(value);
            const actions = result.actions.map((a) => a.id);
            for (const id of example.expect.actions?.include ?? []) expect(actions, `action ${id}`).toContain(id);
            for (const id of example.expect.actions?.exclude ?? []) expect(actions, `action ${id}`).not.toContain(id);
            const warnings = result.warnings.map((w) => w.code);
            for (const code of example.expect.warnings?.include ?? []) expect(warnings, `warning ${code}`).toContain(code);
            for (const code of example.expect.warnings?.exclude ?? []) expect(warnings, `warning ${code}`).not.toContain(code);
            if (result.outcome === 'insufficient-information') expect(result.missingFacts.length).toBeGreaterThan(0);
            else expect(result.missingFacts).toEqual([]);
            for (const c of result.counterfactuals) {
              const changed = decide(withInputField(example.input, c.fact, c.alternative) as never, options);
              expect(changed.outcome, `${c.fact} → ${JSON.stringify(c.alternative)}`).toBe(c.outcome);
            }
            expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          });
        }
      });
    }
  });
}
