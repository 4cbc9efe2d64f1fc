/**
 * The route follows the child's situation, is decided once, and the actions
 * never send the practitioner through a different form or door. Readable
 * cases first, then properties over random inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';

const no = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false };
const id = {
  privatelyFostered: 'need-level.specialist.other-indicators.privately-fostered',
  unaccompanied: 'need-level.specialist.other-indicators.unaccompanied-asylum-seeker',
  noOneToCare: 'need-level.specialist.emotional-warmth-and-stability.no-one-to-care',
  homeless: 'need-level.specialist.housing-employment-and-finance.homeless',
  nai: 'need-level.specialist.health.non-accidental-injury',
  radicalised: 'need-level.intensive.behavioural-development.radicalised-thoughts',
  selfHarm: 'need-level.intensive.health.self-harm',
  domesticAbuse: 'need-level.intensive.basic-care-safety-and-protection.domestic-abuse',
} as const;

describe('consent by situation', () => {
  it('child protection: consent is not sought where that would increase the risk', () => {
    const r = classifyNeed({ indicators: [id.homeless], ...no, significantHarmSuspected: true });
    expect(r.route.consent).toMatchObject({ situation: 'child-protection', required: false });
    expect(r.route.consent.explanation).toMatch(/increase the risk/);
    expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
  });

  it("child in need: the referral is made with the parents' agreement", () => {
    const r = classifyNeed({ indicators: [], ...no, childInNeed: true });
    expect(r.outcome).toBe('specialist');
    expect(r.route.consent).toMatchObject({ situation: 'child-in-need', required: true });
    expect(r.route.consent.explanation).toMatch(/parents' agreement/);
  });

  it("private fostering: the local authority's duties are statutory, no parental agreement is waited for", () => {
    const r = classifyNeed({ indicators: [id.privatelyFostered], ...no });
    expect(r.route.consent).toMatchObject({ situation: 'private-fostering', required: false });
    expect(r.route.consent.explanation).not.toMatch(/may refuse/);
    expect(r.interpretations.map((i) => i.id)).toContain('need-level.interpretation.statutory-consent-situations');
    expect(r.actions.map((a) => a.id)).toContain('need-level.special-circumstance.private-fostering.assess-and-visit');
  });

  it('an unaccompanied asylum-seeking child: section 20, no one to agree', () => {
    const r = classifyNeed({ indicators: [id.unaccompanied], ...no });
    expect(r.route.consent).toMatchObject({ situation: 'unaccompanied-child', required: false });
    expect(r.route.consent.explanation).toMatch(/section 20/);
  });

  it('no one to care for the child: refer at once, without consent', () => {
    const r = classifyNeed({ indicators: [id.noOneToCare, id.privatelyFostered], ...no });
    expect(r.route.consent).toMatchObject({ situation: 'no-one-to-care', required: false });
  });

  it('a privately fostered child with a non-accidental injury is a child protection case', () => {
    const r = classifyNeed({ indicators: [id.privatelyFostered, id.nai] });
    expect(r.outcome).toBe('specialist');
    expect(r.route.consent.situation).toBe('child-protection');
    expect(r.interpretations.map((i) => i.id)).not.toContain('need-level.interpretation.statutory-consent-situations');
  });

  it('below Specialist, consent is the family’s agreement; Universal is open access', () => {
    expect(classifyNeed({ indicators: [id.selfHarm, id.domesticAbuse], ...no }).route.consent.situation).toBe('family-agreement');
    expect(classifyNeed({ indicators: [], ...no }).route.consent.situation).toBe('open-access');
  });

  it('while the significant-harm answer is missing, the Specialist route says consent is undecided and the outcome is not decided', () => {
    const r = classifyNeed({ indicators: [id.privatelyFostered] });
    expect(r.outcome).toBe('insufficient-information');
    expect(r.route.consent.situation).toBe('undecided');
  });
});

describe('route and actions agree', () => {
  it('a single Intensive indicator: the Additional route, and one piece of advice about the Intensive request', () => {
    const r = classifyNeed({ indicators: [id.selfHarm], ...no });
    expect(r.outcome).toBe('additional');
    expect(r.route.form).toMatch(/own request form/);
    const prompt = r.actions.find((a) => a.id === 'need-level.action.consider-intensive')!;
    expect(prompt.description).toMatch(/start at the Additional level/);
    const routeAction = r.actions.find((a) => a.id === 'need-level.action.route.additional')!;
    expect(routeAction.description).toContain(r.route.form);
    // The escalation is said once, by the prompt.
    expect(r.actions.filter((a) => /Intensive request/.test(a.description)).map((a) => a.id)).toEqual(['need-level.action.consider-intensive']);
  });

  it('radicalisation at the Additional level: the route itself sends the concern to the MASH, as the duty does', () => {
    const r = classifyNeed({ indicators: [id.radicalised], ...no });
    expect(r.outcome).toBe('additional');
    expect(r.route.contact).toMatch(/MASH/);
    expect(r.actions.map((a) => a.id)).toContain('need-level.special-circumstance.radicalisation.refer-to-mash');
  });

  it('a Family Partnership difficulty met at Additional names the Family Partnership Service as the next step', () => {
    const r = classifyNeed({ indicators: [id.domesticAbuse], ...no });
    const next = r.actions.find((a) => a.id === 'need-level.action.family-partnership-next-step')!;
    expect(next.description).toMatch(/domestic abuse/);
    expect(next.description).toMatch(/Family Partnership Service/);
    expect(classifyNeed({ indicators: [id.selfHarm, id.domesticAbuse], ...no }).actions.map((a) => a.id)).not.toContain(
      'need-level.action.family-partnership-next-step',
    );
  });

  it('every route action restates the route’s own form', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...needIndicators.map((i) => i.id)), { maxLength: 8 });
    fc.assert(
      fc.property(ids, fc.record({ significantHarmSuspected: fc.boolean(), immediateRiskOfSignificantHarm: fc.boolean(), childInNeed: fc.boolean(), lookedAfter: fc.boolean() }), (indicators, facts) => {
        const r = classifyNeed({ indicators, ...facts });
        const routeActions = r.actions.filter((a) => a.id.startsWith('need-level.action.route.'));
        if (r.level === 'universal') expect(routeActions).toEqual([]);
        else {
          expect(routeActions.map((a) => a.id)).toEqual([`need-level.action.route.${r.level}`]);
          expect(routeActions[0]!.description).toContain(r.route.form);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('no action below the level reached', () => {
  it('a Specialist need with one Intensive indicator does not also advise starting at the Additional level', () => {
    const r = classifyNeed({ indicators: ['need-level.specialist.family-and-social-relationships.main-carer', id.selfHarm], ...no });
    expect(r.outcome).toBe('specialist');
    expect(r.actions.map((a) => a.id)).not.toContain('need-level.action.consider-intensive');
  });

  it('over random inputs, no action says to start at Additional or to consider Additional first unless that is the level', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...needIndicators.map((i) => i.id)), { maxLength: 8 });
    fc.assert(
      fc.property(ids, fc.record({ significantHarmSuspected: fc.boolean(), immediateRiskOfSignificantHarm: fc.boolean(), childInNeed: fc.boolean(), additionalSupportTried: fc.boolean() }), (indicators, facts) => {
        const r = classifyNeed({ indicators, ...facts });
        const ids = r.actions.map((a) => a.id);
        if (r.level !== 'additional') expect(ids).not.toContain('need-level.action.consider-intensive');
        if (r.level !== 'intensive') expect(ids).not.toContain('need-level.action.consider-additional-first');
        // The weighing prompts stay wherever the harm answer still decides the route, Specialist included.
        if (facts.significantHarmSuspected) expect(ids.filter((i) => i.startsWith('need-level.action.weigh-'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
