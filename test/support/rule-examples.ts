/**
 * Runs every example of a list of rule modules through the area's public
 * decision function and checks what the rule made of the case (fired, not
 * fired, unknown) and, where the example says, the decision's outcome.
 * Rule examples are the executable half of the generated rule docs.
 */
import { describe, expect, it } from 'vitest';
import type { RuleModule } from '../../src/rules/engine/rule-module.js';

interface DecisionLike {
  outcome: string;
  reasons: { ruleId: string; status: string }[];
}

export function describeRuleExamples(
  area: string,
  modules: readonly RuleModule[],
  decide: (input: never) => Promise<DecisionLike> | DecisionLike,
): void {
  describe(`${area} rule examples`, () => {
    for (const module of modules) {
      describe(module.id, () => {
        it('has at least one example', () => {
          expect(module.examples.length).toBeGreaterThan(0);
        });
        for (const example of module.examples) {
          it(example.name, async () => {
            const result = await decide(example.input as never);
            const trace = result.reasons.find((r) => r.ruleId === module.id);
            expect(trace, `rule ${module.id} is not in the decision's reasons`).toBeDefined();
            expect(trace!.status).toBe(example.expect.rule);
            if (example.expect.outcome !== undefined) expect(result.outcome).toBe(example.expect.outcome);
          });
        }
      });
    }
  });
}
