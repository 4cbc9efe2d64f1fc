/**
 * Serious incidents v2: section 16C turns on the age at the incident, every
 * deadline of the Panel notification's process gets a status on `asOf`, late
 * publication brings the reasons-for-delay duty, and the readings and
 * missing timescales are said.
 */
import { describe, expect, it } from 'vitest';
import { assessSeriousIncident } from '../../../src/rules/serious-incident/index.js';
import { seriousIncidentFacts } from '../../../src/rules/serious-incident/facts.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';

const harmed = { abuseOrNeglectKnownOrSuspected: true, childDied: false, seriouslyHarmed: true, incidentInEngland: true } as const;
const panelCase = { ...harmed, ageInYears: 9, awareOn: '2026-12-01' } as const; // a Tuesday

const status = (result: ReturnType<typeof assessSeriousIncident>, id: string) => result.deadlines.find((d) => d.id === id);
const actionIds = (result: ReturnType<typeof assessSeriousIncident>) => result.actions.map((a) => a.id);

describe('assessSeriousIncident: the age at the incident decides section 16C', () => {
  it('notifies a 17-year-old seriously harmed who is 18 when the partners decide', () => {
    const result = assessSeriousIncident({ ...harmed, ageInYears: 18, ageAtIncident: 17, harmInChildhoodNotKnownAtTheTime: false });
    expect(result.outcome).toBe('notify-panel');
    expect(result.interpretations.map((i) => i.id)).toContain('serious-incident.interpretation.age-at-incident');
  });

  it('asks the age at the incident when the person is an adult now and it is not given', () => {
    const result = assessSeriousIncident({ ...harmed, ageInYears: 18, harmInChildhoodNotKnownAtTheTime: false });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toContain('ageAtIncident');
    // Harmed at 18: not a child at the time.
    expect(assessSeriousIncident({ ...harmed, ageInYears: 18, ageAtIncident: 18, harmInChildhoodNotKnownAtTheTime: false }).outcome).toBe('not-required');
  });

  it('takes the age at death as the age at the incident, and keeps the age now for care leavers', () => {
    const died = { abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true };
    expect(assessSeriousIncident({ ...died, ageInYears: 17 }).outcome).not.toBe('insufficient-information');
    expect(assessSeriousIncident({ ...died, ageInYears: 17, lookedAfter: false, careLeaver: false }).outcome).toBe('notify-panel');
    const leaver = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 25, abuseOrNeglectKnownOrSuspected: false });
    expect(leaver.notifications).toEqual([]);
  });

  it('rejects an age at the incident above the age now', () => {
    expect(() => assessSeriousIncident({ ...harmed, ageInYears: 15, ageAtIncident: 16 })).toThrow(SafeguardingInputError);
  });

  it('asks the statute’s question, not whether abuse "was a factor"', () => {
    expect(seriousIncidentFacts.abuseOrNeglectKnownOrSuspected!.question).toBe('Does the local authority know or suspect that the child has been abused or neglected?');
  });
});

describe('assessSeriousIncident: deadline statuses on asOf', () => {
  it('judges a notification made after its due date as late, and says so in the action', () => {
    const result = assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-20', asOf: '2026-12-21' });
    expect(status(result, 'serious-incident.notify-panel')).toMatchObject({ status: 'late', due: '2026-12-08', doneOn: '2026-12-20', workingDaysOverdue: 8, triggerField: 'awareOn', doneOnField: 'notifiedOn' });
    expect(result.actions.find((a) => a.id === 'serious-incident.action.notify-panel')!.description).toMatch(/after the due date 2026-12-08: it was late/);
  });

  it('is met, due or overdue as the dates say', () => {
    expect(status(assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-08', asOf: '2026-12-09' }), 'serious-incident.notify-panel')!.status).toBe('met');
    expect(status(assessSeriousIncident({ ...panelCase, asOf: '2026-12-08' }), 'serious-incident.notify-panel')!.status).toBe('due');
    expect(status(assessSeriousIncident({ ...panelCase, asOf: '2026-12-09' }), 'serious-incident.notify-panel')!.status).toBe('overdue');
  });

  it('gives every deadline of the process a status, later ones not yet triggered', () => {
    const result = assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-03', asOf: '2026-12-04' });
    expect(result.deadlines.map((d) => [d.id, d.status])).toEqual([
      ['serious-incident.notify-panel', 'met'],
      ['serious-incident.rapid-review', 'due'],
      ['serious-incident.lcspr-published', 'not-yet-triggered'],
      ['serious-incident.report-to-panel-and-secretary-of-state', 'not-yet-triggered'],
      ['serious-incident.publication-kept-available', 'not-yet-triggered'],
    ]);
    expect(result.deadlines[0]!.citation.document).toBe('working-together-2026');
    // Not yet triggered: no trigger date, no due date, and the field that would start it.
    expect(result.deadlines[2]).toMatchObject({ trigger: { event: 'the safeguarding partners decide to initiate the review' }, triggerField: 'lcsprDecisionOn' });
    expect(result.deadlines[2]).not.toHaveProperty('due');
    expect(result.deadlines[2]!.explanation).toContain('so it is taken not to have happened by 4 December 2026');
  });

  it('without asOf: judged on the recorded dates alone, nothing called overdue, and a note says so', () => {
    const open = assessSeriousIncident({ ...panelCase });
    expect(open.deadlines.map((d) => [d.id, d.status])).toEqual([
      ['serious-incident.notify-panel', 'due'],
      ['serious-incident.rapid-review', 'not-yet-triggered'],
      ['serious-incident.lcspr-published', 'not-yet-triggered'],
      ['serious-incident.report-to-panel-and-secretary-of-state', 'not-yet-triggered'],
      ['serious-incident.publication-kept-available', 'not-yet-triggered'],
    ]);
    expect(open.deadlines[0]).not.toHaveProperty('workingDaysRemaining');
    expect(open.deadlines[0]!.explanation).toContain('No date to judge on (asOf) was given, so whether that day has passed is not said.');
    expect(open.notes.map((n) => n.id)).toContain('serious-incident.note.judged-without-as-of');
    // Work recorded as done is judged on its own date: the notification on 20 December 2026 was late.
    const late = assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-20' });
    expect(late.deadlines.map((d) => [d.id, d.status])).toEqual([
      ['serious-incident.notify-panel', 'late'],
      ['serious-incident.rapid-review', 'due'],
      ['serious-incident.lcspr-published', 'not-yet-triggered'],
      ['serious-incident.report-to-panel-and-secretary-of-state', 'not-yet-triggered'],
      ['serious-incident.publication-kept-available', 'not-yet-triggered'],
    ]);
    // Years after awareness, still no overdue without a date to judge on.
    const old = assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-02', lcsprDecisionOn: '2027-01-05' });
    expect(old.deadlines.some((d) => d.status === 'overdue')).toBe(false);
    expect(assessSeriousIncident({ ...panelCase, asOf: '2026-12-04' }).notes.map((n) => n.id)).not.toContain('serious-incident.note.judged-without-as-of');
  });

  it('gives no deadlines when no Panel notification is required', () => {
    expect(assessSeriousIncident({ ...panelCase, abuseOrNeglectKnownOrSuspected: false, lookedAfter: false, asOf: '2026-12-04' }).deadlines).toEqual([]);
  });

  it('rejects an event dated after asOf', () => {
    expect(() => assessSeriousIncident({ ...panelCase, notifiedOn: '2026-12-05', asOf: '2026-12-04' })).toThrow(SafeguardingInputError);
  });
});

describe('assessSeriousIncident: late LCSPR publication', () => {
  const lcspr = { ...panelCase, awareOn: '2026-01-05', notifiedOn: '2026-01-06', lcsprDecisionOn: '2026-02-02' };

  it('flags the duty to give the Panel and the Secretary of State the reasons for a planned late publication', () => {
    const result = assessSeriousIncident({ ...lcspr, publicationOn: '2026-09-15' });
    const reasons = result.actions.find((a) => a.id === 'serious-incident.action.give-reasons-for-delay')!;
    expect(reasons.description).toMatch(/reasons for the delay/);
    expect(reasons.citation.section).toBe('Chapter 5, para 408');
    // Planned, not done: still due on 1 June, booked after the due date (not "late", which needs it done).
    const judged = assessSeriousIncident({ ...lcspr, publicationOn: '2026-09-15', asOf: '2026-06-01' });
    expect(status(judged, 'serious-incident.lcspr-published')).toMatchObject({ status: 'due', due: '2026-08-02', scheduledFor: '2026-09-15', scheduledLate: true });
    expect(status(judged, 'serious-incident.lcspr-published')).not.toHaveProperty('doneOn');
    // Once published after the due date it is late, done that day.
    const published = assessSeriousIncident({ ...lcspr, publicationOn: '2026-09-15', asOf: '2026-10-01' });
    expect(status(published, 'serious-incident.lcspr-published')).toMatchObject({ status: 'late', doneOn: '2026-09-15', workingDaysOverdue: 31 });
    // Past the due date and still only planned: overdue, with the booking.
    const waiting = assessSeriousIncident({ ...lcspr, publicationOn: '2026-09-15', asOf: '2026-09-01' });
    expect(status(waiting, 'serious-incident.lcspr-published')).toMatchObject({ status: 'overdue', scheduledFor: '2026-09-15' });
  });

  it('flags it when the six months have passed with nothing published', () => {
    const result = assessSeriousIncident({ ...lcspr, asOf: '2026-09-01' });
    expect(status(result, 'serious-incident.lcspr-published')!.status).toBe('overdue');
    expect(actionIds(result)).toContain('serious-incident.action.give-reasons-for-delay');
  });

  it('does not flag a publication planned on time', () => {
    const result = assessSeriousIncident({ ...lcspr, publicationOn: '2026-07-01', asOf: '2026-06-01' });
    expect(actionIds(result)).not.toContain('serious-incident.action.give-reasons-for-delay');
    expect(status(result, 'serious-incident.lcspr-published')!.status).toBe('due');
    expect(status(result, 'serious-incident.report-to-panel-and-secretary-of-state')!.status).toBe('due');
  });
});

describe('assessSeriousIncident: what the guidance does not make statutory, or sets no timescale for', () => {
  it('cites the rapid review to the summary that calls it non-statutory', () => {
    const result = assessSeriousIncident({ ...panelCase });
    const rapid = result.actions.find((a) => a.id === 'serious-incident.action.rapid-review')!;
    expect(rapid.citation).toMatchObject({ document: 'working-together-2026', page: 151 });
    expect(result.notes.find((n) => n.id === 'serious-incident.note.rapid-review-non-statutory')!.text).toMatch(/non-statutory/);
  });

  it('says that no timescale is set for the death notifications to the Secretary of State and Ofsted', () => {
    const result = assessSeriousIncident({ lookedAfter: true, childDied: true, ageInYears: 12, abuseOrNeglectKnownOrSuspected: false });
    expect(result.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(result.notes.map((n) => n.id)).toContain('serious-incident.note.death-notification-no-timescale');
    expect(result.actions.find((a) => a.id === 'serious-incident.action.notify-looked-after-child-death')!.description).toMatch(/no timescale/);
  });

  it('returns the paragraph 383 reading with a care leaver under 18 whose death involved neglect', () => {
    const result = assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 17, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true });
    expect(result.interpretations.map((i) => i.id)).toContain('serious-incident.interpretation.care-leaver-under-18-also-notified');
  });
});
