/**
 * Realistic cases, read as a MASH manager would: harm-type indicators,
 * forced marriage and exploitation, the concerns printed twice, the weighing
 * prompts, contradictions and the duties that follow.
 */
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import type { NeedIndicatorId } from '../../../src/rules/need-level/need-indicator.js';
import { needIndicatorById, needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { harmIndicators } from '../../../src/rules/need-level/indicators/harm-indicators.js';
import { sameConcernPairs } from '../../../src/rules/need-level/indicators/same-concern.js';

const no = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false };
const fired = (r: ReturnType<typeof classifyNeed>) => r.reasons.filter((x) => x.status === 'fired').map((x) => x.ruleId);
const actionIds = (r: ReturnType<typeof classifyNeed>) => r.actions.map((a) => a.id);

describe('harm-type indicators', () => {
  it('a baby with a non-accidental injury and no statutory answers: decided child protection, consent not sought', () => {
    const r = classifyNeed({ indicators: ['need-level.specialist.health.non-accidental-injury'], ageInYears: 0 });
    expect(r.outcome).toBe('specialist');
    expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(r.route.consent.situation).toBe('child-protection');
    expect(r.route.consent.explanation).not.toMatch(/may refuse/);
    expect(r.missingFacts).toEqual([]);
  });

  it.each(harmIndicators.map((h) => h.indicatorId))('%s gives section 47 whatever the harm answer, and a warning naming both on "no"', (indicator) => {
    for (const answer of [true, false, undefined]) {
      const r = classifyNeed({ indicators: [indicator], significantHarmSuspected: answer, immediateRiskOfSignificantHarm: false, childInNeed: false });
      expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
      expect(r.interpretations.map((i) => i.id)).toContain(harmIndicators.find((h) => h.indicatorId === indicator)!.interpretation.id);
      const warning = r.warnings.find((w) => w.code === 'need-level.warning.harm-indicator-without-harm');
      if (answer === false) expect(warning?.facts).toEqual(['significantHarmSuspected', indicator]);
      else expect(warning).toBeUndefined();
    }
  });

  it('returns only the harm interpretation of the indicator recorded', () => {
    const r = classifyNeed({ indicators: ['need-level.specialist.health.sexual-abuse'] });
    expect(r.interpretations.map((i) => i.id).filter((i) => i.includes('harm-indicator'))).toEqual(['need-level.interpretation.harm-indicator.sexual-abuse']);
  });

  it('marks the harm indicators in the catalogue, each with a citation', () => {
    for (const h of harmIndicators) {
      expect(needIndicatorById(h.indicatorId)?.significantHarm, h.indicatorId).toBe(true);
      expect(h.citation.document).toBe('luton-effective-support-2021');
    }
    expect(needIndicators.filter((i) => i.significantHarm).length).toBe(harmIndicators.length);
  });
});

describe('forced marriage and criminal exploitation', () => {
  it('a forced marriage disclosure with harm answered "no" is Specialist child protection with the forced marriage duties and a warning', () => {
    const r = classifyNeed({ indicators: [], ...no, forcedMarriage: { disclosedByChild: true } });
    expect(r.outcome).toBe('specialist');
    expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(actionIds(r)).toEqual(expect.arrayContaining(['need-level.special-circumstance.forced-marriage.act', 'need-level.special-circumstance.forced-marriage.practice-guidelines']));
    expect(r.warnings.map((w) => w.code)).toContain('need-level.warning.concern-without-harm');
  });

  it('county lines is criminal exploitation: Specialist, MASH and police straight away', () => {
    const r = classifyNeed({ indicators: [], ...no, criminalExploitation: { countyLines: true } });
    expect(r.outcome).toBe('specialist');
    expect(actionIds(r)).toContain('need-level.special-circumstance.exploitation.tell-mash-and-police');
    expect(r.interpretations.map((i) => i.id)).toContain('need-level.interpretation.county-lines-is-criminal-exploitation');
  });

  it('leaving the forced marriage and exploitation answers out does not hold a classification up', () => {
    expect(classifyNeed({ indicators: [], ...no }).outcome).toBe('universal');
  });
});

describe('concerns printed at two levels', () => {
  it('links each pair both ways', () => {
    for (const [lower, higher] of sameConcernPairs) {
      expect(needIndicatorById(lower)?.sameAs).toBe(higher);
      expect(needIndicatorById(higher)?.sameAs).toBe(lower);
    }
  });

  it('ticking both copies counts the concern once, at the higher level', () => {
    const [lower, higher] = sameConcernPairs[0]!;
    const both = classifyNeed({ indicators: [lower, higher], ...no });
    // One Intensive concern and nothing else: Additional with the Intensive prompt, not Additional because of the lower copy.
    expect(both.outcome).toBe('additional');
    expect(fired(both)).toContain('need-level.classify.single-intensive-indicator');
    expect(fired(both)).not.toContain('need-level.classify.additional-indicator');
    // Two copies of one concern are not "a number of" Intensive indicators.
    const [lower2, higher2] = sameConcernPairs[1]!;
    expect(classifyNeed({ indicators: [lower, higher, lower2], ...no }).outcome).toBe('additional');
    expect(classifyNeed({ indicators: [higher, higher2], ...no }).outcome).toBe('intensive');
  });
});

describe('weighing prompts advise, they do not change the level', () => {
  it('a baby with Additional needs gets the age prompt', () => {
    const r = classifyNeed({ indicators: ['need-level.additional.health.missed-health-appointments'], ...no, ageInYears: 0 });
    expect(r.outcome).toBe('additional');
    expect(actionIds(r)).toContain('need-level.action.weigh-young-age');
    expect(r.interpretations.map((i) => i.id)).toEqual(expect.arrayContaining(['need-level.interpretation.weighing-advises-only', 'need-level.interpretation.young-child-under-five']));
  });

  it('parental domestic abuse prompts weighing significant harm', () => {
    const r = classifyNeed({ indicators: ['need-level.intensive.basic-care-safety-and-protection.domestic-abuse'], ...no });
    expect(actionIds(r)).toContain('need-level.action.weigh-parental-factors');
  });

  it('an Intensive request before Additional support was tried prompts Additional first; after, it does not', () => {
    const ids: NeedIndicatorId[] = ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'];
    expect(actionIds(classifyNeed({ indicators: ids, ...no, additionalSupportTried: false }))).toContain('need-level.action.consider-additional-first');
    expect(actionIds(classifyNeed({ indicators: ids, ...no, additionalSupportTried: true }))).not.toContain('need-level.action.consider-additional-first');
    const unasked = classifyNeed({ indicators: ids, ...no });
    expect(unasked.outcome).toBe('intensive');
    expect(unasked.furtherQuestions.map((q) => q.fact)).toContain('additionalSupportTried');
  });
});

describe('contradictions and the universal rule', () => {
  it('"protected from danger" beside a non-accidental injury is warned about', () => {
    const r = classifyNeed({ indicators: ['need-level.universal.basic-care-safety-and-protection.protected-from-harm', 'need-level.specialist.health.non-accidental-injury'] });
    expect(r.warnings.map((w) => w.code)).toContain('need-level.warning.protected-beside-harm');
  });

  it('a Specialist result with no indicators does not store a fired "universal services" rule', () => {
    const r = classifyNeed({ indicators: [], significantHarmSuspected: true });
    expect(r.outcome).toBe('specialist');
    expect(fired(r)).not.toContain('need-level.classify.universal');
  });
});

describe('duties', () => {
  it('abuse by a professional: the designated officer (LADO) within one working day', () => {
    const r = classifyNeed({ indicators: ['need-level.specialist.health.abuse-by-professional'], significantHarmSuspected: true });
    const lado = r.actions.find((a) => a.id === 'need-level.action.inform-designated-officer')!;
    expect(lado.description).toMatch(/one working day/);
    expect(lado.citation).toMatchObject({ document: 'working-together-2026', section: expect.stringMatching(/paragraph 264/) });
  });

  it("a young carer: the local authority's needs assessment duty", () => {
    const r = classifyNeed({ indicators: ['need-level.specialist.family-and-social-relationships.main-carer'], ...no });
    expect(actionIds(r)).toContain('need-level.special-circumstance.young-carers.needs-assessment');
  });

  it('while the level is undecided, consult your own manager or designated safeguarding lead before asking the MASH', () => {
    const r = classifyNeed({ indicators: ['need-level.additional.health.missed-health-appointments'] });
    expect(r.outcome).toBe('insufficient-information');
    expect(r.actions.find((a) => a.id === 'need-level.action.consult-when-unsure')?.description).toMatch(/manager or designated safeguarding lead/);
    expect(r.interpretations.map((i) => i.id)).toContain('need-level.interpretation.designated-safeguarding-lead');
  });
});
