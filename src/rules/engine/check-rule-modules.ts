/**
 * The cheap checks a rule set makes when it is first used: every module
 * belongs to the area, ids are unique, every condition is well formed and
 * reads only facts of the area's catalogue, and an interpretation id means
 * the same reading wherever it is used. A bad rule module is a defect in the
 * library, not bad input, so these throw a plain Error naming the rule.
 * The full schema of a module (rule-module-schema.ts, with zod) is checked
 * by the test suite, which keeps zod's cost out of importing a decision.
 */
import { conditionProblem, factsRead } from './condition-shape.js';
import type { DecisionArea, FactCatalogue, RuleModule } from './rule-module.js';

export function checkRuleModules(area: DecisionArea, modules: readonly RuleModule[], facts: FactCatalogue): void {
  const seen = new Set<string>();
  const interpretations = new Map<string, string>();
  for (const module of modules) {
    if (module.decision !== area) throw new Error(`Rule ${module.id} belongs to ${module.decision}, not ${area}`);
    const problem = conditionProblem((module as { conditions?: unknown }).conditions, 'conditions');
    if (problem) throw new Error(`Rule module ${String(module.id)} is invalid: ${problem}`);
    if (seen.has(module.id)) throw new Error(`Rule id ${module.id} is used twice`);
    seen.add(module.id);
    for (const fact of factsRead(module.conditions)) {
      if (!(fact in facts)) throw new Error(`Rule ${module.id} reads fact "${fact}", which is not in its fact catalogue`);
    }
    if (module.event.type === 'warning') {
      const params = module.event.params as { code?: unknown; message?: unknown } | undefined;
      if (typeof params?.code !== 'string' || typeof params.message !== 'string') {
        throw new Error(`Warning rule ${module.id} needs event params { code, message }`);
      }
    }
    for (const def of module.interpretations ?? []) {
      const text = JSON.stringify(def);
      const before = interpretations.get(def.id);
      if (before !== undefined && before !== text) throw new Error(`Interpretation ${def.id} is defined differently in two rules (${module.id})`);
      interpretations.set(def.id, text);
    }
  }
}
