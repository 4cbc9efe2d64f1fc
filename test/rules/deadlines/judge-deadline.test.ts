/**
 * The one deadline judge: its statuses against an oracle written from their
 * definitions, the fields each status carries, judging without `asOf`, and
 * the counting readings a judged deadline relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { bankHolidays } from '../../../src/calendar/bank-holidays.js';
import { isWorkingDay } from '../../../src/calendar/is-working-day.js';
import { previousWorkingDay } from '../../../src/calendar/previous-working-day.js';
import { workingDaysBetween } from '../../../src/calendar/working-days-between.js';
import type { Deadline } from '../../../src/calendar/deadline-types.js';
import { inWords } from '../../../src/rules/deadlines/deadline-words.js';
import { judgeDeadline, notYetTriggered, readingsReliedOn, type JudgeRequest } from '../../../src/rules/deadlines/judge-deadline.js';
import type { DeadlineStatus, JudgedDeadline } from '../../../src/rules/deadlines/judged-deadline.js';
import { deadlineFor } from '../../../src/rules/timescales/deadline-for.js';
import { timescale, timescales } from '../../../src/rules/timescales/registry.js';

const CHRISTMAS = 'timescales.interpretation.christmas-day-and-good-friday-not-working-days';
const deadlineIds = timescales.filter((t) => t.kind !== 'earliest-date').map((t) => t.id);
const day = (from: string, n: number) => addCalendarDays(from, n);

/** The status, from the definitions alone (DESIGN.md and `DeadlineStatus`), in their order of precedence. */
function oracle(r: JudgeRequest): DeadlineStatus {
  const { due } = r.deadline;
  if (r.done) return r.done.on <= due ? 'met' : 'late';
  if (r.notRequired) return 'not-required';
  if (r.inferredFrom !== undefined) return 'met-inferred';
  if (r.stop && (r.asOf === undefined || r.stop.on <= r.asOf)) return r.stop.on <= due ? 'stopped' : 'overdue';
  if (r.asOf === undefined || r.asOf <= due) return 'due';
  return 'overdue';
}

/** A request as a case could make it: dates of the work and of a stop after the trigger, none of them after `asOf`. */
const requestArb = fc
  .record({
    id: fc.constantFrom(...deadlineIds),
    trigger: fc.integer({ min: 0, max: 365 * 14 }).map((n) => day('2014-01-01', n)),
    asOf: fc.option(fc.integer({ min: -20, max: 500 }), { nil: undefined }),
    done: fc.option(fc.integer({ min: 0, max: 450 }), { nil: undefined }),
    stop: fc.option(fc.integer({ min: 0, max: 450 }), { nil: undefined }),
    notRequired: fc.boolean(),
    inferred: fc.boolean(),
    booked: fc.option(fc.integer({ min: 0, max: 450 }), { nil: undefined }),
  })
  .map((c): JudgeRequest => {
    const deadline = deadlineFor(c.id, c.trigger);
    const asOf = c.asOf === undefined ? undefined : day(c.trigger, c.asOf);
    const notAfterAsOf = (d: string) => (asOf === undefined || d <= asOf ? d : asOf);
    const request: JudgeRequest = { deadline, asOf, calendar: undefined, work: 'the work', started: `It started on ${inWords(c.trigger)}.` };
    if (c.done !== undefined) request.done = { on: notAfterAsOf(day(c.trigger, c.done)), happened: 'the work was done' };
    if (c.stop !== undefined) request.stop = { on: day(c.trigger, c.stop), happened: 'the case was closed' };
    if (c.notRequired && c.done === undefined) request.notRequired = { because: 'a decision removed it' };
    if (c.inferred) request.inferredFrom = 'a later step shows it was done';
    if (c.booked !== undefined) request.booking = { scheduledFor: day(c.trigger, c.booked), scheduledLate: day(c.trigger, c.booked) > deadline.due };
    return request;
  });

/** The fields of the deadline itself, as judged: everything but what the judge adds. */
function deadlineFields(d: JudgedDeadline): Partial<Deadline> {
  return { id: d.id, title: d.title, trigger: d.trigger as Deadline['trigger'], period: d.period, due: d.due, provisional: d.provisional, citation: d.citation };
}

describe('judgeDeadline: one judge, one vocabulary', () => {
  it('gives the status the definitions give, and no status contradicts its dates', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const d = judgeDeadline(request);
        const { due } = request.deadline;
        expect(d.status).toBe(oracle(request));
        expect(deadlineFields(d)).toEqual(request.deadline);
        expect(d.citation).not.toBe(request.deadline.citation);
        expect(d.basis).toBe(timescale(d.id).basis);
        // Working days taken count from the trigger forward: never negative, absent for a period counted back from its trigger
        // ("7 working days before publication") and while the trigger is still ahead of asOf.
        if ('workingDaysTaken' in d && d.workingDaysTaken !== undefined) expect(d.workingDaysTaken).toBeGreaterThanOrEqual(0);
        const countsForward = (day: string) => request.deadline.period.direction === 'after' && day >= request.deadline.trigger.date;
        switch (d.status) {
          case 'met':
            expect(d.doneOn <= due).toBe(true);
            expect(d.workingDaysTaken).toBe(countsForward(d.doneOn) ? workingDaysBetween(d.trigger.date, d.doneOn) : undefined);
            break;
          case 'late':
            expect(d.doneOn > due).toBe(true);
            expect(d.workingDaysOverdue).toBe(workingDaysBetween(due, d.doneOn));
            expect(d.workingDaysOverdue).toBeGreaterThanOrEqual(0);
            break;
          case 'overdue': {
            // Work recorded as done is never overdue.
            expect(request.done).toBeUndefined();
            expect(d).not.toHaveProperty('doneOn');
            const until = d.stoppedOn ?? request.asOf!;
            expect(until > due).toBe(true);
            expect(d.workingDaysOverdue).toBe(workingDaysBetween(due, until));
            break;
          }
          case 'due':
            expect(request.asOf === undefined || request.asOf <= due).toBe(true);
            if (request.asOf === undefined) {
              expect(d).not.toHaveProperty('workingDaysRemaining');
              expect(d.explanation).toContain('No date to judge on (asOf) was given');
            } else expect(d.workingDaysRemaining).toBe(workingDaysBetween(request.asOf, due));
            break;
          case 'stopped':
            expect(d.stoppedOn <= due).toBe(true);
            break;
          default:
            break;
        }
        if (d.status !== 'met' && d.status !== 'late') expect(d).not.toHaveProperty('doneOn');
      }),
      { numRuns: 2000 },
    );
  });

  it('explains in sentences with dates in words: the due date named, no ISO date', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const d = judgeDeadline(request);
        expect(d.explanation.startsWith(request.started)).toBe(true);
        if (d.status !== 'not-required') expect(d.explanation).toContain(inWords(request.deadline.due));
        expect(d.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(d.explanation.endsWith('.')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a calendar period whose due date is not a working day its last working day on time', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const d = judgeDeadline(request);
        if (request.deadline.period.unit !== 'working-days' && !isWorkingDay(d.due)) expect(d.lastWorkingDayOnTime).toBe(previousWorkingDay(d.due));
        else expect(d).not.toHaveProperty('lastWorkingDayOnTime');
      }),
      { numRuns: 500 },
    );
  });

  it('a late deadline: done after its due date, counted in working and calendar days, never overdue', () => {
    const deadline = deadlineFor('referral-and-assessment.assessment-complete', '2026-11-02');
    const d = judgeDeadline({ deadline, asOf: '2027-02-01', calendar: undefined, work: 'the assessment', started: 'The referral was received on 2 November 2026.', done: { on: '2027-01-20', happened: 'the assessment was completed on 20 January 2027' } });
    expect(d).toMatchObject({ status: 'late', due: '2027-01-07', doneOn: '2027-01-20', workingDaysTaken: 54, workingDaysOverdue: 9, calendarDaysOverdue: 13, basis: 'statutory-should' });
    expect(d.explanation).toBe(
      'The referral was received on 2 November 2026. The assessment was completed on 20 January 2027, late: 9 working days (13 calendar days) after it was due by 7 January 2027 (within 45 working days).',
    );
  });

  it('a clock that stopped after its due date with the work never done is overdue, and says when it stopped', () => {
    const deadline = deadlineFor('referral-and-assessment.assessment-complete', '2026-11-02');
    const d = judgeDeadline({ deadline, asOf: '2027-06-01', calendar: undefined, work: 'the assessment', started: 'The referral was received on 2 November 2026.', stop: { on: '2027-01-14', happened: 'the case was closed on 14 January 2027' } });
    expect(d).toMatchObject({ status: 'overdue', stoppedOn: '2027-01-14', workingDaysOverdue: 5, workingDaysTaken: 50 });
    expect(d.explanation).toContain('The duty was missed; its clock stopped on 14 January 2027.');
  });

  it('without asOf: work recorded as done is met or late, anything else due, never overdue', () => {
    const deadline = deadlineFor('serious-incident.notify-panel', '2026-12-18');
    const base = { deadline, asOf: undefined, calendar: undefined, work: 'the notification', started: 'The partners became aware on 18 December 2026.' };
    expect(judgeDeadline({ ...base, done: { on: '2026-12-29', happened: 'it was submitted on 29 December 2026' } }).status).toBe('met');
    expect(judgeDeadline({ ...base, done: { on: '2026-12-30', happened: 'it was submitted on 30 December 2026' } }).status).toBe('late');
    const open = judgeDeadline(base);
    expect(open.status).toBe('due');
    expect(open).not.toHaveProperty('workingDaysRemaining');
    expect(open).not.toHaveProperty('dueToday');
  });

  it('a deadline not yet triggered has no trigger date and no due date', () => {
    const d = notYetTriggered({ id: 'serious-incident.rapid-review', work: 'the rapid review', startsWhen: 'the notification is submitted', note: 'No date is given for it.' });
    expect(d).toEqual({
      id: 'serious-incident.rapid-review',
      title: 'Rapid review submitted to the Panel',
      status: 'not-yet-triggered',
      trigger: { event: 'the serious incident notification is submitted' },
      period: { amount: 15, unit: 'working-days', direction: 'after' },
      basis: 'non-statutory',
      citation: { document: 'working-together-2026', section: 'Chapter 5, para 385', page: 142 },
      explanation: 'Starts when the notification is submitted; the rapid review is then due within 15 working days. No date is given for it.',
    });
  });
});

describe('readingsReliedOn: the counting readings a judged deadline relies on', () => {
  /** Christmas Day and Good Friday as the calendar lists them (not their substitute days), by brute force over the days counted. */
  function passesOne(deadline: Deadline): boolean {
    const named = (d: string) => bankHolidays(Number(d.slice(0, 4))).some((h) => h.date === d && !h.substitute && (h.name === 'Christmas Day' || h.name === 'Good Friday'));
    if (deadline.period.unit !== 'working-days') return named(deadline.due);
    const [from, to] = deadline.trigger.date < deadline.due ? [deadline.trigger.date, deadline.due] : [deadline.due, deadline.trigger.date];
    for (let d = day(from, 1); d < to; d = day(d, 1)) if (named(d)) return true;
    return false;
  }

  it('includes the Christmas Day and Good Friday reading exactly when the count passed over one of them on a weekday, or a calendar period ended on one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...deadlineIds), fc.integer({ min: 0, max: 365 * 14 }), (id, n) => {
        const deadline = deadlineFor(id, day('2014-01-01', n));
        expect(readingsReliedOn(deadline).includes(CHRISTMAS)).toBe(passesOne(deadline));
      }),
      { numRuns: 3000 },
    );
  });

  it('a working-day deadline relies on day 0 (or, counted back, on its own reading); every one keeps its timescale’s own readings', () => {
    expect(readingsReliedOn(deadlineFor('serious-incident.notify-panel', '2026-12-18'))).toEqual([
      'serious-incident.interpretation.partners-awareness-starts-notification',
      'timescales.interpretation.trigger-day-is-day-zero',
      CHRISTMAS,
    ]);
    expect(readingsReliedOn(deadlineFor('serious-incident.notify-panel', '2026-06-01'))).toEqual([
      'serious-incident.interpretation.partners-awareness-starts-notification',
      'timescales.interpretation.trigger-day-is-day-zero',
    ]);
    expect(readingsReliedOn(deadlineFor('serious-incident.report-to-panel-and-secretary-of-state', '2027-04-01'))).toEqual([
      'timescales.interpretation.working-days-before-count-back',
      CHRISTMAS, // Good Friday 26 March 2027 lies between the due date and publication
    ]);
    expect(readingsReliedOn(deadlineFor('serious-incident.lcspr-published', '2026-06-25'))).toEqual([
      'timescales.interpretation.months-are-calendar-months',
      CHRISTMAS, // due on Friday 25 December 2026
    ]);
  });
});
