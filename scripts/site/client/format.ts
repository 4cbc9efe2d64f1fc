/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Small formatting helpers for the browser code. */
import { longDate } from '../../../src/cli/format-date.js';
import { humanise } from '../words.js';

export { longDate };

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

export { humanise };

export function valueInWords(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === undefined || value === null) return 'not known';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueInWords).join(', ');
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : value.replace(/-/g, ' ');
  return String(value);
}
