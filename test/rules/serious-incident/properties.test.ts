import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessSeriousIncident } from '../../../src/rules/serious-incident/index.js';
import type { SeriousIncidentInput } from '../../../src/rules/serious-incident/input-types.js';
import { isoDate, reference } from '../../../src/testing/index.js';
import { seriousIncidentInput } from '../../../src/testing/decisions/index.js';
import { govuk2019to2028 } from '../../calendar/support/official.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';

// An independent oracle: the testing kit's day-by-day reference over the official GOV.UK list
// (2019–2028), so the deadlines are not checked with the arithmetic that produced them.
const officialRangeDate = isoDate({ from: '2019-01-01', to: '2028-11-30' });
const officialIsWorkingDay = (date: string) => reference.isWorkingDay(date, govuk2019to2028);
const officialWorkingDaysBetween = (start: string, end: string) => reference.workingDaysBetween(start, end, govuk2019to2028);

/** Drops undefined keys, so an omitted fact is really omitted. */
function compact(input: Record<string, unknown>): SeriousIncidentInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as SeriousIncidentInput;
}

/** Any consistent set of facts, from the testing kit (contradictions are input errors, tested elsewhere); the tests add the dates. */
const facts = seriousIncidentInput({ unknown: ['awareOn', 'notifiedOn', 'rapidReviewSubmittedOn', 'lcsprDecisionOn', 'publicationOn', 'reportSentOn', 'asOf', 'childrenInvolved', 'lcsprCriteria'] });

describe('serious incident properties', () => {
  it('the Panel notification is due on a working day exactly 5 working days after awareness', async () => {
    const panelCase = fc.record({
      ageInYears: fc.integer({ min: 0, max: 17 }),
      childDied: fc.boolean(),
      incidentInEngland: fc.constant(true),
      awareOn: officialRangeDate,
    });
    await fc.assert(
      fc.asyncProperty(panelCase, async (input) => {
        const result = await assessSeriousIncident({ ...input, abuseOrNeglectKnownOrSuspected: true, seriouslyHarmed: true });
        expect(result.outcome).toBe('notify-panel');
        const due = result.deadlines.find((d) => d.id === 'serious-incident.notify-panel')!.due!;
        expect(due > input.awareOn).toBe(true);
        expect(officialIsWorkingDay(due)).toBe(true);
        expect(officialWorkingDaysBetween(input.awareOn, due)).toBe(5);
        expect(result.notifications.find((n) => n.kind === 'serious-incident')!.due).toBe(due);
      }),
      { numRuns: 200 },
    );
  });

  it('every deadline of the process is judged from its own dates: work recorded by asOf is met or late, never overdue', () => {
    const offsets = fc.record({
      aware: fc.integer({ min: 0, max: 3000 }),
      notified: fc.option(fc.nat(20), { nil: undefined }),
      rapid: fc.option(fc.nat(40), { nil: undefined }),
      decided: fc.option(fc.nat(60), { nil: undefined }),
      published: fc.option(fc.nat(300), { nil: undefined }),
      reportBefore: fc.option(fc.nat(20), { nil: undefined }),
      asOf: fc.nat(500),
    });
    fc.assert(
      fc.property(offsets, (o) => {
        const at = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
        const aware = o.aware;
        const notified = o.notified === undefined ? undefined : aware + o.notified;
        const rapid = notified === undefined || o.rapid === undefined ? undefined : notified + o.rapid;
        const decided = rapid === undefined || o.decided === undefined ? undefined : rapid + o.decided;
        const published = decided === undefined || o.published === undefined ? undefined : decided + o.published;
        const sent = published === undefined || o.reportBefore === undefined ? undefined : Math.max(aware, published - o.reportBefore);
        const latest = Math.max(aware, notified ?? 0, rapid ?? 0, decided ?? 0, sent ?? 0);
        const dates = compact({
          awareOn: at(aware),
          notifiedOn: notified === undefined ? undefined : at(notified),
          rapidReviewSubmittedOn: rapid === undefined ? undefined : at(rapid),
          lcsprDecisionOn: decided === undefined ? undefined : at(decided),
          publicationOn: published === undefined ? undefined : at(published),
          reportSentOn: sent === undefined ? undefined : at(sent),
          asOf: at(latest + o.asOf),
        });
        const result = assessSeriousIncident({ ...dates, ageInYears: 9, abuseOrNeglectKnownOrSuspected: true, childDied: true, incidentInEngland: true });
        const asOf = dates.asOf!;
        expect(result.deadlines).toHaveLength(5);
        for (const d of result.deadlines) {
          const doneOn = d.doneOnField === undefined ? undefined : (dates as Record<string, string | undefined>)[d.doneOnField];
          const recorded = doneOn !== undefined && doneOn <= asOf;
          if (d.status === 'not-yet-triggered') {
            expect(d.due).toBeUndefined();
            continue;
          }
          expect(d.trigger.date).toBe((dates as Record<string, string | undefined>)[d.triggerField]);
          if (recorded && d.id !== 'serious-incident.publication-kept-available') {
            expect(['met', 'late'], d.id).toContain(d.status);
            expect(d.status === 'met' || d.status === 'late' ? d.doneOn : undefined).toBe(doneOn);
          }
          if (d.status === 'met') expect(d.doneOn <= d.due).toBe(true);
          if (d.status === 'late') expect(d.doneOn > d.due).toBe(true);
          if (d.status === 'overdue') expect(!recorded && asOf > d.due).toBe(true);
          if (d.status === 'due') expect(!recorded && asOf <= d.due).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a possible Panel notification carries the same 5-working-day date', async () => {
    await fc.assert(
      fc.asyncProperty(facts, officialRangeDate, async (f, awareOn) => {
        const result = await assessSeriousIncident(compact({ ...f, awareOn }));
        for (const p of result.possibleNotifications) {
          if (p.kind !== 'serious-incident') continue;
          expect(p.dueIfRequired).toBeDefined();
          expect(officialIsWorkingDay(p.dueIfRequired!)).toBe(true);
          expect(officialWorkingDaysBetween(awareOn, p.dueIfRequired!)).toBe(5);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding "abuse or neglect known or suspected" never removes a required notification', async () => {
    await fc.assert(
      fc.asyncProperty(facts, async (f) => {
        const before = await assessSeriousIncident(compact({ ...f, abuseOrNeglectKnownOrSuspected: f.abuseOrNeglectKnownOrSuspected === true ? undefined : f.abuseOrNeglectKnownOrSuspected }));
        const after = await assessSeriousIncident(compact({ ...f, abuseOrNeglectKnownOrSuspected: true }));
        const kinds = after.notifications.map((n) => n.kind);
        for (const n of before.notifications) expect(kinds).toContain(n.kind);
        if (before.outcome === 'notify-panel') expect(after.outcome).toBe('notify-panel');
      }),
      { numRuns: 200 },
    );
  });

  it('a care leaver aged 18 to 24 never gets a rapid review deadline or a Panel notification', async () => {
    await fc.assert(
      fc.asyncProperty(facts, fc.integer({ min: 18, max: 24 }), officialRangeDate, async (f, age, date) => {
        const result = await assessSeriousIncident(
          compact({ ...f, careLeaver: true, lookedAfter: undefined, ageInYears: age, ageAtIncident: undefined, harmInChildhoodNotKnownAtTheTime: undefined, awareOn: date, notifiedOn: date }),
        );
        expect(result.deadlines.map((d) => d.id)).not.toContain('serious-incident.rapid-review');
        expect(result.notifications.map((n) => n.kind)).not.toContain('serious-incident');
        if (result.notifications.length > 0) expect(result.notifications.map((n) => n.kind)).toEqual(['care-leaver-death']);
      }),
      { numRuns: 200 },
    );
  });

  it('insufficient-information always names missing facts, and not-required leaves nothing open', async () => {
    await fc.assert(
      fc.asyncProperty(facts, async (f) => {
        const result = await assessSeriousIncident(compact(f));
        if (result.outcome === 'insufficient-information') expect(result.missingFacts.length).toBeGreaterThan(0);
        if (result.outcome === 'not-required') {
          expect(result.missingFacts).toEqual([]);
          expect(result.possibleNotifications).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** The answers a fact can be given, for the properties over unanswered facts. */
const ANSWERS: Record<string, readonly unknown[]> = {
  abuseOrNeglectKnownOrSuspected: [true, false],
  childDied: [true, false],
  diedBySuicide: [true, false],
  seriouslyHarmed: [true, false],
  seriousOrLongTermImpairment: [true, false],
  incidentInEngland: [true, false],
  normallyResidentInEngland: [true, false],
  lookedAfter: [true, false],
  careLeaver: [true, false],
  harmInChildhoodNotKnownAtTheTime: [true, false],
  clearRationaleToNotifyAsOther: [true, false],
  ageInYears: [4, 17, 18, 30],
  ageAtIncident: [4, 17, 18, 30],
};

/** The deadlines a result shows, by id with their due dates, or undefined for an input the schema rejects (an answer that cannot be given). */
function shownDeadlines(input: SeriousIncidentInput): Map<string, string | undefined> | undefined {
  try {
    return new Map(assessSeriousIncident(input).deadlines.map((d) => [d.id, d.due]));
  } catch (error) {
    if (error instanceof SafeguardingInputError) return undefined;
    throw error;
  }
}

describe('serious incident properties: unanswered facts never hide a deadline', () => {
  const dated = fc.record({ facts, awareOn: officialRangeDate, asOfOffset: fc.nat(60) });
  const withDates = (f: Record<string, unknown>, awareOn: string, asOfOffset: number) =>
    compact({ ...f, awareOn, asOf: new Date(Date.parse(`${awareOn}T00:00:00Z`) + asOfOffset * 86_400_000).toISOString().slice(0, 10) });

  it('a deadline present whichever way an unanswered fact is answered is present, with the same due date, while it is unanswered', () => {
    fc.assert(
      fc.property(dated, ({ facts: f, awareOn, asOfOffset }) => {
        const input = withDates(f as Record<string, unknown>, awareOn, asOfOffset);
        const unanswered = shownDeadlines(input)!;
        for (const [fact, answers] of Object.entries(ANSWERS)) {
          if ((input as Record<string, unknown>)[fact] !== undefined) continue;
          const answered = answers.map((a) => shownDeadlines({ ...input, [fact]: a } as SeriousIncidentInput)).filter((d) => d !== undefined);
          if (answered.length === 0) continue;
          for (const [id, due] of answered[0]!) {
            if (!answered.every((d) => d.has(id) && d.get(id) === due)) continue;
            expect({ fact, id, shown: unanswered.has(id), due: unanswered.get(id) }).toEqual({ fact, id, shown: true, due });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a child not yet identified (no age given) is notified as a child of any age under 18 would be: leaving the age out removes no deadline (para 374)', () => {
    fc.assert(
      fc.property(dated, fc.integer({ min: 0, max: 17 }), ({ facts: f, awareOn, asOfOffset }, age) => {
        const base = withDates({ ...(f as Record<string, unknown>), ageInYears: undefined, ageAtIncident: undefined }, awareOn, asOfOffset);
        if (base.careLeaver === true || base.harmInChildhoodNotKnownAtTheTime !== undefined) return;
        const asChild = shownDeadlines({ ...base, ageInYears: age });
        if (asChild === undefined) return;
        const unidentified = shownDeadlines(base)!;
        for (const [id, due] of asChild) expect({ id, due: unidentified.get(id) }).toEqual({ id, due });
      }),
      { numRuns: 300 },
    );
  });
});
