/**
 * The indicators a classification matched, as its result lists them: each
 * indicator once, with its label and citation, and the groupings by level
 * and by domain as positions in that one list (they refer, they do not
 * repeat the entries).
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import type { NeedDomain, NeedIndicator, NeedLevel } from './need-indicator.js';

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
  /** By the domain heading they are printed under: positions in `all` (only domains with an indicator). */
  byDomain: Partial<Record<NeedDomain, number[]>>;
}

/** Groups indicators that are already in catalogue order. */
export function matchedIndicators(indicators: readonly NeedIndicator[]): MatchedIndicators {
  const all: MatchedIndicator[] = new Array(indicators.length);
  const byLevel: Record<NeedLevel, number[]> = { universal: [], additional: [], intensive: [], specialist: [] };
  // Built without a prototype, then given Object's: the domains present differ
  // from case to case, and adding them one by one to an ordinary object makes
  // V8 create a new hidden class for nearly every combination (slow).
  const byDomain = Object.create(null) as Partial<Record<NeedDomain, number[]>>;
  for (let position = 0; position < indicators.length; position++) {
    const indicator = indicators[position]!;
    // A copy of the fields, never the frozen catalogue entry: the result is the caller's to change.
    all[position] = { id: indicator.id, level: indicator.level, domain: indicator.domain, label: indicator.label, citation: copyCitation(indicator.citation) };
    byLevel[indicator.level].push(position);
    (byDomain[indicator.domain] ??= []).push(position);
  }
  return { all, byLevel, byDomain: Object.setPrototypeOf(byDomain, Object.prototype) as typeof byDomain };
}
