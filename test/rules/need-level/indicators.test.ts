import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needIndicatorById, needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import {
  needDomains,
  needLevels,
  type NeedDomain,
  type NeedLevel,
} from '../../../src/rules/need-level/need-indicator.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';

/**
 * Bullets counted by hand in luton-guide-to-effective-support-thresholds-2021.txt,
 * section 'Effective Support at a Glance' (extracted text lines 1707–2334),
 * heading by heading, in the order each level prints its headings.
 * A bullet that wraps over several lines counts once.
 *
 *   UNIVERSAL   (lines 1717–1831, printed page 33)
 *   ADDITIONAL  (lines 1832–1998, printed page 34)
 *   INTENSIVE   (lines 1999–2149, printed page 35) — the empty "•" at line 2107 is not counted
 *   SPECIALIST  (lines 2150–2334, printed page 36)
 */
const printedBullets: Record<NeedLevel, [NeedDomain, number][]> = {
  universal: [
    ['health', 7], //                               lines 1722–1736
    ['emotional-development', 3], //                1738–1744
    ['behavioural-development', 4], //              1746–1756
    ['identity-and-self-esteem', 2], //             1758–1766
    ['family-and-social-relationships', 3], //      1768–1774
    ['learning', 5], //                             1776–1786
    ['basic-care-safety-and-protection', 2], //     1791–1797
    ['emotional-warmth-and-stability', 2], //       1799–1803
    ['guidance-boundaries-and-stimulation', 2], //  1805–1811
    ['family-functioning', 1], //                   1813–1817
    ['housing-employment-and-finance', 2], //       1819–1825
    ['social-and-community-resources', 2], //       1827–1831
  ],
  additional: [
    ['health', 11], //                              1836–1856
    ['emotional-development', 5], //                1858–1868
    ['behavioural-development', 7], //              1870–1880
    ['identity-and-self-esteem', 8], //             1882–1897
    ['family-and-social-relationships', 5], //      1899–1911
    ['emotional-warmth-and-stability', 4], //       1913–1918
    ['family-functioning', 2], //                   1920–1925
    ['self-care-and-independence', 3], //           1927–1931
    ['learning', 9], //                             1933–1947
    ['basic-care-safety-and-protection', 8], //     1949–1960
    ['guidance-boundaries-and-stimulation', 6], //  1962–1977
    ['social-and-community-resources', 3], //       1979–1985
    ['housing-employment-and-finance', 10], //      1987–1998
  ],
  intensive: [
    ['health', 7], //                               2008–2022
    ['emotional-development', 5], //                2024–2038
    ['behavioural-development', 8], //              2040–2064
    ['identity-and-self-esteem', 4], //             2066–2078
    ['family-and-social-relationships', 4], //      2080–2089
    ['self-care-and-independence', 2], //           2093–2096
    ['learning', 5], //                             2098–2106
    ['basic-care-safety-and-protection', 4], //     2109–2118
    ['guidance-boundaries-and-stimulation', 4], //  2120–2134
    ['housing-employment-and-finance', 2], //       2136–2142
    ['family-functioning', 2], //                   2144–2149
  ],
  specialist: [
    ['health', 15], //                              2156–2188
    ['emotional-development', 6], //                2190–2204 (one bullet printed twice, see below)
    ['family-and-social-relationships', 6], //      2206–2222
    ['family-functioning', 4], //                   2224–2236
    ['housing-employment-and-finance', 4], //       2238–2246
    ['identity-and-self-esteem', 3], //             2250–2258
    ['learning', 2], //                             2260–2264
    ['other-indicators', 6], //                     2266–2280
    ['basic-care-safety-and-protection', 12], //    2282–2314
    ['emotional-warmth-and-stability', 3], //       2318–2326
    ['guidance-boundaries-and-stimulation', 3], //  2328–2334
  ],
};

/**
 * Printed bullets deliberately not catalogued: Specialist, Emotional
 * development, "Severe emotional/behavioural challenges" appears twice word
 * for word (lines 2200 and 2204); it is one indicator.
 */
const repeatsNotCatalogued: { level: NeedLevel; domain: NeedDomain; count: number }[] = [
  { level: 'specialist', domain: 'emotional-development', count: 1 },
];

const printedPage: Record<NeedLevel, number> = { universal: 33, additional: 34, intensive: 35, specialist: 36 };
const levelTitle: Record<NeedLevel, string> = {
  universal: 'Universal',
  additional: 'Additional',
  intensive: 'Intensive',
  specialist: 'Specialist',
};

function expectedCount(level: NeedLevel, domain: NeedDomain, printed: number): number {
  const repeats = repeatsNotCatalogued.find((r) => r.level === level && r.domain === domain)?.count ?? 0;
  return printed - repeats;
}

const idPattern = /^need-level\.(universal|additional|intensive|specialist)\.([a-z]+(?:-[a-z]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const domainIds = new Set(needDomains.map((d) => d.id));

describe('needIndicators: the catalogue against the document', () => {
  for (const level of needLevels) {
    describe(levelTitle[level], () => {
      for (const [domain, printed] of printedBullets[level]) {
        it(`${domain}: ${expectedCount(level, domain, printed)} indicators`, () => {
          const actual = needIndicators.filter((i) => i.level === level && i.domain === domain).length;
          expect(actual).toBe(expectedCount(level, domain, printed));
        });
      }

      it('has no indicator under a heading this level does not print', () => {
        const printedDomains = new Set(printedBullets[level].map(([d]) => d));
        const stray = needIndicators.filter((i) => i.level === level && !printedDomains.has(i.domain)).map((i) => i.id);
        expect(stray).toEqual([]);
      });

      it('keeps the headings in the order the document prints them', () => {
        const order: NeedDomain[] = [];
        for (const i of needIndicators) if (i.level === level && order.at(-1) !== i.domain) order.push(i.domain);
        expect(order).toEqual(printedBullets[level].map(([d]) => d));
      });
    });
  }

  it('totals 226 indicators (227 printed bullets less one repeat)', () => {
    const printed = needLevels.flatMap((l) => printedBullets[l]).reduce((sum, [, n]) => sum + n, 0);
    expect(printed).toBe(227);
    expect(needIndicators).toHaveLength(226);
  });

  it('is in ascending level order', () => {
    const ranks = needIndicators.map((i) => needLevels.indexOf(i.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('needIndicators: ids, labels and citations', () => {
  it('has unique ids', () => {
    const ids = needIndicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(needIndicators.map((i) => [i.id, i] as const))('%s is well formed and matches its level and domain', (id, indicator) => {
    const match = idPattern.exec(id);
    expect(match).not.toBeNull();
    expect(match![1]).toBe(indicator.level);
    expect(match![2]).toBe(indicator.domain);
    expect(domainIds.has(indicator.domain)).toBe(true);
  });

  it('gives every indicator a short label in its own words (not a pasted bullet)', () => {
    const problems = needIndicators.filter(
      (i) => i.label.trim() !== i.label || i.label.length < 3 || i.label.length > 90 || !/^[A-Z]/.test(i.label),
    );
    expect(problems.map((i) => `${i.id}: "${i.label}"`)).toEqual([]);
  });

  it('has no two identical labels under one heading of one level', () => {
    const keys = needIndicators.map((i) => `${i.level}/${i.domain}/${i.label.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cites the threshold document, the level and printed heading, and the printed page', () => {
    for (const i of needIndicators) {
      const heading = needDomains.find((d) => d.id === i.domain)!.label;
      expect(i.citation, i.id).toEqual({
        document: 'luton-effective-support-2021',
        section: `Effective Support at a Glance — ${levelTitle[i.level]} — ${heading}`,
        page: printedPage[i.level],
      });
    }
  });

  it('uses every domain somewhere, and lists each domain once', () => {
    expect(domainIds.size).toBe(needDomains.length);
    expect(new Set(needIndicators.map((i) => i.domain))).toEqual(domainIds);
  });

  it('is frozen, so callers cannot change the shared catalogue', () => {
    expect(Object.isFrozen(needIndicators)).toBe(true);
    expect(needIndicators.every((i) => Object.isFrozen(i) && Object.isFrozen(i.citation))).toBe(true);
    expect(() => (needIndicators as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(Object.isFrozen(needDomains) && Object.isFrozen(needLevels)).toBe(true);
  });
});

describe('needIndicatorById', () => {
  it('finds every catalogued indicator by its id', () => {
    for (const i of needIndicators) expect(needIndicatorById(i.id)).toBe(i);
  });

  it('returns the documented example id', () => {
    expect(needIndicatorById('need-level.specialist.health.sexual-abuse')?.level).toBe('specialist');
  });

  it('returns undefined for any string that is not a catalogued id', () => {
    const ids = new Set<string>(needIndicators.map((i) => i.id));
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!ids.has(s));
        expect(needIndicatorById(s)).toBeUndefined();
      }),
    );
    expect(needIndicatorById('need-level.specialist.health.Sexual-Abuse')).toBeUndefined();
  });

  it('throws the library input error for a non-string id', () => {
    for (const bad of [undefined, null, 42, {}, ['need-level.specialist.health.sexual-abuse']]) {
      expect(() => needIndicatorById(bad as unknown as string)).toThrow(SafeguardingInputError);
    }
  });
});
