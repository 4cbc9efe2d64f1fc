/**
 * `assessNeedToKnow`: whether the circumstances call for a Luton 'Need to
 * Know' notification, which circumstances of the guidance match, and what
 * follows; and for a notification already sent (`notifiedOn`), whether it is
 * kept open and updated, closed, or has been closed. The Service Manager
 * decides; the library advises.
 */
import { fitted } from '../engine/fitted.js';
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import { inWords } from '../deadlines/deadline-words.js';
import { dueDateUnknown, judgeDeadline, notYetTriggered, readingsReliedOn, timescaleReadings } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import { copyCitations, withOwnCitations, type Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { needToKnowInputSchema } from './input-schema.js';
import type { NeedToKnowInput } from './input-types.js';
import { parseDecisionOptions, resultRuleset, type DecisionOptions } from '../decision-options.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { parseInputFields } from '../../schemas/parse-input.js';
import type { DecisionResult, MissingFact, RuleTrace } from '../engine/decision-result.js';
import { explainRun } from '../engine/explain-run.js';
import { factPosition, type FactValues } from '../engine/fact-values.js';
import { interpretationsOfActions } from '../engine/interpretation.js';
import type { RuleStatuses } from '../engine/rule-set.js';
import { computeDeadline } from '../deadlines/compute-deadline.js';
import { needToKnowCircumstanceFacts, needToKnowCircumstanceQuestions } from './facts.js';
import { needToKnowActionInterpretations } from './interpretations.js';
import { needToKnowActions, type NotificationStage } from './need-to-know-actions.js';
import { needToKnowRuleSet } from './rule-set.js';
import { needToKnowCircumstanceRules } from './rules/index.js';

const ruleById = new Map(needToKnowRuleSet.modules.map((m) => [m.id, m]));

/** The guidance's lists that are about a child by their nature. */
const childCategories: ReadonlySet<string> = new Set(['looked-after-and-care-leavers', 'child-in-need-and-child-protection']);

/**
 * The advice of `assessNeedToKnow`. Before a notification is sent:
 * `notification-required` when the case matches a circumstance of Luton's
 * Need to Know guidance, `not-required` when it matches none. For a
 * notification already sent (`notifiedOn`): `keep-notification` (keep it
 * open and updated, weekly while a child is missing), `close-notification`
 * (the situation is resolved: finalise page 2), `notification-closed` (page 2
 * has been finalised). `insufficient-information` while an unanswered
 * question could change it. The Service Manager decides either way.
 */
export type NeedToKnowOutcome =
  | 'notification-required'
  | 'not-required'
  | 'keep-notification'
  | 'close-notification'
  | 'notification-closed'
  | 'insufficient-information';

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
 * child's next weekly update. For a notification already sent it is judged
 * on `asOf` (`due`, or `overdue` once a week has passed since the latest
 * update whose date is known), with the input field it was counted from;
 * for one advised but not yet sent it is `not-yet-triggered`.
 */
export type NeedToKnowDeadline = JudgedDeadline & {
  /**
   * For a started clock, what the week was counted from: the latest update
   * (`lastUpdateSentOn`), or the notification (`notifiedOn`, when no update
   * has been sent or the first is not yet due). Never assumed.
   */
  countedFrom?: 'lastUpdateSentOn' | 'notifiedOn';
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
  "The Service Manager decides whether a Need to Know notification is made, after the Team Manager consults them, and when a notification already sent is resolved and closed. The guidance's list of circumstances is not exhaustive, so a notification may be made in other serious situations too.";

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
  const missingNow = values[CHILD_MISSING_NOW] as boolean | undefined;
  const run = needToKnowRuleSet.runValues(values);
  const ruleStatuses = run.statuses;
  const outcome = outcomeOf(ruleStatuses);
  const sent = parsed.notifiedOn !== undefined;

  // Each refers to its rule's entry in `reasons`, which names it (title, citations) once; process rules are not circumstances.
  const circumstances: MatchedCircumstance[] = run.fired
    .filter((trace) => isCircumstanceRule.has(trace.ruleId))
    .map((trace) => ({
      ruleId: trace.ruleId,
      category: String(trace.conclusion?.category),
      interpretationIds: (ruleById.get(trace.ruleId)?.interpretations ?? []).map((i) => i.id),
    }));
  const flagged = (flag: string) => run.fired.some((trace) => trace.conclusion?.[flag] === true);
  const missingCircumstance = flagged('missingChild');

  const deadlines: NeedToKnowDeadline[] = [];
  const readings = new Set<string>();
  let weekly: NeedToKnowDeadline | undefined;
  if (sent && ruleStatuses.get(WEEKLY_UPDATE) === 'fired') {
    // A notification out, the child missing now, and the latest update's date known.
    weekly = weeklyUpdate(parsed, calendar, readings);
    deadlines.push(weekly);
  } else if (sent && missingNow === true && parsed.finalisedOn === undefined && ruleStatuses.get(WEEKLY_UPDATE) === 'unknown' && parsed.notifiedOn !== undefined) {
    // Out, the child missing, but the latest update's date not given: reported as due or overdue, never dropped.
    const ifNoneSince = computeDeadline(WEEKLY_TIMESCALE, 'notifiedOn', parsed.notifiedOn, calendar);
    for (const id of readingsReliedOn(ifNoneSince)) readings.add(id);
    deadlines.push(
      dueDateUnknown({
        ifNoneSince,
        asOf: parsed.asOf,
        work: 'the next weekly update',
        countsFrom: 'the latest update of the notification',
        known: `The notification was sent on ${inWords(parsed.notifiedOn)}.`,
        question: { fields: ['lastUpdateSentOn', 'anyUpdateSent'], question: 'When was the latest update of the notification sent, or has none been sent since it was first sent?' },
      }),
    );
  } else if (outcome === 'notification-required' && missingCircumstance && missingNow === true && !childDied) {
    // Advised, not yet sent: the first weekly update's clock starts when it is.
    weekly = notYetTriggered({ id: WEEKLY_TIMESCALE, work: 'the first weekly update', startsWhen: 'the notification is sent' });
    deadlines.push(weekly);
  }

  const statuses = parsed.childStatus ?? [];
  const lookedAfterStatus = statuses.includes('looked-after') ? 'looked-after' : statuses.includes('care-leaver') ? 'care-leaver' : undefined;
  const adultInPositionOfTrust = flagged('adultInPositionOfTrust');
  const stage: NotificationStage = !sent ? 'first' : outcome === 'notification-closed' ? 'closed' : outcome === 'close-notification' ? 'close' : outcome === 'keep-notification' ? 'keep' : 'open';

  const actions = needToKnowActions({
    outcome,
    stage,
    asOf: parsed.asOf,
    adultInPositionOfTrust,
    otherCircumstance: circumstances.some((c) => ruleById.get(c.ruleId)?.event.params?.adultInPositionOfTrust !== true),
    childInvolved:
      statuses.length > 0 ||
      run.fired.some((trace) => trace.conclusion?.aboutChild !== false && (childCategories.has(String(trace.conclusion?.category)) || trace.conclusion?.aboutChild === true)),
    residentialHome: flagged('residentialHome'),
    healthAndSafety: flagged('healthAndSafety'),
    childProtectionPlan: statuses.includes('child-protection-plan'),
    childProtectionPlanChildMissing: (fired(run.fired, CP_MISSING) || flagged('unborn')) && statuses.includes('child-protection-plan') && missingNow !== false && !childDied,
    unborn: parsed.childIsUnborn === true,
    lookedAfterChildMissing: lookedAfterStatus === 'looked-after' && missingNow === true && !childDied,
    missingNow,
    missingChildNotification: missingCircumstance || (sent && missingNow === true),
    ...(weekly ? { weeklyUpdate: weekly } : {}),
    latestUpdateAsked: sent && missingNow === true && ruleStatuses.get(WEEKLY_UPDATE) === 'unknown',
    childDied,
    deathOrSeriousInjury: flagged('deathOrSeriousInjury') || (sent && (childDied || parsed.childSeriousInjuryOrAccident === true)),
    ...(lookedAfterStatus ? { lookedAfterStatus } : {}),
  });
  const followUp = sent;
  const explanation = explainRun({
    ruleSet: needToKnowRuleSet,
    run,
    statuses: ruleStatuses,
    outcome,
    // Before a notification is sent, any undecided circumstance could make it
    // needed; once one is out, only whether the situation is resolved decides.
    couldChangeOutcome: (rule) => (followUp ? rule.ruleId === CLOSE || rule.ruleId === KEEP : isCircumstanceRule.has(rule.ruleId)),
    // Once a notification is out, only its weekly update can still add
    // something (and only while it is open); before, any circumstance can add
    // to the notification, except questions about a living child's life for
    // a child who has died.
    couldAddToResult: (rule) =>
      followUp
        ? rule.ruleId === WEEKLY_UPDATE && (outcome === 'keep-notification' || outcome === 'insufficient-information')
        : isCircumstanceRule.has(rule.ruleId) && !(childDied && livingChildRules.has(rule.ruleId)) && !(parsed.childIsUnborn === true && bornChildRules.has(rule.ruleId)),
    outcomeOf,
    // Before a notification: while circumstances match, changing one answer
    // can leave none matching only if every matching circumstance reads it.
    // After: only the Service Manager's answer on resolution moves the outcome.
    movable: followUp
      ? (fact) => fact === 'situationResolved' && parsed.situationResolved !== undefined
      : outcome === 'notification-required'
        ? readByEveryRule(run.fired.filter((trace) => isCircumstanceRule.has(trace.ruleId)).map((trace) => needToKnowRuleSet.factsReadBy(trace.ruleId)))
        : (fact) => !processFacts.has(fact),
    // The most decisive question first: the one whose rule the answers already given go furthest towards
    // (while the outcome is open; once decided, the further questions keep the rules' order).
    // Among equals, a case about a child (a status given, or unborn) asks about the child before staff, premises or media.
    ...(outcome === 'insufficient-information' ? { rank: statuses.length > 0 || parsed.childIsUnborn === true ? progressAboutChild : progressOf } : {}),
  });

  // Before a notification is sent, whether a missing child is missing now is asked before weekly updates are scheduled.
  const furtherQuestions = explanation.furtherQuestions;
  if (!sent && outcome === 'notification-required' && missingCircumstance && missingNow === undefined && !childDied) {
    const neededBy = run.fired.filter((trace) => trace.conclusion?.missingChild === true).map((trace) => trace.ruleId);
    if (!furtherQuestions.some((q) => q.fact === 'childMissing')) furtherQuestions.unshift(childMissingQuestion(neededBy));
  }

  const interpretations = explanation.interpretations;
  // Each reading once, though a rule and an action may both rest on it (the residential home's, say).
  for (const interpretation of interpretationsOfActions(actions.map((a) => a.id), needToKnowActionInterpretations)) {
    if (!interpretations.some((i) => i.id === interpretation.id)) interpretations.push(interpretation);
  }
  // Readings the result relies on besides its fired rules': weekly updates only while missing now (asked before scheduling).
  if (!sent && missingCircumstance && !childDied) pushRuleReadings(interpretations, WEEKLY_UPDATE, 'need-to-know.interpretation.weekly-updates-while-missing');
  // ...and, once one is out, no update judged on an assumed date (the latest update's date asked).
  if (sent && missingNow === true && ruleStatuses.get(WEEKLY_UPDATE) === 'unknown') {
    pushRuleReadings(interpretations, WEEKLY_UPDATE, 'need-to-know.interpretation.weekly-updates-while-missing');
    pushRuleReadings(interpretations, WEEKLY_UPDATE, 'need-to-know.interpretation.weekly-from-latest-update');
  }
  // The readings the weekly update was counted by (a week is 7 calendar days, ...).
  for (const reading of timescaleReadings(readings)) if (!interpretations.some((i) => i.id === reading.id)) interpretations.push(reading);
  // Written out field by field, not spread from the explanation: a literal of
  // known fields is built in one step, where a spread copies key by key.
  const result: NeedToKnowDecision = {
    decision: 'need-to-know',
    outcome,
    input: parsed,
    reasons: run.rules,
    missingFacts: explanation.missingFacts,
    furtherQuestions,
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

function fired(traces: readonly RuleTrace[], ruleId: string): boolean {
  return traces.some((trace) => trace.ruleId === ruleId);
}

/** How far the answers already given go towards a rule: its comparisons that passed. */
function progressOf(rule: RuleTrace): number {
  return passedIn(rule.conditions) * 2;
}

/** As `progressOf`, with a circumstance about a child ahead of others that the answers go as far towards. */
function progressAboutChild(rule: RuleTrace): number {
  return progressOf(rule) + (livingChildRules.has(rule.ruleId) || childDeathRules.has(rule.ruleId) || ruleById.get(rule.ruleId)?.event.params?.aboutChild === true ? 1 : 0);
}

function passedIn(node: RuleTrace['conditions']): number {
  if (node.kind === 'fact') return node.status === 'passed' ? 1 : 0;
  let passed = 0;
  for (let i = 0; i < node.conditions.length; i++) passed += passedIn(node.conditions[i]!);
  return passed;
}

function childMissingQuestion(neededBy: string[]): MissingFact {
  return { fact: 'childMissing', question: needToKnowCircumstanceQuestions.childMissing, neededBy };
}

/** Adds one reading a rule carries, when the result relies on it without the rule firing. */
function pushRuleReadings(into: ReturnType<typeof explainRun>['interpretations'], ruleId: string, id: string): void {
  if (into.some((i) => i.id === id)) return;
  const reading = needToKnowRuleSet.interpretationsOf([ruleId]).find((i) => i.id === id);
  if (reading) into.push(reading);
}

/** Whether every one of these sets of facts (each rule's) holds the fact. */
function readByEveryRule(factsRead: readonly ReadonlySet<string>[]): (fact: string) => boolean {
  return (fact) => {
    for (let i = 0; i < factsRead.length; i++) if (!factsRead[i]!.has(fact)) return false;
    return true;
  };
}

/**
 * For a notification already sent, the process rules decide: closed, closed
 * when resolved, kept open; undecided while whether it is resolved is open.
 * Before one is sent (the process rules all not-fired): a notification is
 * advised when a circumstance matches, undecided while one could still match.
 */
function outcomeOf(statuses: RuleStatuses): NeedToKnowOutcome {
  const list = statuses.list;
  if (list[CLOSED_AT] === 'fired') return 'notification-closed';
  if (list[CLOSE_AT] === 'fired') return 'close-notification';
  if (list[KEEP_AT] === 'fired') return 'keep-notification';
  if (list[CLOSE_AT] === 'unknown' || list[KEEP_AT] === 'unknown') return 'insufficient-information';
  let unknown = false;
  for (let i = 0; i < circumstanceAt.length; i++) {
    const status = list[circumstanceAt[i]!];
    if (status === 'fired') return 'notification-required';
    if (status === 'unknown') unknown = true;
  }
  return unknown ? 'insufficient-information' : 'not-required';
}

const CLOSED = 'need-to-know.process.closed';
const CLOSE = 'need-to-know.process.close-when-resolved';
const KEEP = 'need-to-know.process.keep-updated';
const WEEKLY_UPDATE = 'need-to-know.process.weekly-update';
const WEEKLY_TIMESCALE = 'need-to-know.missing-child-weekly-update';
const CP_MISSING = 'need-to-know.cin-cp.missing-from-home';
const ruleLayout = needToKnowRuleSet.layout;
const CLOSED_AT = ruleLayout.positions.get(CLOSED)!;
const CLOSE_AT = ruleLayout.positions.get(CLOSE)!;
const KEEP_AT = ruleLayout.positions.get(KEEP)!;
const isCircumstanceRule: ReadonlySet<string> = new Set(needToKnowCircumstanceRules.map((m) => m.id));
/** The positions of the circumstance rules among every rule's statuses (process and warning rules left out). */
const circumstanceAt: readonly number[] = needToKnowCircumstanceRules.map((m) => ruleLayout.positions.get(m.id)!);
/** The facts only a notification already sent reads (no circumstance changes with them before one is sent). */
const processFacts: ReadonlySet<string> = new Set(['situationResolved']);
/** Circumstances about a born child's life (missing from home, risky behaviours), not asked about an unborn child. */
const bornChildRules: ReadonlySet<string> = new Set(['need-to-know.cin-cp.missing-from-home', 'need-to-know.cin-cp.risky-behaviours']);
/** Circumstances about the child's own death or serious injury. */
const childDeathRules: ReadonlySet<string> = new Set(['need-to-know.looked-after.death', 'need-to-know.cin-cp.death-or-serious-injury', 'need-to-know.cin-cp.unusual-death-or-serious-injury']);
/** Circumstances about a living child's life, not asked about a child who has died. */
const livingChildRules: ReadonlySet<string> = new Set([
  'need-to-know.looked-after.missing',
  'need-to-know.looked-after.arrest-or-conviction',
  'need-to-know.looked-after.violent-incident',
  'need-to-know.looked-after.sexual-exploitation-investigation',
  'need-to-know.looked-after.mental-health-admission',
  'need-to-know.looked-after.remand-or-custody',
  'need-to-know.looked-after.suicide-attempt-or-serious-self-harm',
  'need-to-know.looked-after.serious-or-communicable-disease',
  'need-to-know.looked-after.significant-risk',
  'need-to-know.looked-after.serious-injury-or-accident',
  'need-to-know.cin-cp.missing-from-home',
  'need-to-know.cin-cp.risky-behaviours',
  'need-to-know.cin-cp.unborn-parents-whereabouts-unknown',
]);
type ParsedInput = ReturnType<ReturnType<typeof needToKnowInputSchema>['parse']>;

const layout = needToKnowRuleSet.factLayout;
/** Every fact unknown, in layout order: copied for each decision (a packed array of the right length). */
const unknownValues: FactValues = layout.names.map(() => undefined);
const CHILD_STATUS = factPosition(layout, 'childStatus');
const CHILD_DIED = factPosition(layout, 'childDied');
const CHILD_MISSING = factPosition(layout, 'childMissing');
const CHILD_IS_UNBORN = factPosition(layout, 'childIsUnborn');
const PARENTS_UNKNOWN = factPosition(layout, 'parentsWhereaboutsUnknown');
const CHILD_MISSING_NOW = factPosition(layout, 'childMissingNow');
const SITUATION_RESOLVED = factPosition(layout, 'situationResolved');
const NOTIFICATION_SENT = factPosition(layout, 'notificationSent');
const NOTIFICATION_FINALISED = factPosition(layout, 'notificationFinalised');
const LATEST_UPDATE_KNOWN = factPosition(layout, 'latestUpdateKnown');
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
  // Missing now: an unborn child whose parents cannot be found is missing
  // with them (see the interpretation); otherwise the answer given.
  // A child who has died is not missing (the weekly updates end; the death is the development to report).
  const unbornMissing = values[CHILD_IS_UNBORN] === true && values[PARENTS_UNKNOWN] === true;
  values[CHILD_MISSING_NOW] = values[CHILD_DIED] === true ? false : unbornMissing ? true : values[CHILD_MISSING];
  // The process of a notification already sent.
  const sent = parsed.notifiedOn !== undefined;
  values[NOTIFICATION_SENT] = sent;
  values[NOTIFICATION_FINALISED] = parsed.finalisedOn !== undefined;
  // A child still missing means the situation is not resolved (the schema refuses "resolved" with childMissing true).
  values[SITUATION_RESOLVED] = parsed.situationResolved ?? (values[CHILD_MISSING_NOW] === true ? false : undefined);
  values[LATEST_UPDATE_KNOWN] = sent && latestUpdate(parsed) !== undefined ? true : undefined;
  return values;
}

/**
 * The latest update of a notification already sent whose date is known: the
 * latest update when given; the notification itself when no update has been
 * sent (`anyUpdateSent: false`) or the first weekly one is not yet due.
 * Otherwise `undefined`: the date is asked, not assumed.
 */
function latestUpdate(parsed: ParsedInput): { field: 'lastUpdateSentOn' | 'notifiedOn'; date: string } | undefined {
  if (parsed.lastUpdateSentOn !== undefined) return { field: 'lastUpdateSentOn', date: parsed.lastUpdateSentOn };
  if (parsed.notifiedOn === undefined) return undefined;
  // Compared as day numbers: a week after a notification at the calendar's end would be past its range.
  if (parsed.anyUpdateSent === false || parseIsoDay(parsed.asOf)! - parseIsoDay(parsed.notifiedOn)! <= 7) return { field: 'notifiedOn', date: parsed.notifiedOn };
  return undefined;
}

/**
 * The next weekly update of a notification already sent, judged on `asOf`:
 * due a week after the latest update whose date is known (see
 * `latestUpdate`; the caller checks it is), and overdue once that day has
 * passed without a later one recorded.
 */
function weeklyUpdate(parsed: ParsedInput, calendar: Calendar | undefined, readings: Set<string>): NeedToKnowDeadline {
  const latest = latestUpdate(parsed)!;
  const deadline = computeDeadline(WEEKLY_TIMESCALE, latest.field, latest.date, calendar);
  for (const id of readingsReliedOn(deadline)) readings.add(id);
  const started =
    latest.field === 'lastUpdateSentOn'
      ? `The latest update of the notification was sent on ${inWords(latest.date)}.`
      : `The notification was sent on ${inWords(latest.date)}${parsed.anyUpdateSent === false ? ', and no update has been sent since' : ''}.`;
  const judged = judgeDeadline({ deadline, asOf: parsed.asOf, calendar, work: 'the next weekly update', started });
  return Object.assign(judged, { countedFrom: latest.field });
}
