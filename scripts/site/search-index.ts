/**
 * The site's search: one MiniSearch index over rules, indicators, timescales,
 * interpretations and special circumstances, built here and loaded by the
 * browser (`MiniSearch.loadJSON`), so a search runs offline with no work at
 * page load. Each document says which decision and which source section it
 * belongs to, for the result list.
 *
 * MiniSearch: a small (about 7 kB gzipped), dependency-free and actively
 * maintained full-text engine with prefix and fuzzy matching and field
 * boosting; it serialises its index to JSON, which a static site needs.
 */
import MiniSearch from 'minisearch';
import { allInterpretations, allRuleModules, decisionAreas, indicatorHref, interpretationHref, LEVEL_TITLES, needDomains, needIndicators, ruleHref, specialCircumstanceHref, specialCircumstances, timescaleHref, timescales } from './site-data.js';
import { citationText } from './citations-html.js';
import { SEARCH_OPTIONS } from './search-options.js';

export { SEARCH_OPTIONS };

export interface SearchDocument {
  id: string;
  kind: 'Rule' | 'Indicator' | 'Timescale' | 'Interpretation' | 'Special circumstance';
  title: string;
  text: string;
  /** The decision it belongs to, in words. */
  decision: string;
  /** The source section, in words. */
  source: string;
  href: string;
}


/**
 * Words practitioners type that the sources spell out: searching "FGM" or
 * "CSE" finds the rules that say "female genital mutilation" or "sexual
 * exploitation", and "death" finds "died" and "dies".
 */
const ALSO_KNOWN_AS: [RegExp, string][] = [
  [/female genital mutilation/i, 'FGM'],
  [/\bFGM\b/, 'female genital mutilation'],
  [/sexual exploitation/i, 'CSE exploitation'],
  [/\bdie[sd]?\b|\bdeath/i, 'death died dies'],
  [/looked after/i, 'LAC CLA looked-after in care'],
  [/\bconference/i, 'conference ICPC RCPC'],
  [/Local Authority Designated Officer|\bLADO\b/i, 'LADO designated officer'],
  [/Child Safeguarding Practice Review Panel|\bPanel\b/, 'CSPR panel'],
  [/local child safeguarding practice review/i, 'LCSPR'],
  [/multi-agency safeguarding hub|\bMASH\b/i, 'MASH'],
  [/special educational needs/i, 'SEND'],
];

function keywords(text: string): string {
  return ALSO_KNOWN_AS.filter(([re]) => re.test(text))
    .map(([, words]) => words)
    .join(' ');
}

const domainLabel = (id: string) => needDomains.find((d) => d.id === id)?.label ?? id;

export function searchDocuments(): SearchDocument[] {
  const docs: Omit<SearchDocument, 'keywords'>[] = [];
  for (const r of allRuleModules) {
    docs.push({ id: `rule:${r.id}`, kind: 'Rule', title: r.title, text: r.summary, decision: decisionAreas[r.decision].title, source: r.citation.map(citationText).join('; '), href: ruleHref(r.id) });
  }
  for (const i of needIndicators) {
    docs.push({
      id: `indicator:${i.id}`,
      kind: 'Indicator',
      title: i.label,
      text: `${LEVEL_TITLES[i.level]} indicator, ${domainLabel(i.domain)}`,
      decision: decisionAreas['need-level'].title,
      source: citationText(i.citation),
      href: indicatorHref(i.id),
    });
  }
  for (const t of timescales) {
    docs.push({ id: `timescale:${t.id}`, kind: 'Timescale', title: t.title, text: `${t.trigger}. ${t.note ?? ''} ${t.responsible ?? ''}`, decision: 'Deadlines', source: citationText(t.citation), href: timescaleHref(t.id) });
  }
  for (const i of allInterpretations()) {
    docs.push({ id: `interpretation:${i.id}`, kind: 'Interpretation', title: i.says, text: i.why, decision: 'Interpretation for sign-off', source: citationText(i.citation), href: interpretationHref(i.id) });
  }
  for (const s of specialCircumstances) {
    docs.push({ id: `special:${s.id}`, kind: 'Special circumstance', title: s.label, text: s.summary, decision: decisionAreas['need-level'].title, source: citationText(s.citation), href: specialCircumstanceHref(s.id) });
  }
  return docs.map((d) => ({ ...d, keywords: keywords(`${d.title} ${d.text}`) }));
}

/** The serialised index, ready for `MiniSearch.loadJSON(json, SEARCH_OPTIONS)`. */
export function searchIndexJson(): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments());
  return JSON.stringify(index);
}
