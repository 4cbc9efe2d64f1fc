/**
 * Two readings of the census beyond its literal fields, each with a property.
 *
 * The Department's child protection review measure (the first review within
 * 3 months of CPPstartDate, then each within 6 months of the last), judged
 * until the plan stops: its end, the episode's closure, the child's death or
 * 18th birthday. A review that fell due while the plan was open and is not
 * recorded is missed, whatever stopped the plan afterwards.
 *
 * A CINdetails exported twice is one episode, judged and counted once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeCensus, type CensusChildResult } from '../../src/census/index.js';
import type { ReviewMeasure } from '../../src/census/department-measures.js';
import { addCalendarDays } from '../../src/calendar/add-calendar-days.js';
import { censusXml, type ChildXml } from './support/census-xml.js';

async function judge(children: ChildXml[]) {
  const run = judgeCensus(censusXml(children));
  const results: CensusChildResult[] = [];
  for await (const child of run) {
    if (!child.ok) throw new Error(`child ${child.child} could not be read: ${child.problems.map((p) => p.code).join(', ')}`);
    results.push(child.result);
  }
  return { results, summary: run.summary() };
}

const reviewsOf = (r: CensusChildResult) => r.departmentMeasures.filter((m): m is ReviewMeasure => m.measure === 'dfe.child-protection-reviews');

/** A referral, a section 47 enquiry and a conference making a plan on `start`. */
function planEpisode(start: string, plan: { end?: string; reviews?: string[] }, closure?: string) {
  return { referral: addCalendarDays(start, -14), section47: { start: addCalendarDays(start, -10), conference: start }, plans: [{ start, ...plan }], ...(closure ? { closure } : {}) };
}

describe("the Department's review measure stops with the plan, never before a review it owed", () => {
  it('a plan open past the 18th birthday with its first review never held is not on time (the review fell due six weeks before the birthday)', async () => {
    // Plan from 1 Oct 2026: the first review was due by 1 Jan 2027; the child turned 18 on 15 Feb 2027.
    const { results, summary } = await judge([{ id: 'R01', birth: '2009-02-15', episodes: [planEpisode('2026-10-01', {})] }]);
    const [m] = reviewsOf(results[0]!);
    expect(m).toMatchObject({ startDate: '2026-10-01', reviews: [], allOnTime: false, nextReviewDue: '2027-01-01', nextReviewOverdue: true, stoppedOn: '2027-02-15', stoppedBy: 'eighteenth-birthday' });
    expect(results[0]!.interpretations).toContain('census.interpretation.reviews-stop-with-the-plan');
    expect(summary.departmentMeasures.childProtectionReviews.nextReviewOverdue).toEqual([{ child: 1, LAchildID: 'R01', episode: 'cin-1' }]);
  });

  it('a plan that stopped before its first review fell due owes none', async () => {
    // Plan from 1 Dec 2026, child 18 on 15 Feb 2027: the first review would have been due 1 Mar 2027.
    const { results } = await judge([{ id: 'R02', birth: '2009-02-15', episodes: [planEpisode('2026-12-01', {})] }]);
    const [m] = reviewsOf(results[0]!);
    expect(m).toMatchObject({ allOnTime: true, stoppedOn: '2027-02-15', stoppedBy: 'eighteenth-birthday' });
    expect(m!.nextReviewDue).toBeUndefined();
  });

  it('the same holds for a plan ended in the return, an episode closed and a death: each after a review that fell due', async () => {
    const { results } = await judge([
      { id: 'R03', birth: '2015-01-01', episodes: [planEpisode('2026-06-01', { end: '2026-10-15' })] },
      { id: 'R04', birth: '2015-01-01', episodes: [planEpisode('2026-06-01', {}, '2026-10-15')] },
      { id: 'R05', birth: '2015-01-01', death: '2026-10-15', episodes: [planEpisode('2026-06-01', {})] },
    ]);
    const stoppedBy = ['plan-ended', 'episode-closed', 'child-died'];
    results.forEach((r, i) => expect(reviewsOf(r)[0]).toMatchObject({ allOnTime: false, nextReviewDue: '2026-09-01', nextReviewOverdue: true, stoppedOn: '2026-10-15', stoppedBy: stoppedBy[i] }));
  });

  it('property: whatever stops a plan, and whichever reviews are recorded, the measure is on time exactly when no review fell due before the plan stopped (or asOf) without one held by then', async () => {
    const day = (n: number) => addCalendarDays('2026-04-01', n);
    const plan = fc.record({
      start: fc.integer({ min: 0, max: 300 }),
      reviewGaps: fc.array(fc.integer({ min: 1, max: 220 }), { maxLength: 3 }),
      stopAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      stopBy: fc.constantFrom('end', 'closure', 'death', 'birthday'),
    });
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const start = day(p.start);
        const reviews: string[] = [];
        let at = p.start;
        for (const gap of p.reviewGaps) reviews.push(day((at += gap)));
        const stop = p.stopAfter === undefined ? undefined : day(p.start + p.stopAfter);
        const child: ChildXml = {
          id: 'P1',
          // Born on the stopping day eighteen years earlier when the birthday stops the plan, long after otherwise.
          birth: p.stopBy === 'birthday' && stop ? `${Number(stop.slice(0, 4)) - 18}${stop.slice(4)}` : '2016-01-01',
          ...(p.stopBy === 'death' && stop ? { death: stop } : {}),
          episodes: [planEpisode(start, { ...(p.stopBy === 'end' && stop ? { end: stop } : {}), reviews }, p.stopBy === 'closure' ? stop : undefined)],
        };
        if (child.birth!.endsWith('-02-29')) return;
        const { results } = await judge([child]);
        const [m] = reviewsOf(results[0]!);
        // Independently: walk the chain of due dates (3 months, then 6 from each review held, a review recorded after the plan
        // stopped included, as the return records it); the last due date must not have passed while the plan was open.
        const limit = stop !== undefined && stop < '2027-03-31' ? stop : '2027-03-31';
        const held = reviews.filter((r) => r <= '2027-03-31' && r > start);
        let previous = start;
        let months = 3;
        let missed = false;
        for (;;) {
          const due = addMonths(previous, months);
          const next = held.find((r) => r > previous);
          if (next !== undefined) {
            if (next > due) missed = true;
            previous = next;
            months = 6;
            continue;
          }
          if (due < limit) missed = true;
          break;
        }
        expect({ allOnTime: m!.allOnTime }).toEqual({ allOnTime: !missed });
      }),
      { numRuns: 300 },
    );
  });
});

/** Calendar months after an ISO date, ending on the month's last day when the day does not exist (31 Jan + 1 month = 28 Feb). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

describe('a CINdetails exported twice is one episode', () => {
  const episode = { referral: '2026-11-02', assessment: { start: '2026-11-03', authorised: '2026-12-20' } };

  it('is judged and counted once, with a warning naming both, and the reading among the child\'s interpretations', async () => {
    const { results, summary } = await judge([{ id: 'D01', birth: '2015-01-01', episodes: [episode, episode] }]);
    const r = results[0]!;
    expect([...new Set(r.deadlines.map((d) => d.episode))]).toEqual(['cin-1']);
    expect(r.departmentMeasures.filter((m) => m.measure === 'dfe.assessment-duration')).toHaveLength(1);
    expect(r.warnings.filter((w) => w.code === 'census.warning.episode-recorded-twice').map((w) => w.facts)).toEqual([['CINdetails[1]', 'CINdetails[2]']]);
    expect(r.interpretations).toContain('census.interpretation.identical-episodes-are-one');
    const assessments = summary.timescales.find((t) => t.id === 'referral-and-assessment.assessment-complete')!;
    expect(assessments.counts.met).toBe(1);
  });

  it('property: repeating any of a child\'s episodes changes nothing but that warning', async () => {
    const dayOf = (n: number) => addCalendarDays('2026-04-01', n);
    const episodeArb = fc.record({ at: fc.integer({ min: 0, max: 300 }), nfa: fc.boolean(), assessed: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) });
    await fc.assert(
      // Distinct episodes: a list that already repeats one would carry the warning before anything is repeated.
      fc.asyncProperty(fc.uniqueArray(episodeArb, { minLength: 1, maxLength: 3, selector: (e) => `${e.at}/${e.nfa && e.assessed === undefined}/${e.assessed}` }), fc.nat(), async (list, pick) => {
        const episodes = list.map((e) => ({ referral: dayOf(e.at), nfa: e.nfa && e.assessed === undefined, ...(e.assessed === undefined ? {} : { assessment: { start: dayOf(e.at), authorised: dayOf(e.at + e.assessed) } }) }));
        const once = (await judge([{ id: 'D02', birth: '2015-01-01', episodes }])).results[0]!;
        const repeated = (await judge([{ id: 'D02', birth: '2015-01-01', episodes: [...episodes, episodes[pick % episodes.length]!] }])).results[0]!;
        expect(repeated.deadlines).toEqual(once.deadlines);
        expect(repeated.departmentMeasures).toEqual(once.departmentMeasures);
        expect(repeated.warnings.filter((w) => w.code !== 'census.warning.episode-recorded-twice')).toEqual(once.warnings);
        expect(repeated.warnings.filter((w) => w.code === 'census.warning.episode-recorded-twice')).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a child who died before turning 18', () => {
  it('has no 18th birthday in the history, so no warning about an event after the death', async () => {
    const { results } = await judge([{ id: 'X01', birth: '2020-02-02', death: '2026-12-01', episodes: [{ referral: '2026-11-02', nfa: true }] }]);
    const r = results[0]!;
    expect(r.input.events.map((e) => e.type)).not.toContain('child-turned-18');
    expect(r.warnings.map((w) => w.code)).not.toContain('timeline.warning.event-after-death');
    expect(r.interpretations).toContain('census.interpretation.eighteenth-birthday');
  });
});
