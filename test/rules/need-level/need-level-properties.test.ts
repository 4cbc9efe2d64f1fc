/**
 * Properties of classifyNeed over random inputs, every input field included:
 * - no decided outcome depends on an unknown: for every completion of the
 *   unanswered questions, the outcome, the category, the route's form and its
 *   consent rule are the same;
 * - the consent rule follows the child's situation (an independent statement
 *   of the rule, checked against the library);
 * - monotonicity: adding an indicator or a risk fact never lowers the level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';
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
  'criminalExploitation.atRisk': bool,
  'criminalExploitation.countyLines': bool,
  reporterRole: fc.constantFrom('regulated-health-or-social-care-professional', 'teacher', 'other-professional', 'member-of-the-public'),
  ageInYears: fc.integer({ min: 0, max: 17 }),
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
 * FGM, forced marriage and criminal exploitation answers are concerns
 * reported when there is one (left out: none raised), not questions every
 * classification must answer (see rules/shared-conditions.ts): completions
 * leave them as given. Every other question is asked.
 */
const reported = (key: string) => /^(fgm|forcedMarriage|criminalExploitation)\./.test(key);
const asked = Object.keys(questions).filter((k) => !reported(k));

/** Unanswered is common. */
const partialAnswers = fc.record(Object.fromEntries(Object.entries(questions).map(([k, arb]) => [k, fc.option(arb, { nil: undefined, freq: 2 })])));
const fullAnswers = fc.record(questions);

const view = (input: Input) => {
  const r = classifyNeed(input as never);
  return { outcome: r.outcome, level: r.level, category: r.workingTogetherCategory.id, form: r.route.form, consent: r.route.consent.situation, required: r.route.consent.required };
};

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

/** The consent rule as the brief states it, written independently of the library's route code. */
function expectedConsent(indicators: string[], a: Record<string, unknown>, level: NeedLevel): string {
  if (level === 'universal') return 'open-access';
  if (level !== 'specialist') return 'family-agreement';
  const harmIndicator = indicators.some((i) => needIndicators.find((n) => n.id === i)!.significantHarm);
  const concern =
    a['fgm.disclosedByGirl'] === true || a['fgm.physicalSignsObserved'] === true || a['fgm.atRisk'] === true ||
    a['forcedMarriage.atRisk'] === true || a['forcedMarriage.disclosedByChild'] === true ||
    a['criminalExploitation.atRisk'] === true || a['criminalExploitation.countyLines'] === true;
  if (a.significantHarmSuspected === true || a.immediateRiskOfSignificantHarm === true || harmIndicator || concern) return 'child-protection';
  if (indicators.includes('need-level.specialist.emotional-warmth-and-stability.no-one-to-care')) return 'no-one-to-care';
  if (indicators.includes('need-level.specialist.other-indicators.unaccompanied-asylum-seeker')) return 'unaccompanied-child';
  if (indicators.includes('need-level.specialist.other-indicators.privately-fostered')) return 'private-fostering';
  return 'child-in-need';
}

describe('classifyNeed: consent by situation', () => {
  const situations = fc.subarray([
    'need-level.specialist.emotional-warmth-and-stability.no-one-to-care',
    'need-level.specialist.other-indicators.unaccompanied-asylum-seeker',
    'need-level.specialist.other-indicators.privately-fostered',
    'need-level.specialist.health.sexual-abuse',
  ]);
  it('with every question answered, the consent rule is the one the situation calls for', () => {
    fc.assert(
      fc.property(indicatorIds, situations, fullAnswers, (base, extra, answers) => {
        const indicators = [...new Set([...base, ...extra])];
        const r = view(build(indicators, answers));
        expect(r.outcome).toBe(r.level);
        expect(r.consent).toBe(expectedConsent(indicators, answers, r.level));
        expect(r.required).toBe(r.consent === 'family-agreement' || r.consent === 'child-in-need');
        if (r.consent === 'child-protection') expect(r.category).toBe('child-protection-section-47');
        else if (r.level === 'specialist') expect(r.category).toBe('child-in-need-section-17');
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyNeed: monotonicity', () => {
  const riskFacts = Object.keys(questions).filter((k) => questions[k] === bool && k !== 'additionalSupportTried');
  it('adding an indicator never lowers the level', () => {
    fc.assert(
      fc.property(indicatorIds, fc.constantFrom(...needIndicators.map((i) => i.id)), fullAnswers, (base, extra, answers) => {
        fc.pre(!base.includes(extra));
        const before = view(build(base, answers)).level;
        const after = view(build([...base, extra], answers)).level;
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 300 },
    );
  });

  it('turning a risk fact from "no" or unanswered to "yes" never lowers the level', () => {
    fc.assert(
      fc.property(indicatorIds, partialAnswers, fc.constantFrom(...riskFacts), (indicators, answers, fact) => {
        fc.pre(answers[fact] !== true);
        const before = view(build(indicators, answers)).level;
        const after = view(build(indicators, { ...answers, [fact]: true })).level;
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 300 },
    );
  });

  it('the age and the "Additional support tried" answer never change the level (they only prompt)', () => {
    fc.assert(
      fc.property(indicatorIds, fullAnswers, fc.integer({ min: 0, max: 17 }), bool, (indicators, answers, age, tried) => {
        const before = view(build(indicators, answers));
        const after = view(build(indicators, { ...answers, ageInYears: age, additionalSupportTried: tried }));
        expect(after.level).toBe(before.level);
      }),
      { numRuns: 200 },
    );
  });
});
