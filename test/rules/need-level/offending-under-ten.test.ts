/**
 * Offending recorded for a child under 10 (below the age of criminal
 * responsibility, an age the library sets, not the document) is warned
 * about but still counts toward the level, at every age and with any other
 * indicators: it may be a sign of criminal exploitation or neglect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed, needIndicators } from '../../../src/index.js';
import { evidenceByIndicator } from '../../../src/rules/need-level/indicators/evidence.js';

const offending = needIndicators.filter((i) => evidenceByIndicator.get(i.id)?.ages?.stillCounts === true).map((i) => i.id);
const others = needIndicators.filter((i) => evidenceByIndicator.get(i.id)?.ages === undefined).map((i) => i.id);
const answered = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false } as const;

describe('offending under 10', () => {
  it('covers the three offending bullets', () => {
    expect(offending).toHaveLength(3);
  });

  it('property: gives the level it gives at 12, with the age warning', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offending), fc.integer({ min: 0, max: 9 }), fc.uniqueArray(fc.constantFrom(...others), { maxLength: 3 }), (indicator, ageInYears, rest) => {
        const indicators = [indicator, ...rest];
        const young = classifyNeed({ indicators, ageInYears, ...answered });
        const older = classifyNeed({ indicators, ageInYears: 12, ...answered });
        expect(young.level).toBe(older.level);
        expect(young.warnings.map((w) => w.code)).toContain('need-level.warning.age-contradicts-indicator');
      }),
      { numRuns: 200 },
    );
  });
});
