/**
 * Turns the list of case events into one record per event type, checking what
 * a schema cannot: single events recorded twice, events in an impossible
 * order, events the deadline needs but that are missing, events after
 * `asOf`, and dates outside the years the calendar serves. Every problem is
 * collected into one `SafeguardingInputError` whose issues name the event by
 * its type and position.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { englandAndWales } from '../../calendar/england-and-wales.js';
import { SafeguardingInputError, formatPath, type InputIssue, type InputIssueCode } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { repeatableEventTypes, type StatutoryTimelineInput, type TimelineEventType } from '../../schemas/timeline.js';

export interface RecordedEvent {
  type: TimelineEventType;
  date: IsoDate;
  /** Position in `input.events`, for messages. */
  index: number;
}

export interface CaseEvents {
  asOf: IsoDate;
  single: Partial<Record<TimelineEventType, RecordedEvent>>;
  coreGroups: RecordedEvent[];
  reviews: RecordedEvent[];
  /** False only when the initial conference recorded `planMade: false`. */
  initialConferenceMadePlan: boolean;
  /** The conference the child protection plan runs from: the initial conference (when it made a plan) or the transfer-in conference, whichever is earlier. */
  planConference?: RecordedEvent;
}

export function readCaseEvents(input: StatutoryTimelineInput, calendar: Calendar | undefined): CaseEvents {
  const issues: InputIssue[] = [];
  const at = (index: number | 'asOf') => (index === 'asOf' ? ['input', 'asOf'] : ['input', 'events', index, 'date']);
  const report = (index: number | 'asOf', code: InputIssueCode, detail: string) => {
    const path = at(index);
    issues.push({ path, code, message: `${formatPath(path)}: ${detail}` });
  };
  const name = (e: RecordedEvent) => `${e.type} on ${e.date} (events[${e.index}])`;

  const { firstYear, lastYear } = calendar ?? englandAndWales;
  const inRange = (date: IsoDate) => {
    const year = Number(date.slice(0, 4));
    return year >= firstYear && year <= lastYear;
  };
  if (!inRange(input.asOf)) report('asOf', 'out-of-range', `"${input.asOf}" is outside the years the calendar serves (${firstYear} to ${lastYear})`);

  const single: Partial<Record<TimelineEventType, RecordedEvent>> = {};
  const coreGroups: RecordedEvent[] = [];
  const reviews: RecordedEvent[] = [];
  let initialConferenceMadePlan = true;

  input.events.forEach((raw, index) => {
    const event: RecordedEvent = { type: raw.type, date: raw.date, index };
    if (!inRange(event.date)) {
      report(index, 'out-of-range', `${event.type}: "${event.date}" is outside the years the calendar serves (${firstYear} to ${lastYear})`);
    }
    if (event.date > input.asOf) {
      report(index, 'date-order', `${name(event)} is after asOf (${input.asOf}); a timeline can only be judged on a date after its events`);
    }
    if (repeatableEventTypes.includes(event.type)) {
      const list = event.type === 'core-group-meeting-held' ? coreGroups : reviews;
      const same = list.find((e) => e.date === event.date);
      if (same) report(index, 'duplicate', `${event.type} is recorded twice on ${event.date} (events[${same.index}] and events[${index}])`);
      else list.push(event);
      return;
    }
    const earlier = single[event.type];
    if (earlier) {
      report(index, 'duplicate', `${event.type} can be recorded once in a case timeline, but is also events[${earlier.index}]`);
      return;
    }
    single[event.type] = event;
    if (event.type === 'initial-conference-held' && raw.planMade === false) initialConferenceMadePlan = false;
  });
  coreGroups.sort(byDate);
  reviews.sort(byDate);

  /** `later` must be on or after (or strictly after) `earlier`; `later` without `earlier` is an error when `required`. */
  const follows = (laterType: TimelineEventType, earlierType: TimelineEventType, why: string) => {
    const later = single[laterType];
    const earlier = single[earlierType];
    if (!later) return;
    if (!earlier) report(later.index, 'required', `${name(later)} is recorded but ${earlierType} is not; ${why}`);
    else if (later.date < earlier.date) report(later.index, 'date-order', `${name(later)} is before ${name(earlier)}; ${why}`);
  };
  follows('referral-decision-made', 'referral-received', 'the decision on next steps follows the referral and its deadline runs from it');
  follows('assessment-completed', 'referral-received', 'the assessment deadline runs from the referral');
  follows('initial-conference-held', 'strategy-discussion-s47-initiated', 'the conference deadline runs from the strategy discussion at which section 47 enquiries were initiated');
  follows('section-47-concluded-no-conference', 'strategy-discussion-s47-initiated', 'section 47 enquiries start at that strategy discussion');
  follows('transfer-in-conference-held', 'transfer-in-notification-received', 'the transfer-in conference deadline runs from the notification of the move');

  const initial = single['initial-conference-held'];
  const noConference = single['section-47-concluded-no-conference'];
  if (initial && noConference) {
    report(noConference.index, 'contradiction', `${name(noConference)} conflicts with ${name(initial)}; record one outcome of the section 47 enquiries`);
  }

  const conferences = [initialConferenceMadePlan ? initial : undefined, single['transfer-in-conference-held']].filter(
    (e): e is RecordedEvent => e !== undefined,
  );
  const planConference = conferences.sort(byDate)[0];
  const planEvents = [...coreGroups, ...reviews, ...(single['plan-ended'] ? [single['plan-ended']] : [])];
  for (const event of planEvents) {
    if (!planConference) {
      const why = initial && !initialConferenceMadePlan ? 'the initial conference recorded that no plan was made' : 'no initial or transfer-in conference is recorded';
      report(event.index, 'required', `${name(event)} needs a child protection plan, but ${why}`);
    } else if (event.date < planConference.date || (event.type === 'review-conference-held' && event.date === planConference.date)) {
      report(event.index, 'date-order', `${name(event)} is not after ${name(planConference)}, the conference the child protection plan runs from`);
    }
  }
  const planEnded = single['plan-ended'];
  if (planEnded) {
    for (const event of [...coreGroups, ...reviews]) {
      if (event.date > planEnded.date) report(event.index, 'date-order', `${name(event)} is after ${name(planEnded)}`);
    }
  }

  if (issues.length > 0) throw new SafeguardingInputError(issues.sort((a, b) => comparePaths(a.path, b.path)));
  return {
    asOf: input.asOf,
    single,
    coreGroups,
    reviews,
    initialConferenceMadePlan,
    ...(planConference ? { planConference } : {}),
  };
}

function byDate(a: RecordedEvent, b: RecordedEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index;
}

/** `asOf` first, then events by position, so issues read in the order of the input. */
function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  const rank = (p: (string | number)[]) => (p[1] === 'asOf' ? -1 : (p[2] as number));
  return rank(a) - rank(b);
}
