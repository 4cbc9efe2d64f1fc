import { describe, expect, it } from 'vitest';
import { timescales, type Timescale } from '../../../src/index.js';
import { timescaleBases, timescaleInterpretations, type TimescaleBasis } from '../../../src/rules/timescales/index.js';
import { timelineInterpretations } from '../../../src/rules/timeline/index.js';
import { policyDocuments } from '../../../src/schemas/citation.js';
import { deadlineFor, earliestDateFor } from '../../../src/rules/timescales/deadline-for.js';
import { timescale } from '../../../src/rules/timescales/registry.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
const UNITS = ['working-days', 'calendar-days', 'weeks', 'months'];

describe('timescales registry', () => {
  it('has unique, well-formed ids (kebab-case, dotted by area)', () => {
    const ids = timescales.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(ID);
  });

  it.each(timescales.map((t) => [t.id, t] as [string, Timescale]))('%s is cited and has a valid period', (_id, t) => {
    expect(Object.keys(policyDocuments)).toContain(t.citation.document);
    expect(t.citation.section.trim()).not.toBe('');
    if (t.citation.page !== undefined) expect(Number.isInteger(t.citation.page) && t.citation.page > 0).toBe(true);
    for (const c of t.seeAlso ?? []) expect(Object.keys(policyDocuments)).toContain(c.document);
    expect(UNITS).toContain(t.unit);
    expect(['after', 'before']).toContain(t.direction);
    // A period of 0 only for the review around the 18th birthday, due on the birthday itself.
    expect(Number.isInteger(t.amount) && (t.amount > 0 || t.id === 'child-protection.review-around-18th-birthday')).toBe(true);
    expect(t.title.trim()).not.toBe('');
    expect(t.trigger.trim()).not.toBe('');
  });

  it('holds every timescale the issue names for referral, assessment, child protection, child death review and private fostering', () => {
    const expected: [string, number, string][] = [
      ['referral-and-assessment.decide-next-steps', 1, 'working-days'],
      ['referral-and-assessment.assessment-complete', 45, 'working-days'],
      ['child-protection.initial-conference', 15, 'working-days'],
      ['child-protection.first-core-group', 10, 'working-days'],
      ['child-protection.first-review-conference', 3, 'months'],
      ['child-protection.subsequent-review-conference', 6, 'months'],
      ['child-protection.transfer-in-conference', 15, 'working-days'],
      ['child-death-review.coroner-notification', 3, 'working-days'],
      ['child-death-review.registrar-notification', 7, 'calendar-days'],
      ['private-fostering.visit-first-year', 6, 'weeks'],
      ['private-fostering.visit-after-first-year', 12, 'weeks'],
    ];
    for (const [id, amount, unit] of expected) expect(timescale(id), id).toMatchObject({ amount, unit, direction: 'after' });
    expect(timescale('child-protection.subsequent-review-conference').recurring).toBe(true);
  });

  it('also holds the timescales of the other decision areas that the registry gathers (serious incident, Need to Know, national alert)', () => {
    const expected: [string, number, string, 'after' | 'before'][] = [
      ['serious-incident.notify-panel', 5, 'working-days', 'after'],
      ['serious-incident.rapid-review', 15, 'working-days', 'after'],
      ['serious-incident.lcspr-published', 6, 'months', 'after'],
      ['serious-incident.report-to-panel-and-secretary-of-state', 7, 'working-days', 'before'],
      ['need-to-know.missing-child-weekly-update', 1, 'weeks', 'after'],
      ['national-alert.three-week-threshold', 3, 'weeks', 'after'],
      ['national-alert.reissue', 6, 'months', 'after'],
      ['national-alert.deletion-by-other-authorities', 12, 'months', 'after'],
    ];
    for (const [id, amount, unit, direction] of expected) expect(timescale(id), id).toMatchObject({ amount, unit, direction });
    for (const id of ['need-to-know.missing-child-weekly-update', 'national-alert.reissue']) expect(timescale(id).recurring, id).toBe(true);
  });

  it('cites the passages checked against the sources: Working Together 2026 paragraphs, headings and their printed pages', () => {
    const wt = (section: string, page?: number) => ({ document: 'working-together-2026', section, ...(page !== undefined ? { page } : {}) });
    const cited: [string, ReturnType<typeof wt>][] = [
      ['referral-and-assessment.decide-next-steps', wt('Chapter 3, Section 3: Timeliness, paragraph 167', 62)],
      ['referral-and-assessment.assessment-complete', wt('Chapter 3, Section 3: Timeliness, paragraph 169', 63)],
      ['child-protection.initial-conference', wt('Chapter 3, Section 4: Outcome of section 47 enquiries (where concerns of significant harm are substantiated, lead practitioners should)', 100)],
      ['child-protection.first-core-group', wt('Chapter 3, Section 4: The child protection plan (the core group should)', 106)],
      ['child-protection.first-review-conference', wt('Chapter 3, Section 4: Child protection review conference (lead practitioners should)', 107)],
      ['child-protection.subsequent-review-conference', wt('Chapter 3, Section 4: Child protection review conference (lead practitioners should)', 107)],
      ['child-protection.transfer-in-conference', wt('Chapter 3, Section 4: Discontinuing the child protection plan', 108)],
      ['child-death-review.coroner-notification', wt('Chapter 6: Specific responsibilities of relevant bodies in relation to child deaths', 157)],
      ['child-death-review.registrar-notification', wt('Chapter 6: Specific responsibilities of relevant bodies in relation to child deaths', 157)],
      ['lado.inform-designated-officer', wt('Chapter 4, People in positions of trust, para 264', 116)],
    ];
    for (const id of ['child-protection.first-review-conference', 'child-protection.subsequent-review-conference']) {
      expect(timescale(id).seeAlso, id).toContainEqual(wt('Chapter 3, Section 4: The child protection plan (lead practitioners should)', 106));
    }
    for (const [id, citation] of cited) expect(timescale(id).citation, id).toEqual(citation);
    expect(timescale('child-protection.initial-conference').trigger).toBe('the strategy discussion at which section 47 enquiries were initiated');
    expect(timescale('private-fostering.visit-first-year').citation).toEqual({
      document: 'luton-effective-support-2021',
      section: 'Children in special circumstances: Private fostering (local authority duties)',
    });
  });

  it('LADO: the designated officer is informed within one working day of an allegation', () => {
    expect(timescale('lado.inform-designated-officer')).toMatchObject({ amount: 1, unit: 'working-days', direction: 'after', basis: 'statutory-should' });
    // Friday 18 December 2026: the next working day is Monday 21 December.
    expect(deadlineFor('lado.inform-designated-officer', '2026-12-18').due).toBe('2026-12-21');
  });

  it('unknown ids are a library defect, not silently undefined', () => {
    expect(() => timescale('child-protection.no-such-thing')).toThrow(/Unknown timescale id/);
  });
});

describe('basis: how binding each timescale is, from the source\'s wording', () => {
  const expected: Record<string, TimescaleBasis> = {
    'serious-incident.notify-panel': 'statutory-must',
    'serious-incident.rapid-review': 'non-statutory',
    'serious-incident.lcspr-published': 'statutory-should',
    'serious-incident.report-to-panel-and-secretary-of-state': 'statutory-must',
    'serious-incident.publication-kept-available': 'statutory-must',
    'need-to-know.missing-child-weekly-update': 'local',
    'national-alert.three-week-threshold': 'local',
    'national-alert.reissue': 'local',
    'national-alert.deletion-by-other-authorities': 'local',
    'referral-and-assessment.decide-next-steps': 'statutory-should',
    'referral-and-assessment.assessment-complete': 'statutory-should',
    'child-protection.initial-conference': 'statutory-should',
    'child-protection.first-core-group': 'statutory-should',
    'child-protection.first-review-conference': 'statutory-should',
    'child-protection.subsequent-review-conference': 'statutory-should',
    'child-protection.transfer-in-conference': 'statutory-should',
    'child-protection.review-around-18th-birthday': 'statutory-should',
    'child-death-review.coroner-notification': 'statutory-must',
    'child-death-review.registrar-notification': 'statutory-must',
    'private-fostering.visit-first-year': 'statutory-must',
    'private-fostering.visit-after-first-year': 'statutory-must',
    'lado.inform-designated-officer': 'statutory-should',
  };

  it('every timescale has a basis, and the list above covers every timescale', () => {
    expect(timescales.map((t) => t.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s is %s', (id, basis) => {
    const t = timescale(id);
    expect(t.basis).toBe(basis);
    expect(timescaleBases).toContain(t.basis);
    // The quoted wording must carry the word the basis rests on.
    const word = { 'statutory-must': /must|duty|requir|are to be/i, 'statutory-should': /should/i, 'non-statutory': /non-statutory/i, local: /Luton procedure/ }[basis];
    expect(t.basisWording).toMatch(word);
    // Local timescales come from Luton documents, statutory ones are cited to Working Together or legislation it summarises.
    if (basis === 'local') expect(t.citation.document).toMatch(/^luton-/);
  });

  it('the rapid review is non-statutory, as the Working Together summary table says (p151)', () => {
    expect(timescale('serious-incident.rapid-review').seeAlso).toContainEqual(expect.objectContaining({ document: 'working-together-2026', page: 151 }));
  });
});

describe('timescaleInterpretations: readings of the sources a policy owner should confirm', () => {
  const byId = new Map(timescaleInterpretations.map((i) => [i.id, i]));

  it('lists each interpretation once, with every timescale that carries it', () => {
    expect(byId.size).toBe(timescaleInterpretations.length);
    for (const t of timescales) {
      for (const d of t.interpretations ?? []) expect(byId.get(d.id)?.ruleIds, `${t.id} / ${d.id}`).toContain(t.id);
    }
    const timelineReadings = new Set(timelineInterpretations.map((i) => i.id));
    for (const i of timescaleInterpretations) {
      // The timeline's readings name the timescales whose clocks they affect; the others, the timescales that carry them.
      for (const id of i.ruleIds) {
        if (timelineReadings.has(i.id)) expect(() => timescale(id), `${i.id} -> ${id}`).not.toThrow();
        else expect(timescale(id).interpretations?.some((d) => d.id === i.id) ?? false, `${i.id} -> ${id}`).toBe(true);
      }
      expect(i.says.trim()).not.toBe('');
      expect(i.why.trim()).not.toBe('');
      expect(Object.keys(policyDocuments)).toContain(i.citation.document);
    }
  });

  it('"three weeks" is read as 21 calendar days for the national alert, an earliest date rather than a deadline', () => {
    expect(byId.get('national-alert.interpretation.three-weeks-as-21-days')?.ruleIds).toEqual(['national-alert.three-week-threshold']);
    expect(timescale('national-alert.three-week-threshold').kind).toBe('earliest-date');
    expect(earliestDateFor('national-alert.three-week-threshold', '2026-12-01')).toBe('2026-12-22');
    // No Deadline is ever built from an earliest date, nor an earliest date from a deadline.
    expect(() => deadlineFor('national-alert.three-week-threshold', '2026-12-01')).toThrow(/not a deadline/);
    expect(() => earliestDateFor('national-alert.reissue', '2026-12-01')).toThrow(/not an earliest date/);
    expect(timescales.filter((t) => t.kind !== undefined).map((t) => t.id)).toEqual(['national-alert.three-week-threshold']);
  });

  it('every deadline timescale carries the counting readings: day 0 (periods after the trigger, but months and a period of 0), and Christmas Day and Good Friday', () => {
    for (const t of timescales) {
      const ids = (t.interpretations ?? []).map((i) => i.id);
      const deadline = t.kind !== 'earliest-date';
      expect(ids.includes('timescales.interpretation.trigger-day-is-day-zero'), t.id).toBe(deadline && t.direction === 'after' && t.unit !== 'months' && t.amount > 0);
      expect(ids.includes('timescales.interpretation.christmas-day-and-good-friday-not-working-days'), t.id).toBe(deadline);
    }
    expect(byId.get('timescales.interpretation.working-days-before-count-back')?.ruleIds).toEqual(['serious-incident.report-to-panel-and-secretary-of-state']);
    expect(byId.get('serious-incident.interpretation.partners-awareness-starts-notification')?.ruleIds).toEqual(['serious-incident.notify-panel']);
    expect(byId.get('referral-and-assessment.interpretation.acknowledge-and-decide-one-event')?.ruleIds).toEqual(['referral-and-assessment.decide-next-steps']);
  });

  it('month periods are read as calendar months by every month timescale', () => {
    const months = timescales.filter((t) => t.unit === 'months').map((t) => t.id);
    expect([...(byId.get('timescales.interpretation.months-are-calendar-months')?.ruleIds ?? [])].sort()).toEqual(months.sort());
  });

  it('includes the case timeline\'s readings of what events do to the clocks', () => {
    for (const i of timelineInterpretations) expect(byId.get(i.id), i.id).toEqual(i);
  });

  it('the transfer-in conference starts the review chain: first core group and first review rely on it', () => {
    expect([...(byId.get('child-protection.interpretation.transfer-in-conference-starts-review-chain')?.ruleIds ?? [])].sort()).toEqual([
      'child-protection.first-core-group',
      'child-protection.first-review-conference',
    ]);
  });
});

describe('deadlineFor: exact due dates', () => {
  it('initial conference: strategy discussion on 8 December 2026, due 31 December (25 and 28 December are bank holidays)', () => {
    expect(deadlineFor('child-protection.initial-conference', '2026-12-08')).toEqual({
      id: 'child-protection.initial-conference',
      title: 'Hold the initial child protection conference',
      trigger: { event: 'the strategy discussion at which section 47 enquiries were initiated', date: '2026-12-08' },
      period: { amount: 15, unit: 'working-days', direction: 'after' },
      due: '2026-12-31',
      provisional: false,
      citation: timescale('child-protection.initial-conference').citation,
    });
  });

  it('referral decision: a referral on Christmas Eve 2026 (a Thursday) is decided by Tuesday 29 December', () => {
    expect(deadlineFor('referral-and-assessment.decide-next-steps', '2026-12-24').due).toBe('2026-12-29');
  });

  it('coroner: a decision on Thursday 25 March 2027 must be notified by Thursday 1 April (Good Friday and Easter Monday 2027 skipped)', () => {
    expect(deadlineFor('child-death-review.coroner-notification', '2027-03-25').due).toBe('2027-04-01');
  });

  it('registrar: seven calendar days, bank holidays included', () => {
    expect(deadlineFor('child-death-review.registrar-notification', '2026-12-22').due).toBe('2026-12-29');
  });

  it('first review: three months, clamped to the end of a shorter month', () => {
    expect(deadlineFor('child-protection.first-review-conference', '2026-11-30').due).toBe('2027-02-28');
  });

  it('private fostering: six weeks and twelve weeks after a visit', () => {
    expect(deadlineFor('private-fostering.visit-first-year', '2026-01-05').due).toBe('2026-02-16');
    expect(deadlineFor('private-fostering.visit-after-first-year', '2026-01-05').due).toBe('2026-03-30');
  });

  it('assessment: 45 working days from a referral on 7 December 2026 is 11 February 2027', () => {
    expect(deadlineFor('referral-and-assessment.assessment-complete', '2026-12-07').due).toBe('2027-02-11');
  });
});
