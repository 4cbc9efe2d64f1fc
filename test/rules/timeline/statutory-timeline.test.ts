import { describe, expect, it } from 'vitest';
import { statutoryTimeline, type TimelineDeadline } from '../../../src/rules/timeline/index.js';
import { rowsOf } from './support.js';
import { christmasChildProtectionCase, referralOverChristmas, reviewChainCase, transferInOverEaster } from './examples.js';

function entry(deadlines: TimelineDeadline[], id: string, triggerDate?: string): TimelineDeadline {
  const found = deadlines.filter((d) => d.id === id && (triggerDate === undefined || ('due' in d && d.trigger.date === triggerDate)));
  expect(found, `one ${id} entry`).toHaveLength(1);
  return found[0]!;
}

/** A plan made at an initial conference on 15 January 2026, with its first core group held. */
const planFromJanuary2026 = [
  { type: 'strategy-discussion-s47-initiated', date: '2025-12-18' },
  { type: 'initial-conference-held', date: '2026-01-15' },
  { type: 'core-group-meeting-held', date: '2026-01-20' },
] as const;

describe('statutoryTimeline: a child protection case over Christmas 2026', () => {
  const timeline = statutoryTimeline(christmasChildProtectionCase);

  it('the decision on the referral made the next working day is met', () => {
    expect(entry(rowsOf(timeline), 'referral-and-assessment.decide-next-steps')).toMatchObject({
      status: 'met',
      due: '2026-12-08',
      doneOn: '2026-12-08',
      workingDaysTaken: 1,
    });
  });

  it('the initial conference is due 15 working days after the strategy discussion, skipping 25 and 28 December', () => {
    expect(entry(rowsOf(timeline), 'child-protection.initial-conference')).toMatchObject({
      status: 'met',
      trigger: { date: '2026-12-08' },
      due: '2026-12-31',
      doneOn: '2026-12-22',
      workingDaysTaken: 10,
      provisional: false,
    });
  });

  it('the first core group, due on 8 January 2027 (1 January is a bank holiday), met late on 11 January', () => {
    expect(entry(rowsOf(timeline), 'child-protection.first-core-group')).toMatchObject({
      status: 'late',
      due: '2027-01-08',
      doneOn: '2027-01-11',
      workingDaysOverdue: 1,
      calendarDaysOverdue: 3,
      workingDaysTaken: 11,
    });
  });

  it('the assessment and the first review are still due, with working days remaining as of asOf', () => {
    expect(entry(rowsOf(timeline), 'referral-and-assessment.assessment-complete')).toMatchObject({
      status: 'due',
      due: '2027-02-11',
      workingDaysRemaining: 23,
    });
    expect(entry(rowsOf(timeline), 'child-protection.first-review-conference')).toMatchObject({
      status: 'due',
      due: '2027-03-22',
      calendarDaysRemaining: 70,
    });
  });

  it('lists deadlines by due date, then those not yet triggered', () => {
    expect(rowsOf(timeline).map((d) => [d.id, d.status])).toEqual([
      ['referral-and-assessment.decide-next-steps', 'met'],
      ['child-protection.initial-conference', 'met'],
      ['child-protection.first-core-group', 'late'],
      ['referral-and-assessment.assessment-complete', 'due'],
      ['child-protection.first-review-conference', 'due'],
      ['child-protection.subsequent-review-conference', 'not-yet-triggered'],
    ]);
    expect(timeline.notStarted.map((p) => p.process)).toEqual([
      'transfer-in',
      'lado',
      'serious-incident',
      'lcspr',
      'private-fostering',
      'missing-child',
      'national-alert',
      'coroner',
      'death-registration',
    ]);
  });

  it('explains each deadline in a sentence and states its conventions and rule set', () => {
    expect(entry(rowsOf(timeline), 'child-protection.first-core-group').explanation).toBe(
      'The initial child protection conference was held on 22 December 2026. A core group meeting was held on 11 January 2027, late: 1 working day (3 calendar days) after it was due by 8 January 2027 (within 10 working days).',
    );
    expect(timeline.conventions.join(' ')).toContain('on or before its due date');
    expect(timeline.ruleset.version).toMatch(/^\d+\.\d+\.\d+.*\+[0-9a-f]+$/);
  });
});

describe('statutoryTimeline: referrals, reviews and transfers', () => {
  it('a referral on Christmas Eve 2026 needs a decision by Tuesday 29 December; on that day it is due with 0 working days left', () => {
    const timeline = statutoryTimeline(referralOverChristmas);
    expect(entry(rowsOf(timeline), 'referral-and-assessment.decide-next-steps')).toMatchObject({
      status: 'due',
      due: '2026-12-29',
      workingDaysRemaining: 0,
      calendarDaysRemaining: 0,
    });
    expect(entry(rowsOf(timeline), 'referral-and-assessment.assessment-complete')).toMatchObject({ status: 'due', due: '2027-03-02' });
  });

  it('the day after, the decision is overdue by 1 working day', () => {
    const timeline = statutoryTimeline({ ...referralOverChristmas, asOf: '2026-12-30' });
    expect(entry(rowsOf(timeline), 'referral-and-assessment.decide-next-steps')).toMatchObject({
      status: 'overdue',
      workingDaysOverdue: 1,
    });
    expect(entry(rowsOf(timeline), 'referral-and-assessment.decide-next-steps')).not.toHaveProperty('stoppedOn');
  });

  it('a case with only a referral lists no child protection rows: those processes have not started', () => {
    const timeline = statutoryTimeline(referralOverChristmas);
    expect(rowsOf(timeline).filter((d) => d.status === 'not-yet-triggered')).toEqual([]);
    expect(timeline.notStarted.find((p) => p.process === 'child-protection-plan')).toEqual({
      process: 'child-protection-plan',
      title: 'Child protection plan: core groups and review conferences',
      startedBy: 'initial-conference-held',
      timescales: [
        'child-protection.first-core-group',
        'child-protection.first-review-conference',
        'child-protection.subsequent-review-conference',
        'child-protection.review-around-18th-birthday',
      ],
    });
  });

  it('the next review runs 6 months from the last review held; due on a Sunday, it is overdue by 1 working day on the Monday', () => {
    const timeline = statutoryTimeline(reviewChainCase);
    expect(entry(rowsOf(timeline), 'child-protection.first-review-conference')).toMatchObject({ status: 'met', due: '2027-03-22', doneOn: '2027-03-19' });
    expect(entry(rowsOf(timeline), 'child-protection.subsequent-review-conference')).toMatchObject({
      status: 'overdue',
      trigger: { date: '2027-03-19' },
      due: '2027-09-19',
      workingDaysOverdue: 1,
      calendarDaysOverdue: 1,
    });
  });

  it('the review chain continues from each review held, a late review restarting the six months', () => {
    const timeline = statutoryTimeline({
      asOf: '2028-03-01',
      events: [
        ...reviewChainCase.events,
        { type: 'review-conference-held', date: '2027-09-24' },
        { type: 'review-conference-held', date: '2028-02-01' },
      ],
    });
    const reviews = rowsOf(timeline).filter((d) => d.id === 'child-protection.subsequent-review-conference');
    expect(reviews.map((d) => [d.status, 'due' in d && d.due])).toEqual([
      ['late', '2027-09-19'],
      ['met', '2028-03-24'],
      ['due', '2028-08-01'],
    ]);
  });

  it('when the plan ends at a review, no further review applies', () => {
    const timeline = statutoryTimeline({
      asOf: '2026-06-01',
      events: [
        ...planFromJanuary2026,
        { type: 'review-conference-held', date: '2026-04-10' },
        { type: 'plan-ended', date: '2026-04-10' },
      ],
    });
    expect(entry(rowsOf(timeline), 'child-protection.subsequent-review-conference')).toMatchObject({
      status: 'stopped',
      due: '2026-10-10',
      stoppedBy: { type: 'plan-ended', date: '2026-04-10' },
      explanation:
        'A child protection review conference was held on 10 April 2026. The clock stopped when the child protection plan ended on 10 April 2026, before a child protection review conference was due by 10 October 2026 (within 6 months; 10 October 2026 is a weekend day and is still on time, and the last working day before it is Friday 9 October 2026).',
    });
  });

  it('a review missed before the plan ended lapses overdue, counted to the end of the plan (Easter 2026 is before it)', () => {
    const timeline = statutoryTimeline({
      asOf: '2026-06-01',
      events: [
        ...planFromJanuary2026,
        { type: 'plan-ended', date: '2026-05-01' },
      ],
    });
    expect(entry(rowsOf(timeline), 'child-protection.first-review-conference')).toMatchObject({
      status: 'overdue',
      due: '2026-04-15',
      stoppedOn: '2026-05-01',
      workingDaysOverdue: 12,
    });
    expect(entry(rowsOf(timeline), 'child-protection.first-review-conference')).toMatchObject({ stoppedBy: { type: 'plan-ended' } });
    expect(rowsOf(timeline).some((d) => d.id === 'child-protection.subsequent-review-conference')).toBe(false);
  });

  it('an initial conference that made no plan: core group and first review are not required', () => {
    const timeline = statutoryTimeline({
      asOf: '2026-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-01-05' },
        { type: 'initial-conference-held', date: '2026-01-20', planMade: false },
      ],
    });
    expect(rowsOf(timeline).map((d) => [d.id, d.status])).toEqual([
      ['child-protection.initial-conference', 'met'],
      ['child-protection.first-core-group', 'not-required'],
      ['child-protection.first-review-conference', 'not-required'],
    ]);
    expect(entry(rowsOf(timeline), 'child-protection.first-core-group').explanation).toBe(
      'The initial child protection conference was held on 20 January 2026. It did not make a child protection plan, so a core group meeting is not required.',
    );
  });

  it('section 47 enquiries that conclude without a conference take the conference deadline away', () => {
    const timeline = statutoryTimeline({
      asOf: '2026-03-01',
      events: [
        { type: 'strategy-discussion-s47-initiated', date: '2026-01-05' },
        { type: 'section-47-concluded-no-conference', date: '2026-01-30' },
      ],
    });
    expect(rowsOf(timeline).map((d) => [d.id, d.status, 'notRequiredBecause' in d ? d.notRequiredBecause.type : ''])).toEqual([
      ['child-protection.initial-conference', 'not-required', 'section-47-concluded-no-conference'],
    ]);
  });

  it('a transfer-in conference over Easter 2027: due 16 April (Good Friday and Easter Monday skipped), held late on the 19th', () => {
    const timeline = statutoryTimeline(transferInOverEaster);
    expect(entry(rowsOf(timeline), 'child-protection.transfer-in-conference')).toMatchObject({
      status: 'late',
      due: '2027-04-16',
      doneOn: '2027-04-19',
      workingDaysOverdue: 1,
      workingDaysTaken: 16,
    });
  });

  it('deadlines past the confirmed bank-holiday years are provisional', () => {
    const timeline = statutoryTimeline({ asOf: '2029-01-02', events: [{ type: 'referral-received', date: '2028-12-20' }] });
    expect(entry(rowsOf(timeline), 'referral-and-assessment.assessment-complete')).toMatchObject({ provisional: true });
    expect(entry(rowsOf(timeline), 'referral-and-assessment.decide-next-steps')).toMatchObject({ provisional: false, due: '2028-12-21' });
  });
});
