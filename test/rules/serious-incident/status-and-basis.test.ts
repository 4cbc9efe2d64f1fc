/**
 * Serious incidents v3: looked after and care leaver are the status at the
 * incident and are asked only where they can apply, children not yet
 * identified are notified, the care leaver rule keeps section 16C's place,
 * and each notification says whether the source words it "must" or "should".
 */
import { describe, expect, it } from 'vitest';
import { assessSeriousIncident } from '../../../src/rules/serious-incident/index.js';
import { timescale } from '../../../src/rules/timescales/index.js';
import { interpretations } from '../../../src/rules/interpretations.js';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const harmed = { abuseOrNeglectKnownOrSuspected: true, childDied: false, seriouslyHarmed: true, incidentInEngland: true } as const;

describe('assessSeriousIncident: status at the incident', () => {
  it('accepts a child looked after when harmed at 17 who is 18 when the partners decide (B1)', () => {
    const result = assessSeriousIncident({ ...harmed, ageInYears: 18, ageAtIncident: 17, lookedAfter: true, harmInChildhoodNotKnownAtTheTime: false, awareOn: '2026-11-13' });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notifications[0]!.due).toBe('2026-11-20');
  });

  it('takes an adult now who was looked after when harmed to have been a child then (looked after children are under 18)', () => {
    const result = assessSeriousIncident({ ...harmed, ageInYears: 19, lookedAfter: true, harmInChildhoodNotKnownAtTheTime: false });
    expect(result.outcome).toBe('notify-panel');
    expect(result.missingFacts.map((m) => m.fact)).not.toContain('ageAtIncident');
    // Not looked after then: the age at the incident decides, so it is asked.
    const notLookedAfter = assessSeriousIncident({ ...harmed, ageInYears: 19, lookedAfter: false, harmInChildhoodNotKnownAtTheTime: false });
    expect(notLookedAfter.missingFacts.map((m) => m.fact)).toContain('ageAtIncident');
  });

  it('never asks whether a child under 16 is a care leaver, and says why (B2)', () => {
    for (const ageInYears of [0, 4, 12, 15]) {
      const result = assessSeriousIncident({ ageInYears, childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false });
      const asked = [...result.missingFacts, ...result.furtherQuestions].map((m) => m.fact);
      expect(asked, `age ${ageInYears}`).not.toContain('careLeaver');
      expect(ids(result.interpretations)).toContain('serious-incident.interpretation.care-leaver-from-16');
    }
    // At 16 the question can apply again.
    const sixteen = assessSeriousIncident({ ageInYears: 16, childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false, lookedAfter: false });
    expect(sixteen.missingFacts.map((m) => m.fact)).toContain('careLeaver');
    expect(ids(sixteen.interpretations)).not.toContain('serious-incident.interpretation.care-leaver-from-16');
  });

  it('decides a death abroad of a 12-year-old not looked after without the care leaver question', () => {
    const result = assessSeriousIncident({ ageInYears: 12, childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false, lookedAfter: false });
    expect(result.outcome).toBe('not-required');
  });
});

describe('assessSeriousIncident: children not yet identified (B3)', () => {
  const unidentified = { ...harmed, childNotYetIdentified: true, childrenInvolved: 3, awareOn: '2026-06-05' } as const;

  it('notifies without the ages, within the five working days, and says to do it without delay', () => {
    const result = assessSeriousIncident(unidentified);
    expect(result.outcome).toBe('notify-panel');
    expect(result.notifications[0]).toMatchObject({ kind: 'serious-incident', due: '2026-06-12' });
    expect(result.actions.find((a) => a.id === 'serious-incident.action.notify-panel')!.description).toMatch(/without delay with the limited information known/);
    expect(ids(result.interpretations)).toContain('serious-incident.interpretation.children-not-yet-identified');
    expect([...result.missingFacts, ...result.furtherQuestions].map((m) => m.fact)).not.toContain('ageAtIncident');
  });

  it('reads a child with no age given as not yet identified (notified without delay, the age still asked), and never when an age is given', () => {
    const noAge = assessSeriousIncident({ ...harmed, awareOn: '2026-06-05' });
    expect(noAge.outcome).toBe('notify-panel');
    expect(noAge.notifications[0]).toMatchObject({ kind: 'serious-incident', due: '2026-06-12' });
    expect(ids(noAge.interpretations)).toContain('serious-incident.interpretation.child-not-yet-identified');
    const withAge = assessSeriousIncident({ ...harmed, ageInYears: 19, harmInChildhoodNotKnownAtTheTime: false });
    expect(withAge.missingFacts.map((m) => m.fact)).not.toContain('childNotYetIdentified');
  });
});

describe('assessSeriousIncident: the care leaver rule and the place of death (B4)', () => {
  it('does not send a care leaver who died abroad, living abroad, to the Panel', () => {
    const result = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: false, awareOn: '2026-12-26' });
    expect(result.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(result.notifications.map((n) => n.kind)).toEqual(['care-leaver-death']);
  });

  it('sends one normally resident in England to the Panel, by the authority where they lived', () => {
    const result = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: false, normallyResidentInEngland: true });
    expect(result.notifications[0]).toMatchObject({ kind: 'serious-incident', notifyingAuthority: 'where-child-normally-resident' });
    expect(ids(result.interpretations)).toContain('serious-incident.interpretation.contributing-factor-as-known-or-suspected');
  });
});

describe('assessSeriousIncident: the basis of each duty as the source words it (B5, C6)', () => {
  it('labels the Panel notification and a looked after child death "must", a care leaver death "should"', () => {
    const panel = assessSeriousIncident({ ...harmed, ageInYears: 9 });
    expect(panel.notifications[0]).toMatchObject({ kind: 'serious-incident', basis: 'must' });
    expect(panel.notifications[0]!.basisWording).toMatch(/must notify/);
    const lac = assessSeriousIncident({ lookedAfter: true, childDied: true, ageInYears: 12, abuseOrNeglectKnownOrSuspected: false });
    expect(lac.notifications[0]).toMatchObject({ kind: 'looked-after-child-death', basis: 'must' });
    const leaver = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 21 });
    expect(leaver.notifications[0]).toMatchObject({ kind: 'care-leaver-death', basis: 'should' });
    const under18 = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true });
    expect(under18.notifications[0]).toMatchObject({ kind: 'serious-incident', basis: 'must' });
  });

  it('labels the five working days "should", with the reading recorded, and keeps Ofsted out of the "must" report', () => {
    const notify = timescale('serious-incident.notify-panel');
    expect(notify.basis).toBe('statutory-should');
    expect(notify.basisWording).toMatch(/are to be submitted/);
    expect(ids(interpretations)).toContain('serious-incident.interpretation.five-working-days-basis');
    const report = timescale('serious-incident.report-to-panel-and-secretary-of-state');
    expect(report.title).not.toMatch(/Ofsted/);
    expect(report.note).toMatch(/should also provide the report/);
    const result = assessSeriousIncident({ ...harmed, ageInYears: 9 });
    expect(result.actions.find((a) => a.id === 'serious-incident.action.send-report-before-publication')!.description).toMatch(/to Ofsted within the same timescale \(a "should"\)/);
  });

  it('lists every new reading in the catalogue, with the rules that rely on it', () => {
    for (const id of [
      'serious-incident.interpretation.status-at-the-incident',
      'serious-incident.interpretation.care-leaver-from-16',
      'serious-incident.interpretation.children-not-yet-identified',
      'serious-incident.interpretation.area-as-england',
      'serious-incident.interpretation.contributing-factor-as-known-or-suspected',
    ]) {
      const entry = interpretations.find((i) => i.id === id);
      expect(entry, id).toBeDefined();
      expect(entry!.ruleIds.length, id).toBeGreaterThan(0);
    }
  });
});
