/**
 * `statutoryTimeline(input)`: every statutory deadline of one child's case,
 * from referral to child protection reviews and transfer-in conferences, each
 * computed from the timescales registry and judged as of `input.asOf`.
 *
 * Chains modelled (all from Working Together 2026, Chapter 3):
 * - referral received -> decision on next steps (1 working day), assessment (45 working days);
 * - strategy discussion at which s47 enquiries were initiated -> initial conference (15 working days),
 *   unless the enquiries concluded that no conference is needed;
 * - initial conference that made a plan -> first core group (10 working days), first review (3 months);
 * - each review held -> next review (6 months), for as long as the plan lasts;
 * - notification of a permanent move in -> transfer-in conference (15 working days).
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { stateOf } from '../../calendar/calendar-state.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { SafeguardingInputError, formatPath, inputError } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { StatutoryTimelineInputSchema, timelineEventTypes, type StatutoryTimelineInput, type TimelineEventType } from '../../schemas/timeline.js';
import { rulesetVersion } from '../engine/ruleset-version.js';
import { deadlineFor } from '../timescales/deadline-for.js';
import { timescale } from '../timescales/registry.js';
import { readCaseEvents, type CaseEvents, type RecordedEvent } from './case-events.js';
import { describePeriod, judgeDeadline } from './judge-deadline.js';
import {
  timelineConventions,
  type CaseTimeline,
  type NotApplicableDeadline,
  type NotYetTriggeredDeadline,
  type TimelineDeadline,
} from './timeline-types.js';

/** The timescales the timeline covers, what starts each and what satisfies it. */
export const timelineTimescales = [
  { id: 'referral-and-assessment.decide-next-steps', startedBy: 'referral-received', satisfiedBy: 'referral-decision-made', done: 'decided' },
  { id: 'referral-and-assessment.assessment-complete', startedBy: 'referral-received', satisfiedBy: 'assessment-completed', done: 'completed' },
  { id: 'child-protection.initial-conference', startedBy: 'strategy-discussion-s47-initiated', satisfiedBy: 'initial-conference-held', done: 'held' },
  { id: 'child-protection.first-core-group', startedBy: 'initial-conference-held', satisfiedBy: 'core-group-meeting-held', done: 'held' },
  { id: 'child-protection.first-review-conference', startedBy: 'initial-conference-held', satisfiedBy: 'review-conference-held', done: 'held' },
  { id: 'child-protection.subsequent-review-conference', startedBy: 'review-conference-held', satisfiedBy: 'review-conference-held', done: 'held' },
  { id: 'child-protection.transfer-in-conference', startedBy: 'transfer-in-notification-received', satisfiedBy: 'transfer-in-conference-held', done: 'held' },
] as const satisfies readonly { id: string; startedBy: TimelineEventType; satisfiedBy: TimelineEventType; done: string }[];

type TimelineTimescaleId = (typeof timelineTimescales)[number]['id'];

export interface StatutoryTimelineOptions {
  /** The working-day calendar; England and Wales when left out. */
  calendar?: Calendar;
}

/**
 * Every statutory deadline of one case, each judged on `asOf` as met, due,
 * overdue or not yet triggered, with a sentence for the child's record.
 *
 * @param input - `asOf` (the day to judge on) and the case's events, each a `type` from `timelineEventTypes` and its date.
 * @param options - `calendar`: the working-day calendar (England and Wales when left out).
 * @returns The deadlines by due date, those that no longer apply and why, the counting conventions, warnings, interpretations and the rule set version.
 * @throws {SafeguardingInputError} when the input is malformed (an unknown event type, a date that is not a real `YYYY-MM-DD` date, too many events).
 * @example
 * const timeline = statutoryTimeline({
 *   asOf: '2027-01-20',
 *   events: [{ type: 'strategy-discussion-s47-initiated', date: '2026-12-14' }],
 * });
 * timeline.deadlines[0].status; // 'overdue': the initial conference was due 2027-01-07
 */
export function statutoryTimeline(input: ReadonlyInput<StatutoryTimelineInput>, options: StatutoryTimelineOptions = {}): CaseTimeline {
  if (options === null || typeof options !== 'object') inputError(['options'], 'invalid-type', 'expected an object');
  const { calendar } = options;
  stateOf(calendar, 'options.calendar'); // a clear error for something that is not a calendar, before any date arithmetic
  let parsed: StatutoryTimelineInput;
  try {
    parsed = parseInput(StatutoryTimelineInputSchema, input, 'input');
  } catch (error) {
    throw error instanceof SafeguardingInputError ? withEventTypes(error, input) : error;
  }
  const events = readCaseEvents(parsed, calendar);
  const builder = new TimelineBuilder(events, calendar);

  const { single } = events;
  builder.judge('referral-and-assessment.decide-next-steps', single['referral-received'], single['referral-decision-made']);
  builder.judge('referral-and-assessment.assessment-complete', single['referral-received'], single['assessment-completed']);

  const noConference = single['section-47-concluded-no-conference'];
  if (noConference) {
    const reason = `section 47 enquiries concluded on ${noConference.date} that no conference is needed`;
    builder.notApplicable('child-protection.initial-conference', reason);
    builder.notApplicable('child-protection.first-core-group', reason);
    builder.notApplicable('child-protection.first-review-conference', reason);
  } else {
    builder.judge('child-protection.initial-conference', single['strategy-discussion-s47-initiated'], single['initial-conference-held']);
  }

  judgePlan(builder, events);
  builder.judge('child-protection.transfer-in-conference', single['transfer-in-notification-received'], single['transfer-in-conference-held']);
  return builder.result();
}

/**
 * The schema's issues name an event only by its position; add the event's
 * type when it is one the timeline knows (a fixed word, never case data), so
 * `input.events[3].date (review-conference-held): "2026-02-30" is not a real
 * date` says which event to fix.
 */
function withEventTypes(error: SafeguardingInputError, input: unknown): SafeguardingInputError {
  const events = typeof input === 'object' && input !== null ? (input as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return error;
  const known: readonly string[] = timelineEventTypes;
  return new SafeguardingInputError(
    error.issues.map((issue) => {
      const [root, key, index] = issue.path;
      if (root !== 'input' || key !== 'events' || typeof index !== 'number') return issue;
      const event: unknown = events[index];
      const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
      const where = formatPath(issue.path);
      if (typeof type !== 'string' || !known.includes(type) || !issue.message.startsWith(`${where}: `)) return issue;
      return { ...issue, message: `${where} (${type}): ${issue.message.slice(where.length + 2)}` };
    }),
  );
}

/** Core group and review deadlines, which last as long as the child protection plan. */
function judgePlan(builder: TimelineBuilder, events: CaseEvents): void {
  const { single, coreGroups, reviews } = events;
  const initial = single['initial-conference-held'];
  const planEnded = single['plan-ended'];
  const endsOn = planEnded?.date;

  if (initial && !events.initialConferenceMadePlan) {
    const reason = `the initial conference on ${initial.date} did not make a child protection plan`;
    builder.notApplicable('child-protection.first-core-group', reason);
    builder.notApplicable('child-protection.first-review-conference', reason);
  } else if (initial) {
    builder.judge('child-protection.first-core-group', initial, coreGroups.find((m) => m.date >= initial.date), endsOn);
    builder.judge('child-protection.first-review-conference', initial, reviews[0], endsOn);
  }

  // Each review held starts the next six-month period; the last one's period
  // is still open unless the plan has ended.
  reviews.forEach((review, i) => builder.judge('child-protection.subsequent-review-conference', review, reviews[i + 1], endsOn));
  if (builder.has('child-protection.subsequent-review-conference')) return;
  if (planEnded) {
    builder.notApplicable('child-protection.subsequent-review-conference', `the child protection plan ended on ${planEnded.date}`);
  } else if (!events.planConference && (initial || single['section-47-concluded-no-conference'])) {
    builder.notApplicable('child-protection.subsequent-review-conference', 'no child protection plan was made');
  }
}

class TimelineBuilder {
  private readonly triggered: TimelineDeadline[] = [];
  private readonly touched = new Set<string>();
  private readonly inapplicable: NotApplicableDeadline[] = [];

  constructor(
    private readonly events: CaseEvents,
    private readonly calendar: Calendar | undefined,
  ) {}

  has(id: TimelineTimescaleId): boolean {
    return this.touched.has(id);
  }

  /** Judges one deadline started by `trigger` and satisfied by `completion`; does nothing when there is no trigger. */
  judge(id: TimelineTimescaleId, trigger: RecordedEvent | undefined, completion: RecordedEvent | undefined, endsOn?: IsoDate): void {
    if (!trigger) return;
    const spec = timelineTimescales.find((t) => t.id === id)!;
    this.touched.add(id);
    const deadline = this.deadline(id, trigger);
    const judged = judgeDeadline({
      deadline,
      satisfiedBy: spec.satisfiedBy,
      done: spec.done,
      ...(completion ? { completedOn: completion.date } : {}),
      ...(endsOn !== undefined ? { endsOn } : {}),
      asOf: this.events.asOf,
      calendar: this.calendar,
    });
    if (judged) this.triggered.push(judged);
    else this.notApplicable(id, `the child protection plan ended on ${endsOn} before this was due on ${deadline.due}`);
  }

  notApplicable(id: TimelineTimescaleId, reason: string): void {
    const t = timescale(id);
    this.touched.add(id);
    this.inapplicable.push({ id, title: t.title, reason, citation: t.citation });
  }

  result(): CaseTimeline {
    const waiting: NotYetTriggeredDeadline[] = timelineTimescales
      .filter((spec) => !this.touched.has(spec.id))
      .map((spec) => {
        const t = timescale(spec.id);
        const period = { amount: t.amount, unit: t.unit, direction: t.direction };
        return {
          status: 'not-yet-triggered',
          id: t.id,
          title: t.title,
          trigger: { event: t.trigger },
          period,
          citation: t.citation,
          waitingFor: spec.startedBy,
          satisfiedBy: spec.satisfiedBy,
          explanation: `Starts when ${spec.startedBy} is recorded: ${t.trigger}; then due within ${describePeriod({ period })}.`,
        };
      });
    const order = (a: TimelineDeadline & Deadline, b: TimelineDeadline & Deadline) =>
      compare(a.due, b.due) || compare(a.trigger.date, b.trigger.date) || registryRank(a.id) - registryRank(b.id);
    return {
      asOf: this.events.asOf,
      deadlines: [...(this.triggered as (TimelineDeadline & Deadline)[]).sort(order), ...waiting],
      notApplicable: this.inapplicable,
      conventions: [...timelineConventions],
      ruleset: timelineRuleset,
    };
  }

  /** The deadline from the registry; a due date beyond the calendar's years is reported against the event that starts it. */
  private deadline(id: TimelineTimescaleId, trigger: RecordedEvent): Deadline {
    try {
      return deadlineFor(id, trigger.date, this.calendar);
    } catch (error) {
      if (!(error instanceof SafeguardingInputError)) throw error;
      const path = ['input', 'events', trigger.index, 'date'];
      throw new SafeguardingInputError(
        error.issues.map((issue) => ({
          path,
          code: issue.code,
          message: `${formatPath(path)}: the ${id} deadline from ${trigger.type} on ${trigger.date} cannot be computed: ${issue.message.replace(/^[^:]*: /, '')}`,
        })),
      );
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function registryRank(id: string): number {
  return timelineTimescales.findIndex((t) => t.id === id);
}

/** The timescales the timeline uses, hashed, so a stored timeline can be traced to the rules that produced it. */
const timelineRuleset = rulesetVersion(timelineTimescales.map((t) => ({ ...t, timescale: timescale(t.id) })));
