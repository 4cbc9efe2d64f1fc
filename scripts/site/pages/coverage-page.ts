/** For each policy document, its headings in order with what cites each; headings nothing encodes are marked. */
import { documentTitle, citationText } from '../citations-html.js';
import type { coverage as computeCoverage } from '../coverage.js';
import { esc, page } from '../html.js';
import type { SitePage } from './catalogue-pages.js';
import { deliberateOmissions } from '../deliberate-omissions.js';
import { normalise, type PolicyDocumentText } from '../policy-headings.js';

const KIND: Record<string, string> = { action: 'Action', rule: 'Rule', indicator: 'Indicator', 'special-circumstance': 'Special circumstance', timescale: 'Timescale', interpretation: 'Interpretation' };

/**
 * Why a document's uncovered headings are deliberate, from the policy
 * README's "what the library takes from it": a document used for context
 * only is not expected to be encoded.
 */
function documentReason(takes: string): string | undefined {
  return /^context only/i.test(takes.trim()) ? `Deliberately not encoded: the policy sources list this document as “${takes.trim()}”.` : undefined;
}

/** The reason a heading is deliberately not encoded, from its document or from a listed omission that contains it. */
export function omissionReasons(doc: PolicyDocumentText): (line: number) => string | undefined {
  const whole = documentReason(doc.takes);
  const lineOf = (text: string) => {
    const h = doc.headings.find((x) => normalise(x.text) === normalise(text));
    if (!h) throw new Error(`deliberate-omissions.ts names the heading “${text}”, which ${doc.id} does not have (headings are read from the source).`);
    return h.line;
  };
  const ranges = deliberateOmissions
    .filter((o) => o.document === doc.id)
    .map((o) => ({ from: lineOf(o.from), until: o.until ? lineOf(o.until) : Infinity, reason: o.reason }));
  return (line) => whole ?? ranges.find((r) => line >= r.from && line < r.until)?.reason;
}

export function coveragePage(result: ReturnType<typeof computeCoverage>): SitePage {
  const path = 'coverage.html';
  const docs = result.documents
    .map(({ doc, headings }) => {
      const covered = headings.filter((h) => h.items.length > 0 || h.citedThroughSubheadings).length;
      const open = (h: (typeof headings)[number]) => h.items.length === 0 && !h.citedThroughSubheadings;
      const reasonAt = omissionReasons(doc);
      const rows = headings
        .map(({ heading, items, citedThroughSubheadings }) => {
          const what =
            items.length === 0 && citedThroughSubheadings
              ? '<span class="through">Cited through the headings under it.</span>'
              : items.length === 0
              ? `<span class="${reasonAt(heading.line) ? 'not-encoded' : 'uncovered'}">Nothing in the library cites this heading.</span>${reasonAt(heading.line) ? ` <span class="deliberate">${esc(reasonAt(heading.line)!)}</span>` : ''}`
              : `<ul>${items.map(({ item, citation }) => `<li>${esc(KIND[item.kind])}: <a href="${esc(item.href)}">${esc(item.title)}</a> <span class="muted">(cites “${esc(citation.section)}”${citation.page !== undefined ? `, page ${citation.page}` : ''})</span></li>`).join('')}</ul>`;
          return `<tr id="${esc(heading.anchor)}" class="${items.length > 0 || citedThroughSubheadings ? 'row-covered' : reasonAt(heading.line) ? 'row-deliberate' : 'row-uncovered'}"><th scope="row">${esc(heading.text)}</th><td data-label="Page">${heading.page ?? '—'}</td><td data-label="Line">${heading.line}</td><td data-label="What cites it">${what}</td></tr>`;
        })
        .join('\n');
      return `<section id="doc-${esc(doc.id)}" aria-labelledby="doc-${esc(doc.id)}-h"><h2 id="doc-${esc(doc.id)}-h">${esc(documentTitle(doc.id))}</h2>
<p>File <code>${esc(doc.file)}</code>, document id <code>${esc(doc.id)}</code>. What the library takes from it: ${esc(doc.takes)}</p>
<p><strong>${covered} of ${headings.length}</strong> headings are cited by the library (directly or through the headings under them); <strong>${headings.filter((h) => open(h) && reasonAt(h.heading.line)).length}</strong> more are deliberately not encoded, with the reason given; <strong>${headings.filter((h) => open(h) && !reasonAt(h.heading.line)).length}</strong> are not cited and have no recorded reason.</p>
<div class="table-scroll" role="region" aria-labelledby="doc-${esc(doc.id)}-h" tabindex="0"><table class="coverage stack"><thead><tr><th scope="col">Heading</th><th scope="col">Page</th><th scope="col">Line</th><th scope="col">What cites it</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
    })
    .join('\n');
  const unplaced =
    result.unplaced.length === 0
      ? ''
      : `<h2 id="unplaced">Citations not matched to a heading</h2><p>These citations name a section the build could not find in the source text; check the citation or the source.</p><ul>${result.unplaced.map(({ item, citation }) => `<li><a href="${esc(item.href)}">${esc(item.title)}</a>: ${esc(citationText(citation))}</li>`).join('')}</ul>`;
  const body = `<h1>Source coverage</h1>
<p>Each policy document the library encodes, with its headings in the order they are printed and the rules, indicators, timescales and special circumstances that cite each one. A policy owner can use this page to check that nothing was left out.</p>
<p class="note">The headings are read from the plain-text copies of the documents when the site is built. Those copies were extracted from PDFs and web pages, so a heading can occasionally be missed or a line of layout taken for one; headings named by a citation are always found where they are printed.</p>
${docs}
${unplaced}`;
  return { path, html: page({ title: 'Source coverage', path, body }) };
}
