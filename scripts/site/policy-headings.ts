/**
 * The headings of each policy document, read from the plain-text sources in
 * ../shared/policy at build time, in the order they are printed, so the
 * source coverage page can show what (if anything) encodes each of them.
 *
 * The sources are text extractions of PDFs and web pages, so headings are
 * recognised from layout: a document with a table of contents (Working
 * Together) uses its entries and their printed pages; the others use short
 * lines that stand on their own (not a bullet, not the end of a sentence
 * running on from the line before, no full stop or comma at the end).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from './html.js';

export interface PolicyHeading {
  /** Anchor id, unique within the site: `<document>--<slug>`. */
  anchor: string;
  text: string;
  /** 1-based line of the heading in the source text. */
  line: number;
  /** Printed page, where the document's table of contents gives it. */
  page?: number;
}

export interface PolicyDocumentText {
  id: string;
  file: string;
  /** What the library takes from it, from the policy README. */
  takes: string;
  lines: string[];
  headings: PolicyHeading[];
}

/** Typographic quotes and runs of spaces made plain, so text compares as printed. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** The policy README's table: document id, file name and what the library takes from it. */
export function readPolicyIndex(policyDir: string): { id: string; file: string; takes: string }[] {
  const readme = readFileSync(join(policyDir, 'README.md'), 'utf8');
  const rows: { id: string; file: string; takes: string }[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
    const file = /^`([^`]+\.txt)`$/.exec(cells[2] ?? '')?.[1];
    if (id && file) rows.push({ id, file, takes: cells[4] ?? '' });
  }
  return rows;
}

const TOC_ENTRY = /^(.+?)\t+(\d+)\s*$/;

/** Headings from a table of contents of "Title<TAB>page" lines, located in the body. */
function headingsFromContents(lines: string[]): { text: string; line: number; page: number }[] | undefined {
  const entries: { text: string; page: number; tocLine: number }[] = [];
  lines.forEach((line, index) => {
    const m = TOC_ENTRY.exec(line);
    if (m) entries.push({ text: normalise(m[1]!), page: Number(m[2]), tocLine: index });
  });
  if (entries.length < 10) return undefined;
  const bodyStart = entries[entries.length - 1]!.tocLine + 1;
  const headings: { text: string; line: number; page: number }[] = [];
  let from = bodyStart;
  for (const entry of entries) {
    // Headings in the body may carry a footnote marker (e.g. "Statutory requirements²²⁰").
    const at = lines.findIndex((l, i) => i >= from && normalise(l).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, '').toLowerCase() === entry.text.toLowerCase());
    if (at < 0) continue; // listed in the contents (e.g. a figure) but not printed as a line of its own
    headings.push({ text: entry.text, line: at + 1, page: entry.page });
    from = at + 1;
  }
  return headings;
}

const BULLET = /^(?:[o•▪\-*]|\d+[.)]|[a-z][.)])\s/;

/** Whether a trimmed line looks like a heading rather than part of a paragraph. */
function looksLikeHeading(text: string): boolean {
  if (text.length < 3 || text.length > 90) return false;
  if (text.split(' ').length > 14) return false;
  if (!/^[A-Z'"(]/.test(text)) return false;
  if (BULLET.test(text) || /^\d/.test(text)) return false;
  if (/[.,;]$/.test(text)) return false;
  if (/@|https?:|www\.|\[email/i.test(text)) return false;
  if (/^(?:Telephone|Email|Secure email|Tel|Fax)\b/i.test(text)) return false;
  return true;
}

/** Whether a line ends a sentence or block, so the next line starts afresh. */
function endsBlock(text: string): boolean {
  return text === '' || /[.;:?!)]$/.test(text);
}

/** Bullet symbols of the extractions (Symbol-font bullets arrive as private-use characters). */
const BULLET_CHARS = /^[\uf0b7\uf0a7\uf0d8•▪●◦]\s*/;
const SUB_BULLET = /^o\s/;

/** A line that carries nothing a reader sees as text: blank, a lone bullet, a link target. */
function isFurniture(text: string): boolean {
  return text === '' || /^[\uf000-\uf8ff•▪●◦\s]*$/.test(text) || /^(?:https?:|mailto:)\S*$/.test(text) || /\bPage \d+ of \d+$/.test(text);
}

/** Headings from layout, for documents without a table of contents. */
function headingsFromLayout(lines: string[]): { text: string; line: number }[] {
  const trimmed = lines.map((l) => {
    const t = normalise(l);
    return isFurniture(t) ? '' : t;
  });
  const nextText = (from: number) => trimmed.slice(from).find((t) => t !== '') ?? '';
  const headings: { text: string; line: number }[] = [];
  let previous = '';
  for (let i = 0; i < trimmed.length; i++) {
    let text = trimmed[i]!;
    if (text === '') continue;
    // A bulleted line ending in a colon and followed by sub-bullets names a group (e.g. "For Children Looked After/Care Leavers:").
    if (BULLET_CHARS.test(text)) {
      const rest = text.replace(BULLET_CHARS, '');
      if (/:$/.test(rest) && SUB_BULLET.test(nextText(i + 1)) && looksLikeHeading(rest.replace(/:$/, ''))) {
        headings.push({ text: rest.replace(/:$/, ''), line: i + 1 });
      }
      previous = text;
      continue;
    }
    const standsAlone = endsBlock(previous) || headings.at(-1)?.line === i;
    // Wrapped paragraph lines run to the margin; headings are short. A longer line ending in a colon
    // introduces what follows ("The service supports families with the following difficulties:").
    const leadIn = /:$/.test(text) && text.split(' ').length > 5;
    if (standsAlone && !leadIn && text.length <= 75 && looksLikeHeading(text.replace(/:$/, ''))) {
      // A heading wrapped over two or three lines continues on the next line with no blank between.
      let full = text;
      let j = i;
      while (
        !/:$/.test(full) &&
        j + 1 < trimmed.length &&
        trimmed[j + 1] !== '' &&
        /^[A-Za-z'(&-]/.test(trimmed[j + 1]!) &&
        !SUB_BULLET.test(trimmed[j + 1]!) &&
        !/[.;,]$/.test(trimmed[j + 1]!) &&
        trimmed[j + 1]!.split(' ').length <= 10
      ) {
        full += ' ' + trimmed[j + 1];
        j++;
      }
      const after = nextText(j + 1);
      // A heading is followed by a new block, not by the rest of its own sentence.
      if (!/^[a-z]/.test(after) || SUB_BULLET.test(after)) {
        headings.push({ text: full.replace(/:$/, ''), line: i + 1 });
        previous = full;
        i = j;
        continue;
      }
    }
    previous = text;
  }
  // An appendix is one heading: the lines of its tables (school names, contacts) are not sections.
  const appendix = headings.findIndex((h) => /^Appendix\b/i.test(h.text));
  return appendix >= 0 ? headings.slice(0, appendix + 1) : headings;
}

/**
 * Whether the text is a saved web page: it opens with the site's own
 * furniture ("Skip to main content", then the site's name).
 */
function isWebPage(lines: string[]): boolean {
  return normalise(lines.find((l) => l.trim() !== '') ?? '') === 'Skip to main content';
}

/**
 * The lines of a web page with the site's furniture blanked (so line numbers
 * stay those of the file): the skip link and the site name above the
 * content, and the copyright line below it. They are not the document's.
 */
function withoutWebFurniture(lines: string[]): string[] {
  const out = [...lines];
  const first = out.findIndex((l) => l.trim() !== '');
  out[first] = '';
  const siteName = out.findIndex((l, i) => i > first && l.trim() !== '');
  if (siteName >= 0 && normalise(out[siteName]!).split(' ').length <= 4) out[siteName] = '';
  return out.map((l) => (/^\s*©/.test(l) ? '' : l));
}

/**
 * Headings of a web page: each paragraph is one line, so a heading is a line
 * that stands between blank lines, reads as a heading (short, no closing
 * full stop, comma or colon) and is not a line of contact details.
 */
function headingsFromWebPage(lines: string[]): { text: string; line: number }[] {
  const text = withoutWebFurniture(lines).map((l) => normalise(l));
  const headings: { text: string; line: number }[] = [];
  text.forEach((t, i) => {
    if (t === '' || (text[i - 1] ?? '') !== '' || (text[i + 1] ?? '') !== '') return;
    if (/[.,;:]$/.test(t) || t.length > 120 || !looksLikeHeading(t.length > 90 ? t.slice(0, 90) : t)) return;
    headings.push({ text: t, line: i + 1 });
  });
  return headings;
}

export function readPolicyDocument(policyDir: string, entry: { id: string; file: string; takes: string }): PolicyDocumentText {
  const lines = readFileSync(join(policyDir, entry.file), 'utf8').split(/\r?\n/);
  const found = headingsFromContents(lines) ?? (isWebPage(lines) ? headingsFromWebPage(lines) : headingsFromLayout(lines));
  const seen = new Map<string, number>();
  const headings = found.map((h) => {
    const base = `${entry.id}--${slug(h.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...h, anchor: n === 1 ? base : `${base}-${n}` };
  });
  return { ...entry, lines, headings };
}

/** Every policy document of the README table, with its headings. */
export function readPolicyDocuments(policyDir: string): PolicyDocumentText[] {
  if (!existsSync(join(policyDir, 'README.md'))) {
    throw new Error(`The policy sources are not at ${policyDir}: the site's source coverage page reads their headings (set POLICY_DIR to their folder).`);
  }
  return readPolicyIndex(policyDir).map((entry) => readPolicyDocument(policyDir, entry));
}
