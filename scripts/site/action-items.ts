/**
 * The actions the decisions name (who does what next), each with its
 * citation, for the source coverage page. They are found by running every
 * rule example through its decision, so the list is what the library really
 * returns; each links to the first rule whose example led to it.
 */
import type { Action } from '../../src/index.js';
import { siteDecisions } from './decisions.js';
import { allRuleModules, ruleHref, type CitingItem } from './site-data.js';

export async function actionItems(): Promise<CitingItem[]> {
  const byId = new Map<string, CitingItem>();
  for (const rule of allRuleModules) {
    for (const example of rule.examples) {
      const result = (await siteDecisions[rule.decision].run(example.input)) as { actions: Action[] };
      for (const action of result.actions) {
        if (byId.has(action.id)) continue;
        byId.set(action.id, { kind: 'action', id: action.id, title: `${action.role}: ${action.description}`, href: ruleHref(rule.id), decision: rule.decision, citations: [action.citation] });
      }
    }
  }
  return [...byId.values()];
}
