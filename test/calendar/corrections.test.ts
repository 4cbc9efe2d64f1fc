import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/calendar/corrections.js';
import { dateHolidaysYear, generatedPath, renderGeneratedModule } from '../../scripts/generate-bank-holidays.js';
import { official } from './support/official.js';
import { policyDocuments } from '../../src/schemas/citation.js';

describe('corrections to date-holidays', () => {
  for (const c of corrections) {
    it(`${c.kind} ${c.date} is still needed (date-holidays alone differs from GOV.UK on that day)`, () => {
      const year = Number(c.date.slice(0, 4));
      const raw = dateHolidaysYear(year).find((h) => h.date === c.date);
      const govuk = official.find((h) => h.date === c.date);
      if (c.kind === 'remove') {
        expect(raw?.name).toBe(c.name);
        expect(govuk).toBeUndefined();
      } else if (c.kind === 'add') {
        expect(raw).toBeUndefined();
        expect(govuk).toEqual({ date: c.date, title: c.name, substitute: c.substitute });
      } else {
        expect(raw?.name).toBe(c.from);
        expect(govuk?.title).toBe(c.name);
      }
    });
  }

  it('each correction is cited and explained', () => {
    for (const c of corrections) {
      expect(Object.keys(policyDocuments)).toContain(c.citation.document);
      expect(c.citation.section).toContain(c.date.slice(0, 4));
      expect(c.reason.length).toBeGreaterThan(20);
    }
  });

  it('the normalisation keeps only days off (no weekend dates) and turns "(substitute day)" into the flag', () => {
    const raw2026 = dateHolidaysYear(2026);
    expect(raw2026.find((h) => h.date === '2026-12-26')).toBeUndefined();
    expect(raw2026.find((h) => h.date === '2026-12-28')).toEqual({ date: '2026-12-28', name: 'Boxing Day', substitute: true });
    expect(raw2026.some((h) => /Mother/.test(h.name))).toBe(false);
  });
});

describe('generated bank-holiday data', () => {
  it('equals what scripts/generate-bank-holidays.ts produces now (run it when this fails)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderGeneratedModule());
  });
});
