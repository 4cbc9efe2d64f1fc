/**
 * `assessNeedToKnow`: whether the circumstances call for a Luton 'Need to
 * Know' notification, which circumstances of the guidance match, and what
 * follows. The Service Manager decides; the library advises.
 */
import { fitted } from '../engine/fitted.js';
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { inWords } from '../deadlines/deadline-words.js';
import { judgeDeadline, readingsReliedOn, timescaleReadings } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import { copyCitations, withOwnCitations, type Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { needToKnowInputSchema } from './input-schema.js';
import type { NeedToKnowInput } from './input-types.js';
import { parseDecisionOptions, resultRuleset, type DecisionOptions } from '../decision-options.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { parseInputFields } from '../../schemas/parse-input.js';
import type { DecisionResult } from '../engine/decision-result.js';
import { explainRun } from '../engine/explain-run.js';
import { factPosition, type FactValues } from '../engine/fact-values.js';
import { interpretationsOfActions } from '../engine/interpretation.js';
import type { RuleStatuses } from '../engine/rule-set.js';
import { computeDeadline } from '../deadlines/compute-deadline.js';
import { needToKnowCircumstanceFacts } from './facts.js';
import { needToKnowActionInterpretations } from './interpretations.js';
import { needToKnowActions } from './need-to-know-actions.js';
import { needToKnowRuleSet } from './rule-set.js';

const ruleById = new Map(needToKnowRuleSet.modules.map((m) => [m.id, m]));

/** The guidance's lists that are about a child by their nature. */
const childCategories: ReadonlySet<string> = new Set(['looked-after-and-care-leavers', 'child-in-need-and-child-protection']);

/**
 * The advice of `assessNeedToKnow`: `notification-required` when the case
 * matches a circumstance of Luton's Need to Know guidance, `not-required`
 * when it matches none, `insufficient-information` while an unanswered
 * circumstance could still match. The Service Manager decides either way.
 */
export type NeedToKnowOutcome = 'notification-required' | 'not-required' | 'insufficient-information';

/** A circumstance of the guidance that the case matches. */
export interface MatchedCircumstance {
  /** The rule id, e.g. `need-to-know.looked-after.missing`: its title and citations are in the rule's entry in `reasons` (the rule fired). */
  ruleId: string;
  /** The guidance's list it comes from, e.g. `looked-after-and-care-leavers`, `media`. */
  category: string;
  /** The interpretations (see `interpretations`) this circumstance rests on, e.g. "and" read as "or". */
  interpretationIds: string[];
}

/**
 * A Need to Know deadline (`NeedToKnowDecision.deadlines`): a missing
 * child's next weekly update, judged on `asOf` (`due`, or `overdue` once a
 * week has passed since `lastUpdateSentOn`), with the input field its week
 * was counted from.
 */
export type NeedToKnowDeadline = JudgedDeadline & {
  /**
   * What the week was counted from: the latest update (`lastUpdateSentOn`),
   * the notification (`notifiedOn`, updates taken to have kept to the weekly
   * schedule since), or `asOf` (no notification sent yet: it is taken to be
   * made that day).
   */
  countedFrom: 'lastUpdateSentOn' | 'notifiedOn' | 'asOf';
};

/**
 * What `assessNeedToKnow` returns: the advice on a Luton Need to Know
 * notification, the circumstances of the guidance the case matches, who
 * completes and receives the notification (`actions`), a missing child's
 * weekly updates, and the shared decision fields. Store it whole on the
 * child's record.
 */
export interface NeedToKnowDecision extends DecisionResult<NeedToKnowOutcome, 'need-to-know'> {
  /** Every circumstance of the guidance the case matches (empty unless a notification is advised). */
  circumstances: MatchedCircumstance[];
  /** For a missing child's notification, the next weekly update, judged on `asOf`. */
  deadlines: NeedToKnowDeadline[];
  /** The guidance leaves the decision to the Service Manager; the library only advises. */
  decidedBy: 'Service Manager';
  /** Who decides, and the room the guidance leaves them, in plain English. */
  discretion: string;
}

const DISCRETION =
  "The Service Manager decides whether a Need to Know notification is made, after the Team Manager consults them. The guidance's list of circumstances is not exhaustive, so a notification may be made in other serious situations too.";

/**
 * Decides whether a Luton Need to Know notification is advised.
 *
 * @param input - The date of the decision, the groups the child belongs to and a yes/no (or unknown) answer for each circumstance of the guidance.
 * @param options - `calendar`: the working-day calendar every deadline is counted on (England and Wales when left out).
 * @returns The advice (`outcome`, `insufficient-information` while a deciding answer is missing), the matching circumstances, who completes and receives the notification, actions, weekly update dates for a missing child and the explanation trace.
 * @throws {SafeguardingInputError} when the input is malformed or contradictory; each issue has a `path`, a `code` and a message that does not repeat free text.
 * @example
 * const result = assessNeedToKnow({ asOf: '2026-03-02', childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true });
 * result.outcome; // 'notification-required'
 */
export function assessNeedToKnow(input: ReadonlyInput<NeedToKnowInput>, options?: DecisionOptions): NeedToKnowDecision {
  const { calendar } = parseDecisionOptions(options);
  const { parsed, keys, values: fieldValues } = parseInputFields(needToKnowInputSchema(), input, 'input');
  const values = toFactValues(parsed, keys, fieldValues);
  const childDied = values[CHILD_DIED] === true;
  const run = needToKnowRuleSet.runValues(values);
  const ruleStatuses = run.statuses;
  const outcome = outcomeOf(ruleStatuses);

  // Each refers to its rule's entry in `reasons`, which names it (title, citations) once.
  const circumstances: MatchedCircumstance[] = run.fired.map((trace) => ({
    ruleId: trace.ruleId,
    category: String(trace.conclusion.category),
    interpretationIds: (ruleById.get(trace.ruleId)?.interpretations ?? []).map((i) => i.id),
  }));
  const flagged = (flag: string) => run.fired.some((trace) => trace.conclusion?.[flag] === true);

  const deadlines: NeedToKnowDeadline[] = [];
  let weekly: { deadline: Deadline; judged: NeedToKnowDeadline } | undefined;
  // Weekly updates run while the child is missing: not once the child is known
  // to be back (childMissing: false), when the notification is finalised
  // instead, nor once the child has died.
  if (outcome === 'notification-required' && flagged('missingChild') && parsed.childMissing !== false && !childDied) {
    weekly = weeklyUpdate(parsed, calendar);
    deadlines.push(weekly.judged);
  }

  const statuses = parsed.childStatus ?? [];
  const lookedAfterStatus = statuses.includes('looked-after') ? 'looked-after' : statuses.includes('care-leaver') ? 'care-leaver' : undefined;
  const adultInPositionOfTrust = flagged('adultInPositionOfTrust');

  const actions = needToKnowActions({
    outcome,
    adultInPositionOfTrust,
    otherCircumstance: run.fired.some((trace) => trace.conclusion?.adultInPositionOfTrust !== true),
    childInvolved: statuses.length > 0 || run.fired.some((trace) => childCategories.has(String(trace.conclusion?.category)) || trace.conclusion?.aboutChild === true),
    healthAndSafety: flagged('healthAndSafety'),
    childProtectionPlanChildMissing: run.fired.some((trace) => trace.ruleId === 'need-to-know.cin-cp.missing-from-home') && parsed.childMissing !== false && !childDied,
    ...(weekly ? { missingChildUpdate: weekly.deadline, missingChildUpdateOverdue: weekly.judged.status === 'overdue' } : {}),
    childDied,
    ...(lookedAfterStatus ? { lookedAfterStatus } : {}),
  });
  const explanation = explainRun({
    ruleSet: needToKnowRuleSet,
    run,
    statuses: ruleStatuses,
    outcome,
    // While no circumstance has matched, any undecided one could make the notification needed.
    couldChangeOutcome: () => true,
    outcomeOf,
    // While circumstances match, changing one answer can leave none matching
    // only if every matching circumstance reads it: the others stay matched.
    movable: outcome === 'notification-required' ? readByEveryRule(run.fired.map((trace) => needToKnowRuleSet.factsReadBy(trace.ruleId))) : undefined,
  });

  const interpretations = explanation.interpretations;
  for (const interpretation of interpretationsOfActions(actions.map((a) => a.id), needToKnowActionInterpretations)) interpretations.push(interpretation);
  // The readings the weekly update was counted by (a week is 7 calendar days, ...).
  if (weekly) for (const reading of timescaleReadings(new Set(readingsReliedOn(weekly.deadline)))) interpretations.push(reading);
  // Written out field by field, not spread from the explanation: a literal of
  // known fields is built in one step, where a spread copies key by key.
  const result: NeedToKnowDecision = {
    decision: 'need-to-know',
    outcome,
    input: parsed,
    reasons: run.rules,
    missingFacts: explanation.missingFacts,
    furtherQuestions: explanation.furtherQuestions,
    counterfactuals: explanation.counterfactuals,
    interpretations,
    warnings: explanation.warnings,
    deadlines,
    actions: fitted(withOwnCitations(actions)),
    ruleset: resultRuleset(needToKnowRuleSet.version, calendar),
    fingerprint: decisionFingerprint({ decision: 'need-to-know', input: parsed, outcome }),
    circumstances,
    decidedBy: 'Service Manager',
    discretion: DISCRETION,
  };
  return result;
}

/** Whether every one of these sets of facts (each rule's) holds the fact. */
function readByEveryRule(factsRead: readonly ReadonlySet<string>[]): (fact: string) => boolean {
  return (fact) => {
    for (let i = 0; i < factsRead.length; i++) if (!factsRead[i]!.has(fact)) return false;
    return true;
  };
}

/** Notification advised when a circumstance matches; undecided while one could still match. */
function outcomeOf(statuses: RuleStatuses): NeedToKnowOutcome {
  let unknown = false;
  const list = statuses.list;
  for (let i = 0; i < list.length; i++) {
    const status = list[i];
    if (status === 'fired') return 'notification-required';
    if (status === 'unknown') unknown = true;
  }
  return unknown ? 'insufficient-information' : 'not-required';
}

type ParsedInput = ReturnType<ReturnType<typeof needToKnowInputSchema>['parse']>;

const layout = needToKnowRuleSet.factLayout;
/** Every fact unknown, in layout order: copied for each decision (a packed array of the right length). */
const unknownValues: FactValues = layout.names.map(() => undefined);
const CHILD_STATUS = factPosition(layout, 'childStatus');
const CHILD_DIED = factPosition(layout, 'childDied');
const circumstancePositions = needToKnowCircumstanceFacts.map((fact) => factPosition(layout, fact));
/** By input field: the position of the circumstance it answers. */
const circumstancePositionOf: ReadonlyMap<string, number> = new Map(needToKnowCircumstanceFacts.map((fact, i) => [fact, circumstancePositions[i]!]));

/**
 * The rule facts, by position in the rule set's fact layout (built directly,
 * not through a record: a decision reads them once): the input's answers,
 * with unanswered circumstances left unknown, or answered "no" when the
 * practitioner has ruled out every circumstance they did not mark. It goes
 * through the fields given: the keys and values parseInputFields read when
 * it has them (a big snapshot is a hash table, so each look-up is a probe),
 * the parsed object's own otherwise.
 */
function toFactValues(parsed: ParsedInput, keys: readonly string[] | undefined, fieldValues: readonly unknown[] | undefined): FactValues {
  const values = unknownValues.slice();
  values[CHILD_STATUS] = parsed.childStatus;
  const fields = keys ?? Object.keys(parsed);
  for (let i = 0; i < fields.length; i++) {
    const position = circumstancePositionOf.get(fields[i]!);
    if (position !== undefined) values[position] = fieldValues !== undefined && keys !== undefined ? fieldValues[i] : parsed[fields[i] as keyof ParsedInput];
  }
  if (parsed.otherCircumstancesRuledOut === true) {
    for (let i = 0; i < circumstancePositions.length; i++) if (values[circumstancePositions[i]!] === undefined) values[circumstancePositions[i]!] = false;
  }
  return values;
}

/**
 * The next weekly update of a missing child's notification, judged on
 * `asOf`. Given the latest update sent, the next is due a week after it and
 * is overdue once that day is past `asOf`. Otherwise updates are taken to
 * have kept to the schedule from the notification (or from `asOf` when none
 * was sent yet), so the next one is still due.
 */
function weeklyUpdate(parsed: ParsedInput, calendar: Calendar | undefined): { deadline: Deadline; judged: NeedToKnowDeadline } {
  const asOf = parsed.asOf;
  const work = 'the next weekly update';
  if (parsed.lastUpdateSentOn !== undefined) {
    const deadline = computeDeadline('need-to-know.missing-child-weekly-update', 'lastUpdateSentOn', parsed.lastUpdateSentOn, calendar);
    const judged = judgeDeadline({ deadline, asOf, calendar, work, started: `The latest weekly update was sent on ${inWords(parsed.lastUpdateSentOn)}.` });
    return { deadline, judged: Object.assign(judged, { countedFrom: 'lastUpdateSentOn' as const }) };
  }
  const deadline = nextWeeklyUpdate(parsed.notifiedOn ?? asOf, asOf, calendar);
  const started =
    parsed.notifiedOn !== undefined
      ? `The notification was sent on ${inWords(parsed.notifiedOn)}; no weekly update is recorded (lastUpdateSentOn), so the updates are taken to have been sent each week since.`
      : `No notification date is given (notifiedOn), so the weeks are counted from ${inWords(asOf)}, taken as the day of the notification.`;
  const judged = judgeDeadline({ deadline, asOf, calendar, work, started });
  return { deadline, judged: Object.assign(judged, { countedFrom: parsed.notifiedOn !== undefined ? ('notifiedOn' as const) : ('asOf' as const) }) };
}

/**
 * The next weekly update of a missing child's notification on or after
 * `asOf`: updates fall due 7, 14, 21, ... days after the notification, and
 * the Deadline's trigger is the update (or the notification) before it.
 */
export function nextWeeklyUpdate(notifiedOn: IsoDate, asOf: IsoDate, calendar?: Calendar): Deadline {
  const elapsed = parseIsoDay(asOf)! - parseIsoDay(notifiedOn)!;
  const weeksAlreadyDue = Math.max(0, Math.ceil(elapsed / 7) - 1);
  // A due date past the calendar's last year is the fault of the later of the two input dates.
  const field = elapsed < 0 ? 'notifiedOn' : 'asOf';
  return computeDeadline('need-to-know.missing-child-weekly-update', field, addCalendarDays(notifiedOn, weeksAlreadyDue * 7), calendar);
}
