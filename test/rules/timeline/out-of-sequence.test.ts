/**
 * A row with nothing before it for it to follow (a decision before its
 * referral, a review after the plan ended, ...) is set aside with a warning
 * naming it, and the rest of the history is judged
 * (`timeline.interpretation.out-of-sequence-rows-set-aside`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { statutoryTimeline as typedTimeline, type CaseTimeline } from '../../../src/rules/timeline/index.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { messyHistoryArb, type History } from './messy-histories.js';
import { rowOf, rowsOf, type Event } from './support.js';

const statutoryTimeline = typedTimeline as (input: unknown) => CaseTimeline;
const strategy = { type: 'strategy-discussion-s47-initiated', date: '2026-03-02' } as const;
const conference = { type: 'initial-conference-held', date: '2026-03-16' } as const;
const READING = 'timeline.interpretation.out-of-sequence-rows-set-aside';

/** The out-of-sequence warnings of a timeline, as [code, facts] and the message. */
function setAside(timeline: CaseTimeline) {
  return timeline.warnings.filter((w) => w.code === 'timeline.warning.out-of-sequence');
}

describe('out-of-sequence rows are set aside with a warning, and the rest is judged', () => {
  it('a decision recorded the day before its referral: the referral is judged without it, and a clean episode beside it is judged as it is', () => {
    const timeline = statutoryTimeline({
      asOf: '2026-12-31',
      events: [
        { type: 'referral-decision-made', date: '2026-11-02' },
        { type: 'referral-received', date: '2026-11-03' },
        { type: 'referral-received', date: '2026-10-01', episode: 'clean' },
        { type: 'referral-decision-made', date: '2026-10-01', episode: 'clean', nextStep: 'no-further-action' },
      ],
    });
    expect(setAside(timeline).map((w) => w.facts)).toEqual([['events[0]']]);
    expect(setAside(timeline)[0]!.message).toBe(
      'The decision on next steps was made on 2 November 2026 (events[0]) is not judged: it needs an earlier referral-received in the same episode (the decision on next steps follows the referral and its deadline runs from it). The rest of the history is judged without it; correct its date or episode, or record the step it follows.',
    );
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps', 'default')).toMatchObject({ status: 'overdue', due: '2026-11-04' });
    expect(rowOf(timeline, 'referral-and-assessment.decide-next-steps', 'clean')).toMatchObject({ status: 'met', doneOn: '2026-10-01' });
    expect(timeline.interpretations.map((i) => i.id)).toContain(READING);
  });

  it('an assessment before its referral, a conference with no strategy discussion in its episode, a core group or review with no plan, a review on the conference day', () => {
    const cases: [string, unknown[], number][] = [
      ['assessment', [{ type: 'assessment-completed', date: '2026-03-01' }, { type: 'referral-received', date: '2026-03-02' }], 0],
      ['conference', [{ ...conference, date: '2026-02-27' }, strategy], 0],
      ['conference of another episode', [strategy, { ...conference, episode: 'other' }], 1],
      ['core group', [{ type: 'core-group-meeting-held', date: '2026-03-01' }], 0],
      ['review after the plan ended', [strategy, conference, { type: 'plan-ended', date: '2026-06-01' }, { type: 'review-conference-held', date: '2026-06-02' }], 3],
      ['review on the conference day', [strategy, conference, { type: 'review-conference-held', date: '2026-03-16' }], 2],
      ['core group after a conference that made no plan', [strategy, { ...conference, planMade: false }, { type: 'core-group-meeting-held', date: '2026-03-20' }], 2],
      ['decision naming a referral not recorded', [{ type: 'referral-received', date: '2026-03-02' }, { type: 'assessment-completed', date: '2026-03-20', referralDate: '2026-03-01' }], 1],
      ['decision naming a later referral', [{ type: 'referral-received', date: '2026-03-02' }, { type: 'referral-decision-made', date: '2026-03-02', referralDate: '2026-03-05' }], 1],
    ];
    for (const [name, events, row] of cases) {
      const timeline = statutoryTimeline({ asOf: '2026-09-01', events });
      expect({ name, setAside: setAside(timeline).map((w) => w.facts) }).toEqual({ name, setAside: [[`events[${row}]`]] });
    }
    const ended = statutoryTimeline({ asOf: '2026-09-01', events: cases[4]![1] });
    expect(setAside(ended)[0]!.message).toContain('it needs a child protection plan, but the child protection plan ended on 2026-06-01');
    expect(rowsOf(ended).find((r) => r.id === 'child-protection.first-review-conference')).toMatchObject({ status: 'stopped' });
  });

  it('rows that conflict stay input errors: a second, different outcome for one enquiry', () => {
    expect(() => statutoryTimeline({ asOf: '2026-04-01', events: [strategy, conference, { type: 'section-47-concluded-no-conference', date: '2026-03-20' }] })).toThrow(SafeguardingInputError);
  });

  it('property: adding one row with nothing before it to follow changes nothing in the judged history but one warning naming it', () => {
    const stepTypes = ['referral-decision-made', 'assessment-completed', 'initial-conference-held', 'core-group-meeting-held', 'review-conference-held', 'plan-ended', 'section-47-concluded-no-conference'] as const;
    fc.assert(
      fc.property(messyHistoryArb, fc.constantFrom(...stepTypes), fc.nat(), (history, type, pick) => {
        const before = judge(history);
        fc.pre(before !== undefined && history.events.length > 0);
        // Into an existing episode, the day before anything else recorded, so nothing comes before it.
        const episodes = [...new Set(history.events.filter((e) => e.episode !== undefined || !isChildEvent(e)).map((e) => e.episode))];
        fc.pre(episodes.length > 0);
        const episode = episodes[pick % episodes.length];
        const earliest = history.events.map((e) => e.date).sort()[0]!;
        const row: Event = { type, date: addCalendarDays(earliest, -1), ...(episode === undefined ? {} : { episode }) };
        const after = judge({ asOf: history.asOf, events: [...history.events, row] });
        expect(after).toBeDefined();
        const named = `events[${history.events.length}]`;
        expect(setAside(after!).filter((w) => w.facts.includes(named))).toHaveLength(1);
        // The same warnings (in the order of the episodes' first events, which the new row may change).
        const sorted = (ws: CaseTimeline['warnings']) => ws.map((w) => JSON.stringify(w)).sort();
        expect(sorted(after!.warnings.filter((w) => !w.facts.includes(named)))).toEqual(sorted(before!.warnings));
        const byEpisode = (t: CaseTimeline) => Object.fromEntries(t.episodes.map((e) => [e.id, e.deadlines]));
        // An episode holding only the set-aside row is listed with nothing to judge.
        const judged = byEpisode(after!);
        for (const id of Object.keys(judged)) if (!(id in byEpisode(before!))) expect(judged[id]).toEqual([]);
        expect(Object.fromEntries(Object.entries(judged).filter(([id]) => id in byEpisode(before!)))).toEqual(byEpisode(before!));
      }),
      { numRuns: Number(process.env.TIMELINE_RUNS ?? 200) },
    );
  });
});

function judge(input: History): CaseTimeline | undefined {
  try {
    return statutoryTimeline(input);
  } catch (error) {
    if (error instanceof SafeguardingInputError) return undefined;
    throw error;
  }
}

function isChildEvent(e: Event): boolean {
  return e.type.startsWith('child-');
}
