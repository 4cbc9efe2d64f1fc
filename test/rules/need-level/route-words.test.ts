/**
 * The words of a result must fit the route it decided: properties over
 * random inputs for the classes of mistake a practitioner would act on.
 *
 * - Where forced marriage or FGM is suspected (honour-based abuse), nothing
 *   in the route or the actions tells the practitioner to go back to the
 *   family, reassure them, tell them their information is shared, or that
 *   the help is voluntary (professionals may get "one chance").
 * - Beside a child protection route, nothing calls the help voluntary or
 *   offers the family's own services instead of the referral.
 * - A looked after child who goes missing is child protection (or not yet
 *   decided), never a referral that waits for the parents' agreement.
 * - The "not kept on the MASH record" sentence appears only below Specialist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed, type NeedClassification } from '../../../src/rules/need-level/classify-need.js';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';

const bool = fc.option(fc.boolean(), { nil: undefined, freq: 3 });
const ids = fc.uniqueArray(fc.constantFrom(...needIndicators.map((i) => i.id)), { maxLength: 6 });
const group = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.option(fc.record(fields, { requiredKeys: [] }), { nil: undefined, freq: 2 });
const input = fc.record(
  {
    indicators: ids,
    significantHarmSuspected: bool,
    immediateRiskOfSignificantHarm: bool,
    childInNeed: bool,
    fgm: group({ disclosedByGirl: fc.boolean(), physicalSignsObserved: fc.boolean(), atRisk: fc.boolean() }),
    forcedMarriage: group({ atRisk: fc.boolean(), disclosedByChild: fc.boolean() }),
    criminalExploitation: group({ concern: fc.boolean(), atRisk: fc.boolean(), countyLines: fc.boolean() }),
    sexualExploitation: group({ concern: fc.boolean(), atRisk: fc.boolean() }),
    ageInYears: fc.option(fc.integer({ min: 0, max: 19 }), { nil: undefined }),
    lookedAfter: bool,
    consentRefused: bool,
  },
  { requiredKeys: ['indicators'] },
);

/** Every sentence of advice the result gives: the route and each action. */
const advice = (r: NeedClassification) => [r.route.contact, r.route.form, r.route.consent.explanation, r.route.help, r.route.nextStep ?? '', ...r.actions.map((a) => a.description)].join('\n');

const TIP_OFF = [/reassure/i, /tell (them|the family) (what|their information)/i, /tell the family what is happening/i, /help is voluntary/i, /services the family already uses/i, /recorded and shared/i];

describe('the words of a result fit the route it decided', () => {
  it('honour-based abuse: no advice to go back to the family, reassure them or call the help voluntary', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = classifyNeed(i as never);
        if (r.route.consent.situation !== 'honour-based-abuse') return;
        const text = advice(r);
        for (const pattern of TIP_OFF) expect(text).not.toMatch(pattern);
      }),
      { numRuns: 600 },
    );
  });

  it('the forced marriage case that exposed it, with consent refused', () => {
    const r = classifyNeed({ indicators: [], ageInYears: 15, forcedMarriage: { atRisk: true }, consentRefused: true });
    expect(r.route.consent.situation).toBe('honour-based-abuse');
    for (const pattern of TIP_OFF) expect(advice(r)).not.toMatch(pattern);
    expect(r.actions.find((a) => a.id === 'need-level.action.consent-refused')!.description).toMatch(/do not go back to the family about it/);
  });

  it('child protection: the help is never called voluntary, and the referral is never made conditional or replaced by the family’s own services', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = classifyNeed(i as never);
        if (r.workingTogetherCategory.id !== 'child-protection-section-47') return;
        const text = advice(r);
        expect(text).not.toMatch(/help is voluntary|support is voluntary|services the family already uses/i);
      }),
      { numRuns: 600 },
    );
  });

  it('a looked after child who goes missing is child protection, or not decided yet, whatever the harm answer: never a referral that waits for the parents', () => {
    fc.assert(
      fc.property(input, (i) => {
        const withMissing = { ...i, indicators: [...new Set([...i.indicators, 'need-level.specialist.emotional-development.endangers-self-or-others'])], lookedAfter: true };
        if (withMissing.ageInYears !== undefined && withMissing.ageInYears >= 18) return;
        const r = classifyNeed(withMissing as never);
        expect(r.route.consent.required).toBe(false);
        if (r.outcome !== 'insufficient-information') expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
      }),
      { numRuns: 400 },
    );
  });

  it('the "not kept on the MASH record" rule is said only below Specialist', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = classifyNeed({ ...i, consentRefused: true } as never);
        if (r.level === 'specialist' || r.outcome === 'insufficient-information') expect(advice(r)).not.toMatch(/not kept on/);
      }),
      { numRuns: 400 },
    );
  });
});
