/**
 * "See also" links between related rules across decisions, and from a rule
 * to the timescales it starts. Relatedness is measured, not written by hand:
 * each rule's title and summary are searched (MiniSearch, the site's search
 * engine) among the rules of the other decisions, and a rule links to the
 * timescales whose deadlines its own examples produce when it applies.
 */
import MiniSearch from 'minisearch';
import type { RuleModule } from '../../src/rules/engine/rule-module.js';
import { allRuleModules, timescales } from './site-data.js';
import { siteDecisions } from './decisions.js';

/** Words that say nothing about what a rule is about. */
const STOP = new Set(
  ('a an and are as at be by for from has have in is it its of on or that the their this to was were when where which who with not any all must should may been being child children ' +
    // who the rule is about, not what happened: every decision names these groups
    'looked after care leaver leavers plan notify notified notification need needs required panel local authority luton rule applies under person young')
    .split(' '),
);

const tokenize = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w));

export interface SeeAlso {
  rules: RuleModule[];
  timescaleIds: string[];
}

export async function buildSeeAlso(): Promise<Map<string, SeeAlso>> {
  const index = new MiniSearch<{ id: string; title: string; summary: string; decision: string }>({ fields: ['title', 'summary'], storeFields: ['decision'], tokenize, searchOptions: { boost: { title: 2 } } });
  index.addAll(allRuleModules.map((r) => ({ id: r.id, title: r.title, summary: r.summary, decision: r.decision })));
  const byId = new Map(allRuleModules.map((r) => [r.id, r]));
  const result = new Map<string, SeeAlso>();
  for (const rule of allRuleModules) {
    const hits = index.search(`${rule.title} ${rule.title}`, { combineWith: 'OR', filter: (h) => h.decision !== rule.decision });
    const best = hits[0]?.score ?? 0;
    // Only strong matches: at least half as good as the best one, and at most three.
    const related = hits.filter((h) => h.score >= best * 0.6 && h.score > 6).slice(0, 3).map((h) => byId.get(String(h.id))!);
    const timescaleIds = new Set<string>();
    for (const example of rule.examples) {
      if (example.expect.rule !== 'fired') continue;
      const decided = (await siteDecisions[rule.decision].run(example.input)) as { deadlines: { id: string }[] };
      for (const d of decided.deadlines) if (timescales.some((t) => t.id === d.id)) timescaleIds.add(d.id);
    }
    result.set(rule.id, { rules: related, timescaleIds: [...timescaleIds] });
  }
  return result;
}
