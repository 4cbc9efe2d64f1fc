import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { assessSeriousIncident, type SeriousIncidentDecision } from '../../../src/rules/serious-incident/index.js';
import { answerOrInputError } from '../../support/answer-or-input-error.js';

const deathInEngland = { ageInYears: 4, abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true } as const;

function deadline(result: SeriousIncidentDecision, id: string) {
  return result.deadlines.find((d) => d.id === id);
}
function action(result: SeriousIncidentDecision, id: string) {
  return result.actions.find((a) => a.id === id);
}
async function inputErrorOf(input: unknown): Promise<SafeguardingInputError> {
  try {
    await assessSeriousIncident(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(SafeguardingInputError);
    return error as SafeguardingInputError;
  }
  throw new Error('expected a SafeguardingInputError');
}

describe('assessSeriousIncident: the s16C duty to notify the Panel', () => {
  it('a child death from suspected neglect in England: notify the Panel as a death, by the authority where it happened', async () => {
    const result = await assessSeriousIncident({ ...deathInEngland, lookedAfter: false, careLeaver: false });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notificationType).toBe('death');
    expect(result.notifications).toHaveLength(1);
    const [panel] = result.notifications;
    expect(panel).toMatchObject({
      kind: 'serious-incident',
      recipients: ['Child Safeguarding Practice Review Panel'],
      notifyingAuthority: 'where-incident-occurred',
      type: 'death',
      fullLearningProcess: true,
      ruleIds: ['serious-incident.notify-panel.s16c-criteria'],
    });
    expect(panel!.notifiedBy).toContain('where the incident occurred');
    expect(result.missingFacts).toEqual([]);
    expect(result.possibleNotifications).toEqual([]);
    expect(result.lcspr.applies).toBe(true);
    expect(result.decidedBy).toContain('safeguarding partners');
  });

  it('harm abroad to a child normally resident in England is notified by the authority where the child normally lives', async () => {
    const result = await assessSeriousIncident({
      ageInYears: 15,
      abuseOrNeglectKnownOrSuspected: true,
      childDied: false,
      seriouslyHarmed: true,
      incidentInEngland: false,
      normallyResidentInEngland: true,
    });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notifications[0]!.notifyingAuthority).toBe('where-child-normally-resident');
    expect(result.notificationType).toBe('serious-harm');
  });

  it('harm abroad to a child not normally resident in England needs no notification', async () => {
    const result = await assessSeriousIncident({
      ageInYears: 15,
      abuseOrNeglectKnownOrSuspected: true,
      childDied: false,
      seriouslyHarmed: true,
      incidentInEngland: false,
      normallyResidentInEngland: false,
    });
    expect(result.outcome).toBe('not-required');
    expect(result.notifications).toEqual([]);
    expect(result.notes.map((n) => n.id)).toContain('serious-incident.note.local-learning-review');
  });

  it('a death by suicide where abuse was a factor is notified as a death, even when childDied is not given', async () => {
    const result = await assessSeriousIncident({ ageInYears: 16, diedBySuicide: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notificationType).toBe('death');
  });

  it('serious or long-term impairment of development counts as serious harm', async () => {
    const result = await assessSeriousIncident({
      ageInYears: 6,
      childDied: false,
      seriousOrLongTermImpairment: true,
      abuseOrNeglectKnownOrSuspected: true,
      incidentInEngland: true,
    });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notificationType).toBe('serious-harm');
  });

  it('notifies as "other" only when the partners give a clear rationale', async () => {
    const base = { ageInYears: 11, childDied: false, seriouslyHarmed: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true };
    expect((await assessSeriousIncident({ ...base, clearRationaleToNotifyAsOther: true })).notificationType).toBe('other');
    const without = await assessSeriousIncident(base);
    expect(without.notificationType).toBe('serious-harm');
    // The rationale question never holds the decision up: death / serious harm is the rule.
    expect(without.missingFacts.map((m) => m.fact)).not.toContain('clearRationaleToNotifyAsOther');
  });

  it('one notification covers every child involved', async () => {
    const result = await assessSeriousIncident({ ...deathInEngland, childrenInvolved: 3 });
    expect(result.notifications.filter((n) => n.kind === 'serious-incident')).toHaveLength(1);
    expect(action(result, 'serious-incident.action.notify-panel')!.description).toContain('3 children');
  });

  it('once the notification is submitted, a further child of the same incident is added to it, not notified again', async () => {
    const result = await assessSeriousIncident({ ...deathInEngland, awareOn: '2026-03-02', notifiedOn: '2026-03-04' });
    expect(action(result, 'serious-incident.action.notify-panel')!.description).toContain('submitted on 2026-03-04');
    expect(result.notes.map((n) => n.id)).toContain('serious-incident.note.lead-area');
  });

  it('no abuse or neglect: no notification to the Panel', async () => {
    const result = await assessSeriousIncident({
      ageInYears: 9,
      abuseOrNeglectKnownOrSuspected: false,
      childDied: false,
      seriouslyHarmed: true,
      incidentInEngland: true,
      lookedAfter: false,
    });
    expect(result.outcome).toBe('not-required');
    expect(result.deadlines).toEqual([]);
    expect(result.lcspr.applies).toBe(false);
  });
});

describe('assessSeriousIncident: deadlines', () => {
  it('computes every deadline whose trigger date is given, on the bank-holiday calendar', async () => {
    const result = await assessSeriousIncident({
      ...deathInEngland,
      awareOn: '2026-12-18',
      notifiedOn: '2026-12-21',
      lcsprDecisionOn: '2027-01-29',
      publicationOn: '2027-07-29',
    });
    // 25 and 28 December 2026 are bank holidays.
    expect(deadline(result, 'serious-incident.notify-panel')!.due).toBe('2026-12-29');
    // 25, 28 December 2026 and 1 January 2027 are bank holidays.
    expect(deadline(result, 'serious-incident.rapid-review')!.due).toBe('2027-01-14');
    expect(deadline(result, 'serious-incident.lcspr-published')!.due).toBe('2027-07-29');
    expect(deadline(result, 'serious-incident.report-to-panel-and-secretary-of-state')!.due).toBe('2027-07-20');
    expect(deadline(result, 'serious-incident.publication-kept-available')!.due).toBe('2028-07-29');
    expect(result.notifications[0]!.due).toBe('2026-12-29');
    expect(action(result, 'serious-incident.action.notify-panel')).toMatchObject({ due: '2026-12-29', deadlineId: 'serious-incident.notify-panel' });
    expect(action(result, 'serious-incident.action.rapid-review')).toMatchObject({ due: '2027-01-14', deadlineId: 'serious-incident.rapid-review' });
    for (const d of result.deadlines) {
      expect(d.citation.document).toBe('working-together-2026');
      expect(d.provisional).toBe(false);
      // Judged without asOf: the notification recorded is met (21 December), nothing else is claimed done or overdue.
      expect(d.status).toBe(d.id === 'serious-incident.notify-panel' ? 'met' : 'due');
    }
    expect(deadline(result, 'serious-incident.report-to-panel-and-secretary-of-state')!.period).toEqual({
      amount: 7,
      unit: 'working-days',
      direction: 'before',
    });
  });

  it('skips Good Friday and Easter Monday', async () => {
    const result = await assessSeriousIncident({ ...deathInEngland, awareOn: '2026-04-01' });
    expect(deadline(result, 'serious-incident.notify-panel')!.due).toBe('2026-04-10');
  });

  it('lists actions whose trigger date is not known yet, saying which date they wait for, and computes no due date for them', async () => {
    const result = await assessSeriousIncident({ ...deathInEngland, awareOn: '2026-03-02' });
    expect(result.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['serious-incident.notify-panel', '2026-03-09'],
      ['serious-incident.rapid-review', undefined],
      ['serious-incident.lcspr-published', undefined],
      ['serious-incident.report-to-panel-and-secretary-of-state', undefined],
      ['serious-incident.publication-kept-available', undefined],
    ]);
    expect(result.deadlines.slice(1).every((d) => d.status === 'not-yet-triggered')).toBe(true);
    const rapid = action(result, 'serious-incident.action.rapid-review')!;
    expect(rapid.due).toBeUndefined();
    expect(rapid.waitingFor?.field).toBe('notifiedOn');
    expect(action(result, 'serious-incident.action.publish-lcspr')!.waitingFor?.field).toBe('lcsprDecisionOn');
    expect(action(result, 'serious-incident.action.send-report-before-publication')!.waitingFor?.field).toBe('publicationOn');
  });

  it('without the awareness date, the notification action asks for it', async () => {
    const result = await assessSeriousIncident(deathInEngland);
    expect(result.deadlines.map((d) => [d.id, d.status])).toEqual([
      ['serious-incident.notify-panel', 'not-yet-triggered'],
      ['serious-incident.rapid-review', 'not-yet-triggered'],
      ['serious-incident.lcspr-published', 'not-yet-triggered'],
      ['serious-incident.report-to-panel-and-secretary-of-state', 'not-yet-triggered'],
      ['serious-incident.publication-kept-available', 'not-yet-triggered'],
    ]);
    expect(result.deadlines[0]!.explanation).toBe(
      'Starts when the safeguarding partners become aware of the incident; the serious incident notification is then due within 5 working days. No date is given for it (awareOn).',
    );
    expect(action(result, 'serious-incident.action.notify-panel')!.waitingFor?.field).toBe('awareOn');
  });
});

describe('assessSeriousIncident: keeping the published report available for a year (para 405)', () => {
  const published = { ...deathInEngland, awareOn: '2026-03-27', notifiedOn: '2026-04-01', lcsprDecisionOn: '2026-05-06', publicationOn: '2026-11-20' } as const;
  const kept = (input: Record<string, unknown>) => deadline(assessSeriousIncident(input as never), 'serious-incident.publication-kept-available')!;

  it('while the year runs it is due, and says what to record', () => {
    expect(kept({ ...published, asOf: '2027-03-01' })).toMatchObject({ status: 'due', due: '2027-11-20', doneOnField: 'stillPublishedOn' });
    expect(kept({ ...published, asOf: '2027-03-01' }).explanation).toContain('record a day on or after then when it was still available (stillPublishedOn)');
  });

  it('once the year is over it is met only on evidence that the report was still available then, never from the dates alone', () => {
    const noEvidence = kept({ ...published, asOf: '2028-01-10' });
    expect(noEvidence).toMatchObject({ status: 'overdue', due: '2027-11-20' });
    expect(noEvidence.explanation).toMatch(/^The review was published on 20 November 2026\. No day on or after 20 November 2027 is recorded on which it was still publicly available \(stillPublishedOn\)\./);
    // A check during the year is not evidence for its end.
    expect(kept({ ...published, stillPublishedOn: '2027-06-01', asOf: '2028-01-10' }).status).toBe('overdue');
    const seen = kept({ ...published, stillPublishedOn: '2027-11-22', asOf: '2028-01-10' });
    expect(seen).toMatchObject({ status: 'met', doneOn: '2027-11-20' });
    expect(seen.explanation).toBe(
      'The review was published on 20 November 2026. It was seen still publicly available on 22 November 2027, so it was kept available for the year, to 20 November 2027.',
    );
    // Without asOf the dates recorded are all there is: the evidence makes it met, and nothing is called overdue.
    expect(kept({ ...published, stillPublishedOn: '2027-11-22' }).status).toBe('met');
    expect(kept({ ...published }).status).toBe('due');
  });

  it('a day seen still published must follow the publication, and not be after asOf', async () => {
    expect((await inputErrorOf({ ...published, stillPublishedOn: '2026-11-19' })).issues[0]).toMatchObject({ path: ['input', 'stillPublishedOn'], code: 'date-order' });
    expect((await inputErrorOf({ ...published, stillPublishedOn: '2027-11-22', asOf: '2027-11-21' })).issues[0]).toMatchObject({ path: ['input', 'asOf'], code: 'date-order' });
  });
});

describe('assessSeriousIncident: looked after children and care leavers', () => {
  it('a looked after child who dies without abuse or neglect: notify the Secretary of State and Ofsted only', async () => {
    const result = await assessSeriousIncident({
      lookedAfter: true,
      childDied: true,
      ageInYears: 12,
      abuseOrNeglectKnownOrSuspected: false,
      awareOn: '2026-03-02',
      notifiedOn: '2026-03-03',
    });
    expect(result.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(result.notifications.map((n) => n.kind)).toEqual(['looked-after-child-death']);
    expect(result.notifications[0]!.recipients).toEqual(['Secretary of State for Education', 'Ofsted']);
    expect(result.deadlines).toEqual([]);
    expect(result.lcspr.applies).toBe(false);
    expect(action(result, 'serious-incident.action.notify-looked-after-child-death')).toBeDefined();
  });

  it('a looked after child who dies from suspected abuse needs both notifications', async () => {
    const result = await assessSeriousIncident({ lookedAfter: true, childDied: true, ageInYears: 3, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notifications.map((n) => n.kind)).toEqual(['serious-incident', 'looked-after-child-death']);
  });

  it('a looked after child death with abuse not yet known: the certain notification is listed, the Panel one is possible', async () => {
    const result = await assessSeriousIncident({ lookedAfter: true, childDied: true, ageInYears: 8, incidentInEngland: true, awareOn: '2026-12-18' });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.notifications.map((n) => n.kind)).toEqual(['looked-after-child-death']);
    expect(result.possibleNotifications).toEqual([
      expect.objectContaining({ kind: 'serious-incident', dependsOn: ['abuseOrNeglectKnownOrSuspected'], dueIfRequired: '2026-12-29' }),
    ]);
    expect(result.missingFacts.map((m) => m.fact)).toEqual(['abuseOrNeglectKnownOrSuspected']);
    expect(result.missingFacts[0]!.question).toMatch(/abused or neglected/);
  });

  it('a care leaver under 18 whose death involved neglect: full serious incident process plus the care leaver notification', async () => {
    const result = await assessSeriousIncident({
      careLeaver: true,
      childDied: true,
      ageInYears: 17,
      abuseOrNeglectKnownOrSuspected: true,
      incidentInEngland: true,
      awareOn: '2026-06-01',
      notifiedOn: '2026-06-03',
    });
    expect(result.outcome).toBe('notify-panel');
    expect(result.notifications.map((n) => n.kind)).toEqual(['serious-incident', 'care-leaver-death']);
    expect(result.notifications[0]!.ruleIds).toContain('serious-incident.notify-panel.care-leaver-under-18-abuse-or-neglect');
    expect(deadline(result, 'serious-incident.rapid-review')!.due).toBe('2026-06-24');
  });

  it('a care leaver under 18 whose death did not involve abuse or neglect: notification only, no rapid review', async () => {
    const result = await assessSeriousIncident({
      careLeaver: true,
      childDied: true,
      ageInYears: 17,
      abuseOrNeglectKnownOrSuspected: false,
      awareOn: '2026-06-01',
      notifiedOn: '2026-06-03',
    });
    expect(result.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(result.notifications.map((n) => n.kind)).toEqual(['care-leaver-death']);
    expect(result.notifications[0]!.fullLearningProcess).toBe(false);
    expect(result.deadlines).toEqual([]);
    expect(action(result, 'serious-incident.action.notify-care-leaver-death')!.description).toMatch(/No rapid review/);
  });

  it('a care leaver aged 21 who dies after suspected neglect: notification only, and LCSPR dates are not used', async () => {
    const result = await assessSeriousIncident({
      careLeaver: true,
      childDied: true,
      ageInYears: 21,
      abuseOrNeglectKnownOrSuspected: true,
      incidentInEngland: true,
      notifiedOn: '2026-06-03',
      lcsprDecisionOn: '2026-07-01',
    });
    expect(result.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(result.notifications.map((n) => n.kind)).toEqual(['care-leaver-death']);
    expect(result.deadlines).toEqual([]);
    expect(result.notes.map((n) => n.id)).toContain('serious-incident.note.lcspr-dates-not-used');
    // The Luton child-death step is for children, not a 21-year-old.
    expect(action(result, 'serious-incident.action.luton-child-death-cspr-consideration')).toBeUndefined();
  });

  it('a care leaver who dies aged 25 is outside the care leaver notification', async () => {
    const result = await assessSeriousIncident({ careLeaver: true, childDied: true, ageInYears: 25 });
    expect(result.outcome).toBe('not-required');
  });
});

describe('assessSeriousIncident: young adults harmed in childhood', () => {
  it('consults the Panel about a young adult who has since died, as about one alive; a care leaver\'s death follows the care leaver notification', async () => {
    const facts = { abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, seriouslyHarmed: true, ageAtIncident: 14, harmInChildhoodNotKnownAtTheTime: true, lookedAfter: false };
    for (const ageInYears of [18, 22, 30]) {
      for (const childDied of [true, false]) {
        const result = await assessSeriousIncident({ ...facts, ageInYears, childDied, careLeaver: false });
        expect(result.outcome).toBe('consult-panel');
        expect(result.interpretations.map((i) => i.id)).toContain('serious-incident.interpretation.adult-harmed-in-childhood-alive-or-dead');
      }
    }
    const careLeaver = await assessSeriousIncident({ ...facts, ageInYears: 22, childDied: true, careLeaver: true });
    expect(careLeaver.outcome).toBe('notify-secretary-of-state-and-ofsted');
    expect(careLeaver.notifications.map((n) => n.kind)).toEqual(['care-leaver-death']);
  });

  it('consults the Panel before any notification', async () => {
    const result = await assessSeriousIncident({
      ageInYears: 19,
      childDied: false,
      harmInChildhoodNotKnownAtTheTime: true,
      abuseOrNeglectKnownOrSuspected: true,
      seriouslyHarmed: true,
      incidentInEngland: true,
      awareOn: '2026-03-02',
    });
    expect(result.outcome).toBe('consult-panel');
    expect(result.notifications).toEqual([]);
    expect(result.deadlines).toEqual([]);
    expect(action(result, 'serious-incident.action.consult-panel')!.citation.section).toBe('Chapter 5, para 377');
    expect(result.lcspr.applies).toBe('unknown');
  });
});

describe('assessSeriousIncident: the LCSPR criteria', () => {
  it('returns the four criteria as a checklist and leaves the decision to the safeguarding partners', async () => {
    const result = await assessSeriousIncident({
      ...deathInEngland,
      lcsprCriteria: { improvementsNeeded: true, recurrentThemes: false, multiAgencyWorkingConcerns: true },
    });
    expect(result.lcspr.decidedBy).toBe('the safeguarding partners');
    expect(result.lcspr.criteria.map((c) => [c.field, c.status])).toEqual([
      ['improvementsNeeded', 'met'],
      ['recurrentThemes', 'not-met'],
      ['multiAgencyWorkingConcerns', 'met'],
      ['panelConsideredLocalReviewMoreAppropriate', 'unknown'],
    ]);
    for (const c of result.lcspr.criteria) expect(c.citation.section).toBe('Chapter 5, para 395');
    expect(result.lcspr.note).toMatch(/does not make that decision/);
  });
});

describe('assessSeriousIncident: unknown facts', () => {
  it('an empty input asks the questions that decide it', async () => {
    const result = await assessSeriousIncident({});
    expect(result.outcome).toBe('insufficient-information');
    const facts = result.missingFacts.map((m) => m.fact);
    expect(facts).toEqual(expect.arrayContaining(['ageInYears', 'abuseOrNeglectKnownOrSuspected', 'childDied']));
    for (const m of result.missingFacts) expect(m.question.endsWith('?')).toBe(true);
  });

  it('does not ask whether a young person of 18 or over was looked after', async () => {
    const result = await assessSeriousIncident({ ageInYears: 19, childDied: true, abuseOrNeglectKnownOrSuspected: true, careLeaver: false, harmInChildhoodNotKnownAtTheTime: false });
    expect(result.outcome).toBe('not-required');
    expect(result.missingFacts).toEqual([]);
    // Whether the harm was in childhood, unknown at the time, is asked (paragraph 377, alive or not); whether they were looked after is not.
    const open = await assessSeriousIncident({ ageInYears: 19, childDied: true, abuseOrNeglectKnownOrSuspected: true, careLeaver: false });
    expect(open.missingFacts.map((m) => m.fact)).not.toContain('lookedAfter');
    expect(open.missingFacts.map((m) => m.fact)).toContain('harmInChildhoodNotKnownAtTheTime');
    // Under 18 the question still matters: a looked after child's death is always notified.
    const child = await assessSeriousIncident({ ageInYears: 17, childDied: true, abuseOrNeglectKnownOrSuspected: false, careLeaver: false });
    expect(child.outcome).toBe('insufficient-information');
    expect(child.missingFacts.map((m) => m.fact)).toEqual(['lookedAfter']);
  });

  it('does not treat an unanswered question as "no"', async () => {
    const result = await assessSeriousIncident({ ageInYears: 7, childDied: true, incidentInEngland: true });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toContain('abuseOrNeglectKnownOrSuspected');
  });

  it('reports the rule set version and a trace of every rule', async () => {
    const result = await assessSeriousIncident(deathInEngland);
    expect(result.ruleset.version).toMatch(/^\d+\.\d+\.\d+.*\+[0-9a-f]{8}$/);
    expect(result.reasons.length).toBe(9);
  });
});

describe('assessSeriousIncident: Luton practice after a child death', () => {
  it('adds the Head of Service step whenever a child dies, citing the Luton guidance', async () => {
    const result = await assessSeriousIncident({ ageInYears: 5, childDied: true, abuseOrNeglectKnownOrSuspected: false, lookedAfter: false, careLeaver: false });
    expect(result.outcome).toBe('not-required');
    const step = action(result, 'serious-incident.action.luton-child-death-cspr-consideration')!;
    expect(step.role).toBe('Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement');
    expect(step.citation.document).toBe('luton-need-to-know');
  });
});

describe('assessSeriousIncident: bad input', () => {
  it('names a field with an impossible date', async () => {
    const error = await inputErrorOf({ awareOn: '2026-02-30' });
    expect(error.issues).toEqual([expect.objectContaining({ path: ['input', 'awareOn'], message: 'input.awareOn: "2026-02-30" is not a real date' })]);
  });

  it('rejects unknown keys and wrong types', async () => {
    const error = await inputErrorOf({ childDied: 'yes', dateOfBirth: '2010-01-01' });
    const paths = error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.childDied', 'input']));
    // Counted, never repeated back (a key could be a child's name), with the known key it is nearest to if any.
    expect(error.message).toContain('1 unknown key, not shown');
    expect(error.message).not.toContain('"dateOfBirth"');
  });

  it('rejects a non-object input', async () => {
    const error = await inputErrorOf(null);
    expect(error.issues[0]!.path).toEqual(['input']);
  });

  it('rejects contradictions instead of guessing', async () => {
    expect((await inputErrorOf({ diedBySuicide: true, childDied: false })).issues[0]!.path).toEqual(['input', 'diedBySuicide']);
    expect((await inputErrorOf({ lookedAfter: true, careLeaver: true })).issues[0]!.path).toEqual(['input', 'careLeaver']);
    // Looked after is the status at the incident: a child looked after when harmed at 17 may be 19 now.
    expect((await inputErrorOf({ lookedAfter: true, ageInYears: 19, ageAtIncident: 18 })).issues[0]!.path).toEqual(['input', 'ageAtIncident']);
    expect((await inputErrorOf({ lookedAfter: true, childDied: true, ageInYears: 19 })).issues[0]!.path).toEqual(['input', 'ageInYears']);
    expect((await inputErrorOf({ careLeaver: true, ageInYears: 15 })).issues[0]!.path).toEqual(['input', 'careLeaver']);
    expect((await inputErrorOf({ childNotYetIdentified: true, ageAtIncident: 19, ageInYears: 19 })).issues[0]!.path).toEqual(['input', 'childNotYetIdentified']);
    expect((await inputErrorOf({ awareOn: '2026-03-10', notifiedOn: '2026-03-09' })).issues[0]).toMatchObject({
      path: ['input', 'notifiedOn'],
      code: 'date-order',
    });
  });

  it('rejects a negative or fractional age', async () => {
    expect((await inputErrorOf({ ageInYears: -1 })).issues[0]!.path).toEqual(['input', 'ageInYears']);
    expect((await inputErrorOf({ ageInYears: 4.5 })).issues[0]!.path).toEqual(['input', 'ageInYears']);
  });

  it('reports a date outside the calendar against the input field', async () => {
    const error = await inputErrorOf({ ...deathInEngland, awareOn: '1850-01-01' });
    expect(error.issues[0]!.path).toEqual(['input', 'awareOn']);
    expect(error.issues[0]!.message).toMatch(/^input\.awareOn: /);
  });
});

describe('assessSeriousIncident: any input at all', () => {
  /** Real keys with wrong, odd or borderline values, so the schema's every branch is hit. */
  const nearMiss = fc.record(
    {
      ageInYears: fc.oneof(fc.integer({ min: -2, max: 140 }), fc.double(), fc.constantFrom(NaN, Infinity, '4')),
      childDied: fc.oneof(fc.boolean(), fc.anything()),
      diedBySuicide: fc.boolean(),
      lookedAfter: fc.boolean(),
      careLeaver: fc.boolean(),
      harmInChildhoodNotKnownAtTheTime: fc.boolean(),
      abuseOrNeglectKnownOrSuspected: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, null)),
      seriouslyHarmed: fc.boolean(),
      incidentInEngland: fc.boolean(),
      childrenInvolved: fc.oneof(fc.integer({ min: -1, max: 1_000_000 }), fc.anything()),
      awareOn: fc.oneof(fc.constantFrom('2026-12-18', '2026-02-29', '2011-12-31', '2100-12-31', '9999-12-31'), fc.anything()),
      notifiedOn: fc.oneof(fc.constantFrom('2026-12-24', '2026-12-01', '2101-01-01'), fc.anything()),
      lcsprDecisionOn: fc.oneof(fc.constantFrom('2026-01-31', '2100-08-31'), fc.anything()),
      publicationOn: fc.oneof(fc.constantFrom('2026-07-31', '2012-01-03', '2025-12-31'), fc.anything()),
      lcsprCriteria: fc.oneof(
        fc.record({ improvementsNeeded: fc.boolean(), recurrentThemes: fc.anything(), other: fc.boolean() }, { requiredKeys: [] }),
        fc.anything(),
      ),
      childName: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('answers or throws SafeguardingInputError with a path and a message, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearMiss), async (input) => {
        const result = await answerOrInputError(() => assessSeriousIncident(input as never), 'input');
        if (result === undefined) return;
        expect(['notify-panel', 'consult-panel', 'notify-secretary-of-state-and-ofsted', 'not-required', 'insufficient-information']).toContain(
          result.outcome,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('the report before publication: the Ofsted copy is a "should" (para 407)', () => {
  it('the "must" timescale is the report to the Panel and the Secretary of State; its note says the Ofsted copy is a should', async () => {
    const { timescale } = await import('../../../src/rules/timescales/registry.js');
    const t = timescale('serious-incident.report-to-panel-and-secretary-of-state');
    expect(t.basis).toBe('statutory-must');
    expect(t.title).not.toContain('Ofsted');
    expect(t.note).toContain('for Ofsted the same date is a "should", not a "must"');
  });
});
