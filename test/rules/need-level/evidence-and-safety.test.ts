/**
 * What the evidence table means for a practitioner, indicator by indicator:
 * every one of the 226 indicators alone, with the statutory answers "no" and
 * left out, must lead somewhere safe; the readable cases a MASH sees every
 * day (a disclosure, a risk in the household, repeated unexplained harm,
 * exploitation, a baby, an adult, a refusal of consent) come out as the
 * document would have them.
 */
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import type { NeedIndicatorId } from '../../../src/rules/need-level/need-indicator.js';
import { needIndicatorById, needIndicatorEvidence, needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { interpretations } from '../../../src/rules/interpretations.js';
import { verifyDecision } from '../../../src/rules/verify-decision.js';
import { createCalendar } from '../../../src/calendar/create-calendar.js';

const no = { significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false, lookedAfter: false };
// Test ids are checked by the schema at run time (an unknown one throws), so typing them as ids here is safe.
const S = (rest: string) => `need-level.specialist.${rest}` as NeedIndicatorId;
const I = (rest: string) => `need-level.intensive.${rest}` as NeedIndicatorId;
const actionIds = (r: ReturnType<typeof classifyNeed>) => r.actions.map((a) => a.id);
const warningCodes = (r: ReturnType<typeof classifyNeed>) => r.warnings.map((w) => w.code);
const evidenceOf = (id: string) => needIndicatorById(id)!.evidence;

describe('the evidence table', () => {
  it('has one row for each of the 226 indicators, in catalogue order, each cited', () => {
    expect(needIndicatorEvidence.map((e) => e.indicatorId)).toEqual(needIndicators.map((i) => i.id));
    expect(needIndicatorEvidence).toHaveLength(226);
    for (const e of needIndicatorEvidence) {
      expect(e.citation.document, e.indicatorId).toMatch(/^(luton-effective-support-2021|working-together-2026)$/);
      expect(needIndicatorById(e.indicatorId)!.evidence).toBe(e.evidence);
    }
  });

  it('names a recorded interpretation wherever the document does not say it outright (every reading but the Universal strengths)', () => {
    const known = new Set(interpretations.map((i) => i.id));
    for (const e of needIndicatorEvidence) {
      if (e.evidence === 'strength') expect(e.interpretation, e.indicatorId).toBeUndefined();
      else {
        expect(e.interpretation, e.indicatorId).toBeDefined();
        expect(known.has(e.interpretation!), `${e.indicatorId}: ${e.interpretation}`).toBe(true);
      }
    }
  });

  it('reads the Universal indicators as good progress, and the document’s own significant-harm bullets as significant harm', () => {
    for (const i of needIndicators) {
      if (i.level === 'universal') expect(i.evidence, i.id).toBe('strength');
      if (i.significantHarm) expect(i.evidence, i.id).toBe('significant-harm');
    }
  });

  it('reads each indicator the issue names as evidence of harm, of a risk of it, or of exploitation', () => {
    for (const id of [
      S('health.child-discloses-abuse'),
      S('basic-care-safety-and-protection.parent-discloses-abuse'),
      S('health.abuse-by-professional'),
      S('family-functioning.risky-individual-in-household'),
      S('basic-care-safety-and-protection.chronic-domestic-abuse-involving-child'),
      I('guidance-boundaries-and-stimulation.unexplained-harm-at-home'),
      I('behavioural-development.radicalised-thoughts'),
    ]) {
      expect(['risk-of-significant-harm', 'exploitation'], id).toContain(evidenceOf(id));
    }
  });
});

describe('every indicator alone leads somewhere safe', () => {
  for (const indicator of needIndicators) {
    it(indicator.id, () => {
      // Answered "no": evidence of harm is never routed to consent unwarned, nor before the MASH.
      const answered = classifyNeed({ indicators: [indicator.id], ...no, ageInYears: 10 });
      if (indicator.evidence !== 'need' && indicator.evidence !== 'strength') {
        expect(warningCodes(answered).some((c) => c === 'need-level.warning.risk-indicator-without-harm' || c === 'need-level.warning.harm-indicator-without-harm')).toBe(true);
        if (answered.route.consent.required) expect(answered.route.consent.afterMashConsultation).toBe(true);
      }
      if (indicator.evidence === 'significant-harm') expect(answered.workingTogetherCategory.id).toBe('child-protection-section-47');
      // Left out: undecided results route to the MASH, never to "no referral" or the services' own forms.
      const open = classifyNeed({ indicators: [indicator.id] });
      if (open.outcome === 'insufficient-information') {
        expect(open.route.contact).toMatch(/MASH/);
        expect(open.route.form).not.toMatch(/^None$|own request form/);
        expect(open.workingTogetherCategory.id).toBe('not-decided');
      }
      expect(JSON.parse(JSON.stringify(answered))).toEqual(answered);
    });
  }
});

describe('cases a MASH sees every day', () => {
  it('a child discloses abuse, harm answered "no": section 17 kept, but warned, prompted, the MASH first, and "yes" shown as section 47 without consent', () => {
    const r = classifyNeed({ indicators: [S('health.child-discloses-abuse')], ...no, ageInYears: 8 });
    expect(r.outcome).toBe('specialist');
    expect(r.workingTogetherCategory.id).toBe('child-in-need-section-17');
    expect(r.route.consent).toMatchObject({ situation: 'child-in-need', required: true, afterMashConsultation: true });
    expect(r.route.consent.explanation).toMatch(/^Ask the family to agree only after the MASH consultation/);
    expect(r.route.contact).toMatch(/^First consult a MASH social worker/);
    const warning = r.warnings.find((w) => w.code === 'need-level.warning.risk-indicator-without-harm')!;
    expect(warning.facts).toEqual(['significantHarmSuspected', S('health.child-discloses-abuse')]);
    expect(actionIds(r)).toContain('need-level.action.weigh-harm-evidence');
    expect(r.counterfactuals).toContainEqual(
      expect.objectContaining({ fact: 'significantHarmSuspected', actual: false, alternative: true, outcome: 'specialist', workingTogetherCategory: 'child-protection-section-47', consent: 'child-protection', consentRequired: false }),
    );
    expect(r.harmEvidence).toEqual([{ indicatorId: S('health.child-discloses-abuse'), evidence: 'risk-of-significant-harm' }]);
  });

  it('a 3-year-old with chronic domestic abuse and high-risk parental substance misuse: the weighing prompts stay at Specialist', () => {
    const r = classifyNeed({ indicators: [S('health.parental-substance-misuse'), S('basic-care-safety-and-protection.chronic-domestic-abuse-involving-child')], ...no, ageInYears: 3 });
    expect(actionIds(r)).toEqual(expect.arrayContaining(['need-level.action.weigh-young-age', 'need-level.action.weigh-parental-factors', 'need-level.action.weigh-harm-evidence']));
  });

  it('a missing 14-year-old found with older men, judged at risk of sexual exploitation: Specialist, section 47, MASH and police', () => {
    const r = classifyNeed({
      indicators: [S('emotional-development.endangers-self-or-others'), I('health.unsafe-sexual-activity')],
      ...no,
      sexualExploitation: { concern: true, atRisk: true },
      ageInYears: 14,
    });
    expect(r.workingTogetherCategory.id).toBe('child-protection-section-47');
    expect(actionIds(r)).toContain('need-level.special-circumstance.exploitation.tell-mash-and-police');
    expect(r.route.consent.required).toBe(false);
  });

  it('a concern of criminal exploitation short of high risk: MASH and police now, and the route says so even at the Additional level', () => {
    const r = classifyNeed({ indicators: [I('guidance-boundaries-and-stimulation.antisocial-behaviour')], ...no, criminalExploitation: { concern: true, atRisk: false, countyLines: false }, ageInYears: 13 });
    expect(r.outcome).toBe('additional');
    expect(r.route.contact).toMatch(/police straight away/);
    expect(actionIds(r)).toContain('need-level.special-circumstance.exploitation.tell-mash-and-police');
  });

  it('a baby with a bruise and nothing answered yet: not decided, the MASH consultation route, never "no referral"', () => {
    const r = classifyNeed({ indicators: [], ageInYears: 0 });
    expect(r.outcome).toBe('insufficient-information');
    expect(r.route.consent.situation).toBe('undecided');
    expect(r.route.contact).not.toMatch(/No referral/);
    expect(r.route.form).not.toBe('None');
  });

  it('a 19-year-old with an injury, and a 19-year-old who tells her GP of FGM: adults, no child protection, no police report duty', () => {
    const injured = classifyNeed({ indicators: [S('health.non-accidental-injury')], ...no, ageInYears: 19 });
    expect(injured.outcome).toBe('adult');
    expect(injured.workingTogetherCategory.id).toBe('not-a-child');
    expect(injured.warnings).toEqual([]);
    const fgm = classifyNeed({ indicators: [], fgm: { disclosedByGirl: true, physicalSignsObserved: false, atRisk: false }, reporterRole: 'regulated-health-or-social-care-professional', ageInYears: 19 });
    expect(actionIds(fgm)).toEqual(['need-level.action.adult-route', 'need-level.action.fgm-adult-consider-girls']);
  });

  it('private fostering follows its age limits: under 16, or under 18 if disabled', () => {
    const pf = S('other-indicators.privately-fostered');
    expect(classifyNeed({ indicators: [pf], ...no, ageInYears: 15 }).workingTogetherCategory.id).toBe('private-fostering-section-67');
    expect(classifyNeed({ indicators: [pf], ...no, ageInYears: 17, disabled: true }).workingTogetherCategory.id).toBe('private-fostering-section-67');
    const outside = classifyNeed({ indicators: [pf], ...no, ageInYears: 17, disabled: false });
    expect(outside.workingTogetherCategory.id).toBe('universal-services') // outside the definition: the bullet does not count;
    expect(outside.warnings.find((w) => w.code === 'need-level.warning.age-contradicts-indicator')?.facts).toEqual(['ageInYears', 'disabled', pf]);
    expect(classifyNeed({ indicators: [pf], ...no, ageInYears: 16 }).missingFacts.map((m) => m.fact)).toEqual(['disabled']);
  });

  it('parents refuse consent: the result says what follows, and the route no longer asks for the agreement as if nothing happened', () => {
    const r = classifyNeed({ indicators: [I('health.self-harm'), I('health.emerging-mental-health-issues')], ...no, consentRefused: true });
    expect(r.route.consent.refused).toBe(true);
    expect(r.route.consent.explanation).toMatch(/Consent was refused/);
    expect(actionIds(r)).toContain('need-level.action.consent-refused');
  });

  it('forced marriage: the family is not told before the referral', () => {
    const r = classifyNeed({ indicators: [], forcedMarriage: { disclosedByChild: true, atRisk: true }, ageInYears: 16 });
    expect(r.route.consent.situation).toBe('honour-based-abuse');
    expect(r.route.consent.explanation).toMatch(/do not tell the family/);
    expect(actionIds(r)).toContain('need-level.special-circumstance.forced-marriage.do-not-inform-family');
  });

  it('an allegation against a professional with the date received: the designated officer deadline is a Deadline, and the action points to it', () => {
    const r = classifyNeed({ indicators: [S('health.abuse-by-professional')], significantHarmSuspected: true, allegationReceivedOn: '2026-12-24' });
    expect(r.deadlines).toEqual([expect.objectContaining({ id: 'lado.inform-designated-officer', due: '2026-12-29', trigger: expect.objectContaining({ date: '2026-12-24' }) })]);
    expect(r.actions.find((a) => a.id === 'need-level.action.inform-designated-officer')).toMatchObject({ due: '2026-12-29', deadlineId: 'lado.inform-designated-officer' });
    expect(r.ruleset.calendar).not.toBe('none');
  });

  it('the designated officer deadline is counted on the calendar given, and verifyDecision reproduces it with that calendar', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'An extra bank holiday' }] });
    const input = { indicators: [S('health.abuse-by-professional')], significantHarmSuspected: true, allegationReceivedOn: '2026-12-24' };
    const r = classifyNeed(input, { calendar });
    expect(r.deadlines[0]!.due).toBe('2026-12-30');
    const stored = JSON.parse(JSON.stringify(r)) as unknown;
    expect(verifyDecision(stored, { calendar })).toMatchObject({ reproduced: true, rulesetChanged: false });
    expect(verifyDecision(stored).reproduced).toBe(false);
  });

  it('an unborn child with a parent who could not care for previous children: pre-birth assessment prompted', () => {
    const r = classifyNeed({ indicators: [S('basic-care-safety-and-protection.unable-to-care-for-previous-children')], ...no, unborn: true });
    expect(actionIds(r)).toContain('need-level.action.pre-birth-assessment');
    expect(() => classifyNeed({ indicators: [], unborn: true, ageInYears: 0 })).toThrow(/unborn/);
  });
});
