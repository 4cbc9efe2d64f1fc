/** For each policy document, its headings in order with what cites each; headings nothing encodes are marked. */
import { documentTitle, citationText } from '../citations-html.js';
import type { coverage as computeCoverage } from '../coverage.js';
import { esc, page } from '../html.js';
import type { SitePage } from './catalogue-pages.js';
import { deliberateOmissions } from '../deliberate-omissions.js';
import { normalise, type PolicyDocumentText } from '../policy-headings.js';
import type { HeadingCoverage } from '../coverage.js';

const KIND: Record<string, string> = { action: 'Action', rule: 'Rule', indicator: 'Indicator', 'special-circumstance': 'Special circumstance', timescale: 'Timescale', interpretation: 'Interpretation', 'placement-item': 'Placement check' };

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

/** What cites a heading: listed when short, folded under a count when long (a domain heading cites dozens of indicators). */
function citingList(items: HeadingCoverage['items']): string {
  const list = `<ul>${items.map(({ item, citation }) => `<li>${esc(KIND[item.kind])}: <a href="${esc(item.href)}">${esc(item.title)}</a> <span class="muted">(cites “${esc(citation.section)}”${citation.page !== undefined ? `, page ${citation.page}` : ''})</span></li>`).join('')}</ul>`;
  if (items.length <= 3) return list;
  const kinds = new Map<string, number>();
  for (const { item } of items) kinds.set(KIND[item.kind]!, (kinds.get(KIND[item.kind]!) ?? 0) + 1);
  const counts = [...kinds.entries()].map(([k, n]) => `${n} ${k.toLowerCase()}${n === 1 ? '' : 's'}`).join(', ');
  return `<details><summary>Cited by ${items.length}: ${esc(counts)}</summary>${list}</details>`;
}

/** The printed page a heading is on, from the citations placed under it, when the document has no contents list. */
function pageCited(items: HeadingCoverage['items']): number | undefined {
  const pages = items.map((i) => i.citation.page).filter((p): p is number => p !== undefined);
  return pages.length > 0 ? Math.min(...pages) : undefined;
}

interface DocumentCounts {
  headings: number;
  covered: number;
  deliberate: number;
  open: number;
}

export function coveragePage(result: ReturnType<typeof computeCoverage>): SitePage {
  const path = 'coverage.html';
  const summaries: { id: string; title: string; takes: string; counts: DocumentCounts }[] = [];
  const docs = result.documents
    .map(({ doc, headings }) => {
      const isOpen = (h: (typeof headings)[number]) => h.items.length === 0 && !h.citedThroughSubheadings;
      const reasonAt = omissionReasons(doc);
      const counts: DocumentCounts = {
        headings: headings.length,
        covered: headings.filter((h) => !isOpen(h)).length,
        deliberate: headings.filter((h) => isOpen(h) && reasonAt(h.heading.line)).length,
        open: headings.filter((h) => isOpen(h) && !reasonAt(h.heading.line)).length,
      };
      summaries.push({ id: doc.id, title: documentTitle(doc.id), takes: doc.takes, counts });
      const rows = headings
        .map(({ heading, items, citedThroughSubheadings }) => {
          const reason = reasonAt(heading.line);
          const what =
            items.length === 0 && citedThroughSubheadings
              ? '<span class="through">Cited through the headings under it.</span>'
              : items.length === 0
                ? `<span class="${reason ? 'not-encoded' : 'uncovered'}">Nothing in the library cites this heading.</span>${reason ? ` <span class="deliberate">${esc(reason)}</span>` : ''}`
                : citingList(items);
          return `<tr id="${esc(heading.anchor)}" class="${items.length > 0 || citedThroughSubheadings ? 'row-covered' : reason ? 'row-deliberate' : 'row-uncovered'}"><th scope="row">${esc(heading.text)}</th><td data-label="Page">${heading.page ?? pageCited(items) ?? '—'}</td><td data-label="What cites it">${what}</td></tr>`;
        })
        .join('\n');
      return `<section id="doc-${esc(doc.id)}" aria-labelledby="doc-${esc(doc.id)}-h"><h2 id="doc-${esc(doc.id)}-h">${esc(documentTitle(doc.id))}</h2>
<p>What the library takes from it: ${esc(doc.takes)}</p>
<p><strong>${counts.covered} of ${counts.headings}</strong> headings are cited by the library (directly or through the headings under them); <strong>${counts.deliberate}</strong> more are deliberately not encoded, with the reason given; <strong>${counts.open}</strong> are not cited and have no recorded reason.</p>
<div class="table-scroll" role="region" aria-labelledby="doc-${esc(doc.id)}-h" tabindex="0"><table class="coverage stack"><thead><tr><th scope="col">Heading, in print order</th><th scope="col">Page</th><th scope="col">What cites it</th></tr></thead><tbody>${rows}</tbody></table></div>
<p><a href="#summary">Back to the summary</a></p></section>`;
    })
    .join('\n');
  const unplaced =
    result.unplaced.length === 0
      ? ''
      : `<h2 id="unplaced">Citations not matched to a heading</h2><p>These citations name a section the build could not find in the source text; check the citation or the source.</p><ul>${result.unplaced.map(({ item, citation }) => `<li><a href="${esc(item.href)}">${esc(item.title)}</a>: ${esc(citationText(citation))}</li>`).join('')}</ul>`;
  const summary = `<div class="table-scroll" role="region" aria-labelledby="summary" tabindex="0"><table class="stack summary-table"><caption class="visually-hidden">Headings of each document and what the library does with them</caption><thead><tr><th scope="col">Document</th><th scope="col">Headings</th><th scope="col">Cited by the library</th><th scope="col">Deliberately not encoded</th><th scope="col">No recorded reason</th></tr></thead><tbody>${summaries
    .map(
      (d) =>
        `<tr><th scope="row"><a href="#doc-${esc(d.id)}">${esc(d.title)}</a></th><td data-label="Headings">${d.counts.headings}</td><td data-label="Cited by the library">${d.counts.covered}</td><td data-label="Deliberately not encoded">${d.counts.deliberate}</td><td data-label="No recorded reason">${d.counts.open}</td></tr>`,
    )
    .join('')}</tbody></table></div>`;
  const body = `<h1>Source coverage</h1>
<p>Each policy document the library encodes, with its headings in the order they are printed and the rules, indicators, timescales, actions and special circumstances that cite each one. A policy owner can use this page to check that nothing was left out.</p>
<h2 id="summary">Summary</h2>
${summary}
<p class="note">The headings are read from plain-text copies of the documents when the site is built. Those copies were extracted from PDFs and web pages, so a heading can occasionally be missed or a line of layout taken for one; headings named by a citation are always found where they are printed. Pages are the printed page numbers, where the document's contents list gives them.</p>
${docs}
${unplaced}`;
  return { path, html: page({ title: 'Source coverage', path, body }) };
}
