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

/** A citation linked to where its heading is listed on the coverage page (`placeOf` finds it). */
export function citationHtml(c: Citation, root: string, placeOf: (c: Citation) => PolicyHeading | undefined): string {
  const place = placeOf(c);
  const href = place ? `${root}coverage.html#${place.anchor}` : `${root}coverage.html#doc-${c.document}`;
  const where = place ? ` <span class="muted">(under the heading “${esc(place.text)}”${place.line ? `, line ${place.line} of the source text` : ''})</span>` : '';
  return `<a href="${esc(href)}">${esc(citationText(c))}</a>${where}`;
}
