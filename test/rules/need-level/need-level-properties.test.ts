/**
 * Properties of classifyNeed over random inputs, every input field included:
 * - no decided outcome depends on an unknown: for every completion of the
 *   unanswered questions, the outcome, the category, the route's form and its
 *   consent rule are the same;
 * - the consent rule follows the child's situation (an independent statement
 *   of the rule, checked against the library);
 * - no result routes section 17 with consent beside an indicator of harm or
 *   of a risk of it without a warning, and none asks for consent before the
 *   MASH is consulted there;
 * - no undecided result carries a route without a MASH step;
 * - monotonicity: adding an indicator or a risk fact never lowers the level
 *   or removes a warning;
 * - adults never get a child protection category.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import { needIndicatorById, needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { needLevels, type NeedLevel } from '../../../src/rules/need-level/need-indicator.js';

type Input = Record<string, unknown>;
const rank = (level: NeedLevel) => needLevels.indexOf(level);
const indicatorIds = fc.uniqueArray(fc.constantFrom(...needIndicators.map((i) => i.id)), { maxLength: 10 });
const bool = fc.boolean();

/** Every optional question with the values it can take; a nested group's fields are separate questions. */
const questions: Record<string, fc.Arbitrary<unknown>> = {
  significantHarmSuspected: bool,
  immediateRiskOfSignificantHarm: bool,
  childInNeed: bool,
  'fgm.disclosedByGirl': bool,
  'fgm.physicalSignsObserved': bool,
  'fgm.atRisk': bool,
  'forcedMarriage.atRisk': bool,
  'forcedMarriage.disclosedByChild': bool,
  'criminalExploitation.concern': bool,
  'criminalExploitation.atRisk': bool,
  'criminalExploitation.countyLines': bool,
  'sexualExploitation.concern': bool,
  'sexualExploitation.atRisk': bool,
  reporterRole: fc.constantFrom('regulated-health-or-social-care-professional', 'teacher', 'other-professional', 'member-of-the-public'),
  ageInYears: fc.integer({ min: 0, max: 17 }),
  disabled: bool,
  lookedAfter: bool,
  consentRefused: bool,
  additionalSupportTried: bool,
};

function build(indicators: string[], answers: Record<string, unknown>): Input {
  const input: Input = { indicators };
  for (const [path, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    const [head, tail] = path.split('.');
    if (tail === undefined) input[head!] = value;
    else input[head!] = { ...((input[head!] as Input | undefined) ?? {}), [tail]: value };
  }
  return input;
}

/**
 * FGM, forced marriage and exploitation answers are concerns reported when
 * there is one (left out: none raised), not questions every classification
 * must answer (see rules/shared-conditions.ts): completions leave them as
 * given. The age is not completed either: without it the subject is taken to
 * be a child (an interpretation), and any completion within childhood (0 to
 * 17) is tried. Every other question is asked.
 */
const reported = (key: string) => /^(fgm|forcedMarriage|criminalExploitation|sexualExploitation)\./.test(key);
const asked = Object.keys(questions).filter((k) => !reported(k));

/** Unanswered is common. */
const partialAnswers = fc.record(Object.fromEntries(Object.entries(questions).map(([k, arb]) => [k, fc.option(arb, { nil: undefined, freq: 2 })])));
const fullAnswers = fc.record(questions);

const view = (input: Input) => {
  const r = classifyNeed(input as never);
  return { outcome: r.outcome, level: r.level, category: r.workingTogetherCategory.id, form: r.route.form, consent: r.route.consent.situation, required: r.route.consent.required };
};

const isHarmEvidence = (id: string) => ['significant-harm', 'risk-of-significant-harm', 'exploitation'].includes(needIndicatorById(id)!.evidence);
const isRiskEvidence = (id: string) => ['risk-of-significant-harm', 'exploitation'].includes(needIndicatorById(id)!.evidence);

describe('classifyNeed: no decided outcome depends on an unknown', () => {
  it('a decided outcome, its category, route and consent are the same for every completion of the unanswered questions', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fullAnswers, (indicators, partial, fill) => {
        const decided = view(build(indicators, partial));
        if (decided.outcome === 'insufficient-information') return;
        const completed: Record<string, unknown> = { ...partial };
        for (const key of asked) if (completed[key] === undefined) completed[key] = fill[key];
        expect(view(build(indicators, completed))).toEqual(decided);
      }),
      { numRuns: 400 },
    );
  });

  it('an undecided outcome keeps its level as a floor: no completion gives a lower level', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fullAnswers, (indicators, partial, fill) => {
        const floor = view(build(indicators, partial));
        const completed: Record<string, unknown> = { ...partial };
        for (const key of asked) if (completed[key] === undefined) completed[key] = fill[key];
        expect(rank(view(build(indicators, completed)).level)).toBeGreaterThanOrEqual(rank(floor.level));
      }),
      { numRuns: 300 },
    );
  });
});

/** The consent rule as the issue and the review state it, written independently of the library's route code. */
function expectedConsent(indicators: string[], a: Record<string, unknown>, level: NeedLevel): string {
  if (level === 'universal') return 'open-access';
  if (level !== 'specialist') return 'family-agreement';
  const harmIndicator = indicators.some((i) => needIndicatorById(i)!.significantHarm);
  const honour = a['fgm.disclosedByGirl'] === true || a['fgm.physicalSignsObserved'] === true || a['fgm.atRisk'] === true || a['forcedMarriage.atRisk'] === true || a['forcedMarriage.disclosedByChild'] === true;
  const exploited = a['criminalExploitation.atRisk'] === true || a['criminalExploitation.countyLines'] === true || a['sexualExploitation.atRisk'] === true;
  if (honour) return 'honour-based-abuse';
  if (a.significantHarmSuspected === true || a.immediateRiskOfSignificantHarm === true || harmIndicator || exploited) return 'child-protection';
  // A looked after child is open to children's social care: the allocated social worker, not the parents' agreement.
  if (a.lookedAfter === true) return 'looked-after';
  if (indicators.includes('need-level.specialist.emotional-warmth-and-stability.no-one-to-care')) return 'no-one-to-care';
  if (indicators.includes('need-level.specialist.other-indicators.unaccompanied-asylum-seeker')) return 'unaccompanied-child';
  const age = a.ageInYears as number;
  if (indicators.includes('need-level.specialist.other-indicators.privately-fostered') && (age < 16 || a.disabled === true)) return 'private-fostering';
  return 'child-in-need';
}

const expectedCategory: Record<string, string> = {
  'child-protection': 'child-protection-section-47',
  'honour-based-abuse': 'child-protection-section-47',
  'private-fostering': 'private-fostering-section-67',
  'unaccompanied-child': 'accommodation-section-20',
  'no-one-to-care': 'accommodation-section-20',
  'child-in-need': 'child-in-need-section-17',
  'looked-after': 'child-in-need-section-17',
};

describe('classifyNeed: consent and category by situation', () => {
  const situations = fc.subarray([
    'need-level.specialist.emotional-warmth-and-stability.no-one-to-care',
    'need-level.specialist.other-indicators.unaccompanied-asylum-seeker',
    'need-level.specialist.other-indicators.privately-fostered',
    'need-level.specialist.health.sexual-abuse',
  ]);
  it('with every question answered, the consent rule and the category are the ones the situation calls for', () => {
    fc.assert(
      fc.property(indicatorIds, situations, fullAnswers, (base, extra, answers) => {
        const indicators = [...new Set([...base, ...extra])];
        const r = view(build(indicators, answers));
        expect(r.outcome).toBe(r.level);
        expect(r.consent).toBe(expectedConsent(indicators, answers, r.level));
        expect(r.required).toBe(r.consent === 'family-agreement' || r.consent === 'child-in-need');
        if (r.level === 'specialist') expect(r.category).toBe(expectedCategory[r.consent]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyNeed: evidence of harm is never routed to consent unwarned', () => {
  it('no result routes section 17 with consent beside an indicator of harm or of a risk of it without a warning', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, (indicators, answers) => {
        const r = classifyNeed(build(indicators, answers) as never);
        const evidence = indicators.filter(isHarmEvidence);
        if (r.workingTogetherCategory.id !== 'child-in-need-section-17' || !r.route.consent.required || evidence.length === 0) return;
        const warned = r.warnings.filter((w) => w.code === 'need-level.warning.risk-indicator-without-harm' || w.code === 'need-level.warning.harm-indicator-without-harm');
        expect(warned.length).toBeGreaterThan(0);
        // The warning names the indicators and the answer.
        expect(warned.flatMap((w) => w.facts)).toEqual(expect.arrayContaining(['significantHarmSuspected', ...evidence]));
      }),
      { numRuns: 400 },
    );
  });

  it('beside evidence of a risk of harm answered "no", consent is sought only after the MASH is consulted, and a "yes" is shown to give section 47 without consent', () => {
    fc.assert(
      fc.property(indicatorIds, fc.constantFrom(...needIndicators.filter((i) => isRiskEvidence(i.id)).map((i) => i.id)), partialAnswers, (base, risk, answers) => {
        const indicators = [...new Set([...base, risk])];
        const r = classifyNeed(build(indicators, { ...answers, significantHarmSuspected: false, ageInYears: answers.ageInYears ?? 10 }) as never);
        if (r.route.consent.required) expect(r.route.consent.afterMashConsultation).toBe(true);
        expect(r.actions.map((a) => a.id)).toContain('need-level.action.weigh-harm-evidence');
        if (r.outcome === 'specialist' && r.workingTogetherCategory.id === 'child-in-need-section-17') {
          expect(r.counterfactuals).toContainEqual(
            expect.objectContaining({ fact: 'significantHarmSuspected', alternative: true, workingTogetherCategory: 'child-protection-section-47', consentRequired: false }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyNeed: undecided never reads as "nothing to do"', () => {
  it('no undecided result carries a route without a MASH step', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, (indicators, answers) => {
        const r = classifyNeed(build(indicators, answers) as never);
        if (r.outcome !== 'insufficient-information') return;
        expect(r.route.contact).toMatch(/MASH/);
        expect(r.route.contact).not.toMatch(/^No referral/);
        expect(r.route.form).not.toMatch(/^None$|own request form/);
        expect(r.route.consent.situation).toBe('undecided');
        expect(r.workingTogetherCategory.id).toBe('not-decided');
        expect(r.actions.map((a) => a.id)).toContain('need-level.action.consult-when-unsure');
      }),
      { numRuns: 400 },
    );
  });
});

describe('classifyNeed: monotonicity', () => {
  /**
   * The risk facts: an immediate risk and the concern answers. The answers a
   * warning is about (significant harm, child in need) are left out: a "yes"
   * to significant harm resolves the "answered no beside evidence of harm"
   * warnings, as it should.
   */
  const riskFacts = Object.keys(questions).filter((k) => questions[k] === bool && !['additionalSupportTried', 'consentRefused', 'lookedAfter', 'disabled', 'significantHarmSuspected', 'childInNeed'].includes(k));
  const codes = (input: Input) => classifyNeed(input as never).warnings.map((w) => w.code);

  it('adding an indicator never lowers the level or removes a warning', () => {
    fc.assert(
      fc.property(indicatorIds, fc.constantFrom(...needIndicators.map((i) => i.id)), partialAnswers, (base, extra, answers) => {
        fc.pre(!base.includes(extra));
        const before = build(base, answers);
        const after = build([...base, extra], answers);
        expect(rank(view(after).level)).toBeGreaterThanOrEqual(rank(view(before).level));
        expect(codes(after)).toEqual(expect.arrayContaining(codes(before)));
      }),
      { numRuns: 400 },
    );
  });

  it('turning a risk fact from "no" or unanswered to "yes" never lowers the level or removes a warning', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fc.constantFrom(...riskFacts), (indicators, answers, fact) => {
        fc.pre(answers[fact] !== true);
        const before = build(indicators, answers);
        const after = build(indicators, { ...answers, [fact]: true });
        expect(rank(view(after).level)).toBeGreaterThanOrEqual(rank(view(before).level));
        // A "yes" to a concern resolves the warning that "no concern" contradicted a high risk: that one may go.
        const resolved = new Set(fact.endsWith('.concern') ? ['need-level.warning.exploitation-answers-contradict'] : []);
        expect(codes(after)).toEqual(expect.arrayContaining(codes(before).filter((c) => !resolved.has(c))));
      }),
      { numRuns: 400 },
    );
  });

  it('"yes" to significant harm or child in need never lowers the level', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fc.constantFrom('significantHarmSuspected', 'childInNeed'), (indicators, answers, fact) => {
        fc.pre(answers[fact] !== true);
        expect(rank(view(build(indicators, { ...answers, [fact]: true })).level)).toBeGreaterThanOrEqual(rank(view(build(indicators, answers)).level));
      }),
      { numRuns: 200 },
    );
  });

  it('the "Additional support tried", consent and looked after answers never change the level (they only prompt or add duties)', () => {
    fc.assert(
      fc.property(indicatorIds, fullAnswers, bool, bool, bool, (indicators, answers, tried, refused, lookedAfter) => {
        const before = view(build(indicators, answers));
        const after = view(build(indicators, { ...answers, additionalSupportTried: tried, consentRefused: refused, lookedAfter }));
        expect(after.level).toBe(before.level);
      }),
      { numRuns: 200 },
    );
  });
});

describe('classifyNeed: adults', () => {
  it('a person of 18 or over never gets a child protection category, route or duty', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fc.integer({ min: 18, max: 130 }), (indicators, answers, age) => {
        const r = classifyNeed(build(indicators, { ...answers, ageInYears: age }) as never);
        expect(r.outcome).toBe('adult');
        expect(r.workingTogetherCategory.id).toBe('not-a-child');
        expect(r.route.consent.situation).toBe('adult');
        expect(r.missingFacts).toEqual([]);
        const ids = r.actions.map((a) => a.id);
        expect(ids).not.toContain('need-level.action.fgm-report-to-police');
        expect(ids.filter((id) => id.startsWith('need-level.special-circumstance.') || id.startsWith('need-level.action.route.'))).toEqual([]);
        expect(ids).toContain('need-level.action.adult-route');
      }),
      { numRuns: 200 },
    );
  });
});
