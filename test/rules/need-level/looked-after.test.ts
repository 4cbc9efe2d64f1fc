/**
 * Whether the child is looked after, where it decides the route: asked only
 * for a Specialist child in need (and then the outcome waits, saying why),
 * never for an unborn child, who cannot be looked after; and the young
 * carer prompt, which belongs to a referral, is not given while the outcome
 * is undecided.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/index.js';

const substanceMisuse = 'need-level.specialist.health.parental-substance-misuse';
const noHarmChildInNeed = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true } as const;
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('looked after status', () => {
  it('is not asked for an unborn child: a Specialist child in need referral with the parents’ agreement, and the reading returned', () => {
    const r = classifyNeed({ indicators: [substanceMisuse], unborn: true, ...noHarmChildInNeed });
    expect(r.outcome).toBe('specialist');
    expect(r.route.consent).toMatchObject({ situation: 'child-in-need', required: true });
    expect(r.missingFacts).toEqual([]);
    expect(ids(r.interpretations)).toContain('need-level.interpretation.unborn-not-looked-after');
    // Not offered as an answer to change: the library supplied it.
    expect(r.counterfactuals.map((c) => c.fact)).not.toContain('lookedAfter');
    // The input is kept as given.
    expect(r.input).not.toHaveProperty('lookedAfter');
  });

  it('keeps an answer given for an unborn child, and then does not return the reading', () => {
    const r = classifyNeed({ indicators: [substanceMisuse], unborn: true, ...noHarmChildInNeed, lookedAfter: false });
    expect(r.outcome).toBe('specialist');
    expect(ids(r.interpretations)).not.toContain('need-level.interpretation.unborn-not-looked-after');
  });

  it('holds a born child’s Specialist child in need outcome, asking only that, and says why', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), (ageInYears) => {
        const r = classifyNeed({ indicators: [], ageInYears, ...noHarmChildInNeed });
        expect(r.outcome).toBe('insufficient-information');
        expect(r.missingFacts.map((m) => m.fact)).toEqual(['lookedAfter']);
        expect(ids(r.interpretations)).toContain('need-level.interpretation.looked-after-decides-specialist-route');
        expect(ids(r.interpretations)).not.toContain('need-level.interpretation.unborn-not-looked-after');
        for (const lookedAfter of [true, false]) {
          const answered = classifyNeed({ indicators: [], ageInYears, ...noHarmChildInNeed, lookedAfter });
          expect(answered.outcome).toBe('specialist');
          expect(ids(answered.interpretations)).not.toContain('need-level.interpretation.looked-after-decides-specialist-route');
        }
      }),
      { numRuns: 18 },
    );
  });
});

describe('the young carer prompt', () => {
  it('is not given while the outcome is undecided, and is given once a referral to children’s social care is decided', () => {
    const undecided = classifyNeed({ indicators: ['need-level.specialist.health.child-discloses-abuse'], ageInYears: 9 });
    expect(undecided.outcome).toBe('insufficient-information');
    expect(ids(undecided.actions)).not.toContain('need-level.special-circumstance.young-carers.consider-on-referral');
    const decided = classifyNeed({ indicators: ['need-level.specialist.health.child-discloses-abuse'], ageInYears: 9, significantHarmSuspected: true, immediateRiskOfSignificantHarm: false });
    expect(decided.outcome).toBe('specialist');
    expect(ids(decided.actions)).toContain('need-level.special-circumstance.young-carers.consider-on-referral');
  });
});
