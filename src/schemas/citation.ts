/**
 * Where a rule, indicator or timescale comes from.
 *
 * `document` is an id from the policy sources table (README of the policy
 * folder), e.g. `working-together-2026` or `luton-effective-support-2021`;
 * `section` is the heading, paragraph or footnote as printed; `page` is the
 * printed page number where the source has one.
 */
export interface Citation {
  document: string;
  section: string;
  page?: number;
}

/** The policy documents the library cites, by id. */
export const policyDocuments = {
  'luton-need-to-know': "Luton 'Need to Know' notification guidance and national child protection alerts procedure",
  'luton-effective-support-2021': "Luton Guide to Effective Support (threshold document), October 2021",
  'luton-procedures-updates-2017': "Luton Children's Services Procedures Manual updates, September 2017",
  'luton-lac-placement-notification': 'Luton procedure: notification of looked after children placed in Luton',
  'working-together-2026': 'Working Together to Safeguard Children 2026 (statutory guidance)',
  'govuk-bank-holidays': 'GOV.UK bank holidays, England and Wales',
} as const;

export type PolicyDocumentId = keyof typeof policyDocuments;

/**
 * A copy of a citation that shares nothing with the original. Written out
 * field by field because a decision copies every rule's citations into its
 * trace: a spread of the frozen catalogue objects is several times slower.
 */
export function copyCitation(citation: Citation): Citation {
  return citation.page === undefined
    ? { document: citation.document, section: citation.section }
    : { document: citation.document, section: citation.section, page: citation.page };
}

/** Fresh copies of a list of citations, in a list of its own (a rule's, a trace's). */
export function copyCitations(citations: readonly Citation[]): Citation[] {
  // Most rules cite one passage: a literal of one is built in one step.
  if (citations.length === 1) return [copyCitation(citations[0]!)];
  const out: Citation[] = new Array(citations.length);
  for (let i = 0; i < citations.length; i++) out[i] = copyCitation(citations[i]!);
  return out;
}

/**
 * Gives each entry of a list just built (actions, notes, criteria) a copy of
 * its own of its citation, in place, and returns the list. The builders cite
 * the frozen citation catalogues directly, and a result must hold nothing a
 * caller cannot change nor anything shared with another result or with
 * another place in itself.
 */
export function withOwnCitations<T extends { citation: Citation }>(entries: T[]): T[] {
  for (const entry of entries) entry.citation = copyCitation(entry.citation);
  return entries;
}
