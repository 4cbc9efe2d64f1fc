/**
 * The review to end a child protection plan at 18: closing the case is not
 * that review, so a closure on or after the birthday, with the plan not
 * recorded as ended, leaves it overdue (as a plan never ended does), while a
 * plan ended that day is met and a death stops it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statutoryTimeline } from '../../../src/index.js';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';

const plan = [
  { type: 'strategy-discussion-s47-initiated', date: '2026-08-12' },
  { type: 'initial-conference-held', date: '2026-09-01', planMade: true },
  { type: 'core-group-meeting-held', date: '2026-09-10' },
  { type: 'review-conference-held', date: '2026-11-27' },
  { type: 'child-turned-18', date: '2027-02-14' },
] as const;

const statusAt18 = (after: { type: string; date: string }[]) => {
  const result = statutoryTimeline({ asOf: '2027-04-30', events: [...plan, ...after] as never });
  return result.episodes[0]!.deadlines.find((d) => d.id === 'child-protection.review-around-18th-birthday')!.status;
};

describe('the review to end a plan at 18', () => {
  it('property: a case closed on or after the birthday, the plan not recorded as ended, is overdue, never stopped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (days) => {
        expect(statusAt18([{ type: 'case-closed', date: addCalendarDays('2027-02-14', days) }])).toBe('overdue');
      }),
    );
  });

  it('is met by the plan ended on the birthday, late after it, and stopped by a death', () => {
    expect(statusAt18([{ type: 'plan-ended', date: '2027-02-14' }, { type: 'case-closed', date: '2027-02-14' }])).toBe('met');
    expect(statusAt18([{ type: 'plan-ended', date: '2027-02-16' }])).toBe('late');
    expect(statusAt18([{ type: 'child-died', date: '2027-02-14' }])).toBe('stopped');
  });
});
