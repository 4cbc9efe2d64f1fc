/**
 * The deadlines of one episode: one row per clock each cycle starts, judged
 * with the events that satisfy, prove, stop or make it unnecessary. Records
 * the interpretations and warnings the rows rely on into the shared context.
 */
import { addCalendarMonths } from '../../calendar/add-calendar-months.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { SafeguardingInputError, formatPath } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Warning } from '../engine/interpretation.js';
import { transferInStartsReviewChain } from '../timescales/entries/child-protection.js';
import { deadlineFor } from '../timescales/deadline-for.js';
import { timescale } from '../timescales/registry.js';
import { capitalise, happenedOn, happenedUndated, inWords, nounOf, startsWhen } from './event-words.js';
import type { TimelineEventType } from './input-schema.js';
import { judgeDeadline, notYetTriggered, readingsReliedOn, type JudgeRequest } from '../deadlines/judge-deadline.js';
import type { Booking } from '../deadlines/judged-deadline.js';
import { clocksStoppedBy, timelineTimescales, type StoppingEventType, type TimelineProcessId, type TimelineTimescaleId } from './processes.js';
import { name, type CaseHistory, type EpisodeHistory, type PlanCycle, type RecordedEvent } from './read-history.js';
import {
  decisionInferredFromLaterStep,
  endingEventsStopClocks,
  lookedAfterStopsAssessment,
  moveOutKeepsPlanClocks,
  newPlanSupersedesOpenPlan,
  nextStepWithoutAssessment,
} from './timeline-interpretations.js';
import type { EventReference, TimelineDeadline, TimelineNotYetTriggeredDeadline } from './timeline-types.js';

export interface TimelineContext {
  asOf: IsoDate;
  calendar: Calendar | undefined;
  childEvents: CaseHistory['childEvents'];
  /** Ids of the interpretations relied on. */
  relied: Set<string>;
  warnings: Warning[];
}

type Row = Exclude<TimelineDeadline, TimelineNotYetTriggeredDeadline>;

/** What the case records about one clock: the events that meet it, prove it, end it or make it unnecessary. */
interface RowEvents {
  completion?: RecordedEvent;
  /** The decision that made the step unnecessary, and what it decided, in words. */
  notRequired?: { by: RecordedEvent; because: string };
  /** A later event proving the step was taken. */
  inferredFrom?: RecordedEvent;
  /** Bookings of the satisfying event in the episode, by date. */
  bookings?: readonly RecordedEvent[];
  /** The event that ends this clock in particular (a plan's end, an arrangement's end). */
  endedBy?: RecordedEvent;
}

const specOf = new Map(timelineTimescales.map((t) => [t.id as string, t]));
const stopReading: Record<StoppingEventType, string> = {
  'case-closed': endingEventsStopClocks.id,
  'child-died': endingEventsStopClocks.id,
  'child-turned-18': endingEventsStopClocks.id,
  'child-moved-out-of-area': moveOutKeepsPlanClocks.id,
  'child-became-looked-after': lookedAfterStopsAssessment.id,
};

export function episodeRows(h: EpisodeHistory, ctx: TimelineContext): TimelineDeadline[] {
  const rows: Row[] = [];
  const waiting: TimelineNotYetTriggeredDeadline[] = [];
  const stopsOf = stopIndex(h, ctx);

  const judge = (id: TimelineTimescaleId, trigger: RecordedEvent, extra: RowEvents = {}, triggerText?: string): Row => {
    const spec = specOf.get(id)!;
    const deadline = computeDeadline(id, trigger, ctx.calendar);
    if (triggerText !== undefined) deadline.trigger.event = triggerText;
    const general = firstOnOrAfter(stopsOf(spec.process), trigger.date);
    const stop = earliest(general, extra.endedBy && extra.endedBy.date >= trigger.date ? extra.endedBy : undefined);
    const work = nounOf(spec.satisfiedBy);
    // Assigned rather than spread: a long history judges thousands of rows.
    const request: JudgeRequest = {
      deadline,
      asOf: ctx.asOf,
      calendar: ctx.calendar,
      work,
      started: `${capitalise(trigger.status === 'scheduled' ? `${nounOf(trigger.type)} is booked for ${inWords(trigger.date)}` : happenedOn(trigger.type, trigger.date))}.`,
    };
    const completion = extra.completion;
    if (completion) {
      request.done = { on: completion.date, happened: happenedOn(completion.type, completion.date) };
      if (completion.type === 'assessment-completed') {
        request.done.lateNote =
          completion.reasonForDelay !== undefined
            ? 'The reason recorded for the delay is in reasonForDelay.'
            : 'No reason for the delay is recorded; Working Together asks the lead practitioner to record it.';
      }
    }
    if (extra.notRequired) {
      const { by, because } = extra.notRequired;
      request.notRequired = {
        because:
          by.index === trigger.index
            ? because
            : by.dateRecorded === false
              ? `${happenedUndated(by.type)} (the day is not recorded): ${because}`
              : `${happenedOn(by.type, by.date)}: ${because}`,
      };
    }
    if (extra.inferredFrom) {
      const later = extra.inferredFrom;
      // A step recorded without its day proves itself: say what the record shows, never a day.
      request.inferredFrom =
        later.type === spec.satisfiedBy
          ? `the record shows it was made${later.nextStep ? ` (next step: ${later.nextStep.replace(/-/g, ' ')})` : ''}`
          : `${happenedOn(later.type, later.date)}, which shows it was made`;
    }
    if (stop && stop.date <= ctx.asOf) request.stop = { on: stop.date, happened: happenedOn(stop.type, stop.date) };
    if (extra.bookings) request.booking = bookingOf(extra.bookings, trigger.date, deadline.due);
    const row = judgeDeadline(request) as Row;
    // The timeline's context, then the events behind the status.
    row.episode = h.id;
    row.process = spec.process;
    row.startedBy = ref(trigger);
    row.satisfiedBy = spec.satisfiedBy;
    if (row.status === 'stopped' || (row.status === 'overdue' && row.stoppedOn !== undefined)) row.stoppedBy = ref(stop!);
    else if (row.status === 'not-required') row.notRequiredBecause = ref(extra.notRequired!.by);
    else if (row.status === 'met-inferred') row.inferredFrom = ref(extra.inferredFrom!);
    else if (row.status === 'late' && completion!.reasonForDelay !== undefined) row.reasonForDelay = completion!.reasonForDelay;
    for (const reading of readingsReliedOn(deadline)) if (reading !== transferInStartsReviewChain.id) ctx.relied.add(reading);
    if ((row.status === 'stopped' || (row.status === 'overdue' && row.stoppedBy)) && stop) {
      const reading =
        stop.type in stopReading
          ? stopReading[stop.type as StoppingEventType]
          : stop.type === 'initial-conference-held' || stop.type === 'transfer-in-conference-held'
            ? newPlanSupersedesOpenPlan.id
            : undefined; // plan-ended and private-fostering-ended end their own clocks, as the source says
      if (reading) ctx.relied.add(reading);
    }
    rows.push(row);
    return row;
  };
  const notYet = (id: TimelineTimescaleId) => {
    const spec = specOf.get(id)!;
    waiting.push(
      Object.assign(notYetTriggered({ id, work: nounOf(spec.satisfiedBy), startsWhen: startsWhen(spec.startedBy) }), {
        episode: h.id,
        process: spec.process,
        waitingFor: spec.startedBy,
        satisfiedBy: spec.satisfiedBy,
      }),
    );
  };
  const bookings = (type: TimelineEventType) => h.bookings.get(type);

  for (const r of h.referrals) {
    // A decision recorded without its day proves the decision was made, as a later step does, but not when.
    const dated = r.decision && r.decision.dateRecorded !== false ? r.decision : undefined;
    const proof = dated ? undefined : (r.laterStep ?? r.decision);
    judge('referral-and-assessment.decide-next-steps', r.referral, {
      ...(dated ? { completion: dated } : proof ? { inferredFrom: proof } : {}),
    });
    const step = r.decision?.nextStep;
    const assessment = judge('referral-and-assessment.assessment-complete', r.referral, {
      ...(r.assessment ? { completion: r.assessment } : {}),
      ...(r.decision && (step === 'no-further-action' || step === 'early-help')
        ? { notRequired: { by: r.decision, because: step === 'no-further-action' ? 'the next step decided was no further action' : 'the next step decided was early help' } }
        : {}),
    });
    if (assessment.status === 'not-required') ctx.relied.add(nextStepWithoutAssessment.id);
    if (proof) {
      ctx.relied.add(decisionInferredFromLaterStep.id);
      const shows = proof === r.decision ? 'the record shows it was made' : 'a later step shows it was made';
      warn(ctx, 'timeline.warning.decision-date-missing', `No date is recorded for the decision on the referral received on ${inWords(r.referral.date)}; ${shows}. Record its date to show whether it was within one working day.`, [r.referral, proof]);
    }
    if ((assessment.status === 'late' && assessment.reasonForDelay === undefined) || (assessment.status === 'overdue' && assessment.stoppedOn === undefined)) {
      const done = assessment.status === 'late';
      warn(
        ctx,
        'timeline.warning.assessment-delay-reason-missing',
        done
          ? `The assessment of the referral received on ${inWords(r.referral.date)} took longer than 45 working days and no reasonForDelay is recorded; Working Together asks the lead practitioner to record the reasons.`
          : `The assessment of the referral received on ${inWords(r.referral.date)} has taken longer than 45 working days; record the reasons for the delay (reasonForDelay) when it is completed.`,
        [r.referral, ...(r.assessment ? [r.assessment] : [])],
      );
    }
  }

  for (const s of h.section47s) {
    judge('child-protection.initial-conference', s.strategy, {
      ...(s.conference ? { completion: s.conference } : {}),
      ...(s.noConference ? { notRequired: { by: s.noConference, because: 'no conference is needed' } } : {}),
      ...bookingsArg(bookings('initial-conference-held')),
    });
  }

  for (const t of h.transfers) {
    judge('child-protection.transfer-in-conference', t.start, { ...(t.done ? { completion: t.done } : {}), ...bookingsArg(bookings('transfer-in-conference-held')) });
  }

  for (const conference of h.noPlanConferences) {
    for (const id of ['child-protection.first-core-group', 'child-protection.first-review-conference'] as const) {
      judge(id, conference, { notRequired: { by: conference, because: 'it did not make a child protection plan' } }, planTrigger(conference));
    }
  }
  h.plans.forEach((plan) => planRows(plan, judge, notYet, bookings('review-conference-held'), ctx, h));

  for (const a of h.allegations) judge('lado.inform-designated-officer', a.start, a.done ? { completion: a.done } : {});

  for (const incident of h.incidents) {
    judge('serious-incident.notify-panel', incident.aware, incident.notified ? { completion: incident.notified } : {});
    if (incident.notified) judge('serious-incident.rapid-review', incident.notified, incident.rapidReview ? { completion: incident.rapidReview } : {});
    else notYet('serious-incident.rapid-review');
  }

  for (const review of h.reviews) {
    const published = judge('serious-incident.lcspr-published', review.decided, {
      ...(review.published ? { completion: review.published } : {}),
      ...bookingsArg(bookings('lcspr-published')),
    });
    // The report is due 7 working days before publication: from the publication, or the date it is booked for.
    const booked = published.status === 'due' || published.status === 'overdue' ? published.scheduledFor : undefined;
    const publication = review.published ?? (booked !== undefined ? bookings('lcspr-published')!.find((b) => b.date === booked && b.status === 'scheduled') : undefined);
    if (publication) judge('serious-incident.report-to-panel-and-secretary-of-state', publication, review.reportSent ? { completion: review.reportSent } : {});
    else notYet('serious-incident.report-to-panel-and-secretary-of-state');
  }

  for (const arrangement of h.fostering) {
    const endedBy = arrangement.ended;
    const firstYearEnds = addCalendarMonths(arrangement.notified.date, 12);
    const starts = [arrangement.notified, ...arrangement.visits];
    starts.forEach((start, i) => {
      const next = arrangement.visits[i];
      const id = start.date < firstYearEnds ? 'private-fostering.visit-first-year' : 'private-fostering.visit-after-first-year';
      // Once the arrangement has ended no further visit is due; the last visit starts no clock after the end.
      if (endedBy && start.date >= endedBy.date) return;
      judge(id, start, { ...(next ? { completion: next } : {}), ...(endedBy ? { endedBy } : {}) });
    });
  }

  warnBookings(h, rows, ctx);
  warnUnattachedBookings(h, rows, ctx);
  warnClosedPlans(h, ctx);
  return [...rows.sort(byDue), ...waiting];
}

/** Core group and review rows of one plan, which last as long as the plan. */
function planRows(
  plan: PlanCycle,
  judge: (id: TimelineTimescaleId, trigger: RecordedEvent, extra?: RowEvents, triggerText?: string) => Row,
  notYet: (id: TimelineTimescaleId) => void,
  reviewBookings: readonly RecordedEvent[] | undefined,
  ctx: TimelineContext,
  h: EpisodeHistory,
): void {
  const { start, coreGroups, reviews, ended } = plan;
  const endedBy = ended ? { endedBy: ended } : {};
  if (start.type === 'transfer-in-conference-held') ctx.relied.add(transferInStartsReviewChain.id);
  if (ended && ended.type !== 'plan-ended') ctx.relied.add(newPlanSupersedesOpenPlan.id);
  if (ctx.childEvents.some((e) => e.type === 'child-moved-out-of-area' && e.date >= start.date)) ctx.relied.add(moveOutKeepsPlanClocks.id);
  const text = planTrigger(start);
  judge('child-protection.first-core-group', start, { ...(coreGroups[0] ? { completion: coreGroups[0] } : {}), ...endedBy }, text);
  judge('child-protection.first-review-conference', start, { ...(reviews[0] ? { completion: reviews[0] } : {}), ...endedBy, ...bookingsArg(reviewBookings) }, text);
  reviews.forEach((review, i) => {
    const next = reviews[i + 1];
    judge('child-protection.subsequent-review-conference', review, { ...(next ? { completion: next } : {}), ...endedBy, ...(next ? {} : bookingsArg(reviewBookings)) });
  });
  const stoppedAlready = ended !== undefined || h.closures.some((c) => c.date >= start.date) || ctx.childEvents.some((e) => e.date >= start.date && clocksStoppedBy[e.type].includes('child-protection-plan'));
  if (reviews.length === 0 && !stoppedAlready) notYet('child-protection.subsequent-review-conference');
}

function planTrigger(conference: RecordedEvent): string | undefined {
  return conference.type === 'transfer-in-conference-held'
    ? 'the transfer-in child protection conference, at which the receiving authority continued the child protection plan'
    : undefined;
}

/** For each process, the events that stop its clocks in this episode (closures of the episode, and events about the child), by date. */
function stopIndex(h: EpisodeHistory, ctx: TimelineContext): (process: TimelineProcessId) => RecordedEvent[] {
  const cache = new Map<TimelineProcessId, RecordedEvent[]>();
  return (process) => {
    let list = cache.get(process);
    if (!list) {
      const closures = clocksStoppedBy['case-closed'].includes(process) ? h.closures : [];
      const child = ctx.childEvents.filter((e) => clocksStoppedBy[e.type].includes(process));
      list = [...closures, ...child].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
      cache.set(process, list);
    }
    return list;
  };
}

/** The first event dated on or after `date` in a list sorted by date (binary search: a long history stays fast). */
function firstOnOrAfter(list: readonly RecordedEvent[], date: IsoDate): RecordedEvent | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

function earliest(a: RecordedEvent | undefined, b: RecordedEvent | undefined): RecordedEvent | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.date < a.date ? b : a;
}

function bookingsArg(list: readonly RecordedEvent[] | undefined): RowEvents {
  return list ? { bookings: list } : {};
}

/** The latest booking still standing after the trigger (a later postponement of the same date cancels it), and the postponed dates. */
function bookingOf(bookings: readonly RecordedEvent[], after: IsoDate, due: IsoDate): Booking {
  const relevant = bookings.filter((b) => b.date >= after);
  const postponed = relevant.filter((b) => b.status === 'postponed').map((b) => b.date);
  const standing = relevant.filter((b) => b.status === 'scheduled' && !postponed.includes(b.date));
  const latest = standing[standing.length - 1];
  return {
    ...(latest ? { scheduledFor: latest.date, scheduledLate: latest.date > due } : {}),
    ...(postponed.length > 0 ? { postponed } : {}),
  };
}

function ref(e: RecordedEvent): EventReference {
  return { type: e.type, date: e.date, index: e.index };
}

/** Warnings about bookings: one after the due date, or one whose date has passed with nothing recorded. */
function warnBookings(h: EpisodeHistory, rows: Row[], ctx: TimelineContext): void {
  for (const row of rows) {
    if (!(row.status === 'due' || (row.status === 'overdue' && row.stoppedOn === undefined)) || row.scheduledFor === undefined) continue;
    const booking = h.bookings.get(row.satisfiedBy)!.find((b) => b.date === row.scheduledFor && b.status === 'scheduled')!;
    const thing = nounOf(row.satisfiedBy);
    if (row.scheduledLate) {
      warn(ctx, 'timeline.warning.booked-after-due', `${capitalise(thing)} is booked for ${inWords(booking.date)}, after it is due on ${inWords(row.due)}.`, [booking]);
    }
    if (booking.date <= ctx.asOf) {
      warn(ctx, 'timeline.warning.booking-not-recorded-as-held', `${capitalise(thing)} was booked for ${inWords(booking.date)}, which has passed, but is not recorded as held or postponed.`, [booking]);
    }
  }
}

/** A booking no deadline of its episode can use (no strategy discussion before a booked conference, say) would otherwise be ignored unseen. */
function warnUnattachedBookings(h: EpisodeHistory, rows: Row[], ctx: TimelineContext): void {
  const used = new Set(rows.map((r) => r.satisfiedBy));
  for (const [type, list] of h.bookings) {
    if (used.has(type) || type === 'lcspr-published') continue; // a booked publication also starts the report clock
    warn(
      ctx,
      'timeline.warning.booking-without-deadline',
      `${capitalise(nounOf(type))} is booked, but nothing in its episode starts the deadline it would meet; check the episode of the booking and of the events before it.`,
      list,
    );
  }
  const publications = h.bookings.get('lcspr-published');
  if (publications && h.reviews.length === 0) {
    warn(ctx, 'timeline.warning.booking-without-deadline', 'A publication of the review is booked, but no decision to initiate the review is recorded in its episode.', publications);
  }
}

/** Closing a case does not end a child protection plan; say so when a plan of the episode was still open. */
function warnClosedPlans(h: EpisodeHistory, ctx: TimelineContext): void {
  for (const closure of h.closures) {
    const open = h.plans.find((p) => p.start.date <= closure.date && (!p.ended || p.ended.date > closure.date));
    if (open) {
      warn(
        ctx,
        'timeline.warning.case-closed-with-plan-open',
        `The case was closed on ${inWords(closure.date)} while the child protection plan made on ${inWords(open.start.date)} was not recorded as ended; the plan's clocks are stopped, but a plan is ended by a conference (record plan-ended).`,
        [closure, open.start],
      );
    }
  }
}

function warn(ctx: TimelineContext, code: string, message: string, events: RecordedEvent[]): void {
  ctx.warnings.push({ code, message, facts: events.map((e) => `events[${e.index}]`) });
}

function computeDeadline(id: TimelineTimescaleId, trigger: RecordedEvent, calendar: Calendar | undefined): Deadline {
  try {
    return deadlineFor(id, trigger.date, calendar);
  } catch (error) {
    if (!(error instanceof SafeguardingInputError)) throw error;
    const path = ['input', 'events', trigger.index, 'date'];
    throw new SafeguardingInputError(
      error.issues.map((issue) => ({
        path,
        code: issue.code,
        message: `${formatPath(path)}: the ${id} deadline from ${name(trigger)} cannot be computed: ${issue.message.replace(/^[^:]*: /, '')}`,
      })),
    );
  }
}

const rankOf = new Map(timelineTimescales.map((t, i) => [t.id as string, i]));

function byDue(a: Row, b: Row): number {
  return compare(a.due, b.due) || compare(a.trigger.date, b.trigger.date) || rankOf.get(a.id)! - rankOf.get(b.id)!;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
