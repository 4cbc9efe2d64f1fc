/**
 * Reads a case history into episodes and, within each, the cycles that start
 * clocks: each referral with its decision and assessment, each strategy
 * discussion with its outcome, each plan with its core groups and reviews,
 * and so on. Events are sorted once per episode and walked once, so a long
 * history costs about n log n, never a search of the whole list per event.
 *
 * Checks a schema cannot make are collected into one `SafeguardingInputError`
 * whose issues name each event by its type, date and position (never its
 * episode id or any free text): events after `asOf` (other than bookings),
 * dates outside the calendar's years, a step with nothing to follow (a
 * decision with no referral), a step recorded twice for one cycle, and
 * conflicting outcomes.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { englandAndWales } from '../../calendar/england-and-wales.js';
import { SafeguardingInputError, formatPath, type InputIssue, type InputIssueCode } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import {
  childEventTypes,
  defaultEpisode,
  timelineEventTypes,
  type ReferralNextStep,
  type TimelineEventType,
} from './input-schema.js';
import type { StatutoryTimelineInput } from './input-types.js';
import type { StoppingEventType } from './processes.js';

export interface RecordedEvent {
  type: TimelineEventType;
  date: IsoDate;
  /** Position in `input.events`. */
  index: number;
  episode: string;
  planMade?: boolean;
  nextStep?: ReferralNextStep;
  reasonForDelay?: string;
  status?: 'scheduled' | 'postponed';
  /** `false` for a step recorded without its day (see `undatedEventTypes`). */
  dateRecorded?: false;
}

export interface ReferralCycle {
  referral: RecordedEvent;
  decision?: RecordedEvent;
  assessment?: RecordedEvent;
  /** The first later step of this referral that proves a decision was made. */
  laterStep?: RecordedEvent;
}

export interface Section47Cycle {
  strategy: RecordedEvent;
  conference?: RecordedEvent;
  noConference?: RecordedEvent;
}

export interface PlanCycle {
  /** The initial or transfer-in conference that made the plan. */
  start: RecordedEvent;
  coreGroups: RecordedEvent[];
  reviews: RecordedEvent[];
  /** `plan-ended`, or the conference of a later plan that replaced it. */
  ended?: RecordedEvent;
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
  /** Bookings (scheduled or postponed) by event type, by date. */
  bookings: Map<TimelineEventType, RecordedEvent[]>;
  /** `case-closed` events, by date. */
  closures: RecordedEvent[];
}

export interface CaseHistory {
  asOf: IsoDate;
  episodes: EpisodeHistory[];
  /** Events about the child (moved away, turned 18, died, looked after), by date. */
  childEvents: (RecordedEvent & { type: StoppingEventType })[];
}

const rank = new Map<TimelineEventType, number>(timelineEventTypes.map((t, i) => [t, i]));

export function readHistory(input: StatutoryTimelineInput, calendar: Calendar | undefined): CaseHistory {
  const issues: InputIssue[] = [];
  const report = (index: number | 'asOf', code: InputIssueCode, detail: string) => {
    const path = index === 'asOf' ? ['input', 'asOf'] : ['input', 'events', index, 'date'];
    issues.push({ path, code, message: `${formatPath(path)}: ${detail}` });
  };

  const { firstYear, lastYear } = calendar ?? englandAndWales;
  const inRange = (date: IsoDate) => {
    const year = Number(date.slice(0, 4));
    return year >= firstYear && year <= lastYear;
  };
  if (!inRange(input.asOf)) report('asOf', 'out-of-range', `"${input.asOf}" is outside the years the calendar serves (${firstYear} to ${lastYear})`);

  const byEpisode = new Map<string, RecordedEvent[]>();
  const childEvents: CaseHistory['childEvents'] = [];
  input.events.forEach((raw, index) => {
    // Field by field rather than spread: a long history reads thousands of events.
    const event: RecordedEvent = { type: raw.type, date: raw.date, index, episode: raw.episode ?? defaultEpisode };
    if (raw.planMade !== undefined) event.planMade = raw.planMade;
    if (raw.nextStep !== undefined) event.nextStep = raw.nextStep;
    if (raw.reasonForDelay !== undefined) event.reasonForDelay = raw.reasonForDelay;
    if (raw.status !== undefined) event.status = raw.status;
    if (raw.dateRecorded === false) event.dateRecorded = false;
    if (!inRange(event.date)) report(index, 'out-of-range', `${event.type}: "${event.date}" is outside the years the calendar serves (${firstYear} to ${lastYear})`);
    if (event.date > input.asOf && event.status === undefined) {
      report(index, 'date-order', `${name(event)} is after asOf (${input.asOf}); only a booking (status "scheduled") may be dated after asOf`);
    }
    if ((childEventTypes as readonly string[]).includes(event.type)) {
      childEvents.push(event as CaseHistory['childEvents'][number]);
      return;
    }
    const list = byEpisode.get(event.episode);
    if (list) list.push(event);
    else byEpisode.set(event.episode, [event]);
  });
  childEvents.sort(byDate);

  const episodes = [...byEpisode].map(([id, events]) => readEpisode(id, events.sort(byDate), report));
  if (issues.length > 0) throw new SafeguardingInputError(issues.sort((a, b) => comparePaths(a.path, b.path)));
  return { asOf: input.asOf, episodes, childEvents };
}

type Report = (index: number, code: InputIssueCode, detail: string) => void;

/** Walks one episode's events in date order, attaching each step to the latest cycle started before it. */
function readEpisode(id: string, events: RecordedEvent[], report: Report): EpisodeHistory {
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
    bookings: new Map(),
    closures: [],
  };
  const last = <T>(list: T[]): T | undefined => list[list.length - 1];
  const missing = (event: RecordedEvent, needs: TimelineEventType, why: string) =>
    report(event.index, 'required', `${name(event)} needs an earlier ${needs} in the same episode; ${why}`);
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
  const proveDecision = (event: RecordedEvent) => {
    const referral = last(h.referrals);
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
        const referral = last(h.referrals);
        if (!referral) missing(event, 'referral-received', 'the decision on next steps follows the referral and its deadline runs from it');
        else if (referral.decision) twice(event, referral.decision, referral.referral);
        else referral.decision = event;
        break;
      }
      case 'assessment-completed': {
        const referral = last(h.referrals);
        if (!referral) missing(event, 'referral-received', 'the assessment deadline runs from the referral');
        else if (referral.assessment) twice(event, referral.assessment, referral.referral);
        else {
          proveDecision(event);
          referral.assessment = event;
        }
        break;
      }
      case 'strategy-discussion-s47-initiated':
        proveDecision(event);
        h.section47s.push({ strategy: event });
        break;
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
          proveDecision(event);
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
        if (!plan) {
          const ended = last(h.plans)?.ended;
          const why = ended ? `the child protection plan ended on ${ended.date}` : 'no conference that made a child protection plan is recorded before it';
          report(event.index, 'required', `${name(event)} needs a child protection plan, but ${why}`);
        } else if (event.type === 'review-conference-held' && event.date === plan.start.date) {
          report(event.index, 'date-order', `${name(event)} is on the day of ${name(plan.start)}, the conference the child protection plan runs from; a review follows it`);
        } else {
          const list = event.type === 'core-group-meeting-held' ? plan.coreGroups : plan.reviews;
          const previous = last(list);
          if (previous && previous.date === event.date) report(event.index, 'duplicate', `${event.type} is recorded twice on ${event.date} (events[${previous.index}] and events[${event.index}])`);
          else list.push(event);
        }
        break;
      }
      case 'plan-ended': {
        const plan = openPlan();
        if (!plan) report(event.index, 'required', `${name(event)} needs a child protection plan, but no open plan is recorded before it`);
        else plan.ended = event;
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
        break;
      case 'allegation-received':
        h.allegations.push({ start: event });
        break;
      case 'designated-officer-informed': {
        const allegation = last(h.allegations);
        if (!allegation) missing(event, 'allegation-received', 'the one working day runs from the allegation');
        else if (allegation.done) twice(event, allegation.done, allegation.start);
        else allegation.done = event;
        break;
      }
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
        if (!arrangement || arrangement.ended) {
          const why = arrangement?.ended ? `the arrangement ended on ${arrangement.ended.date}` : 'no private-fostering-notified is recorded before it';
          report(event.index, 'required', `${name(event)} needs an open private fostering arrangement, but ${why}`);
        } else if (event.type === 'private-fostering-ended') arrangement.ended = event;
        else {
          const previous = last(arrangement.visits);
          if (previous && previous.date === event.date) report(event.index, 'duplicate', `${event.type} is recorded twice on ${event.date} (events[${previous.index}] and events[${event.index}])`);
          else arrangement.visits.push(event);
        }
        break;
      }
      default:
        // Child events never reach an episode (see readHistory).
        break;
    }
  }
  return h;
}

/** "referral-received on 2026-11-02 (events[0])": closed vocabulary only, never case data. */
export function name(e: RecordedEvent): string {
  return `${e.type} on ${e.date} (events[${e.index}])`;
}

/** Date order; on one day, the order of the process (a referral before its decision), then input order. */
function byDate(a: RecordedEvent, b: RecordedEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return rank.get(a.type)! - rank.get(b.type)! || a.index - b.index;
}

/** `asOf` first, then events by position, so issues read in the order of the input. */
function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  const at = (p: (string | number)[]) => (p[1] === 'asOf' ? -1 : (p[2] as number));
  return at(a) - at(b);
}
