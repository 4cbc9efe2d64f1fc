/**
 * Everything the site shows, read from the library itself: rule modules,
 * indicators, special circumstances, timescales and interpretations, each
 * with the page it lives on. Nothing here is written by hand, so the site
 * cannot drift from what the library decides.
 */
import * as library from '../../src/index.js';
import { allRuleModules, decisionAreas } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import type { Interpretation } from '../../src/rules/engine/interpretation.js';
import type { Citation } from '../../src/schemas/citation.js';
import { censusInterpretations } from '../../src/census/census-interpretations.js';
import { placementItems, recordUpdateItem } from '../../src/rules/placement-notification/items.js';
import { slug } from './html.js';

export { allRuleModules, decisionAreas };
export const { needIndicators, needIndicatorEvidence, needDomains, needLevels, specialCircumstances, timescales } = library;

export const decisionIds = Object.keys(decisionAreas) as DecisionArea[];

export const LEVEL_TITLES: Record<string, string> = { universal: 'Universal', additional: 'Additional', intensive: 'Intensive', specialist: 'Specialist' };

/** Anything that cites a source: a rule, an indicator, a special circumstance, a timescale or an interpretation. */
export interface CitingItem {
  kind: 'rule' | 'indicator' | 'special-circumstance' | 'timescale' | 'interpretation' | 'action' | 'placement-item';
  id: string;
  title: string;
  /** Page of the site that shows it, from the site root. */
  href: string;
  decision?: DecisionArea;
  citations: Citation[];
}

export const ruleHref = (id: string): string => `rules/${id}.html`;
export const indicatorHref = (id: string): string => `indicators.html#${slug(id)}`;
export const timescaleHref = (id: string): string => `timescales.html#${slug(id)}`;
export const specialCircumstanceHref = (id: string): string => `indicators.html#special-${slug(id)}`;
export const interpretationHref = (id: string): string => `interpretations.html#${slug(id)}`;

/** Every interpretation the library records (the census reader's too), with the rules (and timescales) that rely on it; the caller's own copy. */
export function allInterpretations(): Interpretation[] {
  const known = new Set(library.interpretations.map((i) => i.id));
  return [...library.interpretations, ...censusInterpretations.filter((i) => !known.has(i.id))].map((i) => ({ ...i, citation: { ...i.citation }, ruleIds: [...i.ruleIds] }));
}

/** The interpretations one rule relies on. */
export function interpretationsOf(ruleId: string): Interpretation[] {
  return allInterpretations().filter((i) => i.ruleIds.includes(ruleId));
}

export function citingItems(): CitingItem[] {
  const items: CitingItem[] = [];
  for (const r of allRuleModules) items.push({ kind: 'rule', id: r.id, title: r.title, href: ruleHref(r.id), decision: r.decision, citations: r.citation });
  for (const i of needIndicators)
    items.push({
      kind: 'indicator',
      id: i.id,
      title: `${i.label} (${LEVEL_TITLES[i.level]} indicator)`,
      href: indicatorHref(i.id),
      decision: 'need-level',
      // Where it is printed, and the passage that supports what it is read as evidence of.
      citations: [i.citation, needIndicatorEvidence.find((e) => e.indicatorId === i.id)!.citation],
    });
  for (const s of specialCircumstances)
    items.push({
      kind: 'special-circumstance',
      id: s.id,
      title: s.label,
      href: specialCircumstanceHref(s.id),
      decision: 'need-level',
      citations: [s.citation, ...s.duties.map((d) => d.citation)],
    });
  for (const t of timescales) items.push({ kind: 'timescale', id: t.id, title: t.title, href: timescaleHref(t.id), citations: [t.citation, ...(t.seeAlso ?? [])] });
  for (const i of allInterpretations()) items.push({ kind: 'interpretation', id: i.id, title: i.says, href: interpretationHref(i.id), citations: [i.citation] });
  // What the placement notification check asks for, item by item.
  for (const [key, item] of [...Object.entries(placementItems), ['record-update', recordUpdateItem] as const]) {
    const title = item.number === null ? `Notifications to update the register: ${item.wording}` : `Item ${item.number}: ${item.wording}`;
    items.push({ kind: 'placement-item', id: `placement-notification.item.${key}`, title, href: 'try/placement-notification.html', citations: [item.citation] });
  }
  return items;
}
