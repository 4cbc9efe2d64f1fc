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
}

export function describeRuleExamples(area: string, modules: readonly RuleModule[], decide: (input: never) => DecisionLike): void {
  describe(`${area} rule examples`, () => {
    for (const module of modules) {
      describe(module.id, () => {
        it('has at least one example', () => {
          expect(module.examples.length).toBeGreaterThan(0);
        });
        for (const example of module.examples) {
          it(example.name, () => {
            const result = decide(example.input as never);
            const trace = result.reasons.find((r) => r.ruleId === module.id);
            expect(trace, `rule ${module.id} is not in the decision's reasons`).toBeDefined();
            expect(trace!.status).toBe(example.expect.rule);
            if (example.expect.outcome !== undefined) expect(result.outcome).toBe(example.expect.outcome);
            if (result.outcome === 'insufficient-information') expect(result.missingFacts.length).toBeGreaterThan(0);
            else expect(result.missingFacts).toEqual([]);
            for (const c of result.counterfactuals) {
              const changed = decide(withInputField(example.input, c.fact, c.alternative) as never);
              expect(changed.outcome, `${c.fact} → ${JSON.stringify(c.alternative)}`).toBe(c.outcome);
            }
            expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          });
        }
      });
    }
  });
}
