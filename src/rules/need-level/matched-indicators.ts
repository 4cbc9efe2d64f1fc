/**
 * The indicators a classification matched, as its result lists them: each
 * indicator once, with its label and citation, and the groupings by level
 * and by domain as positions in that one list (they refer, they do not
 * repeat the entries).
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { fitted } from '../engine/fitted.js';
import { needDomains, type NeedDomain, type NeedIndicator, type NeedLevel } from './need-indicator.js';

/** The domains in the order the document first uses them (`needDomains`). */
const domainOrder: readonly NeedDomain[] = needDomains.map((d) => d.id);

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

/** Groups indicators that are already in catalogue order. */
export function matchedIndicators(indicators: readonly NeedIndicator[]): MatchedIndicators {
  const all: MatchedIndicator[] = new Array(indicators.length);
  const levels: Record<NeedLevel, number[]> = { universal: [], additional: [], intensive: [], specialist: [] };
  const domains = new Map<NeedDomain, number[]>();
  for (let position = 0; position < indicators.length; position++) {
    const indicator = indicators[position]!;
    // A copy of the fields, never the frozen catalogue entry: the result is the caller's to change.
    all[position] = { id: indicator.id, level: indicator.level, domain: indicator.domain, label: indicator.label, citation: copyCitation(indicator.citation) };
    levels[indicator.level].push(position);
    const domain = domains.get(indicator.domain);
    if (domain) domain.push(position);
    else domains.set(indicator.domain, [position]);
  }
  // The kept lists sized to what they hold (fitted.ts). byDomain is an
  // ordinary object with its keys in catalogue order: one built without a
  // prototype (to spare V8 a hidden class per combination of domains) is a
  // hash table of about 1.4 kB, which every kept result paid for.
  const byLevel: Record<NeedLevel, number[]> = { universal: fitted(levels.universal), additional: fitted(levels.additional), intensive: fitted(levels.intensive), specialist: fitted(levels.specialist) };
  const byDomain: Partial<Record<NeedDomain, number[]>> = {};
  for (const domain of domainOrder) {
    const positions = domains.get(domain);
    if (positions) byDomain[domain] = fitted(positions);
  }
  return { all, byLevel, byDomain };
}
