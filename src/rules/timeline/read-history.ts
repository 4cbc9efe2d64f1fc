/**
 * Reads a case history, as a case system exports it, into episodes and,
 * within each, the cycles that start clocks: each referral with its decision
 * and assessment, each section 47 enquiry with its outcome, each plan with
 * its core groups and reviews, and so on.
 *
 * The history is put in one order first, whatever the order of its rows: by
 * date, then the same-day order of `sameDayOrder`, then the fields of the
 * event. Identical rows are then one event (a warning names them), and each
 * event gets its place in that order (`seq`), which is what "before" means
 * everywhere after: a stop ends only the clocks started before it. The
 * child's death and 18th birthday bound what follows (events after them are
 * set aside, with a warning), and steps are matched to the cycle they belong
 * to (a decision or assessment to its referral, a second initiating strategy
 * discussion to the enquiries already open). Sorted once and walked once, so
 * a long history costs about n log n.
 *
 * A step with nothing before it to follow (a decision with no referral, a
 * review with no open plan) is set aside with a warning naming it, and the
 * rest is judged. Checks a schema cannot make are collected into one
 * `SafeguardingInputError` whose issues name each event by its type, date
 * and position (never its episode id or any free text): events after `asOf`
 * (other than bookings and the 18th birthday), dates outside the calendar's
 * years, a step recorded twice for one cycle with different details, and
 * conflicting outcomes.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import { englandAndWales } from '../../calendar/england-and-wales.js';
import { SafeguardingInputError, formatPath, type InputIssue, type InputIssueCode } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Warning } from '../engine/interpretation.js';
import { capitalise, inWords, recordedAs } from './event-words.js';
import { childEventTypes, defaultEpisode, type ReferralNextStep, type TimelineEventType } from './input-schema.js';
import type { StatutoryTimelineInput } from './input-types.js';
import { acceptedAfterDeath, acceptedAfterEighteen, boundByChildsLife, clocksStoppedBy, sameDayOrder, type StoppingEventType } from './processes.js';
import {
  childsLifeBoundsClocks,
  foundEndsMissingChildClocks,
  identicalRowsAreOneEvent,
  newPlanSupersedesOpenPlan,
  sameDayOrderRead,
  closureOnReferralDayRead,
  section47InitiatedOnce,
  outOfSequenceRowsSetAside,
  stepsMatchedToReferrals,
} from '../timescales/timeline-interpretations.js';

export interface RecordedEvent {
  type: TimelineEventType;
  date: IsoDate;
  /** Position in `input.events` (the first of identical rows). */
  index: number;
  /** Place in the history once in order (date, same-day order, fields), identical rows counted once: what "before" means. */
  seq: number;
  episode: string;
  planMade?: boolean;
  nextStep?: ReferralNextStep;
  reasonForDelay?: string;
  status?: 'scheduled' | 'postponed';
  referralDate?: IsoDate;
  /** True for an event accepted after the child's death or 18th birthday: it may end or complete what was open, never start a clock; with nothing open, it is ignored. */
  afterLife?: true;
  /** `false` for a step recorded without its day (see `undatedEventTypes`). */
  dateRecorded?: false;
  /** The event in words, written on first use by the rows that name it (episode-rows.ts). */
  words?: string;
}

export interface ReferralCycle {
  referral: RecordedEvent;
  decision?: RecordedEvent;
  assessment?: RecordedEvent;
  /** The first later step of this referral that proves a decision was made. */
  laterStep?: RecordedEvent;
  /** The first strategy discussion initiating section 47 enquiries after this referral (before the next one). */
  section47?: RecordedEvent;
}

export interface Section47Cycle {
  strategy: RecordedEvent;
  conference?: RecordedEvent;
  noConference?: RecordedEvent;
  /** Later strategy discussions of the same enquiries (held, or recorded again as initiating them). */
  reconvened: RecordedEvent[];
  /** How many referrals of the episode had been received when it started. */
  referralsBefore: number;
}

export interface PlanCycle {
  /** The initial or transfer-in conference that made the plan. */
  start: RecordedEvent;
  coreGroups: RecordedEvent[];
  reviews: RecordedEvent[];
  /** `plan-ended`, or the conference of a later plan that replaced it (in this episode or another). */
  ended?: RecordedEvent;
  /** When a plan of another episode replaced it, that episode's id. */
  replacedFromEpisode?: string;
}

export interface PairCycle {
  start: RecordedEvent;
  done?: RecordedEvent;
}

export interface IncidentCycle {
  aware: RecordedEvent;
  notified?: RecordedEvent;
  rapidReview?: RecordedEvent;
}

export interface ReviewCycle {
  decided: RecordedEvent;
  published?: RecordedEvent;
  reportSent?: RecordedEvent;
}

export interface FosteringCycle {
  notified: RecordedEvent;
  visits: RecordedEvent[];
  ended?: RecordedEvent;
}

/** A notification repeated at intervals: a missing child's Need to Know notification and its weekly updates, a national alert and its re-issues. */
export interface RepeatingCycle {
  start: RecordedEvent;
  repeats: RecordedEvent[];
}

export interface EpisodeHistory {
  id: string;
  referrals: ReferralCycle[];
  section47s: Section47Cycle[];
  /** Conferences that decided not to make (or continue) a plan. */
  noPlanConferences: RecordedEvent[];
  plans: PlanCycle[];
  transfers: PairCycle[];
  allegations: PairCycle[];
  incidents: IncidentCycle[];
  reviews: ReviewCycle[];
  fostering: FosteringCycle[];
  missingNotices: RepeatingCycle[];
  alerts: RepeatingCycle[];
  coroner: PairCycle[];
  registrations: PairCycle[];
  /** Bookings (scheduled or postponed) by event type, in order; a booking whose day has the event recorded as held is not kept. */
  bookings: Map<TimelineEventType, RecordedEvent[]>;
  /** `case-closed` events, in order. */
  closures: RecordedEvent[];
}

export interface CaseHistory {
  asOf: IsoDate;
  /** Episodes in the order of their first event. */
  episodes: EpisodeHistory[];
  /** Events about the child that stop clocks (moved away, turned 18, died, looked after, found), in order. */
  childEvents: (RecordedEvent & { type: StoppingEventType })[];
  /** The times the child went missing, in order. */
  wentMissing: RecordedEvent[];
  /** The child's 18th birthday, when recorded (it may be after `asOf`). */
  eighteenth?: RecordedEvent;
}

/** Where the reading of a history records what it repaired and the readings it relied on. */
export interface HistoryNotes {
  warnings: Warning[];
  relied: Set<string>;
}

const rank = new Map<TimelineEventType, number>(sameDayOrder.map((t, i) => [t, i]));
const childTypes: ReadonlySet<string> = new Set(childEventTypes);

type Report = (index: number, code: InputIssueCode, detail: string, field?: string) => void;

interface SortableEvent extends RecordedEvent {
  /**
   * Its date and the place of its type in the same-day order, as one number
   * (the day number times the number of places, plus its place): a history
   * is sorted by comparing numbers rather than date strings, in the same
   * order (a valid date's text sorts as its day does).
   */
  order: number;
  /** The fields that tell two events of one type and day apart, as one string (equal for identical rows); built only when needed (keyOf). */
  key: string | undefined;
}

/** The event's fields as one string, built on first use: only events of one type on one day are compared by it. A plan assumed made (planMade left out) is the same event as one said to be made. */
function keyOf(e: SortableEvent): string {
  return (e.key ??= `${e.episode}\u0000${e.planMade === false ? 'no-plan' : ''}\u0000${e.nextStep ?? ''}\u0000${e.status ?? ''}\u0000${e.referralDate ?? ''}\u0000${e.dateRecorded === false ? 'undated' : ''}\u0000${e.reasonForDelay ?? ''}`);
}

export function readHistory(input: StatutoryTimelineInput, calendar: Calendar | undefined, notes: HistoryNotes): CaseHistory {
  const issues: InputIssue[] = [];
  const report: Report = (index, code, detail, field = 'date') => {
    const path = ['input', 'events', index, field];
    issues.push({ path, code, message: `${formatPath(path)}: ${detail}` });
  };

  const { firstYear, lastYear } = calendar ?? englandAndWales;
  const inRange = (date: IsoDate) => {
    const year = Number(date.slice(0, 4));
    return year >= firstYear && year <= lastYear;
  };
  if (!inRange(input.asOf)) {
    const path = ['input', 'asOf'];
    issues.push({ path, code: 'out-of-range', message: `${formatPath(path)}: "${input.asOf}" is outside the years the calendar serves (${firstYear} to ${lastYear})` });
  }

  const events: SortableEvent[] = [];
  input.events.forEach((raw, index) => {
    const episode = raw.episode ?? defaultEpisode;
    // Every field in one literal, those an event does not carry left undefined (read as absent everywhere), so that
    // all events have one shape: a long history reads thousands, and the rows read them again and again.
    const event: SortableEvent = {
      type: raw.type,
      date: raw.date,
      index,
      seq: 0,
      episode,
      order: parseIsoDay(raw.date)! * sameDayOrder.length + rank.get(raw.type)!,
      key: undefined,
      words: undefined,
      planMade: raw.planMade,
      nextStep: raw.nextStep,
      reasonForDelay: raw.reasonForDelay,
      status: raw.status,
      referralDate: raw.referralDate,
      dateRecorded: raw.dateRecorded === false ? false : undefined,
      afterLife: undefined,
    };
    if (!inRange(event.date)) report(index, 'out-of-range', `${event.type}: "${event.date}" is outside the years the calendar serves (${firstYear} to ${lastYear})`);
    if (event.date > input.asOf && event.status === undefined && event.type !== 'child-turned-18') {
      report(index, 'date-order', `${name(event)} is after asOf (${input.asOf}); only a booking (status "scheduled") or the 18th birthday may be dated after asOf`);
    }
    events.push(event);
  });
  events.sort(inOrder);
  closeNewReferralsOnTheirDay(events, notes);

  // Identical rows are one event: keep the first (by position) and name the others.
  const kept: RecordedEvent[] = [];
  let group: SortableEvent[] = [];
  const closeGroup = () => {
    if (group.length > 1) warnIdentical(group, notes);
    group = [];
  };
  for (const event of events) {
    const first = group[0];
    if (first && first.date === event.date && first.type === event.type && keyOf(first) === keyOf(event)) {
      group.push(event);
      continue;
    }
    closeGroup();
    group.push(event);
    // Two events on one day: their order is the documented same-day order, not the record's.
    if (first && first.date === event.date) notes.relied.add(sameDayOrderRead.id);
    event.seq = kept.length;
    kept.push(event);
  }
  closeGroup();

  // The child's life bounds what follows: nothing starts (or completes) after the death or on or after the 18th birthday.
  let death: RecordedEvent | undefined;
  let eighteenth: RecordedEvent | undefined;
  const afterDeath: RecordedEvent[] = [];
  const afterEighteen: RecordedEvent[] = [];
  const childEvents: CaseHistory['childEvents'] = [];
  const wentMissing: RecordedEvent[] = [];
  const byEpisode = new Map<string, RecordedEvent[]>();
  for (const event of kept) {
    if (boundByChildsLife(event.type)) {
      if (death && !acceptedAfterDeath.includes(event.type)) {
        afterDeath.push(event);
        continue;
      }
      if (eighteenth && !acceptedAfterEighteen.includes(event.type)) {
        afterEighteen.push(event);
        continue;
      }
      // Accepted after the birthday (the review around it, say): it may complete a clock started before, never starts one.
      if (death || eighteenth) event.afterLife = true;
    }
    if (childTypes.has(event.type)) {
      if (event.type === 'child-died') death ??= event;
      if (event.type === 'child-turned-18') eighteenth ??= event;
      if (event.type === 'child-went-missing') wentMissing.push(event);
      else childEvents.push(event as CaseHistory['childEvents'][number]);
      continue;
    }
    const list = byEpisode.get(event.episode);
    if (list) list.push(event);
    else byEpisode.set(event.episode, [event]);
  }
  if (death && afterDeath.length > 0) {
    notes.relied.add(childsLifeBoundsClocks.id);
    warn(
      notes,
      'timeline.warning.event-after-death',
      `The child died on ${inWords(death.date)}, so nothing recorded after that starts or completes a clock; not judged: ${afterDeath.map(recordedAs).join('; ')}.`,
      [death, ...afterDeath],
    );
  }
  if (eighteenth && afterEighteen.length > 0) {
    notes.relied.add(childsLifeBoundsClocks.id);
    warn(
      notes,
      'timeline.warning.event-after-18th-birthday',
      `The child turned 18 on ${inWords(eighteenth.date)}, so nothing recorded on or after the birthday starts or completes a clock of children's social care; not judged: ${afterEighteen.map(recordedAs).join('; ')}.`,
      [eighteenth, ...afterEighteen],
    );
  }

  const found = childEvents.filter((e) => e.type === 'child-found').map((e) => e.seq);
  const episodes = [...byEpisode].map(([id, list]) => readEpisode(id, list, found, report, notes));
  replacePlansAcrossEpisodes(episodes, notes);
  if (issues.length > 0) throw new SafeguardingInputError(issues.sort((a, b) => comparePaths(a.path, b.path)));
  return { asOf: input.asOf, episodes, childEvents, wentMissing, ...(eighteenth ? { eighteenth } : {}) };
}

/** Walks one episode's events in order, attaching each step to the cycle it belongs to. */
function readEpisode(id: string, events: RecordedEvent[], found: readonly number[], report: Report, notes: HistoryNotes): EpisodeHistory {
  const h: EpisodeHistory = {
    id,
    referrals: [],
    section47s: [],
    noPlanConferences: [],
    plans: [],
    transfers: [],
    allegations: [],
    incidents: [],
    reviews: [],
    fostering: [],
    missingNotices: [],
    alerts: [],
    coroner: [],
    registrations: [],
    bookings: new Map(),
    closures: [],
  };
  const last = <T>(list: T[]): T | undefined => list[list.length - 1];
  // A row out of sequence (nothing before it for it to follow) is set aside with a warning, and the rest is judged.
  const setAside = (event: RecordedEvent, detail: string) => {
    notes.relied.add(outOfSequenceRowsSetAside.id);
    warn(notes, 'timeline.warning.out-of-sequence', `${capitalise(recordedAs(event))} (${idOf(event)}) is not judged: ${detail}. The rest of the history is judged without it; correct its date or episode, or record the step it follows.`, [event]);
  };
  const missing = (event: RecordedEvent, needs: TimelineEventType, why: string) => setAside(event, `it needs an earlier ${needs} in the same episode (${why})`);
  const twice = (event: RecordedEvent, earlier: RecordedEvent, of: RecordedEvent) =>
    report(
      event.index,
      'duplicate',
      `${name(event)} is a second ${event.type} for ${name(of)} (the first is ${name(earlier)}); record a new ${of.type} to start a new cycle, or give the events different episodes`,
    );
  const openPlan = () => {
    const plan = last(h.plans);
    return plan && !plan.ended ? plan : undefined;
  };
  const proveDecision = (referral: ReferralCycle | undefined, event: RecordedEvent) => {
    if (referral && !referral.decision && !referral.laterStep) referral.laterStep = event;
  };
  const startPlan = (conference: RecordedEvent) => {
    if (conference.planMade === false) {
      h.noPlanConferences.push(conference);
      return;
    }
    const open = openPlan();
    if (open) open.ended = conference;
    h.plans.push({ start: conference, coreGroups: [], reviews: [] });
  };
  let closedAt = -1;
  /** Whether the episode was closed after this referral was received (its clocks stopped there). */
  const closedSince = (r: ReferralCycle) => closedAt > r.referral.seq;
  /** The referral a decision or assessment names with `referralDate`, or undefined after reporting why there is none. */
  const named = (event: RecordedEvent): ReferralCycle | undefined => {
    const date = event.referralDate!;
    const referral = h.referrals.find((r) => r.referral.date === date);
    if (!referral) {
      if (date > event.date) setAside(event, `it names a referral received on ${date} (referralDate), after it`);
      else setAside(event, `it names a referral received on ${date} (referralDate), but no referral-received of its episode on that day comes before it`);
    }
    return referral;
  };
  const assessmentOpen = (r: ReferralCycle) =>
    !r.assessment && !(r.decision && (r.decision.nextStep === 'no-further-action' || r.decision.nextStep === 'early-help') && !r.section47);

  for (const event of events) {
    if (event.status !== undefined) {
      const list = h.bookings.get(event.type);
      if (list) list.push(event);
      else h.bookings.set(event.type, [event]);
      continue;
    }
    switch (event.type) {
      case 'referral-received':
        h.referrals.push({ referral: event });
        break;
      case 'referral-decision-made': {
        let referral: ReferralCycle | undefined;
        if (event.referralDate !== undefined) {
          referral = named(event);
          if (!referral) break;
        } else {
          // The latest referral waiting for a decision (not one closed since), else the latest waiting at all.
          if (h.referrals.length > 1) notes.relied.add(stepsMatchedToReferrals.id);
          const waiting = h.referrals.filter((r) => !r.decision && !closedSince(r));
          referral = waiting[waiting.length - 1] ?? findLast(h.referrals, (r) => !r.decision);
          if (waiting.length > 1) {
            // One decision often answers every contact waiting; the earlier referrals' one-working-day clocks stay open, so say which was matched.
            warn(
              notes,
              'timeline.warning.decision-matched-to-referral',
              `The decision on next steps made on ${inWords(event.date)} is taken to answer the referral received on ${inWords(referral!.referral.date)}, the latest waiting for one; ${waiting
                .slice(0, -1)
                .map((r) => `the referral received on ${inWords(r.referral.date)}`)
                .join(' and ')} also had no decision, and its deadline is judged on its own. If the decision answered another referral, name it (referralDate); if it answered each of them, record a decision for each.`,
              [event, ...waiting.map((r) => r.referral)],
            );
          }
          if (!referral) {
            const latest = last(h.referrals);
            if (latest) twice(event, latest.decision!, latest.referral);
            else missing(event, 'referral-received', 'the decision on next steps follows the referral and its deadline runs from it');
            break;
          }
        }
        if (referral.decision) twice(event, referral.decision, referral.referral);
        else referral.decision = event;
        break;
      }
      case 'assessment-completed': {
        let referral: ReferralCycle | undefined;
        if (event.referralDate !== undefined) {
          referral = named(event);
          if (!referral) break;
        } else {
          // The earliest referral whose assessment is open (not closed since), else the latest without an assessment.
          const open = h.referrals.filter((r) => assessmentOpen(r) && !closedSince(r));
          referral = open[0] ?? findLast(h.referrals, (r) => !r.assessment);
          if (h.referrals.length > 1) notes.relied.add(stepsMatchedToReferrals.id);
          if (open.length > 1) {
            warn(
              notes,
              'timeline.warning.assessment-matched-to-referral',
              `The assessment completed on ${inWords(event.date)} is taken to conclude the referral received on ${inWords(open[0]!.referral.date)}, the earliest with its assessment open; ${open
                .slice(1)
                .map((r) => `the referral received on ${inWords(r.referral.date)}`)
                .join(' and ')} also had one open. If it concluded another, name that referral (referralDate).`,
              [event, ...open.map((r) => r.referral)],
            );
          }
          if (!referral) {
            const latest = last(h.referrals);
            if (latest) twice(event, latest.assessment!, latest.referral);
            else missing(event, 'referral-received', 'the assessment deadline runs from the referral');
            break;
          }
        }
        if (referral.assessment) twice(event, referral.assessment, referral.referral);
        else {
          proveDecision(referral, event);
          referral.assessment = event;
        }
        break;
      }
      case 'strategy-discussion-s47-initiated': {
        const referral = last(h.referrals);
        proveDecision(referral, event);
        if (referral) referral.section47 ??= event;
        const open = last(h.section47s);
        if (open && !open.conference && !open.noConference && open.referralsBefore === h.referrals.length && closedAt < open.strategy.seq) {
          // Enquiries are initiated once: a second initiation of the same open enquiries is a reconvened discussion (Chapter 3, Section 4, Outcome of section 47 enquiries, page 100).
          open.reconvened.push(event);
          notes.relied.add(section47InitiatedOnce.id);
          warn(
            notes,
            'timeline.warning.second-section-47-initiation',
            `The strategy discussion of ${inWords(event.date)} is recorded as initiating section 47 enquiries, but those initiated on ${inWords(open.strategy.date)} have no outcome recorded and no referral or closure came between: it is read as a reconvened discussion, and the initial conference stays due from ${inWords(open.strategy.date)}. Record it as strategy-discussion-held if that is what it was.`,
            [open.strategy, event],
          );
        } else {
          h.section47s.push({ strategy: event, reconvened: [], referralsBefore: h.referrals.length });
        }
        break;
      }
      case 'strategy-discussion-held': {
        proveDecision(last(h.referrals), event);
        const open = last(h.section47s);
        if (open && !open.conference && !open.noConference) open.reconvened.push(event);
        break;
      }
      case 'initial-conference-held':
      case 'section-47-concluded-no-conference': {
        const s47 = last(h.section47s);
        const outcome = s47?.conference ?? s47?.noConference;
        if (!s47) {
          missing(event, 'strategy-discussion-s47-initiated', 'the conference deadline runs from the strategy discussion at which section 47 enquiries were initiated');
        } else if (outcome) {
          if (outcome.type === event.type) twice(event, outcome, s47.strategy);
          else report(event.index, 'contradiction', `${name(event)} conflicts with ${name(outcome)}; record one outcome of the section 47 enquiries started on ${s47.strategy.date}`);
        } else if (event.type === 'initial-conference-held') {
          proveDecision(last(h.referrals), event);
          s47.conference = event;
          startPlan(event);
        } else {
          s47.noConference = event;
        }
        break;
      }
      case 'core-group-meeting-held':
      case 'review-conference-held': {
        const plan = openPlan();
        if (!plan && event.afterLife) break;
        if (!plan) {
          const ended = last(h.plans)?.ended;
          const why = ended ? `the child protection plan ended on ${ended.date}` : 'no conference that made a child protection plan is recorded before it';
          setAside(event, `it needs a child protection plan, but ${why}`);
        } else if (event.type === 'review-conference-held' && event.date === plan.start.date) {
          setAside(event, `it is dated the same day as ${idOf(plan.start)} (${recordedAs(plan.start)}), the conference the child protection plan runs from; a review follows it`);
        } else {
          (event.type === 'core-group-meeting-held' ? plan.coreGroups : plan.reviews).push(event);
        }
        break;
      }
      case 'plan-ended': {
        const plan = openPlan();
        const previous = h.plans[h.plans.length - 2];
        if (plan && previous && previous.ended === plan.start && plan.start.date === event.date) {
          // A plan ended on the day a new conference replaced it: the end is the earlier plan's, and the new plan stays open.
          previous.ended = event;
          break;
        }
        if (plan) plan.ended = event;
        else if (!event.afterLife) setAside(event, `it needs a child protection plan, but no open plan is recorded before it`);
        break;
      }
      case 'transfer-in-notification-received':
        h.transfers.push({ start: event });
        break;
      case 'transfer-in-conference-held': {
        const transfer = last(h.transfers);
        if (!transfer) missing(event, 'transfer-in-notification-received', 'the transfer-in conference deadline runs from the notification of the move');
        else if (transfer.done) twice(event, transfer.done, transfer.start);
        else {
          transfer.done = event;
          startPlan(event);
        }
        break;
      }
      case 'case-closed':
        h.closures.push(event);
        closedAt = event.seq;
        break;
      case 'allegation-received':
        h.allegations.push({ start: event });
        break;
      case 'designated-officer-informed':
        pair(h.allegations, event, 'allegation-received', 'the one working day runs from the allegation');
        break;
      case 'serious-incident-aware':
        h.incidents.push({ aware: event });
        break;
      case 'serious-incident-notified':
      case 'rapid-review-submitted': {
        const incident = last(h.incidents);
        if (!incident) {
          missing(event, 'serious-incident-aware', 'the notification deadline runs from the day the safeguarding partners became aware of the incident');
        } else if (event.type === 'serious-incident-notified') {
          if (incident.notified) twice(event, incident.notified, incident.aware);
          else incident.notified = event;
        } else if (!incident.notified) {
          missing(event, 'serious-incident-notified', 'the rapid review deadline runs from the notification');
        } else if (incident.rapidReview) twice(event, incident.rapidReview, incident.aware);
        else incident.rapidReview = event;
        break;
      }
      case 'lcspr-decided':
        h.reviews.push({ decided: event });
        break;
      case 'lcspr-published':
      case 'lcspr-report-sent': {
        const review = last(h.reviews);
        const key = event.type === 'lcspr-published' ? 'published' : 'reportSent';
        if (!review) missing(event, 'lcspr-decided', 'the review and its report follow the decision to initiate it');
        else if (review[key]) twice(event, review[key], review.decided);
        else review[key] = event;
        break;
      }
      case 'private-fostering-notified':
        h.fostering.push({ notified: event, visits: [] });
        break;
      case 'private-fostering-visit':
      case 'private-fostering-ended': {
        const arrangement = last(h.fostering);
        if (event.afterLife && (!arrangement || arrangement.ended)) break;
        if (!arrangement || arrangement.ended) {
          const why = arrangement?.ended ? `the arrangement ended on ${arrangement.ended.date}` : 'no private-fostering-notified is recorded before it';
          setAside(event, `it needs an open private fostering arrangement, but ${why}`);
        } else if (event.type === 'private-fostering-ended') arrangement.ended = event;
        else arrangement.visits.push(event);
        break;
      }
      case 'need-to-know-missing-child-notified':
        repeatOrStart(h.missingNotices, event);
        break;
      case 'need-to-know-update-sent': {
        const notice = last(h.missingNotices);
        if (!notice) missing(event, 'need-to-know-missing-child-notified', 'weekly updates follow the Need to Know notification about the missing child');
        else if (!foundSince(notice, event)) notice.repeats.push(event);
        break;
      }
      case 'national-alert-issued':
        repeatOrStart(h.alerts, event);
        break;
      case 'national-alert-reissued': {
        const alert = last(h.alerts);
        if (!alert) missing(event, 'national-alert-issued', 'a re-issue follows the national alert');
        else if (!foundSince(alert, event)) alert.repeats.push(event);
        break;
      }
      case 'coroner-decided-to-investigate':
        h.coroner.push({ start: event });
        break;
      case 'coroner-notified-partners':
        pair(h.coroner, event, 'coroner-decided-to-investigate', "the coroner's three working days run from the decision to investigate");
        break;
      case 'death-registered':
        h.registrations.push({ start: event });
        break;
      case 'registrar-notified-partners':
        pair(h.registrations, event, 'death-registered', "the registrar's seven days run from the registration");
        break;
      default:
        // Child events never reach an episode (see readHistory).
        break;
    }
  }
  // A booking for a day on which the event is recorded as held was kept: it is not a booking still standing.
  const held = h.bookings.size === 0 ? undefined : new Set(events.filter((e) => e.status === undefined && h.bookings.has(e.type)).map((e) => `${e.type} ${e.date}`));
  for (const [type, list] of h.bookings) {
    const standing = list.filter((b) => b.status !== 'scheduled' || !held!.has(`${type} ${b.date}`));
    if (standing.length === 0) h.bookings.delete(type);
    else if (standing.length < list.length) h.bookings.set(type, standing);
  }
  return h;

  /** Whether the child was found after the latest notification of a cycle and before `event`. */
  function foundSince(cycle: RepeatingCycle, event: RecordedEvent): boolean {
    const latest = last(cycle.repeats) ?? cycle.start;
    return found.some((seq) => seq > latest.seq && seq < event.seq);
  }

  /**
   * A notification sent again while the child is still missing (not found
   * since the last one) repeats it; after the child was found, it starts
   * anew. An update or re-issue after the child was found (a closing update)
   * ends nothing and starts no clock.
   */
  function repeatOrStart(list: RepeatingCycle[], event: RecordedEvent): void {
    const cycle = last(list);
    if (cycle && !foundSince(cycle, event)) {
      cycle.repeats.push(event);
      notes.relied.add(foundEndsMissingChildClocks.id);
    } else list.push({ start: event, repeats: [] });
  }

  function pair(list: PairCycle[], event: RecordedEvent, needs: TimelineEventType, why: string): void {
    const cycle = last(list);
    if (!cycle) missing(event, needs, why);
    else if (cycle.done) twice(event, cycle.done, cycle.start);
    else cycle.done = event;
  }
}

/**
 * A child is the subject of one plan at a time: a plan made in one episode
 * while a plan of another is still open replaces it, as a later plan of the
 * same episode does, and the timeline warns.
 */
function replacePlansAcrossEpisodes(episodes: EpisodeHistory[], notes: HistoryNotes): void {
  if (episodes.length < 2) return;
  const plans: { plan: PlanCycle; h: EpisodeHistory }[] = [];
  for (const h of episodes) for (const plan of h.plans) plans.push({ plan, h });
  if (plans.length < 2) return;
  plans.sort((a, b) => a.plan.start.seq - b.plan.start.seq);
  for (let i = 1; i < plans.length; i++) {
    const { plan: earlier, h } = plans[i - 1]!;
    const next = plans[i]!;
    // Ended on the day the next plan starts is not open at the same time (the day's order puts the conference first);
    // a plan whose case was closed before has its clocks stopped already, and its own warning.
    const open = !earlier.ended || earlier.ended.date > next.plan.start.date;
    const closed = h.closures.some((c) => c.seq > earlier.start.seq && c.seq < next.plan.start.seq);
    if (h === next.h || !open || closed) continue;
    earlier.ended = next.plan.start;
    earlier.replacedFromEpisode = next.h.id;
    notes.relied.add(newPlanSupersedesOpenPlan.id);
    warn(
      notes,
      'timeline.warning.plan-open-in-another-episode',
      `The child protection plan made on ${inWords(earlier.start.date)} was not recorded as ended when a conference of another episode made a plan on ${inWords(next.plan.start.date)}; a child is the subject of one plan at a time, so the earlier plan's clocks stop that day. Record plan-ended for it.`,
      [earlier.start, next.plan.start],
    );
  }
}

/**
 * A closure recorded on the day a referral was received, in an episode with
 * no referral open before that day, can close nothing but that referral: it
 * is the referral's outcome (a contact closed with no further action), so it
 * is read after the referral, and ends its clocks, with a warning. The
 * same-day order (closures first) stays for a closure that has earlier work
 * of its episode to close.
 */
function closeNewReferralsOnTheirDay(events: SortableEvent[], notes: HistoryNotes): void {
  const open = new Set<string>();
  const warned = new Set<string>();
  /** Days (episode and date) whose closure closed earlier work and stays before the new referral. */
  const stayed = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.type === 'referral-received') open.add(event.episode);
    if (event.type !== 'case-closed') continue;
    const day = `${event.episode}\u0000${event.date}`;
    if (open.has(event.episode)) {
      open.delete(event.episode);
      if (!warned.has(day)) stayed.add(day);
      continue;
    }
    // A copy of a closure that closed earlier work (a row exported twice) is read with it, not as closing the new referral.
    if (stayed.has(day)) continue;
    let j = i + 1;
    while (j < events.length && events[j]!.date === event.date && !(events[j]!.type === 'referral-received' && events[j]!.episode === event.episode)) j++;
    if (j >= events.length || events[j]!.date !== event.date) continue;
    const referral = events[j]!;
    // Read the closure right after the referral it closes.
    events.splice(i, 1);
    events.splice(j, 0, event);
    i--; // the event now at i is the next one to read
    notes.relied.add(closureOnReferralDayRead.id);
    // A closure exported twice moves twice (the copies stay together, to be read as one row later): one warning for the day.
    if (warned.has(day)) continue;
    warned.add(day);
    warn(
      notes,
      'timeline.warning.closed-on-referral-day',
      `${capitalise(recordedAs(event))}, and ${recordedAs(referral)}: with no earlier referral of the episode open to close, the closure is read as the outcome of that referral, and ends its clocks.`,
      [event, referral],
    );
  }
}

function warnIdentical(group: RecordedEvent[], notes: HistoryNotes): void {
  const [first] = group;
  const rows = group.map((e) => `events[${e.index}]`);
  const times = group.length === 2 ? 'twice' : `${group.length} times`;
  const referral = first!.type === 'referral-received' && first!.status === undefined;
  notes.relied.add(identicalRowsAreOneEvent.id);
  notes.warnings.push({
    code: 'timeline.warning.duplicate-event',
    message: `${capitalise(recordedAs(first!))}: recorded ${times} with the same details (${rows.join(', ')}), and counted once${
      referral ? ': one referral, with one decision and one assessment due. Two referrals on one day in one episode are read as one; give separate referrals their own episodes' : ''
    }.`,
    facts: rows,
  });
}

function warn(notes: HistoryNotes, code: string, message: string, events: RecordedEvent[]): void {
  notes.warnings.push({ code, message, facts: events.map((e) => `events[${e.index}]`) });
}

function findLast<T>(list: T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

/** "events[0]": the row's position. */
function idOf(e: RecordedEvent): string {
  return `events[${e.index}]`;
}

/** "referral-received on 2026-11-02 (events[0])": closed vocabulary only, never case data. */
export function name(e: RecordedEvent): string {
  return `${e.type} on ${e.date} (events[${e.index}])`;
}

/** Date, then the same-day order, then the event's fields (identical rows next to each other), then position. */
function inOrder(a: SortableEvent, b: SortableEvent): number {
  if (a.order !== b.order) return a.order - b.order;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.index - b.index;
}

/** `asOf` first, then events by position, so issues read in the order of the input. */
function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  const at = (p: (string | number)[]) => (p[1] === 'asOf' ? -1 : (p[2] as number));
  return at(a) - at(b);
}
