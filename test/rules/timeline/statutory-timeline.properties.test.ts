/**
 * Properties of statutoryTimeline over generated case histories whose events
 * are in a possible order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { isWorkingDay } from '../../../src/calendar/is-working-day.js';
import { previousWorkingDay } from '../../../src/calendar/previous-working-day.js';
import { workingDaysBetween } from '../../../src/calendar/working-days-between.js';
import { statutoryTimeline as typedTimeline, type CaseTimeline, type TimelineDeadline } from '../../../src/rules/timeline/index.js';

// These tests build histories (some deliberately malformed) as plain data, not as the typed input.
const statutoryTimeline = typedTimeline as (input: unknown, options?: Parameters<typeof typedTimeline>[1]) => ReturnType<typeof typedTimeline>;
import { deadlineFor } from '../../../src/rules/timescales/deadline-for.js';
import { timescale } from '../../../src/rules/timescales/registry.js';
import { rowsOf, type Event } from './support.js';

interface History {
  asOf: string;
  events: Event[];
}

/** One episode's history: offsets in days from a start date, so every chain is in order. */
const episodeArb = (episode: string | undefined) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 365 * 12 }).map((n) => addCalendarDays('2014-01-01', n)),
      referral: fc.option(
        fc.record({
          decision: fc.option(fc.record({ after: fc.nat(5), nextStep: fc.option(fc.constantFrom('assessment', 'strategy-discussion', 'early-help', 'no-further-action')) })),
          assessment: fc.option(fc.nat(80)),
        }),
      ),
      protection: fc.option(
        fc.record({
          strategyAfter: fc.nat(30),
          conference: fc.option(fc.record({ after: fc.nat(35), planMade: fc.boolean() })),
          coreGroups: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }),
          reviewGaps: fc.array(fc.integer({ min: 1, max: 250 }), { maxLength: 4 }),
          planEndsAfter: fc.option(fc.nat(120)),
        }),
      ),
      transfer: fc.option(fc.record({ after: fc.nat(100), conference: fc.option(fc.nat(30)) })),
      incident: fc.option(fc.record({ notified: fc.option(fc.nat(10)), rapidReview: fc.option(fc.nat(30)) })),
      fostering: fc.option(fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 5 })),
      asOfAfter: fc.nat(400),
    })
    .map((c): History => {
      const events: Event[] = [];
      const at = (n: number) => addCalendarDays(c.start, n);
      let last = 0;
      const add = (type: string, day: number, extra: Record<string, unknown> = {}) => {
        events.push({ type, date: at(day), ...(episode ? { episode } : {}), ...extra });
        last = Math.max(last, day);
      };
      if (c.referral) {
        add('referral-received', 0);
        const d = c.referral.decision;
        if (d) add('referral-decision-made', d.after, d.nextStep ? { nextStep: d.nextStep } : {});
        if (c.referral.assessment !== null) add('assessment-completed', Math.max(c.referral.assessment, d?.after ?? 0));
      }
      const p = c.protection;
      if (p) {
        const s = 90 + p.strategyAfter;
        add('strategy-discussion-s47-initiated', s);
        if (p.conference) {
          const conf = s + p.conference.after;
          add('initial-conference-held', conf, { planMade: p.conference.planMade });
          if (p.conference.planMade) {
            let day = conf;
            const reviewDays = p.reviewGaps.map((gap) => (day += gap));
            const coreDays = [...new Set(p.coreGroups.map((g) => conf + g))];
            coreDays.forEach((d) => add('core-group-meeting-held', d));
            reviewDays.forEach((d) => add('review-conference-held', d));
            if (p.planEndsAfter !== null) add('plan-ended', Math.max(conf, ...reviewDays, ...coreDays) + p.planEndsAfter);
          }
        }
      }
      if (c.transfer && !p) {
        add('transfer-in-notification-received', c.transfer.after);
        if (c.transfer.conference !== null) add('transfer-in-conference-held', c.transfer.after + c.transfer.conference);
      }
      if (c.incident) {
        add('serious-incident-aware', 10);
        if (c.incident.notified !== null) {
          add('serious-incident-notified', 10 + c.incident.notified);
          if (c.incident.rapidReview !== null) add('rapid-review-submitted', 10 + c.incident.notified + c.incident.rapidReview);
        }
      }
      if (c.fostering) {
        add('private-fostering-notified', 5);
        let day = 5;
        c.fostering.forEach((gap) => add('private-fostering-visit', (day += gap)));
      }
      return { asOf: at(last + c.asOfAfter), events };
    });

const historyArb = episodeArb(undefined);

/** Output without event positions, which depend on how the input is listed. */
function withoutPositions(timeline: CaseTimeline): unknown {
  return JSON.parse(JSON.stringify(timeline.episodes, (key, value) => (key === 'index' ? undefined : value)));
}

const judged = (rows: TimelineDeadline[]) => rows.filter((d): d is Exclude<TimelineDeadline, { status: 'not-yet-triggered' }> => d.status !== 'not-yet-triggered');
const key = (d: { id: string; episode: string; trigger: { date?: string } }) => `${d.episode} ${d.id} ${d.trigger.date}`;

describe('statutoryTimeline properties', () => {
  it('every due date is the registry deadline from its trigger; working-day ones fall on working days; lastWorkingDayOnTime is the working day before a non-working due date', () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        for (const d of judged(rowsOf(statutoryTimeline(input)))) {
          expect(d.due).toBe(deadlineFor(d.id, d.trigger.date).due);
          const unit = timescale(d.id).unit;
          if (unit === 'working-days') expect(isWorkingDay(d.due)).toBe(true);
          if (unit !== 'working-days' && !isWorkingDay(d.due)) expect(d.lastWorkingDayOnTime).toBe(previousWorkingDay(d.due));
          else expect(d.lastWorkingDayOnTime).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('statuses agree with asOf and their own dates, and the counts are the calendar counts', () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        const { asOf } = input;
        for (const d of rowsOf(statutoryTimeline(input))) {
          switch (d.status) {
            case 'met':
              expect(d.doneOn <= d.due && d.doneOn <= asOf).toBe(true);
              expect(d.workingDaysTaken).toBe(workingDaysBetween(d.trigger.date, d.doneOn));
              break;
            case 'late':
              // Done after the due date: never overdue, and always with the day it was done.
              expect(d.doneOn > d.due && d.doneOn <= asOf).toBe(true);
              expect(d.workingDaysOverdue).toBe(workingDaysBetween(d.due, d.doneOn));
              expect(d.workingDaysTaken).toBe(workingDaysBetween(d.trigger.date, d.doneOn));
              break;
            case 'due':
              expect(asOf <= d.due).toBe(true);
              expect(d.dueToday).toBe(asOf === d.due);
              expect(d.workingDaysRemaining).toBe(workingDaysBetween(asOf, d.due));
              expect(d.workingDaysTaken).toBe(workingDaysBetween(d.trigger.date, asOf));
              break;
            case 'overdue': {
              expect(d).not.toHaveProperty('doneOn');
              const until = d.stoppedOn ?? asOf;
              expect(until > d.due && until <= asOf).toBe(true);
              expect(d.stoppedBy?.date).toBe(d.stoppedOn);
              expect(d.workingDaysOverdue).toBe(workingDaysBetween(d.due, until));
              expect(d.workingDaysTaken).toBe(workingDaysBetween(d.trigger.date, until));
              break;
            }
            case 'stopped':
              expect(d.stoppedOn).toBe(d.stoppedBy.date);
              expect(d.stoppedOn <= d.due && d.stoppedOn >= d.trigger.date && d.stoppedOn <= asOf).toBe(true);
              break;
            case 'not-yet-triggered':
              expect(d).not.toHaveProperty('due');
              expect(d.trigger).not.toHaveProperty('date');
              break;
            default:
              break;
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no deadline is overdue once its work is recorded: recording the event that meets an open overdue deadline makes it late, done that day', () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        const open = judged(rowsOf(statutoryTimeline(input))).filter((d) => d.status === 'overdue' && d.stoppedOn === undefined);
        for (const d of open) {
          const done = { type: d.satisfiedBy, date: input.asOf, ...(d.episode === 'default' ? {} : { episode: d.episode }) };
          const after = statutoryTimeline({ ...input, events: [...input.events, done] });
          const row = judged(rowsOf(after)).find((r) => key(r) === key(d))!;
          expect(row, key(d)).toBeDefined();
          expect(row.status, key(d)).toBe('late');
          expect(row.status === 'late' && row.doneOn).toBe(input.asOf);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('each episode lists its deadlines by due date, then those not yet triggered', () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        for (const episode of statutoryTimeline(input).episodes) {
          const dues = episode.deadlines.map((d) => (d.status === 'not-yet-triggered' ? '9999-99-99' : d.due));
          expect(dues).toEqual([...dues].sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a stop never makes a met deadline overdue (and never touches what was already met)', () => {
    const stopArb = fc.record({ type: fc.constantFrom('case-closed', 'child-moved-out-of-area', 'child-turned-18', 'child-died', 'child-became-looked-after'), back: fc.nat(600) });
    fc.assert(
      fc.property(historyArb, stopArb, (input, stop) => {
        const before = statutoryTimeline(input);
        const date = addCalendarDays(input.asOf, -stop.back);
        const after = statutoryTimeline({ ...input, events: [...input.events, { type: stop.type, date }] });
        const now = new Map(judged(rowsOf(after)).map((d) => [key(d), d]));
        // The death and the 18th birthday bound the history: what is recorded after them is set aside, so only
        // rows whose own events all came before them are compared (nothing starts on or after the birthday).
        const bounds = stop.type === 'child-died' || stop.type === 'child-turned-18';
        const before18 = (d: string) => (stop.type === 'child-turned-18' ? d < date : d <= date);
        for (const d of judged(rowsOf(before))) {
          if (bounds && !before18(d.trigger.date)) continue;
          const later = now.get(key(d));
          expect(later, key(d)).toBeDefined();
          const doneInLife =
            !bounds ||
            (d.status === 'met' || d.status === 'late' ? before18(d.doneOn) : d.status === 'met-inferred' ? before18(d.inferredFrom.date) : true);
          if (d.status === 'met' && doneInLife) expect(later).toEqual(d);
          // Work recorded after the death or on or after the birthday completes nothing, so it may leave a missed duty.
          if (later!.status === 'overdue' && doneInLife) expect(d.status).toBe('overdue');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding a later completing event never turns met into overdue', () => {
    const completing = fc.constantFrom('referral-decision-made', 'assessment-completed', 'core-group-meeting-held', 'review-conference-held', 'serious-incident-notified', 'rapid-review-submitted', 'private-fostering-visit');
    fc.assert(
      fc.property(historyArb, completing, fc.nat(30), (input, type, back) => {
        const before = statutoryTimeline(input);
        const latest = input.events.reduce((m, e) => (e.date > m ? e.date : m), '0000-00-00');
        const date = addCalendarDays(input.asOf, -back) > latest ? addCalendarDays(input.asOf, -back) : input.asOf;
        let after: CaseTimeline;
        try {
          after = statutoryTimeline({ ...input, events: [...input.events, { type, date }] });
        } catch {
          return; // the added event did not fit this history (e.g. a review with no plan): nothing to compare
        }
        const now = new Map(judged(rowsOf(after)).map((d) => [key(d), d]));
        for (const d of judged(rowsOf(before))) {
          if (d.status === 'met') expect(now.get(key(d))?.status, key(d)).toBe('met');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('episodes are independent (but for a plan open in each): two histories judged together give each its own rows, as judged alone', () => {
    fc.assert(
      fc.property(episodeArb('A'), episodeArb('B'), (a, b) => {
        // A child is the subject of one plan at a time: plans of two episodes are not independent (the later replaces the earlier).
        const makesPlan = (h: History) => h.events.some((e) => (e.type === 'initial-conference-held' || e.type === 'transfer-in-conference-held') && e.planMade !== false);
        fc.pre(!(makesPlan(a) && makesPlan(b)));
        const asOf = a.asOf > b.asOf ? a.asOf : b.asOf;
        const together = statutoryTimeline({ asOf, events: [...a.events, ...b.events] });
        const alone = [statutoryTimeline({ asOf, events: a.events }), statutoryTimeline({ asOf, events: b.events })];
        // Episodes are listed in the order of their first event.
        const byId = (episodes: unknown) => Object.fromEntries((episodes as { id: string }[]).map((e) => [e.id, e]));
        expect(byId(withoutPositions(together))).toEqual(byId(alone.flatMap((t) => withoutPositions(t) as unknown[])));
      }),
      { numRuns: 150 },
    );
  });

  it('the order in which events are listed does not change the result', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(1000), (input, seed) => {
        const copy = [...input.events];
        for (let i = copy.length - 1; i > 0; i--) {
          const j = (seed * (i + 7)) % (i + 1);
          [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        }
        expect(withoutPositions(statutoryTimeline({ ...input, events: copy }))).toEqual(withoutPositions(statutoryTimeline(input)));
      }),
      { numRuns: 150 },
    );
  });

  it('results belong to the caller: changing one never changes another', () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        const first = statutoryTimeline(input);
        const snapshot = JSON.parse(JSON.stringify(statutoryTimeline(input)));
        for (const d of rowsOf(first)) {
          (d.citation as { section: string }).section = 'changed';
          (d.period as { amount: number }).amount = -1;
          if (d.status !== 'not-yet-triggered') (d.trigger as { date: string }).date = 'changed';
        }
        for (const i of first.interpretations) i.ruleIds.push('changed');
        first.input.events.length = 0;
        first.ruleset.hash = 'changed';
        expect(JSON.parse(JSON.stringify(statutoryTimeline(input)))).toEqual(snapshot);
      }),
      { numRuns: 60 },
    );
  });
});
