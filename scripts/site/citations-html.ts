/** Citations in words, linked to their heading on the source coverage page. */
import { policyDocuments, type Citation } from '../../src/schemas/citation.js';
import { esc } from './html.js';
import type { PolicyHeading } from './policy-headings.js';

export function documentTitle(id: string): string {
  return policyDocuments[id as keyof typeof policyDocuments] ?? id;
}

/** "Working Together … — Chapter 5, para 372, page 140". */
export function citationText(c: Citation): string {
  return `${documentTitle(c.document)} — ${c.section}${c.page !== undefined ? `, page ${c.page}` : ''}`;
}

/**
 * A citation as a reader finds it in their copy of the document (document,
 * section, page), linked to where its heading is listed on the coverage
 * page (`placeOf` finds it), with the heading it is printed under when the
 * section does not already name it.
 */
export function citationHtml(c: Citation, root: string, placeOf: (c: Citation) => PolicyHeading | undefined): string {
  const place = placeOf(c);
  const href = place ? `${root}coverage.html#${place.anchor}` : `${root}coverage.html#doc-${c.document}`;
  const named = place && c.section.toLowerCase().includes(place.text.toLowerCase());
  const where = place && !named ? ` <span class="muted">(printed under the heading “${esc(place.text)}”${place.page !== undefined && c.page === undefined ? `, page ${place.page}` : ''})</span>` : '';
  return `<a href="${esc(href)}">${esc(citationText(c))}</a>${where}`;
}
