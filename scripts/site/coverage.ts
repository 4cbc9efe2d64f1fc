/**
 * Which heading of its source each citation points to, so the source
 * coverage page can list, heading by heading, what the library encodes, and
 * rule pages can link each citation to its place on that page.
 *
 * A citation's `section` is written as printed, from the outermost heading
 * in: "Effective Support at a Glance — Additional — Health" or "Chapter 5,
 * para 372". Paragraph numbers are found in the text and belong to the
 * heading above them; named parts are matched against the headings in order
 * (so "Health" under "Additional" is not the one under "Universal"). A part
 * printed in the text but not recognised as a heading from layout becomes a
 * heading where it is printed, since the citation names it as one.
 */
import type { Citation } from '../../src/schemas/citation.js';
import type { CitingItem } from './site-data.js';
import { normalise, type PolicyDocumentText, type PolicyHeading } from './policy-headings.js';
import { slug } from './html.js';

export interface CitationPlace {
  document: string;
  heading: PolicyHeading | undefined;
}

export interface HeadingCoverage {
  heading: PolicyHeading;
  items: { item: CitingItem; citation: Citation }[];
  /** True when citations name this heading as the outer heading of the one they cite. */
  citedThroughSubheadings: boolean;
}

const key = (text: string) => normalise(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A part without the parenthesis it ends with, if any: "Criteria for notifying (Children Act 2004 s16C(1))" → "Criteria for notifying". */
function withoutTrailingParenthesis(part: string): string {
  if (!part.endsWith(')')) return part;
  let depth = 0;
  for (let i = part.length - 1; i >= 0; i--) {
    if (part[i] === ')') depth++;
    else if (part[i] === '(' && --depth === 0) return part.slice(0, i).trim();
  }
  return part;
}

/**
 * The parts of a citation's section, outermost first: "A — B — C", "A: B",
 * "A, para 3". A parenthesis that ends a part ("(table)", "(Are the family
 * really missing?)") describes the place and is not printed; one inside a
 * heading ("Circumstances (Not Exclusive) which …") is kept.
 */
export function sectionParts(section: string): string[] {
  return normalise(section)
    .split(/\s+-\s+|:\s+(?![^(]*\))|,\s+(?=(?:para|paragraph|step|section|chapter|\d))|(?<=\b(?:chapter|section|para|paragraph|step) \d+),\s+/i)
    .map((p) => withoutTrailingParenthesis(p.trim()))
    .filter((p) => p.length > 0);
}

function headingAt(doc: PolicyDocumentText, line: number): PolicyHeading | undefined {
  let found: PolicyHeading | undefined;
  for (const h of doc.headings) if (h.line <= line) found = h;
  return found;
}

/** The line on which a run of words is printed (it may wrap over lines), at or after `fromLine`. */
function findPrinted(doc: PolicyDocumentText, words: string, fromLine: number): number | undefined {
  const target = key(words);
  if (target.length < 4) return undefined;
  for (let i = Math.max(0, fromLine - 1); i < doc.lines.length; i++) {
    if (/\t+\d+\s*$/.test(doc.lines[i]!)) continue; // a table-of-contents entry, not the heading in the text
    const line = key(doc.lines[i]!);
    if (line === '' || !target.startsWith(line.slice(0, Math.min(line.length, target.length)))) continue;
    // Join this line with the next few and compare from its start.
    let joined = line;
    for (let j = i + 1; joined.length < target.length && j < Math.min(doc.lines.length, i + 6); j++) {
      const next = key(doc.lines[j]!);
      if (next !== '') joined += ' ' + next;
    }
    if (joined.startsWith(target)) return i + 1;
  }
  return undefined;
}

function addHeading(doc: PolicyDocumentText, text: string, line: number): PolicyHeading {
  const heading: PolicyHeading = { anchor: `${doc.id}--${slug(text)}-l${line}`, text, line };
  doc.headings.push(heading);
  doc.headings.sort((a, b) => a.line - b.line);
  return heading;
}

/** Where a citation points in its document (mutates `doc.headings` when a cited heading was not recognised from layout). */
export function placeCitation(doc: PolicyDocumentText, citation: Citation, outer?: (heading: PolicyHeading) => void): PolicyHeading | undefined {
  // "Chapter 5, …" names the chapter heading as the outer heading of what follows.
  const chapterNumber = /^\s*chapter (\d+)\b/i.exec(citation.section)?.[1];
  const chapter = chapterNumber === undefined ? undefined : doc.headings.find((h) => new RegExp(`^Chapter ${chapterNumber}:`, 'i').test(h.text));
  const paragraph = /\bpara(?:graph)?s?\s+(\d+)/i.exec(citation.section)?.[1];
  if (paragraph !== undefined) {
    const at = doc.lines.findIndex((l) => new RegExp(`^\\s*${paragraph}\\.\\s`).test(l));
    if (at >= 0) {
      const heading = headingAt(doc, at + 1);
      if (chapter && heading !== chapter && outer) outer(chapter);
      return heading;
    }
  }
  let place: PolicyHeading | undefined = chapter;
  let cursor = chapter ? doc.headings.indexOf(chapter) : 0; // index into doc.headings: later parts are searched after earlier ones
  for (const part of sectionParts(citation.section)) {
    if (/^(chapter|section) \d+$/i.test(part) || /^\d+$/.test(part) || /^step \d+$/i.test(part) || /^para/i.test(part)) continue;
    const k = key(part);
    const index = doc.headings.findIndex((h, i) => i >= cursor && (key(h.text) === k || key(h.text).startsWith(k) || (k.startsWith(key(h.text)) && key(h.text).length >= 12)));
    const printed = findPrinted(doc, part, place?.line ?? 1);
    // The first place after the outer part wins: a later heading of the same name belongs to another part.
    if (index >= 0 && (printed === undefined || doc.headings[index]!.line <= printed)) {
      if (place && outer) outer(place);
      place = doc.headings[index];
      cursor = index;
      continue;
    }
    const line = printed;
    if (line !== undefined) {
      if (place && outer) outer(place);
      place = doc.headings.find((h) => h.line === line) ?? addHeading(doc, part, line);
      cursor = doc.headings.indexOf(place);
    }
  }
  return place;
}

/** Every heading of every document with what cites it, plus citations that could not be placed. */
export function coverage(docs: PolicyDocumentText[], items: CitingItem[]) {
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const placed = new Map<string, { item: CitingItem; citation: Citation }[]>();
  const unplaced: { item: CitingItem; citation: Citation }[] = [];
  const places = new Map<Citation, PolicyHeading>();
  const outerAnchors = new Set<string>();
  for (const item of items) {
    for (const citation of item.citations) {
      const doc = byDoc.get(citation.document);
      const heading = doc ? placeCitation(doc, citation, (h) => outerAnchors.add(h.anchor)) : undefined;
      if (!heading) {
        unplaced.push({ item, citation });
        continue;
      }
      places.set(citation, heading);
      const list = placed.get(heading.anchor) ?? [];
      list.push({ item, citation });
      placed.set(heading.anchor, list);
    }
  }
  const documents = docs.map((doc) => ({
    doc,
    headings: doc.headings.map((heading): HeadingCoverage => ({ heading, items: placed.get(heading.anchor) ?? [], citedThroughSubheadings: outerAnchors.has(heading.anchor) })),
  }));
  return { documents, unplaced, placeOf: (c: Citation) => places.get(c) };
}
