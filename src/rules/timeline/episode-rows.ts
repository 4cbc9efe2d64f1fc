/**
 * The deadlines of one episode: one row per clock each cycle starts, judged
 * with the events that satisfy, prove, stop or make it unnecessary. Records
 * the interpretations and warnings the rows rely on into the shared context.
 *
 * "Before" is the history's order (`RecordedEvent.seq`: date, then the
 * same-day order), so an event stops only the clocks started before it.
 */
import { addCalendarMonths } from '../../calendar/add-calendar-months.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { resultOutOfRange } from '../../calendar/arguments.js';
import { LAST_SERVED_YEAR } from '../../calendar/served-years.js';
import { SafeguardingInputError, formatPath } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Warning } from '../engine/interpretation.js';
import { transferInStartsReviewChain } from '../timescales/entries/child-protection.js';
import { deadlineFor, earliestDateFor } from '../timescales/deadline-for.js';
import { timescale } from '../timescales/registry.js';
import { capitalise, happenedOn, happenedUndated, inWords, nounOf, startsWhen, workOf } from './event-words.js';
import type { TimelineEventType } from './input-schema.js';
import { addReadingsReliedOn, judgeDeadline, notYetTriggered, type JudgeRequest } from '../deadlines/judge-deadline.js';
import type { Booking } from '../deadlines/judged-deadline.js';
import { clocksStoppedBy, timelineTimescales, type StoppingEventType, type TimelineProcessId, type TimelineTimescaleId } from './processes.js';
import { name, type CaseHistory, type EpisodeHistory, type PlanCycle, type RecordedEvent, type RepeatingCycle } from './read-history.js';
import {
  section47DoesNotCompleteAssessment,
  decisionInferredFromLaterStep,
  endingEventsStopClocks,
  foundEndsMissingChildClocks,
  lookedAfterEndsPrivateFostering,
  moveOutKeepsPlanClocks,
  newPlanSupersedesOpenPlan,
  nextStepWithoutAssessment,
} from '../timescales/timeline-interpretations.js';
import type { EventReference, TimelineDeadline, TimelineNotYetTriggeredDeadline } from './timeline-types.js';

export interface TimelineContext {
  asOf: IsoDate;
  calendar: Calendar | undefined;
  childEvents: CaseHistory['childEvents'];
  wentMissing: CaseHistory['wentMissing'];
  eighteenth: RecordedEvent | undefined;
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
  /** Bookings of the satisfying event in the episode, in order. */
  bookings?: readonly RecordedEvent[];
  /** The event that ends this clock in particular (a plan's end, an arrangement's end). */
  endedBy?: RecordedEvent;
  /** Replaces the sentence saying what started the clock. */
  started?: string;
  /** Replaces the sentence of a deadline still due. */
  whileDue?: string;
}

const specOf = new Map(timelineTimescales.map((t) => [t.id as string, t]));
const stopReading: Record<StoppingEventType, string> = {
  'case-closed': endingEventsStopClocks.id,
  'child-died': endingEventsStopClocks.id,
  'child-turned-18': endingEventsStopClocks.id,
  'child-moved-out-of-area': moveOutKeepsPlanClocks.id,
  'child-became-looked-after': lookedAfterEndsPrivateFostering.id,
  'child-found': foundEndsMissingChildClocks.id,
};

/** The work of a deadline, where the satisfying event's own words do not say it. */
const workFor: Partial<Record<TimelineTimescaleId, string>> = {
  'child-protection.review-around-18th-birthday': 'ending the child protection plan at a review around the 18th birthday',
  'national-alert.deletion-by-other-authorities': 'a follow-up notification before other authorities delete the alert',
};
const workOfTimescale = (id: TimelineTimescaleId) => workFor[id] ?? workOf(specOf.get(id)!.satisfiedBy);

export function episodeRows(h: EpisodeHistory, ctx: TimelineContext): TimelineDeadline[] {
  const rows: Row[] = [];
  const waiting: TimelineNotYetTriggeredDeadline[] = [];
  const stopsOf = stopIndex(h, ctx);

  const judge = (id: TimelineTimescaleId, trigger: RecordedEvent, extra: RowEvents = {}, triggerText?: string): Row => {
    const spec = specOf.get(id)!;
    const deadline = computeDeadline(id, trigger, ctx.calendar);
    if (triggerText !== undefined) deadline.trigger.event = triggerText;
    const stops = stopsOf(spec.process);
    // A timescale may name stops of its process that do not stop it (processes.ts).
    const exempt = 'notStoppedBy' in spec ? (spec.notStoppedBy as readonly string[]) : undefined;
    const general = firstAfter(exempt ? stops.filter((e) => !exempt.includes(e.type)) : stops, trigger.seq);
    const own = extra.endedBy && extra.endedBy.seq > trigger.seq ? extra.endedBy : undefined;
    // The first event to end the clock; on one day, the clock's own end (a plan ended) is the one named.
    const stop = !general ? own : !own ? general : own.date <= general.date ? own : general;
    const work = workOfTimescale(id);
    const completion = extra.completion;
    let done: JudgeRequest['done'];
    if (completion) {
      done = { on: completion.date, happened: happened(completion) };
      if (completion.type === 'assessment-completed') {
        done.lateNote =
          completion.reasonForDelay !== undefined
            ? 'The reason recorded for the delay is in reasonForDelay.'
            : 'No reason for the delay is recorded; Working Together asks the lead practitioner to record it.';
      }
    }
    // What was done wins (judge-deadline.ts), so the words of the rest are only built for work not recorded.
    let notRequired: JudgeRequest['notRequired'];
    let inferredFrom: JudgeRequest['inferredFrom'];
    let stopped: JudgeRequest['stop'];
    let booking: JudgeRequest['booking'];
    if (!completion) {
      if (extra.notRequired) {
        const { by, because } = extra.notRequired;
        notRequired = {
          because:
            by.index === trigger.index
              ? because
              : by.dateRecorded === false
                ? `${happenedUndated(by.type)} (the day is not recorded): ${because}`
                : `${happened(by)}: ${because}`,
        };
      }
      if (extra.inferredFrom) {
        const later = extra.inferredFrom;
        // A step recorded without its day proves itself: say what the record shows, never a day.
        inferredFrom =
          later.type === spec.satisfiedBy
            ? `the record shows it was made${later.nextStep ? ` (next step: ${later.nextStep.replace(/-/g, ' ')})` : ''}`
            : `${happened(later)}, which shows it was made`;
      }
      if (stop && stop.date <= ctx.asOf) stopped = { on: stop.date, happened: happened(stop) };
      if (extra.bookings) booking = bookingOf(extra.bookings, trigger.seq, deadline.due);
    }
    // Every field in one literal (those left undefined are read as absent): a long history judges thousands of rows.
    const request: JudgeRequest = {
      deadline,
      asOf: ctx.asOf,
      calendar: ctx.calendar,
      work,
      started: extra.started ?? `${capitalise(trigger.status === 'scheduled' ? `${workOf(trigger.type)} is booked for ${inWords(trigger.date)}` : happened(trigger))}.`,
      whileDue: extra.whileDue,
      done,
      notRequired,
      inferredFrom,
      stop: stopped,
      booking,
    };
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
    addReadingsReliedOn(deadline, ctx.relied, transferInStartsReviewChain.id);
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
      Object.assign(notYetTriggered({ id, work: workOfTimescale(id), startsWhen: startsWhen(spec.startedBy) }), {
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
    judge('referral-and-assessment.decide-next-steps', r.referral, { completion: dated, inferredFrom: proof });
    const step = r.decision?.nextStep;
    const closedAtDecision = r.decision && (step === 'no-further-action' || step === 'early-help');
    const assessment = judge('referral-and-assessment.assessment-complete', r.referral, {
      completion: r.assessment,
      notRequired:
        closedAtDecision && !r.section47
          ? { by: r.decision!, because: step === 'no-further-action' ? 'the next step decided was no further action' : 'the next step decided was early help' }
          : undefined,
    });
    if (assessment.status === 'not-required' || (closedAtDecision && r.section47)) ctx.relied.add(nextStepWithoutAssessment.id);
    // Section 47 enquiries for this referral, and its assessment not recorded: the enquiries do not complete it.
    if (r.section47 && !r.assessment && (assessment.status === 'due' || assessment.status === 'overdue')) ctx.relied.add(section47DoesNotCompleteAssessment.id);
    if (closedAtDecision && r.section47) {
      warn(
        ctx,
        'timeline.warning.section-47-after-no-further-action',
        `The referral received on ${inWords(r.referral.date)} was decided ${step === 'no-further-action' ? 'no further action' : 'early help'}${r.decision!.dateRecorded === false ? '' : ` on ${inWords(r.decision!.date)}`}, but a strategy discussion initiated section 47 enquiries on ${inWords(r.section47.date)}: the section 47 assessment is judged against 45 working days from that referral (due by ${inWords(assessment.due)}). If the enquiries followed a new referral, record it.`,
        [r.referral, r.decision!, r.section47],
      );
    }
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
      completion: s.conference,
      notRequired: s.noConference ? { by: s.noConference, because: 'no conference is needed' } : undefined,
      bookings: bookings('initial-conference-held'),
    });
  }

  for (const t of h.transfers) judge('child-protection.transfer-in-conference', t.start, { completion: t.done, bookings: bookings('transfer-in-conference-held') });

  for (const conference of h.noPlanConferences) {
    for (const id of ['child-protection.first-core-group', 'child-protection.first-review-conference'] as const) {
      judge(id, conference, { notRequired: { by: conference, because: 'it did not make a child protection plan' } }, planTrigger(conference));
    }
  }
  h.plans.forEach((plan) => planRows(plan, judge, notYet, bookings('review-conference-held'), ctx, h));

  for (const a of h.allegations) judge('lado.inform-designated-officer', a.start, { completion: a.done });

  for (const incident of h.incidents) {
    judge('serious-incident.notify-panel', incident.aware, { completion: incident.notified });
    if (incident.notified) judge('serious-incident.rapid-review', incident.notified, { completion: incident.rapidReview });
    else notYet('serious-incident.rapid-review');
  }

  for (const review of h.reviews) {
    const published = judge('serious-incident.lcspr-published', review.decided, { completion: review.published, bookings: bookings('lcspr-published') });
    // The report is due 7 working days before publication: from the publication, or the date it is booked for.
    const booked = published.status === 'due' || published.status === 'overdue' ? published.scheduledFor : undefined;
    const publication = review.published ?? (booked !== undefined ? bookings('lcspr-published')!.find((b) => b.date === booked && b.status === 'scheduled') : undefined);
    if (publication) judge('serious-incident.report-to-panel-and-secretary-of-state', publication, { completion: review.reportSent });
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
      if (endedBy && start.seq >= endedBy.seq) return;
      judge(id, start, { completion: next, endedBy });
    });
  }

  for (const notice of h.missingNotices) repeatingRows(notice, ['need-to-know.missing-child-weekly-update'], judge);
  for (const alert of h.alerts) {
    repeatingRows(alert, ['national-alert.reissue', 'national-alert.deletion-by-other-authorities'], judge);
    warnAlertBeforeThreeWeeks(alert.start, ctx);
  }
  for (const c of h.coroner) judge('child-death-review.coroner-notification', c.start, { completion: c.done });
  for (const r of h.registrations) judge('child-death-review.registrar-notification', r.start, { completion: r.done });

  warnBookings(h, rows, ctx);
  warnUnattachedBookings(h, rows, ctx);
  warnClosedPlans(h, ctx);
  return [...rows.sort(byDue), ...waiting];
}

/**
 * The event in words ("the referral was received on 2 November 2026"),
 * written once for each event and kept on it: most events are named by two
 * rows (the start of one clock, the end of the one before).
 */
function happened(e: RecordedEvent): string {
  return (e.words ??= happenedOn(e.type, e.date));
}

type Judge = (id: TimelineTimescaleId, trigger: RecordedEvent, extra?: RowEvents, triggerText?: string) => Row;

/** Core group and review rows of one plan, which last as long as the plan, and the review to end it at 18. */
function planRows(plan: PlanCycle, judge: Judge, notYet: (id: TimelineTimescaleId) => void, reviewBookings: readonly RecordedEvent[] | undefined, ctx: TimelineContext, h: EpisodeHistory): void {
  const { start, coreGroups, reviews, ended } = plan;
  if (start.type === 'transfer-in-conference-held') ctx.relied.add(transferInStartsReviewChain.id);
  if (ended && ended.type !== 'plan-ended') ctx.relied.add(newPlanSupersedesOpenPlan.id);
  if (ctx.childEvents.some((e) => e.type === 'child-moved-out-of-area' && e.seq > start.seq)) ctx.relied.add(moveOutKeepsPlanClocks.id);
  const text = planTrigger(start);
  judge('child-protection.first-core-group', start, { completion: coreGroups[0], endedBy: ended }, text);
  let nextReview = judge('child-protection.first-review-conference', start, { completion: reviews[0], endedBy: ended, bookings: reviewBookings }, text);
  reviews.forEach((review, i) => {
    if (review.afterLife) return; // a review on or after the 18th birthday ends the plan; no further review is due
    const next = reviews[i + 1];
    nextReview = judge('child-protection.subsequent-review-conference', review, { completion: next, endedBy: ended, bookings: next ? undefined : reviewBookings });
  });
  const closedAfterStart = h.closures.find((c) => c.seq > start.seq);
  const stoppedAlready =
    ended !== undefined || closedAfterStart !== undefined || ctx.childEvents.some((e) => e.seq > start.seq && e.date <= ctx.asOf && clocksStoppedBy[e.type].includes('child-protection-plan'));
  if (reviews.length === 0 && !stoppedAlready) notYet('child-protection.subsequent-review-conference');

  // A plan still open on the 18th birthday (its clocks not stopped by a closure before it) is to be ended at a review around the birthday.
  const birthday = ctx.eighteenth;
  if (!birthday || birthday.seq < start.seq || (ended && ended.seq < birthday.seq) || (closedAfterStart && closedAfterStart.seq < birthday.seq)) return;
  const endedAt18 = ended?.type === 'plan-ended' ? ended : undefined;
  const ahead = birthday.date > ctx.asOf;
  // A birthday still ahead is shown once it falls before the plan's next review is due: that review is the one to plan
  // around it. A birthday further off leaves a review before it, which the plan's own rows already show.
  if (ahead && nextReview.due < birthday.date) return;
  const row = judge('child-protection.review-around-18th-birthday', birthday, {
    completion: endedAt18,
    started: `The child ${ahead ? 'turns' : 'turned'} 18 on ${inWords(birthday.date)}, while the subject of the child protection plan made on ${inWords(start.date)}.`,
    whileDue: `Working Together asks for a review around the birthday, planned in advance, to end the plan: it is due by ${inWords(birthday.date)}, the 18th birthday. Record plan-ended when the plan is ended.`,
  });
  if (row.status === 'overdue') {
    warn(
      ctx,
      'timeline.warning.plan-open-at-18',
      `The child turned 18 on ${inWords(birthday.date)} while the subject of the child protection plan made on ${inWords(start.date)}, and the plan is not recorded as ended. A child protection plan ends at 18: record plan-ended (Working Together asks for a review around the birthday to end it).`,
      [birthday, start],
    );
  }
}

/** Rows of a notification repeated at intervals: from the first and from each repeat, each met by the next repeat. */
function repeatingRows(cycle: RepeatingCycle, ids: readonly TimelineTimescaleId[], judge: Judge): void {
  const starts = [cycle.start, ...cycle.repeats];
  starts.forEach((start, i) => {
    const next = cycle.repeats[i];
    for (const id of ids) judge(id, start, { completion: next });
  });
}

function planTrigger(conference: RecordedEvent): string | undefined {
  return conference.type === 'transfer-in-conference-held'
    ? 'the transfer-in child protection conference, at which the receiving authority continued the child protection plan'
    : undefined;
}

/** For each process, the events that stop its clocks in this episode (closures of the episode, and events about the child), in order. */
function stopIndex(h: EpisodeHistory, ctx: TimelineContext): (process: TimelineProcessId) => RecordedEvent[] {
  const cache = new Map<TimelineProcessId, RecordedEvent[]>();
  return (process) => {
    let list = cache.get(process);
    if (!list) {
      const closures = clocksStoppedBy['case-closed'].includes(process) ? h.closures : [];
      const child = ctx.childEvents.filter((e) => clocksStoppedBy[e.type].includes(process));
      list = closures.length === 0 ? child : child.length === 0 ? closures : [...closures, ...child].sort((a, b) => a.seq - b.seq);
      cache.set(process, list);
    }
    return list;
  };
}

/** The first event after `seq` in a list in order (binary search: a long history stays fast). */
function firstAfter(list: readonly RecordedEvent[], seq: number): RecordedEvent | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return list[lo];
}

/** The latest booking still standing after the trigger (a later postponement of the same date cancels it), and the postponed dates. */
function bookingOf(bookings: readonly RecordedEvent[], after: number, due: IsoDate): Booking {
  const relevant = bookings.filter((b) => b.seq > after);
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
    const thing = workOf(row.satisfiedBy);
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
  if (h.bookings.size === 0) return; // nothing booked, nothing to warn of (and no need to list what the rows use)
  const used = new Set(rows.map((r) => r.satisfiedBy));
  for (const [type, list] of h.bookings) {
    if (used.has(type) || type === 'lcspr-published') continue; // a booked publication also starts the report clock
    warn(
      ctx,
      'timeline.warning.booking-without-deadline',
      `${capitalise(workOf(type))} is booked, but nothing in its episode starts the deadline it would meet; check the episode of the booking and of the events before it.`,
      list,
    );
  }
  const publications = h.bookings.get('lcspr-published');
  if (publications && h.reviews.length === 0) {
    warn(ctx, 'timeline.warning.booking-without-deadline', 'A publication of the review is booked, but no decision to initiate the review is recorded in its episode.', publications);
  }
}

/** Closing a case does not end a child protection plan; say so when a plan of the episode was still open (a plan ended the same day was not). */
function warnClosedPlans(h: EpisodeHistory, ctx: TimelineContext): void {
  for (const closure of h.closures) {
    const open = h.plans.find((p) => p.start.seq < closure.seq && (!p.ended || p.ended.date > closure.date));
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

/** The national alert may not be issued until three weeks after the child went missing (Luton's threshold): warn when it was issued sooner. */
function warnAlertBeforeThreeWeeks(issued: RecordedEvent, ctx: TimelineContext): void {
  let missing: RecordedEvent | undefined;
  for (const e of ctx.wentMissing) if (e.seq < issued.seq) missing = e;
  if (!missing) return;
  const id = 'national-alert.three-week-threshold';
  const earliest = earliestDateFor(id, missing.date, ctx.calendar);
  for (const reading of timescale(id).interpretations ?? []) ctx.relied.add(reading.id);
  if (issued.date >= earliest) return;
  warn(
    ctx,
    'timeline.warning.alert-before-three-weeks',
    `The national alert was issued on ${inWords(issued.date)}, before three weeks had passed since the child went missing on ${inWords(missing.date)}; Luton's procedure allows an alert from ${inWords(earliest)}, unless this was an exceptional alert (whose thresholds must also be met).`,
    [missing, issued],
  );
}

function warn(ctx: TimelineContext, code: string, message: string, events: RecordedEvent[]): void {
  ctx.warnings.push({ code, message, facts: events.map((e) => `events[${e.index}]`) });
}

function computeDeadline(id: TimelineTimescaleId, trigger: RecordedEvent, calendar: Calendar | undefined): Deadline {
  try {
    const deadline = deadlineFor(id, trigger.date, calendar);
    // A period in calendar days or months can be counted past the last year
    // the calendar serves, where the due date cannot be judged (is it a
    // working day?): refused here, against the event it was counted from.
    if (Number(deadline.due.slice(0, 4)) > LAST_SERVED_YEAR) resultOutOfRange('date', true);
    return deadline;
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
