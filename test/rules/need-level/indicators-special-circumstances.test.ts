import { describe, expect, it } from 'vitest';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import {
  specialCircumstanceById,
  specialCircumstances,
  type SpecialCircumstance,
} from '../../../src/rules/need-level/special-circumstances.js';

/**
 * The sections of 'Children in special circumstances' in the threshold
 * document (extracted text lines 1095–1706), with the printed page each
 * starts on (footers for pages 20 and 26 are in the text; the others are
 * counted from the page breaks).
 */
const expectedSections: [SpecialCircumstance, number][] = [
  ['send', 21],
  ['young-carers', 22],
  ['youth-justice', 23],
  ['missing', 24],
  ['exploitation', 25],
  ['fgm', 26],
  ['radicalisation', 28],
  ['private-fostering', 29],
  ['forced-marriage', 31],
];

describe('specialCircumstances', () => {
  it('lists every special circumstance of the document once, in document order, on its printed page', () => {
    expect(specialCircumstances.map((c) => [c.id, c.citation.page])).toEqual(expectedSections);
  });

  it('cites the threshold document for every circumstance and every duty', () => {
    for (const c of specialCircumstances) {
      expect(c.citation.document, c.id).toBe('luton-effective-support-2021');
      expect(c.citation.section, c.id).toMatch(/^Children in special circumstances — \S/);
      for (const d of c.duties) {
        // A statutory duty the Luton document leaves out is cited to Working Together itself.
        if (d.citation.document === 'working-together-2026') {
          expect(d.statutory, d.id).toBe(true);
          expect(d.citation.section, d.id).toMatch(/^Chapter \d+, paragraph \d+/);
          continue;
        }
        expect(d.citation.document, d.id).toBe('luton-effective-support-2021');
        expect(d.citation.page, d.id).toBeGreaterThanOrEqual(21);
        expect(d.citation.page, d.id).toBeLessThanOrEqual(32);
      }
    }
  });

  it('says what to do for every circumstance, with stable duty ids', () => {
    const dutyIds = specialCircumstances.flatMap((c) => c.duties.map((d) => d.id));
    expect(new Set(dutyIds).size).toBe(dutyIds.length);
    for (const c of specialCircumstances) {
      expect(c.label.length, c.id).toBeGreaterThan(0);
      expect(c.summary.length, c.id).toBeGreaterThan(0);
      expect(c.duties.length, c.id).toBeGreaterThan(0);
      for (const d of c.duties) {
        expect(d.id).toMatch(new RegExp(`^need-level\\.special-circumstance\\.${c.id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
        expect(d.description.length, d.id).toBeGreaterThan(0);
        expect(d.role.length, d.id).toBeGreaterThan(0);
      }
    }
  });

  it('states the FGM mandatory reporting duty: regulated professionals and teachers report personally to the police', () => {
    const fgm = specialCircumstanceById('fgm')!;
    const duty = fgm.duties.find((d) => d.id === 'need-level.special-circumstance.fgm.mandatory-report-to-police')!;
    expect(duty.statutory).toBe(true);
    expect(duty.role).toMatch(/regulated health and social care professionals and teachers/i);
    expect(duty.description).toMatch(/police personally/);
    expect(duty.description).toMatch(/under 18/);
    expect(fgm.contacts).toContain('police');
    const otherwise = fgm.duties.find((d) => d.id === 'need-level.special-circumstance.fgm.child-protection-procedures')!;
    expect(otherwise.description).toMatch(/child protection procedures/);
  });

  it('sends exploitation concerns to both the MASH and the police', () => {
    expect(specialCircumstanceById('exploitation')!.contacts).toEqual(expect.arrayContaining(['mash', 'police']));
  });

  it('looks circumstances up by id and returns undefined for unknown ids', () => {
    for (const c of specialCircumstances) expect(specialCircumstanceById(c.id)).toBe(c);
    expect(specialCircumstanceById('not-a-circumstance')).toBeUndefined();
    expect(Object.isFrozen(specialCircumstances) && specialCircumstances.every((c) => Object.isFrozen(c.duties))).toBe(true);
  });
});

describe('special circumstance tags on indicators', () => {
  it('uses only tags that exist in the catalogue, without repeats', () => {
    for (const i of needIndicators) {
      const tags = i.specialCircumstances ?? [];
      expect(new Set(tags).size, i.id).toBe(tags.length);
      for (const tag of tags) expect(specialCircumstanceById(tag), `${i.id} → ${tag}`).toBeDefined();
    }
  });

  it('tags the indicators that name a special circumstance outright', () => {
    const tagged = (id: string) => needIndicators.find((i) => i.id === id)?.specialCircumstances ?? [];
    expect(tagged('need-level.specialist.health.sexual-exploitation')).toContain('exploitation');
    expect(tagged('need-level.specialist.other-indicators.privately-fostered')).toContain('private-fostering');
    expect(tagged('need-level.intensive.behavioural-development.radicalised-thoughts')).toContain('radicalisation');
    expect(tagged('need-level.intensive.emotional-development.young-carer-development-compromised')).toContain('young-carers');
    expect(tagged('need-level.specialist.emotional-development.endangers-self-or-others')).toContain('missing');
  });
});
