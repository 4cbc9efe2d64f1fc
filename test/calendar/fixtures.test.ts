/**
 * The repository keeps its own copy of the official GOV.UK 2019–2028 list
 * (so `npm test` works from the published repository alone). When the shared
 * project folder with the original fixture is present, the copy must still be
 * identical to it: a silently edited copy would let the calendar drift from
 * GOV.UK while every equality test kept passing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { govuk2012to2018, govuk2019to2028 } from './support/official.js';

const here = dirname(fileURLToPath(import.meta.url));
const name = 'govuk-bank-holidays-england-and-wales-2019-2028.json';
const copy = join(here, 'fixtures', name);
const shared = join(here, '../../../shared/fixtures', name);

describe('the GOV.UK fixtures', () => {
  if (existsSync(shared)) {
    it('the copy under test/calendar/fixtures is byte-for-byte the shared fixture', () => {
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'));
    });
  }

  it('cover every year 2012–2028 without gaps or overlap, each event well-formed', () => {
    const all = [...govuk2012to2018, ...govuk2019to2028];
    const years = [...new Set(all.map((h) => Number(h.date.slice(0, 4))))];
    expect(years).toEqual(Array.from({ length: 17 }, (_, i) => 2012 + i));
    expect(govuk2012to2018.every((h) => h.date < '2019-01-01')).toBe(true);
    expect(govuk2019to2028.every((h) => h.date >= '2019-01-01')).toBe(true);
    for (const h of all) {
      expect(Object.keys(h).sort()).toEqual(['date', 'substitute', 'title']);
      expect(h.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof h.substitute).toBe('boolean');
      expect(h.title).not.toMatch(/[\u2018\u2019]/); // straight apostrophes, as in the shared fixture
    }
  });
});
