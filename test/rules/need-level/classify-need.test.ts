import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed, DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from '../../../src/rules/need-level/classify-need.js';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { needLevels, type NeedLevel } from '../../../src/rules/need-level/need-indicator.js';
import { needLevelRules } from '../../../src/rules/need-level/rules/index.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { MAX_INDICATORS } from '../../../src/rules/need-level/input-schema.js';
import { describeRuleExamples } from '../../support/rule-examples.js';

const ofLevel = (level: NeedLevel) => needIndicators.filter((i) => i.level === level).map((i) => i.id);
const universalIds = ofLevel('universal');
const additionalIds = ofLevel('additional');
const intensiveIds = ofLevel('intensive');
const specialistIds = ofLevel('specialist');
const noStatutoryConcern = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false };
const rank = (level: NeedLevel) => needLevels.indexOf(level);

describeRuleExamples('need-level', needLevelRules, classifyNeed);

describe('classifyNeed: readable cases', () => {
  it('classifies a child with no indicators and no statutory concern as Universal, with universal services as the route', async () => {
    const result = await classifyNeed({ indicators: [], ...noStatutoryConcern });
    expect(result.outcome).toBe('universal');
    expect(result.level).toBe('universal');
    expect(result.workingTogetherCategory.id).toBe('universal-services');
    expect(result.route.consent.required).toBe(false);
    expect(result.mashScreening).toBeUndefined();
    expect(result.missingFacts).toEqual([]);
    expect(result.professionalJudgement.statement).toMatch(/guide to professional judgement/);
  });

  it('asks for the statutory facts rather than assuming "no" when they are left out', async () => {
    const result = await classifyNeed({ indicators: [additionalIds[0]!] });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.level).toBe('additional');
    expect(result.missingFacts.map((m) => m.fact).sort()).toEqual(['childInNeed', 'immediateRiskOfSignificantHarm', 'significantHarmSuspected']);
    expect(result.missingFacts[0]!.question).toMatch(/\?$/);
  });

  it('does not decide a Specialist need whose category still depends on the significant-harm answer', () => {
    const homeless = 'need-level.specialist.housing-employment-and-finance.homeless';
    const result = classifyNeed({ indicators: [homeless] });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.level).toBe('specialist');
    expect(result.missingFacts.map((m) => m.fact).sort()).toEqual(['immediateRiskOfSignificantHarm', 'lookedAfter', 'significantHarmSuspected']);
    expect(result.route.consent.situation).toBe('undecided');
    expect(result.route.form).toMatch(/Luton referral form/);
    expect(result.actions.map((a) => a.id)).toContain('need-level.action.consult-when-unsure');
    const answered = classifyNeed({ indicators: [homeless], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, lookedAfter: false });
    expect(answered.outcome).toBe('specialist');
    expect(answered.workingTogetherCategory.id).toBe('child-in-need-section-17');
    expect(answered.workingTogetherCategory.note).toMatch(/section 47/);
    expect(answered.route.consent).toMatchObject({ situation: 'child-in-need', required: true });
    expect(answered.mashScreening?.outcomes).toContain('No further action');
  });

  it('makes two Intensive indicators Intensive (Family Help, consent required) and one only Additional with a prompt', async () => {
    const two = await classifyNeed({ indicators: intensiveIds.slice(0, 2), ...noStatutoryConcern });
    expect(two.outcome).toBe('intensive');
    expect(two.workingTogetherCategory.id).toBe('family-help');
    expect(two.route.consent.required).toBe(true);
    const one = await classifyNeed({ indicators: intensiveIds.slice(0, 1), ...noStatutoryConcern });
    expect(one.outcome).toBe('additional');
    expect(one.actions.map((a) => a.id)).toContain('need-level.action.consider-intensive');
  });

  it('lets a case system choose how many Intensive indicators make Intensive need', async () => {
    const single = await classifyNeed({ indicators: intensiveIds.slice(0, 1), ...noStatutoryConcern }, { intensiveIndicatorThreshold: 1 });
    expect(single.outcome).toBe('intensive');
    expect(single.options.intensiveIndicatorThreshold).toBe(1);
    const three = await classifyNeed({ indicators: intensiveIds.slice(0, 2), ...noStatutoryConcern }, { intensiveIndicatorThreshold: 3 });
    expect(three.outcome).toBe('additional');
    expect(DEFAULT_INTENSIVE_INDICATOR_THRESHOLD).toBe(2);
  });

  it('makes suspected significant harm Specialist under section 47, whatever the indicators', async () => {
    const result = await classifyNeed({ indicators: universalIds.slice(0, 3), significantHarmSuspected: true });
    expect(result.outcome).toBe('specialist');
    expect(result.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(result.route.consent.required).toBe(false);
    const fired = result.reasons.filter((r) => r.status === 'fired').map((r) => r.ruleId);
    expect(fired).toContain('need-level.classify.significant-harm');
  });

  it('tells the professional to act at once when the risk is immediate', async () => {
    const result = await classifyNeed({ indicators: [], immediateRiskOfSignificantHarm: true });
    expect(result.outcome).toBe('specialist');
    expect(result.workingTogetherCategory.id).toBe('child-protection-section-47');
    const urgent = result.actions.find((a) => a.id === 'need-level.action.urgent-referral');
    expect(urgent?.description).toMatch(/999/);
    expect(urgent?.citation.document).toBe('luton-effective-support-2021');
  });

  it('gives a teacher who is told of FGM the personal duty to report to the police', async () => {
    const result = await classifyNeed({ indicators: [], significantHarmSuspected: true, fgm: { disclosedByGirl: true }, reporterRole: 'teacher', ageInYears: 14 });
    const ids = result.actions.map((a) => a.id);
    expect(ids).toContain('need-level.action.fgm-report-to-police');
    expect(ids).not.toContain('need-level.special-circumstance.fgm.mandatory-report-to-police');
    const other = await classifyNeed({ indicators: [], significantHarmSuspected: true, fgm: { atRisk: true }, reporterRole: 'other-professional' });
    expect(other.actions.map((a) => a.id)).not.toContain('need-level.action.fgm-report-to-police');
    expect(other.actions.map((a) => a.id)).toContain('need-level.special-circumstance.fgm.child-protection-procedures');
  });

  it('treats a disclosure of FGM as significant harm even when the general question was answered "no"', async () => {
    const result = await classifyNeed({ indicators: [], ...noStatutoryConcern, fgm: { disclosedByGirl: true }, reporterRole: 'teacher' });
    expect(result.outcome).toBe('specialist');
    expect(result.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(result.route.consent.required).toBe(false);
    expect(result.reasons.find((r) => r.ruleId === 'need-level.classify.fgm-concern')?.status).toBe('fired');
    const atRisk = await classifyNeed({ indicators: [], ...noStatutoryConcern, fgm: { atRisk: true } });
    expect(atRisk.outcome).toBe('specialist');
    expect(atRisk.actions.map((a) => a.id)).toContain('need-level.special-circumstance.fgm.child-protection-procedures');
  });

  it('does not ask about FGM when no FGM concern was raised', async () => {
    const result = await classifyNeed({ indicators: [], ...noStatutoryConcern });
    expect(result.missingFacts.map((m) => m.fact)).not.toContain('fgmAtRisk');
    expect(result.reasons.find((r) => r.ruleId === 'need-level.classify.fgm-concern')?.status).toBe('not-fired');
  });

  it('needs the parents\' agreement for a child in need referral, but not for a child protection referral', async () => {
    const childInNeed = await classifyNeed({ indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: true, lookedAfter: false });
    expect(childInNeed.outcome).toBe('specialist');
    expect(childInNeed.workingTogetherCategory.id).toBe('child-in-need-section-17');
    expect(childInNeed.route.consent.required).toBe(true);
    expect(childInNeed.route.consent.explanation).toMatch(/agreement/);
    const protection = await classifyNeed({ indicators: [], significantHarmSuspected: true, childInNeed: true });
    expect(protection.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(protection.route.consent.required).toBe(false);
    expect(protection.route.consent.explanation).toMatch(/immediate risk/);
    expect(protection.route.consent.explanation).toMatch(/increase the risk/);
  });

  it('hands out routes, MASH outcomes and categories a caller may change in its own result without changing the next one', async () => {
    const first = await classifyNeed({ indicators: [], significantHarmSuspected: true });
    (first.route.consent as { required: boolean }).required = true;
    (first.mashScreening!.outcomes as unknown as string[]).push('Closed');
    (first.workingTogetherCategory as { label: string }).label = 'changed';
    expect(first.route.consent.required).toBe(true);
    const second = await classifyNeed({ indicators: [], significantHarmSuspected: true });
    expect(second.route.consent.required).toBe(false);
    expect(second.mashScreening!.outcomes).toHaveLength(5);
    expect(second.workingTogetherCategory.label).toMatch(/section 47/);
  });

  it('groups matched indicators by level and domain, in catalogue order', async () => {
    const ids = [intensiveIds[0]!, additionalIds[0]!];
    const result = await classifyNeed({ indicators: ids, ...noStatutoryConcern });
    const { all, byLevel, byDomain } = result.matchedIndicators;
    expect(all.map((i) => i.id)).toEqual([additionalIds[0], intensiveIds[0]]);
    // The groupings refer to the entries of `all` by position; they do not repeat them.
    expect(byLevel).toEqual({ universal: [], additional: [0], intensive: [1], specialist: [] });
    const domain = needIndicators.find((i) => i.id === intensiveIds[0])!.domain;
    expect(byDomain[domain]).toContain(1);
    expect(Object.values(byDomain).flat().sort()).toEqual([0, 1]);
    // Each entry is a copy of the catalogue's fields, not the frozen entry itself.
    const entry = needIndicators.find((i) => i.id === additionalIds[0])!;
    expect(all[0]).toEqual({ id: entry.id, level: entry.level, domain: entry.domain, label: entry.label, citation: entry.citation });
    expect(all[0]).not.toBe(entry);
    expect(Object.isFrozen(all[0]!.citation)).toBe(false);
  });

  it('carries a reproducible ruleset version and an explanation naming every rule once', async () => {
    const result = await classifyNeed({ indicators: [], ...noStatutoryConcern });
    expect(result.ruleset.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(result.reasons.map((r) => r.ruleId).sort()).toEqual(needLevelRules.map((r) => r.id).sort());
    // A rule that fired gives its title and citations; every rule the conditions that decided it.
    for (const reason of result.reasons) {
      if (reason.status === 'fired') expect(reason.citation.length).toBeGreaterThan(0);
      else expect(reason).not.toHaveProperty('citation');
      expect(reason.conditions.status).toBe(reason.status === 'fired' ? 'passed' : reason.status === 'not-fired' ? 'failed' : 'unknown');
    }
  });
});

describe('classifyNeed: bad input', () => {
  const error = async (input: unknown, options?: unknown) => {
    try {
      await classifyNeed(input as never, options as never);
    } catch (e) {
      return e as SafeguardingInputError;
    }
    throw new Error('expected an input error');
  };

  it('says where an unknown indicator id is, without quoting it (it could be a name typed in the wrong field)', async () => {
    const e = await error({ indicators: [universalIds[0], 'jane-doe-2014-05-01'] });
    expect(e).toBeInstanceOf(SafeguardingInputError);
    expect(e.issues).toEqual([
      { path: ['input', 'indicators', 1], code: 'unknown-id', message: 'input.indicators[1]: is not a known need indicator id (see needIndicators)' },
    ]);
  });

  it('names a duplicated indicator', async () => {
    const e = await error({ indicators: [universalIds[0], universalIds[0]] });
    expect(e.issues[0]).toMatchObject({ path: ['input', 'indicators', 1], code: 'duplicate', message: 'input.indicators[1]: repeats indicators[0]; list each indicator once' });
  });

  it('names every repeat and the first place of its id, in short lists and long ones alike', () => {
    // Short lists are checked pair by pair and long ones through an index: both must say the same.
    const ids = needIndicators.map((i) => i.id);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 60 }), (picks) => {
        const indicators = picks.map((p) => ids[p]!);
        const expected = indicators.flatMap((id, index) => {
          const first = indicators.indexOf(id);
          return first < index ? [{ path: ['input', 'indicators', index], code: 'duplicate', message: `input.indicators[${index}]: repeats indicators[${first}]; list each indicator once` }] : [];
        });
        let issues: unknown[] = [];
        try {
          classifyNeed({ indicators });
        } catch (error) {
          if (!(error instanceof SafeguardingInputError)) throw error;
          issues = error.issues;
        }
        expect(issues).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects wrong types, unknown keys and bad options with the library error', async () => {
    expect((await error({ indicators: 'x' })).issues[0]!.path).toEqual(['input', 'indicators']);
    expect((await error({ indicators: [], significantHarm: true })).issues[0]!.message).toBe('input: 1 unknown key, not shown');
    expect((await error({ indicators: [], significantHarmSuspected: 'yes' })).issues[0]!.path).toEqual(['input', 'significantHarmSuspected']);
    expect((await error({ indicators: [] }, { intensiveIndicatorThreshold: 0 })).issues[0]!.path).toEqual(['options', 'intensiveIndicatorThreshold']);
    expect(await error(null)).toBeInstanceOf(SafeguardingInputError);
  });

  it('refuses a list longer than the catalogue could ever fill, with one issue rather than one per element', async () => {
    const e = await error({ indicators: Array.from({ length: 50_000 }, () => universalIds[0]) });
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: ['input', 'indicators'], code: 'too-long' });
    const over = await error({ indicators: Array.from({ length: 301 }, () => universalIds[0]) });
    expect(over.issues).toEqual([{ path: ['input', 'indicators'], code: 'too-long', message: 'input.indicators: lists more than 300 entries' }]);
    expect(MAX_INDICATORS).toBeGreaterThanOrEqual(needIndicators.length);
    // Every real indicator at once is still accepted.
    const all = await classifyNeed({ indicators: needIndicators.map((i) => i.id), ...noStatutoryConcern });
    expect(all.outcome).toBe('specialist');
  });

  it('does not echo free text that is not an id', async () => {
    const e = await error({ indicators: ['Jane Smith was seen with bruises'] });
    expect(e.message).not.toContain('Jane');
  });
});

describe('classifyNeed: properties', () => {
  const ids = fc.uniqueArray(fc.constantFrom(...needIndicators.map((i) => i.id)), { maxLength: 15 });
  const statutory = fc.record({
    significantHarmSuspected: fc.boolean(),
    immediateRiskOfSignificantHarm: fc.boolean(),
    childInNeed: fc.boolean(),
    // Whether a child who goes missing is looked after decides section 47 (the highest child protection priority).
    lookedAfter: fc.boolean(),
  });

  it('adding an indicator never lowers the level', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.constantFrom(...needIndicators.map((i) => i.id)), statutory, async (base, extra, facts) => {
        fc.pre(!base.includes(extra));
        const before = await classifyNeed({ indicators: base, ...facts });
        const after = await classifyNeed({ indicators: [...base, extra], ...facts });
        expect(rank(after.level)).toBeGreaterThanOrEqual(rank(before.level));
      }),
      { numRuns: 150 },
    );
  });

  it('turning a statutory fact from false to true never lowers the level', async () => {
    await fc.assert(
      fc.asyncProperty(ids, statutory, fc.constantFrom('significantHarmSuspected', 'immediateRiskOfSignificantHarm', 'childInNeed'), async (base, facts, key) => {
        const before = await classifyNeed({ indicators: base, ...facts, [key]: false });
        const after = await classifyNeed({ indicators: base, ...facts, [key]: true });
        expect(rank(after.level)).toBeGreaterThanOrEqual(rank(before.level));
        expect(after.level).toBe('specialist');
      }),
      { numRuns: 60 },
    );
  });

  it('no indicators and no statutory concern is Universal', async () => {
    const result = await classifyNeed({ indicators: [], ...noStatutoryConcern });
    expect(result.outcome).toBe('universal');
  });

  it('Universal indicators alone, with no statutory concern, stay Universal whatever the threshold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(universalIds), fc.integer({ min: 1, max: 47 }), async (indicators, threshold) => {
        const result = await classifyNeed({ indicators, ...noStatutoryConcern }, { intensiveIndicatorThreshold: threshold });
        expect(result.outcome).toBe('universal');
        expect(result.actions.map((a) => a.id).filter((id) => id.startsWith('need-level.action.route'))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('any FGM disclosure, sign or risk gives Specialist under section 47', async () => {
    const flag = fc.option(fc.boolean(), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(ids, statutory, fc.record({ disclosedByGirl: flag, physicalSignsObserved: flag, atRisk: flag }), async (base, facts, fgm) => {
        fc.pre(fgm.disclosedByGirl === true || fgm.physicalSignsObserved === true || fgm.atRisk === true);
        const result = await classifyNeed({ indicators: base, ...facts, fgm });
        expect(result.outcome).toBe('specialist');
        expect(result.workingTogetherCategory.id).toBe('child-protection-section-47');
      }),
      { numRuns: 60 },
    );
  });

  it('any Specialist indicator gives Specialist', async () => {
    await fc.assert(
      fc.asyncProperty(ids, fc.constantFrom(...specialistIds), statutory, async (base, specialist, facts) => {
        const indicators = base.includes(specialist) ? base : [...base, specialist];
        const result = await classifyNeed({ indicators });
        expect(result.level).toBe('specialist');
        expect(['specialist', 'insufficient-information']).toContain(result.outcome);
        expect((await classifyNeed({ indicators, ...facts })).outcome).toBe('specialist');
      }),
      { numRuns: 80 },
    );
  });

  it('the result does not depend on the order of the indicators', async () => {
    await fc.assert(
      fc.asyncProperty(ids, statutory, fc.integer(), async (base, facts, seed) => {
        const shuffled = [...base].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1));
        // Everything but the stored input (kept as given) and its fingerprint is the same.
        const { input: _one, fingerprint: _f1, ...one } = await classifyNeed({ indicators: base, ...facts });
        const { input: _two, fingerprint: _f2, ...two } = await classifyNeed({ indicators: shuffled, ...facts });
        expect(two).toEqual(one);
      }),
      { numRuns: 80 },
    );
  });

  it('with all statutory facts known, the outcome is always a level, never insufficient information', async () => {
    await fc.assert(
      fc.asyncProperty(ids, statutory, async (base, facts) => {
        const result = await classifyNeed({ indicators: base, ...facts });
        expect(result.outcome).toBe(result.level);
      }),
      { numRuns: 80 },
    );
  });
});

describe('classifyNeed: warnings', () => {
  it('warns when immediate risk is answered yes and significant harm no, naming both facts, and still classifies', () => {
    const result = classifyNeed({ indicators: [], significantHarmSuspected: false, immediateRiskOfSignificantHarm: true, childInNeed: false });
    expect(result.outcome).toBe('specialist');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'need-level.warning.immediate-risk-without-harm', facts: ['immediateRiskOfSignificantHarm', 'significantHarmSuspected'] }),
    ]);
  });

  it('gives no warning for consistent answers', () => {
    expect(classifyNeed({ indicators: [], significantHarmSuspected: true, immediateRiskOfSignificantHarm: true, childInNeed: false }).warnings).toEqual([]);
  });
});
