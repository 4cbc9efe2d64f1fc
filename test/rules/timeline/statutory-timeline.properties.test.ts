/**
 * Properties of statutoryTimeline over generated, well-ordered cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { isWorkingDay } from '../../../src/calendar/is-working-day.js';
import { workingDaysBetween } from '../../../src/calendar/working-days-between.js';
import { statutoryTimeline } from '../../../src/rules/timeline/index.js';
import { deadlineFor } from '../../../src/rules/timescales/deadline-for.js';
import { timescale } from '../../../src/rules/timescales/registry.js';
import type { TimelineEventType } from '../../../src/schemas/timeline.js';

interface GeneratedEvent {
  type: TimelineEventType;
  date: string;
  planMade?: boolean;
}

/** A case whose events are in a possible order: every date is an offset in days from a start date. */
const caseArb = fc
  .record({
    start: fc.integer({ min: 0, max: 365 * 16 }).map((n) => addCalendarDays('2013-01-01', n)),
    referral: fc.option(fc.record({ decision: fc.option(fc.nat(5)), assessment: fc.option(fc.nat(80)) })),
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
    asOfAfter: fc.nat(400),
  })
  .map((c) => {
    const events: GeneratedEvent[] = [];
    const at = (n: number) => addCalendarDays(c.start, n);
    let last = 0;
    const add = (type: TimelineEventType, day: number, extra: Partial<GeneratedEvent> = {}) => {
      events.push({ type, date: at(day), ...extra });
      last = Math.max(last, day);
    };
    if (c.referral) {
      add('referral-received', 0);
      if (c.referral.decision !== null) add('referral-decision-made', c.referral.decision);
      if (c.referral.assessment !== null) add('assessment-completed', c.referral.assessment);
    }
    const p = c.protection;
    if (p) {
      const s = p.strategyAfter;
      add('strategy-discussion-s47-initiated', s);
      if (p.conference) {
        const conf = s + p.conference.after;
        add('initial-conference-held', conf, { planMade: p.conference.planMade });
        if (p.conference.planMade) {
          let day = conf;
          const reviewDays = p.reviewGaps.map((gap) => (day += gap));
          const coreDays = [...new Set(p.coreGroups.map((g) => conf + g))];
          const planEnd = p.planEndsAfter === null ? undefined : Math.max(conf, ...reviewDays, ...coreDays) + p.planEndsAfter;
          coreDays.forEach((d) => add('core-group-meeting-held', d));
          reviewDays.forEach((d) => add('review-conference-held', d));
          if (planEnd !== undefined) add('plan-ended', planEnd);
        }
      }
    }
    if (c.transfer) {
      add('transfer-in-notification-received', c.transfer.after);
      if (c.transfer.conference !== null) add('transfer-in-conference-held', c.transfer.after + c.transfer.conference);
    }
    return { asOf: at(last + c.asOfAfter), events };
  });

const shuffled = <T>(items: T[], seed: number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe('statutoryTimeline properties', () => {
  it('every working-day deadline is due on a working day, and every due date is the registry deadline from its trigger', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        for (const d of statutoryTimeline(input).deadlines) {
          if (d.status === 'not-yet-triggered') continue;
          expect(d.due).toBe(deadlineFor(d.id, d.trigger.date).due);
          if (timescale(d.id).unit === 'working-days') expect(isWorkingDay(d.due)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('statuses agree with asOf and the counts are the calendar counts', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const { asOf } = input;
        for (const d of statutoryTimeline(input).deadlines) {
          switch (d.status) {
            case 'met':
              expect(d.metOn <= d.due && d.metOn <= asOf && d.metOn >= d.trigger.date).toBe(true);
              expect(d.workingDaysTaken).toBe(workingDaysBetween(d.trigger.date, d.metOn));
              break;
            case 'due':
              expect(asOf <= d.due).toBe(true);
              expect(d.workingDaysRemaining).toBe(workingDaysBetween(asOf, d.due));
              expect(d.workingDaysRemaining).toBeGreaterThanOrEqual(0);
              break;
            case 'overdue': {
              const until = d.completedOn ?? d.lapsedOn ?? asOf;
              expect(until > d.due && until <= asOf).toBe(true);
              expect(d.outstanding).toBe(d.completedOn === undefined && d.lapsedOn === undefined);
              expect(d.workingDaysOverdue).toBe(workingDaysBetween(d.due, until));
              expect(d.calendarDaysOverdue).toBeGreaterThan(0);
              break;
            }
            case 'not-yet-triggered':
              expect(input.events.some((e) => e.type === d.waitingFor)).toBe(false);
              break;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('output is sorted by due date, with not-yet-triggered deadlines last, and each timescale is accounted for', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const timeline = statutoryTimeline(input);
        const dues = timeline.deadlines.map((d) => (d.status === 'not-yet-triggered' ? '9999-99-99' : d.due));
        expect(dues).toEqual([...dues].sort());
        const ids = new Set([...timeline.deadlines.map((d) => d.id), ...timeline.notApplicable.map((n) => n.id)]);
        expect(ids.size).toBe(7);
      }),
      { numRuns: 300 },
    );
  });

  it('the review chain has one period per review held, each from that review, and none after the plan ends', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const timeline = statutoryTimeline(input);
        const reviews = input.events.filter((e) => e.type === 'review-conference-held').map((e) => e.date);
        const chain = timeline.deadlines.filter((d) => d.id === 'child-protection.subsequent-review-conference' && d.status !== 'not-yet-triggered');
        const dropped = timeline.notApplicable.filter((n) => n.id === 'child-protection.subsequent-review-conference' && reviews.length > 0);
        expect(chain.length + dropped.length).toBe(reviews.length);
        expect(chain.map((d) => ('due' in d ? d.trigger.date : ''))).toEqual(reviews.slice(0, chain.length));
        const planEnded = input.events.find((e) => e.type === 'plan-ended');
        if (planEnded) expect(chain.every((d) => d.status !== 'due' && !(d.status === 'overdue' && d.outstanding))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the order in which events are listed does not change the result', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(1000), (input, seed) => {
        expect(statutoryTimeline({ ...input, events: shuffled(input.events, seed) })).toEqual(statutoryTimeline(input));
      }),
      { numRuns: 200 },
    );
  });
});
