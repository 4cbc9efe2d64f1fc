/**
 * `statutoryTimeline(input)`: every statutory deadline of one child's case
 * history, by episode, each computed from the timescales registry and judged
 * as of `input.asOf`.
 *
 * Chains followed (see `processes.ts` for the full table):
 * - referral received -> decision on next steps (1 working day), assessment (45 working days);
 * - strategy discussion at which s47 enquiries were initiated -> initial conference (15 working days);
 * - conference that made a plan (initial or transfer-in) -> first core group (10 working days),
 *   first review (3 months), then each review -> next review (6 months) while the plan lasts;
 * - notification of a permanent move in -> transfer-in conference (15 working days);
 * - allegation -> designated officer informed (1 working day);
 * - serious incident: aware -> Panel notified (5 working days) -> rapid review (15 working days);
 *   LCSPR decided -> published (6 months); publication -> report sent 7 working days before;
 * - private fostering: notification, then each visit -> next visit (6 weeks, 12 weeks after the first year);
 * - a plan open on the 18th birthday -> ended at a review around the birthday (due that day);
 * - a missing child: Need to Know notification, then each update -> next weekly update (1 week);
 *   national alert, then each re-issue -> next re-issue (6 months) and follow-up before deletion (12 months);
 * - child death: coroner's decision -> notification to the partners (3 working days);
 *   registration -> registrar's notification (7 calendar days).
 *
 * How the history is read (order, identical rows, the child's life, which
 * referral a step belongs to) is in `read-history.ts`.
 */
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { genuineCalendar } from '../../calendar/calendar-state.js';
import { readOnce } from '../../schemas/read-once.js';
import { SafeguardingInputError, formatPath, inputError } from '../../schemas/input-error.js';
import { parseRead } from '../../schemas/parse-input.js';
import { schemaFields } from '../../schemas/schema-fields.js';
import type { Interpretation } from '../engine/interpretation.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { rulesetVersion, type RulesetVersion } from '../engine/ruleset-version.js';
import { resultRuleset } from '../decision-options.js';
import { timescaleInterpretations } from '../timescales/timescale-interpretations.js';
import { timescale } from '../timescales/registry.js';
import { episodeRows, type TimelineContext } from './episode-rows.js';
import { statutoryTimelineInputSchema, timelineEventTypes } from './input-schema.js';
import type { StatutoryTimelineInput } from './input-types.js';
import { acceptedAfterDeath, acceptedAfterEighteen, clocksStoppedBy, sameDayOrder, timelineProcesses, timelineTimescales } from './processes.js';
import { readHistory, type EpisodeHistory } from './read-history.js';
import { timelineInterpretations } from '../timescales/timeline-interpretations.js';
import { timelineConventions, type CaseTimeline, type NotStartedProcess } from './timeline-types.js';
import { copyInterpretation } from '../engine/interpretation.js';

export { timelineTimescales, timelineProcesses } from './processes.js';

/** The options of `statutoryTimeline`: the calendar its deadlines are counted on. */
export interface StatutoryTimelineOptions {
  /** The working-day calendar used for every deadline; England and Wales when left out. */
  calendar?: Calendar;
}

/** The options' own field names, the only keys an issue's path may name (read-once.ts). */
const OPTION_FIELDS: ReadonlySet<string> = new Set(['calendar']);

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
 * timeline.episodes[0].deadlines[0].status; // 'overdue': the initial conference was due 2027-01-07
 */
export function statutoryTimeline(input: ReadonlyInput<StatutoryTimelineInput>, options: StatutoryTimelineOptions = {}): CaseTimeline {
  // Options and input are each read once (read-once.ts); the calendar is the library's own object behind the argument.
  const opts = readOnce(options, 'options', undefined, OPTION_FIELDS) as StatutoryTimelineOptions;
  if (opts === null || typeof opts !== 'object') inputError(['options'], 'invalid-type', 'expected an object');
  const calendar = genuineCalendar(opts.calendar, 'options.calendar'); // a clear error for something that is not a calendar, before any date arithmetic
  const fields = schemaFields(statutoryTimelineInputSchema());
  const snapshot = readOnce(input, 'input', undefined, fields);
  let parsed: StatutoryTimelineInput;
  try {
    // The snapshot is checked as it is (read once: a 2,000-event history is not copied twice).
    parsed = parseRead(statutoryTimelineInputSchema(), snapshot, 'input', fields).parsed;
  } catch (error) {
    throw error instanceof SafeguardingInputError ? withEventTypes(error, snapshot) : error;
  }
  const ctx: TimelineContext = { asOf: parsed.asOf, calendar, childEvents: [], wentMissing: [], eighteenth: undefined, relied: new Set(), warnings: [] };
  const history = readHistory(parsed, calendar, ctx);
  ctx.childEvents = history.childEvents;
  ctx.wentMissing = history.wentMissing;
  ctx.eighteenth = history.eighteenth;
  const episodes = history.episodes.map((h) => ({ id: h.id, deadlines: episodeRows(h, ctx) }));
  return {
    decision: 'timeline',
    asOf: parsed.asOf,
    input: parsed,
    episodes,
    notStarted: notStarted(history.episodes),
    warnings: ctx.warnings,
    interpretations: reliedOn(ctx.relied),
    conventions: [...timelineConventions],
    ruleset: resultRuleset(timelineRuleset(), calendar),
    fingerprint: decisionFingerprint({ decision: 'timeline', input: parsed }),
  };
}

/** Processes no episode has started, each listed once. */
function notStarted(episodes: EpisodeHistory[]): NotStartedProcess[] {
  const started = new Set<string>();
  for (const h of episodes) {
    if (h.referrals.length > 0) started.add('referral');
    if (h.section47s.length > 0) started.add('section-47');
    if (h.plans.length > 0 || h.noPlanConferences.length > 0) started.add('child-protection-plan');
    if (h.transfers.length > 0) started.add('transfer-in');
    if (h.allegations.length > 0) started.add('lado');
    if (h.incidents.length > 0) started.add('serious-incident');
    if (h.reviews.length > 0) started.add('lcspr');
    if (h.fostering.length > 0) started.add('private-fostering');
    if (h.missingNotices.length > 0) started.add('missing-child');
    if (h.alerts.length > 0) started.add('national-alert');
    if (h.coroner.length > 0) started.add('coroner');
    if (h.registrations.length > 0) started.add('death-registration');
  }
  return timelineProcesses
    .filter((p) => !started.has(p.id))
    .map((p) => ({ process: p.id, title: p.title, startedBy: p.startedBy, timescales: timelineTimescales.filter((t) => t.process === p.id).map((t) => t.id) }));
}

/** Fresh copies of the interpretations relied on, in catalogue order. */
function reliedOn(ids: Set<string>): Interpretation[] {
  return timescaleInterpretations.filter((i) => ids.has(i.id)).map(copyInterpretation);
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

/**
 * Everything the timeline's statuses depend on, hashed, so a stored timeline
 * can be traced to the rules that produced it. Hashed on first use, not at
 * import.
 */
let timelineVersion: RulesetVersion | undefined;
function timelineRuleset(): RulesetVersion {
  return (timelineVersion ??= rulesetVersion({
    timescales: timelineTimescales.map((t) => ({ ...t, timescale: timescale(t.id) })),
    clocksStoppedBy,
    sameDayOrder,
    acceptedAfterDeath,
    acceptedAfterEighteen,
    interpretations: timelineInterpretations,
    conventions: timelineConventions,
  }));
}
