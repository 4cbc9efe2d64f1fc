/**
 * Case histories as case systems export them, generated: several episodes,
 * re-referrals, repeated strategy discussions, many events on the same days
 * (dates are drawn from a few weeks), child events (looked after, moved,
 * missing and found, 18th birthday, death), missing-child and child-death
 * processes, and the rows in any order. Some generated histories do not fit
 * together (a review on the day of the conference, say); the properties use
 * those the timeline accepts.
 */
import fc from 'fast-check';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import type { Event } from './support.js';

export interface History {
  asOf: string;
  events: Event[];
}

const day = fc.integer({ min: 0, max: 60 });
const nextStep = fc.option(fc.constantFrom('assessment', 'strategy-discussion', 'early-help', 'no-further-action'), { nil: undefined });

/** One block of an episode's events, as offsets in days from the episode's start. */
const blockArb = fc.oneof(
  fc.record({
    kind: fc.constant('referral' as const),
    at: day,
    decision: fc.option(fc.record({ after: fc.nat(3), nextStep, undated: fc.boolean() }), { nil: undefined }),
    assessment: fc.option(fc.nat(70), { nil: undefined }),
    named: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('section-47' as const),
    at: day,
    again: fc.option(fc.record({ after: fc.nat(10), held: fc.boolean() }), { nil: undefined }),
    conference: fc.option(fc.record({ after: fc.integer({ min: 0, max: 30 }), planMade: fc.boolean() }), { nil: undefined }),
    coreGroups: fc.array(fc.nat(20), { maxLength: 2 }),
    reviews: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 3 }),
    bookedReview: fc.boolean(),
    ended: fc.option(fc.nat(60), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('closure' as const), at: day }),
  fc.record({ kind: fc.constant('lado' as const), at: day, informed: fc.option(fc.nat(4), { nil: undefined }) }),
  fc.record({ kind: fc.constant('incident' as const), at: day, notified: fc.option(fc.nat(8), { nil: undefined }) }),
  fc.record({ kind: fc.constant('missing' as const), at: day, updates: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }), alert: fc.option(fc.nat(40), { nil: undefined }) }),
  fc.record({ kind: fc.constant('death-review' as const), at: day, notified: fc.option(fc.nat(6), { nil: undefined }) }),
);

const episodeIds = [undefined, 'E1', 'E2'] as const;

export const messyHistoryArb: fc.Arbitrary<History> = fc
  .record({
    start: fc.integer({ min: 0, max: 365 * 10 }).map((n) => addCalendarDays('2015-01-01', n)),
    episodes: fc.array(fc.record({ id: fc.constantFrom(...episodeIds), blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    child: fc.array(
      fc.record({ type: fc.constantFrom('child-became-looked-after', 'child-moved-out-of-area', 'child-died', 'child-turned-18', 'child-went-missing', 'child-found'), at: fc.nat(120) }),
      { maxLength: 2 },
    ),
    asOfAfter: fc.nat(300),
  })
  .map((c): History => {
    const events: Event[] = [];
    const at = (n: number) => addCalendarDays(c.start, n);
    let last = 0;
    for (const e of c.episodes) {
      const add = (type: string, n: number, extra: Record<string, unknown> = {}) => {
        events.push({ type, date: at(n), ...(e.id ? { episode: e.id } : {}), ...extra });
        last = Math.max(last, n);
      };
      for (const b of e.blocks) {
        switch (b.kind) {
          case 'referral':
            add('referral-received', b.at);
            // A record that shows the decision but not its day (the census) dates it on the referral's day.
            if (b.decision) {
              add('referral-decision-made', b.decision.undated ? b.at : b.at + b.decision.after, {
                ...(b.decision.nextStep ? { nextStep: b.decision.nextStep } : {}),
                ...(b.decision.undated ? { dateRecorded: false } : {}),
              });
            }
            if (b.assessment !== undefined) add('assessment-completed', b.at + b.assessment + (b.decision?.after ?? 0), b.named ? { referralDate: at(b.at) } : {});
            break;
          case 'section-47': {
            add('strategy-discussion-s47-initiated', b.at);
            if (b.again) add(b.again.held ? 'strategy-discussion-held' : 'strategy-discussion-s47-initiated', b.at + b.again.after);
            if (!b.conference) break;
            const conference = b.at + (b.again?.after ?? 0) + b.conference.after;
            add('initial-conference-held', conference, { planMade: b.conference.planMade });
            if (!b.conference.planMade) break;
            let d = conference;
            const reviews = b.reviews.map((gap) => (d += gap));
            for (const g of b.coreGroups) add('core-group-meeting-held', conference + g);
            for (const r of reviews) add('review-conference-held', r);
            if (b.bookedReview) add('review-conference-held', d + 100, { status: 'scheduled' });
            if (b.ended !== undefined) add('plan-ended', Math.max(d, conference + Math.max(0, ...b.coreGroups)) + b.ended);
            break;
          }
          case 'closure':
            add('case-closed', b.at);
            break;
          case 'lado':
            add('allegation-received', b.at);
            if (b.informed !== undefined) add('designated-officer-informed', b.at + b.informed);
            break;
          case 'incident':
            add('serious-incident-aware', b.at);
            if (b.notified !== undefined) add('serious-incident-notified', b.at + b.notified);
            break;
          case 'missing': {
            add('need-to-know-missing-child-notified', b.at);
            let d = b.at;
            for (const gap of b.updates) add('need-to-know-update-sent', (d += gap));
            if (b.alert !== undefined) add('national-alert-issued', b.at + b.alert);
            break;
          }
          case 'death-review':
            add('coroner-decided-to-investigate', b.at);
            if (b.notified !== undefined) add('coroner-notified-partners', b.at + b.notified);
            break;
        }
      }
    }
    for (const e of c.child) {
      events.push({ type: e.type, date: at(e.at) });
      if (e.type !== 'child-turned-18') last = Math.max(last, e.at);
    }
    // Bookings and an 18th birthday may lie after asOf; everything else is on or before it.
    const asOf = at(last + c.asOfAfter);
    return { asOf, events: events.filter((e) => e.date <= asOf || e.status === 'scheduled' || e.type === 'child-turned-18') };
  });

/** The rows of a history in another order (a permutation drawn by fast-check). */
export const permutationOf = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

/** What makes two rows the same event: everything but their position. */
export function rowKey(e: Event): string {
  return JSON.stringify([e.type, e.date, e.episode ?? 'default', e.planMade === false, e.nextStep ?? '', e.reasonForDelay ?? '', e.status ?? '', e.referralDate ?? '', e.dateRecorded === false]);
}
