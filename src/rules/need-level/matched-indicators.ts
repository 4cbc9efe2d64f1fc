/**
 * The indicators a classification matched, as its result lists them: each
 * indicator once, with its label and citation, and the groupings by level
 * and by domain as positions in that one list (they refer, they do not
 * repeat the entries).
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { needDomains, type NeedDomain, type NeedIndicator, type NeedLevel } from './need-indicator.js';


/**
 * An indicator recorded for the child, as a result lists it: a copy of its
 * catalogue entry's id, level, domain, label and citation (the whole entry
 * is `needIndicatorById(id)`).
 */
export interface MatchedIndicator {
  /** The indicator id, as in `needIndicators`. */
  id: string;
  level: NeedLevel;
  domain: NeedDomain;
  /** A short description in the library's own words. */
  label: string;
  /** Where the threshold document lists it (heading and page). */
  citation: Citation;
}

/** `NeedClassification.matchedIndicators`: the indicators once, and groupings that refer to them by position. */
export interface MatchedIndicators {
  /** Every indicator recorded, once each, in catalogue order. */
  all: MatchedIndicator[];
  /** By level: the positions in `all` of the indicators at each level (every level present, empty when none). */
  byLevel: Record<NeedLevel, number[]>;
  /** By the domain heading they are printed under: positions in `all` (only domains with an indicator, in the order of `needDomains`). */
  byDomain: Partial<Record<NeedDomain, number[]>>;
}

/** Each domain's position in `needDomains`. */
const domainIndex = new Map<NeedDomain, number>(needDomains.map((d, i) => [d.id, i]));
const levelIndex: Record<NeedLevel, number> = { universal: 0, additional: 1, intensive: 2, specialist: 3 };

/** Groups indicators that are already in catalogue order. */
export function matchedIndicators(indicators: readonly NeedIndicator[]): MatchedIndicators {
  const n = indicators.length;
  const all: MatchedIndicator[] = new Array(n);
  // Counted first, so each list a result keeps is made at its size (fitted.ts explains why).
  const levelCounts = [0, 0, 0, 0];
  const domainCounts = new Array<number>(needDomains.length).fill(0);
  const domainOf = new Array<number>(n);
  for (let position = 0; position < n; position++) {
    const indicator = indicators[position]!;
    // A copy of the fields, never the frozen catalogue entry: the result is the caller's to change.
    all[position] = { id: indicator.id, level: indicator.level, domain: indicator.domain, label: indicator.label, citation: copyCitation(indicator.citation) };
    levelCounts[levelIndex[indicator.level]]!++;
    const d = domainIndex.get(indicator.domain)!;
    domainOf[position] = d;
    domainCounts[d]!++;
  }
  const levels = levelCounts.map((count) => new Array<number>(count));
  const domains = domainCounts.map((count) => (count === 0 ? undefined : new Array<number>(count)));
  const levelFill = [0, 0, 0, 0];
  const domainFill = new Array<number>(needDomains.length).fill(0);
  for (let position = 0; position < n; position++) {
    const l = levelIndex[indicators[position]!.level];
    levels[l]![levelFill[l]!++] = position;
    const d = domainOf[position]!;
    domains[d]![domainFill[d]!++] = position;
  }
  // An ordinary object with its keys in needDomains order: one built without
  // a prototype (to spare V8 a hidden class per combination of domains) is a
  // hash table of about 1.4 kB, which every kept result paid for.
  const byDomain: Partial<Record<NeedDomain, number[]>> = {};
  for (let d = 0; d < domains.length; d++) if (domains[d] !== undefined) byDomain[needDomains[d]!.id] = domains[d];
  return { all, byLevel: { universal: levels[0]!, additional: levels[1]!, intensive: levels[2]!, specialist: levels[3]! }, byDomain };
}
