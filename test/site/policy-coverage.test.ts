/**
 * The source coverage page's reading of the policy documents: headings come
 * from the sources in print order, and every citation in the library lands
 * on a heading of its own document (none is left unmatched).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage, placeCitation, sectionParts } from '../../scripts/site/coverage.js';
import { readPolicyDocuments, readPolicyIndex } from '../../scripts/site/policy-headings.js';
import { citingItems } from '../../scripts/site/site-data.js';
import { actionItems } from '../../scripts/site/action-items.js';
import { omissionReasons } from '../../scripts/site/pages/coverage-page.js';

const policyDir = process.env.POLICY_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'policy');
const haveSources = existsSync(join(policyDir, 'README.md'));

describe.skipIf(!haveSources)('policy headings and source coverage', () => {
  const docs = () => readPolicyDocuments(policyDir);

  it('reads every document of the policy README, with headings in print order', () => {
    const read = docs();
    expect(read.map((d) => d.id).sort()).toEqual(readPolicyIndex(policyDir).map((r) => r.id).sort());
    for (const d of read) {
      expect(d.headings.length).toBeGreaterThan(0);
      const lines = d.headings.map((h) => h.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      expect(new Set(d.headings.map((h) => h.anchor)).size).toBe(d.headings.length);
    }
  });

  it('takes Working Together headings and pages from its table of contents', () => {
    const wt = docs().find((d) => d.id === 'working-together-2026')!;
    const criteria = wt.headings.find((h) => h.text === 'Criteria for notifying');
    expect(criteria?.page).toBe(138);
    expect(wt.lines[criteria!.line - 1]!.trim()).toBe('Criteria for notifying');
  });

  it('reads a saved web page without its furniture: the placement procedure has its own three headings', () => {
    const placement = docs().find((d) => d.id === 'luton-lac-placement-notification')!;
    expect(placement.headings.map((h) => h.text)).toEqual([
      'Notification procedure',
      'Change of address and leaving placement',
      'Services available to looked after children placed in Luton by other local authorities',
    ]);
    for (const d of docs()) expect(d.headings.map((h) => h.text).filter((t) => /Skip to main content|^©|^Luton Borough Council$/.test(t)), d.id).toEqual([]);
  });

  it('does not take a sentence that introduces a list for a heading', () => {
    const es = docs().find((d) => d.id === 'luton-effective-support-2021')!;
    expect(es.headings.map((h) => h.text)).not.toContain('The service supports families with the following difficulties');
  });

  it('places the placement check’s items under the procedure’s own headings', async () => {
    const result = coverage(docs(), citingItems());
    const placement = result.documents.find((d) => d.doc.id === 'luton-lac-placement-notification')!;
    const cited = (text: string) => placement.headings.find((h) => h.heading.text === text)!;
    expect(cited('Notification procedure').items.filter((i) => i.item.kind === 'placement-item').map((i) => i.item.id)).toEqual([
      'placement-notification.item.child',
      'placement-notification.item.legalStatus',
      'placement-notification.item.contacts',
      'placement-notification.item.specialEducationalNeeds',
    ]);
    expect(cited('Change of address and leaving placement').items.length).toBeGreaterThan(0);
  });

  it('places a paragraph citation under the heading printed above the paragraph', () => {
    const wt = docs().find((d) => d.id === 'working-together-2026')!;
    expect(placeCitation(wt, { document: 'working-together-2026', section: 'Chapter 3, Section 3: Timeliness, paragraph 167', page: 62 })?.text).toBe('Timeliness');
    expect(placeCitation(wt, { document: 'working-together-2026', section: 'Chapter 5, para 372', page: 140 })?.text).toBe('Criteria for notifying');
  });

  it('places a named heading in the text, not on its table-of-contents entry', () => {
    const wt = docs().find((d) => d.id === 'working-together-2026')!;
    const place = placeCitation(wt, { document: 'working-together-2026', section: 'Chapter 3, Section 4: Strategy discussion (timescale for section 47 assessments)' })!;
    expect(place.text).toBe('Strategy discussion');
    expect(place.page).toBe(93);
    expect(wt.lines[place.line - 1]!.trim()).toBe('Strategy discussion');
  });

  it('places a nested heading under its own outer heading, not a later one of the same name', () => {
    const es = docs().find((d) => d.id === 'luton-effective-support-2021')!;
    const universalHealth = placeCitation(es, { document: 'luton-effective-support-2021', section: 'Effective Support at a Glance — Universal — Health', page: 33 })!;
    const specialistHealth = placeCitation(es, { document: 'luton-effective-support-2021', section: 'Effective Support at a Glance — Specialist — Health', page: 36 })!;
    expect(universalHealth.text).toBe('Health');
    expect(specialistHealth.text).toBe('Health');
    expect(specialistHealth.line).toBeGreaterThan(universalHealth.line);
  });

  it('matches every citation in the library (actions included) to a heading of its document', async () => {
    const result = coverage(docs(), [...citingItems(), ...(await actionItems())]);
    expect(result.unplaced.map((u) => `${u.item.id}: ${u.citation.document} — ${u.citation.section}`)).toEqual([]);
    // A context-only document is listed, with nothing citing it.
    const context = result.documents.find((d) => d.doc.id === 'luton-procedures-updates-2017')!;
    expect(context.headings.every((h) => h.items.length === 0)).toBe(true);
    // "Circumstances … Notification: For Children Looked After/Care Leavers" cites the outer heading through the inner one.
    const ntk = result.documents.find((d) => d.doc.id === 'luton-need-to-know')!;
    const outer = ntk.headings.find((h) => h.heading.text.startsWith('Circumstances (Not Exclusive)'))!;
    expect(outer.citedThroughSubheadings).toBe(true);
    expect(ntk.headings.find((h) => h.heading.text === 'For Children Looked After/Care Leavers')!.citedThroughSubheadings).toBe(false);
    // "Chapter 5, para 372" is under the chapter's heading too.
    const wt = result.documents.find((d) => d.doc.id === 'working-together-2026')!;
    expect(wt.headings.find((h) => h.heading.text.startsWith('Chapter 5:'))!.citedThroughSubheadings).toBe(true);
    expect(wt.headings.find((h) => h.heading.text.startsWith('Chapter 1:'))!.citedThroughSubheadings).toBe(false);
  }, 60_000); // runs every rule example to collect the actions
});

describe.skipIf(!haveSources)('deliberate omissions', () => {
  it('every listed part starts at a heading of its document, and gives its headings a reason', () => {
    for (const doc of readPolicyDocuments(policyDir)) {
      const reasonAt = omissionReasons(doc); // throws when a listed heading is not in the source
      if (doc.id === 'working-together-2026') {
        const chapter4 = doc.headings.find((h) => h.text.startsWith('Chapter 4'))!;
        const chapter5 = doc.headings.find((h) => h.text.startsWith('Chapter 5'))!;
        expect(reasonAt(chapter4.line)).toMatch(/Organisational duties/);
        expect(reasonAt(chapter5.line)).toBeUndefined();
      }
      if (doc.id === 'luton-procedures-updates-2017') expect(doc.headings.every((h) => reasonAt(h.line) !== undefined)).toBe(true);
    }
  });
});

describe('sectionParts', () => {
  it('splits a citation section at its heading separators, leaving commas inside headings alone', () => {
    expect(sectionParts('Effective Support at a Glance — Additional — Basic care, ensuring safety and protection')).toEqual(['Effective Support at a Glance', 'Additional', 'Basic care, ensuring safety and protection']);
    expect(sectionParts('Notification Thresholds, 2 (How do you know that the child/family is missing, and for how long?)')).toEqual(['Notification Thresholds', '2']);
  });
});
