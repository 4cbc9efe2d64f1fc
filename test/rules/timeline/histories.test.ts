/**
 * Case histories as case systems hold them, one situation per test, each
 * with the statuses a practitioner would expect to read.
 */
import { describe, expect, it } from 'vitest';
import { rowOf, rowsOf, rowsWithId, timelineOf } from './support.js';

describe('a child who transfers in on a plan', () => {
  // Notified 16 December 2026, transfer-in conference 8 January 2027, nothing since.
  const timeline = timelineOf('2027-12-01', [
    { type: 'transfer-in-notification-received', date: '2026-12-16' },
    { type: 'transfer-in-conference-held', date: '2027-01-08' },
  ]);

  it('the transfer-in conference is met: 14 working days over Christmas, within 15', () => {
    expect(rowOf(timeline, 'child-protection.transfer-in-conference')).toMatchObject({ status: 'met', due: '2027-01-11', workingDaysTaken: 14 });
  });

  it('the review chain starts from the transfer-in conference: the first review (3 months) is overdue eleven months on', () => {
    const review = rowOf(timeline, 'child-protection.first-review-conference');
    expect(review).toMatchObject({ status: 'overdue', due: '2027-04-08', startedBy: { type: 'transfer-in-conference-held', date: '2027-01-08' } });
    expect(review.trigger.event).toContain('transfer-in child protection conference');
  });

  it('core groups follow: the first is due 10 working days after the conference', () => {
    expect(rowOf(timeline, 'child-protection.first-core-group')).toMatchObject({ status: 'overdue', due: '2027-01-22' });
  });

  it('the timeline says which reading of the source it relied on for the review chain', () => {
    expect(timeline.interpretations.map((i) => i.id)).toContain('child-protection.interpretation.transfer-in-conference-starts-review-chain');
  });

  it('after a review, the next is due six months on, and a transfer-in conference that ends the plan sets no reviews', () => {
    const reviewed = timelineOf('2027-12-01', [
      { type: 'transfer-in-notification-received', date: '2026-12-16' },
      { type: 'transfer-in-conference-held', date: '2027-01-08' },
      { type: 'core-group-meeting-held', date: '2027-01-15' },
      { type: 'review-conference-held', date: '2027-04-01' },
    ]);
    expect(rowOf(reviewed, 'child-protection.first-review-conference')).toMatchObject({ status: 'met' });
    expect(rowOf(reviewed, 'child-protection.subsequent-review-conference')).toMatchObject({ status: 'overdue', due: '2027-10-01' });
    const ended = timelineOf('2027-12-01', [
      { type: 'transfer-in-notification-received', date: '2026-12-16' },
      { type: 'transfer-in-conference-held', date: '2027-01-08', planMade: false },
    ]);
    expect(rowOf(ended, 'child-protection.first-review-conference')).toMatchObject({ status: 'not-required' });
    expect(rowsWithId(ended, 'child-protection.subsequent-review-conference')).toEqual([]);
  });
});

describe('a referral closed at the one-day decision', () => {
  const timeline = timelineOf('2027-02-15', [
    { type: 'referral-received', date: '2026-11-02' },
    { type: 'referral-decision-made', date: '2026-11-03', nextStep: 'no-further-action' },
  ]);

  it('the decision is met and the assessment is not required, not overdue', () => {
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps')).toMatchObject({ status: 'met', doneOn: '2026-11-03' });
    const assessment = rowOf(timeline, 'referral-and-assessment.assessment-complete');
    expect(assessment).toMatchObject({ status: 'not-required', notRequiredBecause: { type: 'referral-decision-made', date: '2026-11-03', index: 1 } });
    expect(assessment.explanation).toBe(
      'The referral was received on 2 November 2026. The decision on next steps was made on 3 November 2026: the next step decided was no further action, so the assessment is not required.',
    );
  });

  it('early help also closes the assessment clock; a decision to assess, or one without a next step, keeps it running', () => {
    const events = (nextStep?: string) => [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-03', ...(nextStep ? { nextStep } : {}) },
    ];
    expect(rowOf(timelineOf('2027-02-15', events('early-help')), 'referral-and-assessment.assessment-complete').status).toBe('not-required');
    for (const step of ['assessment', 'strategy-discussion', undefined]) {
      expect(rowOf(timelineOf('2027-02-15', events(step)), 'referral-and-assessment.assessment-complete'), String(step)).toMatchObject({
        status: 'overdue',
        workingDaysOverdue: 27,
      });
    }
  });
});

describe('a referral decision proved by a later assessment', () => {
  const timeline = timelineOf('2027-02-15', [
    { type: 'referral-received', date: '2026-11-02' },
    { type: 'assessment-completed', date: '2026-12-10' },
  ]);

  it('is met-inferred, not "not yet decided and overdue", and asks for the date', () => {
    const decision = rowOf(timeline, 'referral-and-assessment.decide-next-steps');
    expect(decision).toMatchObject({ status: 'met-inferred', inferredFrom: { type: 'assessment-completed', date: '2026-12-10', index: 1 } });
    expect(decision.explanation).toContain('the assessment was completed on 10 December 2026, which shows it was made');
    expect(timeline.warnings.map((w) => w.code)).toEqual(['timeline.warning.decision-date-missing']);
    expect(timeline.warnings[0]!.facts).toEqual(['events[0]', 'events[1]']);
  });

  it('a strategy discussion proves it too', () => {
    const strategy = timelineOf('2026-12-01', [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'strategy-discussion-s47-initiated', date: '2026-11-05' },
    ]);
    expect(rowOf(strategy, 'referral-and-assessment.decide-next-steps')).toMatchObject({ status: 'met-inferred' });
  });
});

describe('a step recorded without its day (dateRecorded: false)', () => {
  it('a decision of no further action without its day: met-inferred, never met on time, and the assessment not required', () => {
    const timeline = timelineOf('2027-02-15', [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-02', nextStep: 'no-further-action', dateRecorded: false },
    ]);
    const decision = rowOf(timeline, 'referral-and-assessment.decide-next-steps');
    expect(decision).toMatchObject({ status: 'met-inferred', inferredFrom: { type: 'referral-decision-made', index: 1 } });
    expect(decision.explanation).toBe(
      'The referral was received on 2 November 2026. No date is recorded for the decision on next steps, but the record shows it was made (next step: no further action). Record the date of the decision on next steps to show whether it was on time: it was due by 3 November 2026 (within 1 working day).',
    );
    const assessment = rowOf(timeline, 'referral-and-assessment.assessment-complete');
    expect(assessment).toMatchObject({ status: 'not-required' });
    expect(assessment.explanation).toContain('The decision on next steps was made (the day is not recorded): the next step decided was no further action');
    expect(timeline.warnings.map((w) => w.code)).toEqual(['timeline.warning.decision-date-missing']);
    expect(timeline.warnings[0]!.message).toContain('the record shows it was made');
  });

  it('a decision to assess without its day keeps the assessment clock, which runs from the referral', () => {
    const timeline = timelineOf('2027-02-15', [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-02', nextStep: 'assessment', dateRecorded: false },
    ]);
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps').status).toBe('met-inferred');
    expect(rowOf(timeline, 'referral-and-assessment.assessment-complete')).toMatchObject({ status: 'overdue', due: '2027-01-07' });
  });

  it('section 47 enquiries concluded without a conference, day not recorded: the conference is not required and no day is claimed', () => {
    const timeline = timelineOf('2027-02-15', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
      { type: 'section-47-concluded-no-conference', date: '2026-11-02', dateRecorded: false },
    ]);
    const conference = rowOf(timeline, 'child-protection.initial-conference');
    expect(conference.status).toBe('not-required');
    expect(conference.explanation).toContain('The section 47 enquiries concluded that no child protection conference was needed (the day is not recorded)');
    expect(conference.explanation).not.toContain('concluded that no child protection conference was needed on');
  });

  it('is refused on other events', () => {
    expect(() => timelineOf('2027-02-15', [{ type: 'referral-received', date: '2026-11-02', dateRecorded: false }])).toThrow(/dateRecorded \(referral-received\): is only used on referral-decision-made, section-47-concluded-no-conference events/);
  });
});

describe('several referrals in one history', () => {
  it('each referral starts its own clocks, in the default episode', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-03', nextStep: 'no-further-action' },
      { type: 'referral-received', date: '2027-03-01' },
      { type: 'referral-decision-made', date: '2027-03-02', nextStep: 'assessment' },
      { type: 'assessment-completed', date: '2027-04-20' },
    ]);
    const assessments = rowsWithId(timeline, 'referral-and-assessment.assessment-complete');
    expect(assessments.map((a) => [a.status, a.status === 'not-yet-triggered' ? '' : a.trigger.date])).toEqual([
      ['not-required', '2026-11-02'],
      ['met', '2027-03-01'],
    ]);
  });

  it('episodes keep parallel processes apart and group the output', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'referral-received', date: '2027-03-01', episode: 'REF-1' },
      { type: 'allegation-received', date: '2027-03-05', episode: 'LADO-7' },
      { type: 'referral-decision-made', date: '2027-03-02', episode: 'REF-1' },
      { type: 'designated-officer-informed', date: '2027-03-08', episode: 'LADO-7' },
    ]);
    expect(timeline.episodes.map((e) => [e.id, e.deadlines.map((d) => `${d.id}:${d.status}`)])).toEqual([
      ['REF-1', ['referral-and-assessment.decide-next-steps:met', 'referral-and-assessment.assessment-complete:overdue']],
      ['LADO-7', ['lado.inform-designated-officer:met']],
    ]);
  });
});

describe('events that stop clocks', () => {
  const referral = { type: 'referral-received', date: '2026-11-02' };

  it.each([
    ['case-closed', { type: 'case-closed', date: '2026-11-20' }],
    ['child-moved-out-of-area', { type: 'child-moved-out-of-area', date: '2026-11-20' }],
    ['child-turned-18', { type: 'child-turned-18', date: '2026-11-20' }],
    ['child-died', { type: 'child-died', date: '2026-11-20' }],
  ])('%s before the assessment was due stops it, naming the event', (type, stop) => {
    const timeline = timelineOf('2027-02-15', [referral, { type: 'referral-decision-made', date: '2026-11-03' }, stop]);
    const assessment = rowOf(timeline, 'referral-and-assessment.assessment-complete');
    expect(assessment).toMatchObject({ status: 'stopped', stoppedBy: { type, date: '2026-11-20', index: 2 } });
    expect(assessment.explanation).toMatch(/^The referral was received on 2 November 2026\. The clock stopped when (the case was closed|the child .+) on 20 November 2026, before the assessment was due by 7 January 2027/);
    expect(timeline.interpretations.length).toBeGreaterThan(0);
  });

  it('becoming looked after does not stop the referral decision or the assessment (paras 167 and 184); it ends private fostering visits', () => {
    const timeline = timelineOf('2027-02-15', [referral, { type: 'child-became-looked-after', date: '2026-11-02' }, { type: 'private-fostering-notified', date: '2026-10-01', episode: 'PF' }]);
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps')).toMatchObject({ status: 'overdue', due: '2026-11-03' });
    expect(rowOf(timeline, 'referral-and-assessment.assessment-complete')).toMatchObject({ status: 'overdue', due: '2027-01-07' });
    expect(rowOf(timeline, 'private-fostering.visit-first-year', 'PF')).toMatchObject({ status: 'stopped', stoppedBy: { type: 'child-became-looked-after' } });
    expect(timeline.interpretations.map((i) => i.id)).toContain('timeline.interpretation.looked-after-ends-private-fostering');
  });

  it('a stop after the due date leaves the missed deadline overdue, lapsed on the day of the stop', () => {
    const timeline = timelineOf('2027-06-01', [referral, { type: 'referral-decision-made', date: '2026-11-03' }, { type: 'case-closed', date: '2027-01-14' }]);
    expect(rowOf(timeline, 'referral-and-assessment.assessment-complete')).toMatchObject({
      status: 'overdue',
      stoppedOn: '2027-01-14',
      stoppedBy: { type: 'case-closed' },
      workingDaysOverdue: 5,
    });
  });

  it('case-closed stops only its own episode; the death of a child stops every episode but never a serious incident clock', () => {
    const timeline = timelineOf('2027-02-15', [
      { type: 'referral-received', date: '2026-11-02', episode: 'A' },
      { type: 'referral-received', date: '2026-11-09', episode: 'B' },
      { type: 'case-closed', date: '2026-11-20', episode: 'A' },
    ]);
    expect(rowOf(timeline, 'referral-and-assessment.assessment-complete', 'A').status).toBe('stopped');
    expect(rowOf(timeline, 'referral-and-assessment.assessment-complete', 'B').status).toBe('overdue');

    const died = timelineOf('2026-12-01', [
      { type: 'referral-received', date: '2026-11-02', episode: 'A' },
      { type: 'child-died', date: '2026-11-20' },
      { type: 'serious-incident-aware', date: '2026-11-23', episode: 'SI' },
    ]);
    expect(rowOf(died, 'referral-and-assessment.assessment-complete', 'A').status).toBe('stopped');
    expect(rowOf(died, 'serious-incident.notify-panel', 'SI')).toMatchObject({ status: 'overdue', due: '2026-11-30' });
  });

  it('a move out of the area does not stop the plan: reviews run until the plan is ended', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
      { type: 'initial-conference-held', date: '2026-12-22' },
      { type: 'core-group-meeting-held', date: '2027-01-05' },
      { type: 'child-moved-out-of-area', date: '2027-02-01' },
    ]);
    expect(rowOf(timeline, 'child-protection.first-review-conference')).toMatchObject({ status: 'overdue', due: '2027-03-22' });
    expect(timeline.interpretations.map((i) => i.id)).toContain('timeline.interpretation.move-out-keeps-plan-clocks');
  });

  it('closing a case with a plan still open stops its clocks and warns that a plan is ended by a conference', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
      { type: 'initial-conference-held', date: '2026-12-22' },
      { type: 'core-group-meeting-held', date: '2027-01-05' },
      { type: 'case-closed', date: '2027-02-01' },
    ]);
    expect(rowOf(timeline, 'child-protection.first-review-conference')).toMatchObject({ status: 'stopped', stoppedBy: { type: 'case-closed' } });
    expect(timeline.warnings.map((w) => w.code)).toEqual(['timeline.warning.case-closed-with-plan-open']);
  });

  it('a plan ended before a review fell due: the review is stopped by plan-ended', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
      { type: 'initial-conference-held', date: '2026-12-22' },
      { type: 'core-group-meeting-held', date: '2027-01-05' },
      { type: 'plan-ended', date: '2027-02-01' },
    ]);
    expect(rowOf(timeline, 'child-protection.first-review-conference')).toMatchObject({ status: 'stopped', stoppedBy: { type: 'plan-ended', date: '2027-02-01' } });
    expect(rowsWithId(timeline, 'child-protection.subsequent-review-conference')).toEqual([]);
  });
});

describe('scheduled, postponed and late', () => {
  const strategy = { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' };

  it('a conference booked after asOf is allowed and shown on the open deadline', () => {
    const timeline = timelineOf('2026-12-15', [strategy, { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled' }]);
    const conference = rowOf(timeline, 'child-protection.initial-conference');
    expect(conference).toMatchObject({ status: 'due', due: '2026-12-31', scheduledFor: '2026-12-29', scheduledLate: false });
    expect(conference.explanation).toContain('The initial child protection conference is booked for 29 December 2026.');
    expect(timeline.warnings).toEqual([]);
  });

  it('a booking after the due date is warned about; a postponed booking is listed', () => {
    const timeline = timelineOf('2026-12-15', [
      strategy,
      { type: 'initial-conference-held', date: '2026-12-29', status: 'postponed' },
      { type: 'initial-conference-held', date: '2027-01-06', status: 'scheduled' },
    ]);
    expect(rowOf(timeline, 'child-protection.initial-conference')).toMatchObject({ scheduledFor: '2027-01-06', scheduledLate: true, postponed: ['2026-12-29'] });
    expect(timeline.warnings.map((w) => [w.code, w.facts])).toEqual([['timeline.warning.booked-after-due', ['events[2]']]]);
  });

  it('a booking whose day has passed without the conference being recorded is warned about', () => {
    const timeline = timelineOf('2026-12-30', [strategy, { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled' }]);
    expect(timeline.warnings.map((w) => w.code)).toEqual(['timeline.warning.booking-not-recorded-as-held']);
  });

  it('a booking with nothing in its episode to meet is warned about, not ignored unseen', () => {
    const timeline = timelineOf('2026-12-15', [strategy, { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled', episode: 'other' }]);
    expect(timeline.warnings.map((w) => [w.code, w.facts])).toEqual([['timeline.warning.booking-without-deadline', ['events[1]']]]);
  });

  it('once held, the booking no longer matters', () => {
    const timeline = timelineOf('2027-01-05', [
      strategy,
      { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled' },
      { type: 'initial-conference-held', date: '2026-12-29' },
    ]);
    expect(rowOf(timeline, 'child-protection.initial-conference')).toMatchObject({ status: 'met', doneOn: '2026-12-29' });
    expect(rowOf(timeline, 'child-protection.initial-conference')).not.toHaveProperty('scheduledFor');
    expect(timeline.warnings).toEqual([]);
  });

  it('a late assessment carries its recorded reasonForDelay, or a warning asking for it', () => {
    const events = (reasonForDelay?: string) => [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-03' },
      { type: 'assessment-completed', date: '2027-01-20', ...(reasonForDelay ? { reasonForDelay } : {}) },
    ];
    const withReason = timelineOf('2027-02-01', events('Specialist health assessment awaited'));
    expect(rowOf(withReason, 'referral-and-assessment.assessment-complete')).toMatchObject({
      status: 'late',
      doneOn: '2027-01-20',
      reasonForDelay: 'Specialist health assessment awaited',
    });
    expect(withReason.warnings).toEqual([]);
    const without = timelineOf('2027-02-01', events());
    expect(without.warnings.map((w) => [w.code, w.facts])).toEqual([['timeline.warning.assessment-delay-reason-missing', ['events[0]', 'events[2]']]]);
    expect(rowOf(without, 'referral-and-assessment.assessment-complete').explanation).toContain('No reason for the delay is recorded');
  });
});

describe('deadlines that land on a non-working day', () => {
  // Initial conference 3 February 2027: first review due Monday 3 May 2027, the early May bank holiday.
  const events = [
    { type: 'strategy-discussion-s47-initiated', date: '2027-01-20' },
    { type: 'initial-conference-held', date: '2027-02-03' },
    { type: 'core-group-meeting-held', date: '2027-02-10' },
  ];

  it('give the last working day on time and say so', () => {
    const review = rowOf(timelineOf('2027-04-30', events), 'child-protection.first-review-conference');
    expect(review).toMatchObject({ status: 'due', due: '2027-05-03', lastWorkingDayOnTime: '2027-04-30' });
    expect(review.explanation).toContain('3 May 2027 is a bank holiday and is still on time, and the last working day before it is Friday 30 April 2027');
    expect(review.explanation).toContain('today is the last working day on time');
  });

  it('are still on time on the due date itself, and overdue the day after', () => {
    expect(rowOf(timelineOf('2027-05-03', events), 'child-protection.first-review-conference')).toMatchObject({ status: 'due', dueToday: true });
    expect(rowOf(timelineOf('2027-05-04', events), 'child-protection.first-review-conference')).toMatchObject({ status: 'overdue', workingDaysOverdue: 1 });
  });

  it('working-day deadlines never need it', () => {
    for (const row of rowsOf(timelineOf('2027-04-30', events))) {
      if (row.status !== 'not-yet-triggered' && row.period.unit === 'working-days') expect(row).not.toHaveProperty('lastWorkingDayOnTime');
    }
  });

  it('due today reads as due today', () => {
    const timeline = timelineOf('2026-11-03', [{ type: 'referral-received', date: '2026-11-02' }]);
    const decision = rowOf(timeline, 'referral-and-assessment.decide-next-steps');
    expect(decision).toMatchObject({ status: 'due', dueToday: true, workingDaysRemaining: 0 });
    expect(decision.explanation).toBe(
      'The referral was received on 2 November 2026. The decision on next steps is not yet recorded and is due today, 3 November 2026 (within 1 working day).',
    );
  });
});

describe('LADO, serious incident, LCSPR and private fostering on the timeline', () => {
  it('an allegation on a Friday: the designated officer is due to be informed on Monday', () => {
    const timeline = timelineOf('2026-12-21', [{ type: 'allegation-received', date: '2026-12-18' }]);
    expect(rowOf(timeline, 'lado.inform-designated-officer')).toMatchObject({ status: 'due', due: '2026-12-21', dueToday: true, basis: 'statutory-should' });
  });

  it('serious incident: notify within 5 working days, then the rapid review (non-statutory) within 15 of the notification', () => {
    const waiting = timelineOf('2026-12-21', [{ type: 'serious-incident-aware', date: '2026-12-18' }]);
    expect(rowOf(waiting, 'serious-incident.notify-panel')).toMatchObject({ status: 'due', due: '2026-12-29' });
    expect(rowOf(waiting, 'serious-incident.rapid-review')).toMatchObject({ status: 'not-yet-triggered', waitingFor: 'serious-incident-notified', basis: 'non-statutory' });
    const notified = timelineOf('2027-01-25', [
      { type: 'serious-incident-aware', date: '2026-12-18' },
      { type: 'serious-incident-notified', date: '2026-12-23' },
    ]);
    expect(rowOf(notified, 'serious-incident.rapid-review')).toMatchObject({ status: 'overdue', due: '2027-01-18' });
  });

  it('LCSPR: published within six months of the decision, the report sent 7 working days before the (booked) publication date', () => {
    const timeline = timelineOf('2027-03-01', [
      { type: 'lcspr-decided', date: '2026-10-05' },
      { type: 'lcspr-published', date: '2027-03-30', status: 'scheduled' },
    ]);
    expect(rowOf(timeline, 'serious-incident.lcspr-published')).toMatchObject({ status: 'due', due: '2027-04-05', scheduledFor: '2027-03-30' });
    expect(rowOf(timeline, 'serious-incident.report-to-panel-and-secretary-of-state')).toMatchObject({ status: 'due', due: '2027-03-17' }); // Good Friday and Easter Monday 2027 skipped
    const unbooked = timelineOf('2027-03-01', [{ type: 'lcspr-decided', date: '2026-10-05' }]);
    expect(rowOf(unbooked, 'serious-incident.report-to-panel-and-secretary-of-state').status).toBe('not-yet-triggered');
  });

  it('private fostering: 6-weekly visits in the first year, 12-weekly after, from the notification', () => {
    const timeline = timelineOf('2027-12-01', [
      { type: 'private-fostering-notified', date: '2026-09-01' },
      { type: 'private-fostering-visit', date: '2026-10-06' },
      { type: 'private-fostering-visit', date: '2027-09-15' },
    ]);
    const rows = rowsOf(timeline).filter((d) => d.process === 'private-fostering');
    expect(rows.map((d) => [d.id, d.status, 'due' in d ? d.due : ''])).toEqual([
      ['private-fostering.visit-first-year', 'met', '2026-10-13'],
      ['private-fostering.visit-first-year', 'late', '2026-11-17'],
      ['private-fostering.visit-after-first-year', 'due', '2027-12-08'],
    ]);
  });
});

describe('what a case shows, and how it reads', () => {
  it('processes that have not started are listed once under notStarted, not as rows', () => {
    const timeline = timelineOf('2026-11-03', [{ type: 'referral-received', date: '2026-11-02' }]);
    expect(rowsOf(timeline).map((d) => d.id)).toEqual(['referral-and-assessment.decide-next-steps', 'referral-and-assessment.assessment-complete']);
    expect(timeline.notStarted.map((p) => p.process)).toEqual([
      'section-47',
      'child-protection-plan',
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

  it('explanations name events in words and dates as "2 November 2026", never ids', () => {
    const timeline = timelineOf('2027-06-01', [
      { type: 'referral-received', date: '2026-11-02' },
      { type: 'referral-decision-made', date: '2026-11-03', nextStep: 'strategy-discussion' },
      { type: 'strategy-discussion-s47-initiated', date: '2026-11-04' },
      { type: 'initial-conference-held', date: '2026-11-20' },
    ]);
    for (const row of rowsOf(timeline)) {
      expect(row.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}|[a-z]+-[a-z]+-[a-z]+/);
    }
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps').explanation).toBe(
      'The referral was received on 2 November 2026. The decision on next steps was made on 3 November 2026, 1 working day later, on time: it was due by 3 November 2026 (within 1 working day).',
    );
  });

  it('carries decision, its validated input, the rule set, warnings and interpretations', () => {
    const input = { asOf: '2026-11-03', events: [{ type: 'referral-received', date: '2026-11-02' }] };
    const timeline = timelineOf(input.asOf, input.events);
    expect(timeline).toMatchObject({ decision: 'timeline', asOf: '2026-11-03', input, warnings: [] });
    // Counting the clocks relies on day 0, on paragraph 167's two duties met by one event, and (the assessment's
    // 45 working days to 7 January 2027 pass Friday 25 December) on Christmas Day not being a working day.
    expect(timeline.interpretations.map((i) => i.id)).toEqual([
      'timescales.interpretation.trigger-day-is-day-zero',
      'timescales.interpretation.christmas-day-and-good-friday-not-working-days',
      'referral-and-assessment.interpretation.acknowledge-and-decide-one-event',
    ]);
    const spring = timelineOf('2026-05-01', [{ type: 'referral-received', date: '2026-04-20' }]);
    expect(spring.interpretations.map((i) => i.id)).not.toContain('timescales.interpretation.christmas-day-and-good-friday-not-working-days');
    expect(timeline.input).not.toBe(input);
    expect(timeline.ruleset.version).toMatch(/^\d+\.\d+\.\d+.*\+[0-9a-f]+$/);
  });
});

describe('a plan and the 18th birthday to come', () => {
  const plan = [
    { type: 'strategy-discussion-s47-initiated', date: '2026-09-10' },
    { type: 'initial-conference-held', date: '2026-10-01' },
    { type: 'core-group-meeting-held', date: '2026-10-12' },
  ];

  it('a birthday after the next review is due shows nothing yet: that review comes first', () => {
    const timeline = timelineOf('2026-11-16', [...plan, { type: 'child-turned-18', date: '2027-06-01' }]);
    expect(rowsWithId(timeline, 'child-protection.review-around-18th-birthday')).toEqual([]);
    expect(rowOf(timeline, 'child-protection.first-review-conference')).toMatchObject({ status: 'due', due: '2027-01-01' });
  });

  it('once a review is held and the birthday falls before the next, the review around the birthday is due', () => {
    const timeline = timelineOf('2027-01-20', [...plan, { type: 'review-conference-held', date: '2026-12-20' }, { type: 'child-turned-18', date: '2027-06-01' }]);
    expect(rowOf(timeline, 'child-protection.review-around-18th-birthday')).toMatchObject({ status: 'due', due: '2027-06-01' });
    expect(timeline.warnings).toEqual([]);
  });

  it('a plan ended before the birthday needs no review around it', () => {
    const timeline = timelineOf('2027-03-01', [...plan, { type: 'plan-ended', date: '2026-12-01' }, { type: 'child-turned-18', date: '2026-12-15' }]);
    expect(rowsWithId(timeline, 'child-protection.review-around-18th-birthday')).toEqual([]);
    expect(timeline.warnings).toEqual([]);
  });

  it('a plan ended after the birthday: the review around it was late', () => {
    const timeline = timelineOf('2027-03-01', [...plan, { type: 'child-turned-18', date: '2026-12-15' }, { type: 'plan-ended', date: '2026-12-18' }]);
    expect(rowOf(timeline, 'child-protection.review-around-18th-birthday')).toMatchObject({ status: 'late', doneOn: '2026-12-18', workingDaysOverdue: 3 });
    expect(rowOf(timeline, 'child-protection.first-review-conference')).toMatchObject({ status: 'stopped', stoppedOn: '2026-12-15' });
    expect(timeline.warnings).toEqual([]);
  });
});

describe('section 47 enquiries initiated again', () => {
  it('after a closure (or a new referral) the new strategy discussion starts new enquiries, with their own conference clock', () => {
    const timeline = timelineOf('2027-03-01', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-11-02' },
      { type: 'case-closed', date: '2026-11-10' },
      { type: 'strategy-discussion-s47-initiated', date: '2027-01-11' },
    ]);
    expect(rowsWithId(timeline, 'child-protection.initial-conference').map((d) => [d.status, d.status === 'not-yet-triggered' ? '' : d.trigger.date])).toEqual([
      ['stopped', '2026-11-02'],
      ['overdue', '2027-01-11'],
    ]);
    expect(timeline.warnings.map((w) => w.code)).not.toContain('timeline.warning.second-section-47-initiation');
  });
});

describe('warnings name rows as they were recorded', () => {
  it('a booking exported twice is named as a booking; a decision without its day as such', () => {
    const booked = timelineOf('2026-12-15', [
      { type: 'strategy-discussion-s47-initiated', date: '2026-12-08' },
      { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled' },
      { type: 'initial-conference-held', date: '2026-12-29', status: 'scheduled' },
    ]);
    expect(booked.warnings.map((w) => w.message)).toEqual([
      'The initial child protection conference booked for 29 December 2026: recorded twice with the same details (events[1], events[2]), and counted once.',
    ]);
    const undated = timelineOf('2026-12-15', [
      { type: 'referral-received', date: '2026-12-01' },
      { type: 'referral-decision-made', date: '2026-12-01', nextStep: 'assessment', dateRecorded: false },
      { type: 'referral-decision-made', date: '2026-12-01', nextStep: 'assessment', dateRecorded: false },
    ]);
    expect(undated.warnings[0]!.message).toMatch(/^The decision on next steps was made \(the day is not recorded\): recorded twice/);
  });
});
