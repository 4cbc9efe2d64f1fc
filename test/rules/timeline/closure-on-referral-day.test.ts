/**
 * A contact closed the day it arrives (a referral and a closure on one day,
 * nothing of the episode open before) is the referral's outcome: its clocks
 * end that day and nothing is overdue; a closure that has earlier work to
 * close keeps the same-day order and the new referral runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statutoryTimeline } from '../../../src/index.js';

const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 5 + n)).toISOString().slice(0, 10));

describe('a closure on the day of a referral', () => {
  it('closes a referral with nothing open before it: no clock of it is overdue or running, and the result says why', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.boolean(), (date, later, closedFirst) => {
        const asOf = new Date(Date.parse(date) + later * 86_400_000).toISOString().slice(0, 10);
        const rows = [
          { type: 'referral-received' as const, date },
          { type: 'case-closed' as const, date },
        ];
        const result = statutoryTimeline({ asOf, events: closedFirst ? rows.reverse() : rows });
        const statuses = result.episodes.flatMap((e) => e.deadlines.map((d) => d.status));
        expect(statuses).not.toContain('overdue');
        expect(statuses).not.toContain('due');
        expect(result.warnings.map((w) => w.code)).toContain('timeline.warning.closed-on-referral-day');
        expect(result.interpretations.map((i) => i.id)).toContain('timeline.interpretation.closure-on-referral-day');
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the new referral running when the closure has an earlier referral of the episode to close', () => {
    const result = statutoryTimeline({
      asOf: '2027-01-10',
      events: [
        { type: 'referral-received', date: '2026-11-02' },
        { type: 'referral-decision-made', date: '2026-11-03', nextStep: 'assessment' },
        { type: 'case-closed', date: '2026-12-01' },
        { type: 'referral-received', date: '2026-12-01' },
      ],
    });
    const decisions = result.episodes[0]!.deadlines.filter((d) => d.id === 'referral-and-assessment.decide-next-steps').map((d) => d.status);
    expect(decisions).toEqual(['met', 'overdue']);
    expect(result.warnings.map((w) => w.code)).not.toContain('timeline.warning.closed-on-referral-day');
  });

  it('reads a closure exported twice as one closure of that day: one warning, naming the first row, in a sentence that reads', () => {
    const result = statutoryTimeline({
      asOf: '2015-03-02',
      events: [
        { type: 'case-closed', date: '2015-02-16' },
        { type: 'case-closed', date: '2015-02-16' },
        { type: 'referral-received', date: '2015-02-16' },
      ],
    });
    const closures = result.warnings.filter((w) => w.code === 'timeline.warning.closed-on-referral-day');
    expect(closures).toEqual([
      {
        code: 'timeline.warning.closed-on-referral-day',
        facts: ['events[0]', 'events[2]'],
        message:
          'The case was closed on 16 February 2015, and the referral was received on 16 February 2015: with no earlier referral of the episode open to close, the closure is read as the outcome of that referral, and ends its clocks.',
      },
    ]);
    expect(result.warnings.map((w) => w.code)).toContain('timeline.warning.duplicate-event');
  });

  it('reads a closure exported twice that closes earlier work as one closure: the new referral of that day still runs', () => {
    const result = statutoryTimeline({
      asOf: '2027-01-10',
      events: [
        { type: 'referral-received', date: '2026-11-02' },
        { type: 'referral-decision-made', date: '2026-11-03', nextStep: 'assessment' },
        { type: 'case-closed', date: '2026-12-01' },
        { type: 'case-closed', date: '2026-12-01' },
        { type: 'referral-received', date: '2026-12-01' },
      ],
    });
    const decisions = result.episodes[0]!.deadlines.filter((d) => d.id === 'referral-and-assessment.decide-next-steps').map((d) => d.status);
    expect(decisions).toEqual(['met', 'overdue']);
    expect(result.warnings.map((w) => w.code)).toEqual(['timeline.warning.duplicate-event']);
  });
});
