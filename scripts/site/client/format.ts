/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Small formatting helpers for the browser code. */
import { longDate } from '../../../src/cli/format-date.js';
import { policyDocuments, type Citation } from '../../../src/schemas/citation.js';
import { humanise } from '../words.js';

export { longDate, humanise };

export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** "2026-12-29" → "Tuesday 29 December 2026"; anything else unchanged. */
export function dateInWords(value: unknown): string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : String(value);
}

/** The site root relative to this page, set by the layout on <body>. */
export function siteRoot(): string {
  return document.body.dataset.root ?? '';
}

export function valueInWords(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === undefined || value === null) return 'not known';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueInWords).join(', ');
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : value.replace(/-/g, ' ');
  return String(value);
}

/** The documents by the names practitioners use for them, for citations repeated down a result (the full titles are on the source coverage page). */
const SHORT_TITLES: Partial<Record<keyof typeof policyDocuments, string>> = {
  'working-together-2026': 'Working Together 2026',
  'luton-need-to-know': 'Luton Need to Know guidance',
  'luton-effective-support-2021': 'Luton Guide to Effective Support',
  'luton-lac-placement-notification': 'Luton placement notification procedure',
  'luton-procedures-updates-2017': 'Luton procedures manual updates 2017',
};

/** A citation a reader can follow in their copy of the document: "Working Together 2026, Chapter 5, para 372, page 140". */
export function citationInWords(c: Citation | Citation[] | undefined): string {
  const list = Array.isArray(c) ? c : c ? [c] : [];
  const title = (id: string) => SHORT_TITLES[id as keyof typeof policyDocuments] ?? policyDocuments[id as keyof typeof policyDocuments] ?? id;
  return list.map((x) => `${title(x.document)}, ${x.section}${x.page !== undefined ? `, page ${x.page}` : ''}`).join('; ');
}

/**
 * A sentence of the library's in the page's words, as escaped HTML: input
 * field names in brackets dropped (the form already shows that question),
 * others replaced by the question in quotes, Markdown marks removed
 * (`**x**` bold, `` `x` `` plain), and dates in words.
 */
/** The parts of a result its sentences may name, in the words the page uses for them. */
const RESULT_PARTS: Record<string, string> = {
  'the questions in missingFacts': 'the questions that still matter',
  missingFacts: 'the questions that still matter',
  furtherQuestions: 'the questions that could add actions or deadlines',
};

export function plainWords(text: string, labelOf: (key: string) => string | undefined = () => undefined): string {
  for (const [name, words] of Object.entries(RESULT_PARTS)) text = text.split(name).join(words);
  return esc(text)
    .replace(/\s*\(([a-z]+(?:[A-Z][a-z0-9]*)+)\)/g, (m, key: string) => (labelOf(key) !== undefined ? '' : m))
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\b([a-z]+(?:[A-Z][a-z0-9]*)+)(?: is|:) (true|false)\b/g, (m, key: string, value: string) => {
      const label = labelOf(key);
      return label ? `the answer to “${esc(label.replace(/[.:]$/, ''))}” is ${value === 'true' ? 'yes' : 'no'}` : m;
    })
    .replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (key) => {
      const label = labelOf(key);
      return label ? `“${esc(label.replace(/[.:]$/, ''))}”` : key;
    })
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => longDate(d));
}
