/**
 * `assessNationalAlert`: whether Luton should issue a national child
 * protection alert for a missing child, which thresholds are not yet met
 * (and when the three-week one will be), the sign-off chain, and the
 * re-issue and deletion dates. The Head of Service signs off; the library
 * advises.
 */
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { copyCitations, withOwnCitations, type Citation } from '../../schemas/citation.js';
import { SafeguardingInputError, type InputIssue } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { nationalAlertInputSchema } from './input-schema.js';
import type { NationalAlertInput } from './input-types.js';
import { parseDecisionOptions, resultRuleset, type DecisionOptions } from '../decision-options.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { DecisionResult, RuleTrace } from '../engine/decision-result.js';
import { explainRun } from '../engine/explain-run.js';
import type { RuleModule, RuleStatus } from '../engine/rule-module.js';
import type { RuleStatuses } from '../engine/rule-set.js';
import { computeDeadline, computeEarliestDate } from '../deadlines/compute-deadline.js';
import { inWords } from '../deadlines/deadline-words.js';
import { judgeDeadline, readingsReliedOn, timescaleReadings } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import { nationalAlertQuestionFacts } from './facts.js';
import { factRecord } from '../engine/fact-record.js';
import { nationalAlertActions } from './national-alert-actions.js';
import { nationalAlertRuleSet } from './rule-set.js';
import { eligibilityRules, exclusionRules, followUpRules, thresholdRules } from './rules/index.js';

/**
 * `issue-alert`, `not-yet`, `not-eligible`: for an alert not yet issued.
 * `keep-alert` (re-issue every six months) and `end-alert` (send the "found"
 * notification): for an alert already issued (`alertIssuedOn`).
 */
export type NationalAlertOutcome = 'issue-alert' | 'not-yet' | 'not-eligible' | 'keep-alert' | 'end-alert' | 'insufficient-information';

/** One of the procedure's four notification thresholds, and whether this case meets it. */
export interface ThresholdCheck {
  ruleId: string;
  title: string;
  status: 'met' | 'not-met' | 'unknown';
  citation: Citation[];
}

/**
 * Whether the child is eligible for a national child protection alert
 * (`NationalAlertDecision.eligibility`): through a child protection plan,
 * or only through one of the procedure's exceptional alerts. The thresholds
 * are reported apart, in `thresholds`.
 */
export interface NationalAlertEligibility {
  /** `not-reassessed` for an alert already issued: eligibility was settled when it was issued and is not asked again. */
  status: 'eligible' | 'not-eligible' | 'unknown' | 'not-reassessed';
  /** The eligibility rules that fired (the standard child protection plan route and/or an exceptional alert). */
  routes: string[];
  /** True when the child is eligible only through one of the procedure's exceptional alerts. */
  exceptional: boolean;
}

/**
 * A national alert deadline (`NationalAlertDecision.deadlines`): the next
 * six-monthly re-issue, or the date other authorities delete the alert
 * without a follow-up, judged on `asOf` (`due` or `overdue`), with the input
 * field it was counted from.
 */
export type NationalAlertDeadline = JudgedDeadline & {
  /**
   * What it was counted from: the latest re-issue (`lastFollowUpOn`), the
   * alert (`alertIssuedOn`), or `asOf` for an alert advised but not yet
   * issued (taken to be issued that day).
   */
  countedFrom: 'lastFollowUpOn' | 'alertIssuedOn' | 'asOf';
};

/**
 * What `assessNationalAlert` returns: whether to issue (or keep, or end) a
 * national child protection alert for a missing child, eligibility and the
 * four thresholds, the earliest day an alert may be issued
 * (`earliestAlertOn`, not a deadline), the sign-off chain (`actions`,
 * `decidedBy`), the re-issue and deletion deadlines (`deadlines`), and the
 * shared decision fields.
 */
export interface NationalAlertDecision extends DecisionResult<NationalAlertOutcome, 'national-alert'> {
  /** For an alert advised or kept: the next re-issue and the deletion date without a follow-up, judged on `asOf`. */
  deadlines: NationalAlertDeadline[];
  /** Whether the child is eligible, and by which route. */
  eligibility: NationalAlertEligibility;
  /** All four thresholds, in the procedure's order. */
  thresholds: ThresholdCheck[];
  /** The rule ids of the thresholds known not to be met (each listed in full in `thresholds`). */
  unmetThresholds: string[];
  /**
   * The first day on which three weeks have passed since the family went
   * missing, so the earliest day an alert may be issued: given only when that
   * is the one thing left (eligible, every other threshold met,
   * `missingSince` known). It is not a deadline, and is not in `deadlines`.
   */
  earliestAlertOn?: IsoDate;
  /**
   * Whether an alert can be issued (or kept) on these answers: `true` for
   * `issue-alert` and `keep-alert`; `false` for the other decided outcomes,
   * and as soon as a threshold is known to be unmet or the child is known not
   * to be eligible even while the outcome is still `insufficient-information`
   * (e.g. an ineligible child whose thresholds are unanswered: those answers
   * only tell "not yet" from "not eligible").
   */
  alertPossible: boolean | 'unknown';
  /** The Head of Service signs off every national alert; the library only advises. */
  decidedBy: 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement';
  /** Who signs off and who judges what, in plain English. */
  discretion: string;
}

const DISCRETION =
  'The Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement approves and signs off every national alert, after the Service Manager has quality assured it; for an exceptional alert after a section 47 investigation, the Designated Officer judges whether the danger justifies it.';

// The keys in the order they are written, so a fact object keeps V8's fast form (fact-record.ts).
const newFacts = factRecord(['subject', ...nationalAlertQuestionFacts, 'alertIssued', 'daysMissing']);

/**
 * Decides whether a national child protection alert should be issued for a missing child.
 *
 * @param input - The date of the decision, who the alert is about, the answers to the eligibility and threshold questions, and the dates of the disappearance and of any alert issued.
 * @param options - `calendar`: the working-day calendar every deadline is counted on (England and Wales when left out).
 * @returns Whether to issue an alert, the thresholds not met, the earliest date the three-week threshold is met, the sign-off chain, re-issue and deletion dates and the explanation trace.
 * @throws {SafeguardingInputError} when the input is malformed or contradictory; each issue has a `path`, a `code` and a message that does not repeat free text.
 * @example
 * const result = assessNationalAlert({
 *   asOf: '2026-04-20', subject: 'child', childProtectionPlan: true, familyMissing: true, knownLocality: false,
 *   inCare: false, unaccompaniedAsylumSeeker: false,
 *   temporaryAbsenceExcluded: true, policeChecked: true, keyAgenciesContacted: true, missingSince: '2026-03-18',
 * });
 * result.outcome; // 'issue-alert'
 */
export function assessNationalAlert(input: ReadonlyInput<NationalAlertInput>, options?: DecisionOptions): NationalAlertDecision {
  const { calendar } = parseDecisionOptions(options);
  const parsed = parseInput(nationalAlertInputSchema(), input, 'input');

  const facts = newFacts();
  facts.subject = parsed.subject;
  for (const fact of nationalAlertQuestionFacts) facts[fact] = parsed[fact];
  facts.alertIssued = parsed.alertIssuedOn !== undefined;
  facts.daysMissing = parsed.missingSince === undefined ? undefined : dayNumber(parsed.asOf) - dayNumber(parsed.missingSince);

  const run = nationalAlertRuleSet.run(facts);
  const traceOf = new Map(run.rules.map((r) => [r.ruleId, r]));
  const statuses: RuleStatuses = run.statuses;

  const fired = eligibilityRules.map((m) => traceOf.get(m.id)!).filter((r) => r.status === 'fired');
  const eligibility: NationalAlertEligibility = {
    status: parsed.alertIssuedOn !== undefined ? 'not-reassessed' : eligibilityStatus(statuses),
    routes: fired.map((r) => r.ruleId),
    exceptional: fired.length > 0 && fired.every((r) => r.conclusion?.exceptional === true),
  };
  const thresholds = thresholdRules.map((m) => thresholdCheck(m, traceOf.get(m.id)!.status));
  const unmetChecks = thresholds.filter((t) => t.status === 'not-met');
  const unmetThresholds = unmetChecks.map((t) => t.ruleId);
  const outcome = outcomeOf(statuses);
  const excluded = statuses.get(VULNERABLE_ADULT);

  const followUpMode = parsed.alertIssuedOn !== undefined;
  const deadlines: NationalAlertDeadline[] = [];
  const readings = new Set<string>();
  let earliestAlertOn: IsoDate | undefined;
  // The three-week date is worth giving only when it is the one thing left:
  // eligible and every other threshold met.
  const onlyThreeWeeksLeft =
    !followUpMode &&
    eligibility.status === 'eligible' &&
    thresholds.every((t) => (t.ruleId === THREE_WEEKS ? t.status === 'not-met' : t.status === 'met'));
  if (parsed.missingSince !== undefined && onlyThreeWeeksLeft) {
    earliestAlertOn = computeEarliestDate('national-alert.three-week-threshold', 'missingSince', parsed.missingSince, calendar);
  }
  let reissue: Deadline | undefined;
  let deletion: Deadline | undefined;
  if (outcome === 'issue-alert' || (followUpMode && outcome !== 'end-alert')) {
    // Re-issue and deletion count from the latest notification; before the
    // alert is issued, from the decision date. A date past the calendar's
    // range is reported against the field it was counted from.
    const latestField: NationalAlertDeadline['countedFrom'] = parsed.lastFollowUpOn !== undefined ? 'lastFollowUpOn' : parsed.alertIssuedOn !== undefined ? 'alertIssuedOn' : 'asOf';
    const latest = parsed[latestField]!;
    reissue = computeDeadline('national-alert.reissue', latestField, latest, calendar);
    deletion = computeDeadline('national-alert.deletion-by-other-authorities', latestField, latest, calendar);
    const started =
      latestField === 'lastFollowUpOn'
        ? `The latest re-issue of the national alert was sent on ${inWords(latest)}.`
        : latestField === 'alertIssuedOn'
          ? `The national alert was issued on ${inWords(latest)}.`
          : `The alert is not yet issued; the months are counted from ${inWords(latest)}, taken as the day it is issued.`;
    for (const [deadline, work] of [
      [reissue, 'the next re-issue of the alert'],
      [deletion, 'a follow-up notification before other authorities delete the alert'],
    ] as const) {
      for (const id of readingsReliedOn(deadline)) readings.add(id);
      deadlines.push(Object.assign(judgeDeadline({ deadline, asOf: parsed.asOf, calendar, work, started }), { countedFrom: latestField }));
    }
  }

  const explanation = explainRun({
    ruleSet: nationalAlertRuleSet,
    run,
    statuses,
    outcome,
    // For an alert already issued only the follow-up rules matter. Otherwise
    // (see outcomeOf): with a threshold known unmet, only whether the subject
    // is a vulnerable adult; with eligibility known, only the open thresholds
    // (and the subject); else every open rule.
    couldChangeOutcome: (rule) => {
      if (followUpMode) return followUpIds.has(rule.ruleId);
      if (followUpIds.has(rule.ruleId)) return false;
      if (unmetThresholds.length > 0) return rule.ruleId === VULNERABLE_ADULT;
      return eligibility.status === 'unknown' || !eligibilityIds.has(rule.ruleId);
    },
    // Nothing adds to a vulnerable adult's "not eligible"; another route adds
    // nothing once one is known, nor once every route is closed; an open
    // threshold can still add advice on finding the family (or decide when the
    // alert can be issued), and an open eligibility answer the advice that the
    // child is outside the alerts.
    couldAddToResult: (rule) => {
      if (followUpMode) return followUpIds.has(rule.ruleId);
      if (followUpIds.has(rule.ruleId) || excluded === 'fired') return false;
      if (eligibility.status === 'not-eligible') return thresholdIds.has(rule.ruleId);
      return eligibility.status !== 'eligible' || thresholdIds.has(rule.ruleId);
    },
    outcomeOf,
    alsoReliedOn: [
      // Any count from missingSince relies on how the three weeks and the missing date are read.
      ...(parsed.missingSince !== undefined && !followUpMode ? [THREE_WEEKS] : []),
      // A "not yet" for a child not known to be eligible, or a "not eligible"
      // that waited for the thresholds, relies on weighing them first.
      ...((outcome === 'not-yet' && eligibility.status !== 'eligible') || (outcome === 'not-eligible' && excluded !== 'fired') ? [VULNERABLE_ADULT] : []),
    ],
  });

  // The readings the re-issue and deletion dates were counted by (calendar months, ...).
  for (const reading of timescaleReadings(readings)) if (!explanation.interpretations.some((i) => i.id === reading.id)) explanation.interpretations.push(reading);

  return {
    decision: 'national-alert',
    outcome,
    input: parsed,
    reasons: run.rules,
    ...explanation,
    deadlines,
    actions: withOwnCitations(nationalAlertActions({
      outcome,
      unmetThresholds: unmetChecks,
      alreadyIssued: parsed.alertIssuedOn !== undefined,
      eligibility: eligibility.status,
      asOf: parsed.asOf,
      ...(parsed.missingSince !== undefined ? { missingSince: parsed.missingSince } : {}),
      ...(earliestAlertOn !== undefined ? { earliestAlertOn } : {}),
      ...(reissue ? { reissue } : {}),
      ...(deletion ? { deletion } : {}),
    })),
    ruleset: resultRuleset(nationalAlertRuleSet.version, calendar),
    fingerprint: decisionFingerprint({ decision: 'national-alert', input: parsed, outcome }),
    eligibility,
    alertPossible:
      outcome === 'issue-alert' || outcome === 'keep-alert'
        ? true
        : outcome === 'insufficient-information' && (followUpMode || (unmetThresholds.length === 0 && eligibility.status !== 'not-eligible'))
          ? 'unknown'
          : false,
    thresholds,
    unmetThresholds,
    ...(earliestAlertOn !== undefined ? { earliestAlertOn } : {}),
    decidedBy: 'Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement',
    discretion: DISCRETION,
  };
}

const thresholdStatus: Record<RuleStatus, ThresholdCheck['status']> = { fired: 'met', 'not-fired': 'not-met', unknown: 'unknown' };

/** A threshold rule as the result lists it: copies of the rule's title and citations, and whether it is met. */
function thresholdCheck(module: RuleModule, status: RuleStatus): ThresholdCheck {
  return { ruleId: module.id, title: module.title, status: thresholdStatus[status], citation: copyCitations(module.citation) };
}

const thresholdIds: ReadonlySet<string> = new Set(thresholdRules.map((m) => m.id));
const followUpIds: ReadonlySet<string> = new Set(followUpRules.map((m) => m.id));
const eligibilityIds: ReadonlySet<string> = new Set(eligibilityRules.map((m) => m.id));
const THREE_WEEKS = 'national-alert.threshold.three-weeks';
const VULNERABLE_ADULT = exclusionRules[0]!.id;

function eligibilityStatus(statuses: RuleStatuses): NationalAlertEligibility['status'] {
  const routes = eligibilityRules.map((m) => statuses.get(m.id));
  if (routes.includes('fired')) return 'eligible';
  return routes.every((s) => s === 'not-fired') ? 'not-eligible' : 'unknown';
}

/**
 * For an alert already issued, the follow-up rules decide alone. Otherwise,
 * in this order (the thresholds-before-eligibility interpretation): a
 * vulnerable adult is not eligible; a threshold known unmet gives "not yet"
 * whatever the child's eligibility, known or not; only with every threshold
 * met does eligibility choose between an alert and "not eligible".
 *
 * A decided outcome must not change with a later answer, and the two "no"s
 * overlap (a child outside the plan route whose family is known to be in a
 * town), so one of them has to wait for the other's questions. The
 * thresholds are weighed first because the procedure applies them to every
 * alert; the price is that an ineligible child is "not eligible" only once
 * the thresholds are answered (`alertPossible` is `false` meanwhile). The
 * subject comes first because nothing about the thresholds can help an adult.
 */
function outcomeOf(statuses: RuleStatuses): NationalAlertOutcome {
  const [keep, end] = followUpRules.map((m) => statuses.get(m.id));
  if (end === 'fired') return 'end-alert';
  if (keep === 'fired') return 'keep-alert';
  if (end === 'unknown' || keep === 'unknown') return 'insufficient-information';
  const excluded = statuses.get(VULNERABLE_ADULT);
  if (excluded === 'fired') return 'not-eligible';
  const thresholds = thresholdRules.map((m) => statuses.get(m.id));
  // Unknown subject: a vulnerable adult would be "not eligible", a child "not yet".
  if (thresholds.includes('not-fired')) return excluded === 'not-fired' ? 'not-yet' : 'insufficient-information';
  if (!thresholds.every((s) => s === 'fired')) return 'insufficient-information';
  const eligibility = eligibilityStatus(statuses);
  return eligibility === 'eligible' ? 'issue-alert' : eligibility === 'not-eligible' ? 'not-eligible' : 'insufficient-information';
}

function dayNumber(date: IsoDate): number {
  return parseIsoDay(date)!;
}
