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
import { dueDateUnknown, judgeDeadline, notYetTriggered, readingsReliedOn, timescaleReadings } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import { nationalAlertQuestionFacts } from './facts.js';
import { factRecord } from '../engine/fact-record.js';
import { interpretationsOfActions } from '../engine/interpretation.js';
import { nationalAlertActionInterpretations } from './interpretations.js';
import { nationalAlertActions } from './national-alert-actions.js';
import { nationalAlertRuleSet } from './rule-set.js';
import { eligibilityRules, exclusionRules, followUpDateRules, followUpRules, thresholdRules } from './rules/index.js';

import type { NationalAlertOutcome, ThresholdCheck } from './national-alert-outcome.js';

export type { NationalAlertOutcome, ThresholdCheck } from './national-alert-outcome.js';

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
 * without a follow-up. For an alert already issued it is judged on `asOf`
 * (`due` or `overdue`), counted from the latest notification whose date is
 * known (`countedFrom`); for an alert advised but not yet issued it is
 * `not-yet-triggered` (the clock starts when the alert is issued).
 */
export type NationalAlertDeadline = JudgedDeadline & {
  /**
   * For a started clock, what it was counted from: the latest re-issue
   * (`lastFollowUpOn`) or the alert (`alertIssuedOn`, when no re-issue has
   * been sent or the first is not yet due). Absent while not yet triggered.
   */
  countedFrom?: 'lastFollowUpOn' | 'alertIssuedOn';
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
   * missing, so the earliest day an alert may be issued: given whenever that
   * day is still to come and an alert may yet follow (`missingSince` known;
   * not for a vulnerable adult, a child known not to be eligible, or a family
   * not really missing), whatever else is still open. It is not a deadline,
   * and is not in `deadlines`.
   */
  earliestAlertOn?: IsoDate;
  /**
   * Whether an alert can be issued (or kept) on these answers: `true` for
   * `issue-alert` and `keep-alert`; `false` for the other decided outcomes
   * (`withdraw-alert`, `end-alert` and `alert-ended` included),
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
  'The Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement approves and signs off every national alert and every six-monthly re-issue, after the Service Manager has quality assured it; for an exceptional alert after a section 47 investigation, the Designated Officer judges whether the danger justifies it. Alerts go from child protection custodian to custodian: they are not simply an administrative task. The Service Manager of the area the child comes from makes sure the follow-up is done, and decides how an alert that should no longer stand is withdrawn.';

// The keys in the order they are written, so a fact object keeps V8's fast form (fact-record.ts).
const newFacts = factRecord(['subject', ...nationalAlertQuestionFacts, 'alertIssued', 'alertEnded', 'latestNotificationKnown', 'daysMissing', 'daysMissingWhenIssued']);

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

  const followUpMode = parsed.alertIssuedOn !== undefined;
  const facts = newFacts();
  facts.subject = parsed.subject;
  for (const fact of nationalAlertQuestionFacts) facts[fact] = parsed[fact];
  // For an alert already issued, "not located" is "still missing" and
  // "located" is "no longer missing": the threshold is re-tested on it.
  if (followUpMode && parsed.familyMissing === undefined && parsed.childLocated !== undefined) facts.familyMissing = !parsed.childLocated;
  facts.alertIssued = followUpMode;
  facts.alertEnded = parsed.foundNotificationSentOn !== undefined;
  facts.latestNotificationKnown = latestNotification(parsed) !== undefined ? true : undefined;
  facts.daysMissing = parsed.missingSince === undefined ? undefined : dayNumber(parsed.asOf) - dayNumber(parsed.missingSince);
  facts.daysMissingWhenIssued =
    parsed.missingSince === undefined || parsed.alertIssuedOn === undefined ? undefined : dayNumber(parsed.alertIssuedOn) - dayNumber(parsed.missingSince);

  const run = nationalAlertRuleSet.run(facts);
  const traceOf = new Map(run.rules.map((r) => [r.ruleId, r]));
  const statuses: RuleStatuses = run.statuses;

  const fired = eligibilityRules.map((m) => traceOf.get(m.id)!).filter((r) => r.status === 'fired');
  const eligibility: NationalAlertEligibility = {
    status: followUpMode ? 'not-reassessed' : eligibilityStatus(statuses),
    routes: fired.map((r) => r.ruleId),
    exceptional: fired.length > 0 && fired.every((r) => r.conclusion?.exceptional === true),
  };
  const thresholds = thresholdRules.map((m) => thresholdCheck(m, traceOf.get(m.id)!.status));
  const unmetChecks = thresholds.filter((t) => t.status === 'not-met');
  const unmetThresholds = unmetChecks.map((t) => t.ruleId);
  const outcome = outcomeOf(statuses);
  const excluded = statuses.get(VULNERABLE_ADULT);

  const deadlines: NationalAlertDeadline[] = [];
  const readings = new Set<string>();
  let earliestAlertOn: IsoDate | undefined;
  // The first day three weeks will have passed, whenever that day is still to
  // come and an alert may yet follow (not for an adult, a child known not to
  // be eligible or a family not really missing): it is the earliest day an
  // alert may be issued, whatever else is still open, so it is always given.
  const threeWeeksUnmet = thresholds.some((t) => t.ruleId === THREE_WEEKS && t.status === 'not-met');
  const alertMayFollow = outcome !== 'not-eligible' && outcome !== 'not-really-missing' && excluded !== 'fired' && eligibility.status !== 'not-eligible';
  if (!followUpMode && parsed.missingSince !== undefined && threeWeeksUnmet && alertMayFollow) {
    earliestAlertOn = computeEarliestDate('national-alert.three-week-threshold', 'missingSince', parsed.missingSince, calendar);
  }
  const onlyThreeWeeksLeft = eligibility.status === 'eligible' && thresholds.every((t) => (t.ruleId === THREE_WEEKS ? t.status === 'not-met' : t.status === 'met'));
  let reissue: NationalAlertDeadline | undefined;
  let deletion: NationalAlertDeadline | undefined;
  const latest = followUpMode ? latestNotification(parsed) : undefined;
  const mayBeKept = followUpMode && statuses.get(KEEP) !== 'not-fired' && (outcome === 'keep-alert' || outcome === 'insufficient-information');
  if (outcome === 'issue-alert') {
    // An alert advised, not yet issued: its clocks start when it is issued, on a day not yet known.
    for (const [id, work] of [
      ['national-alert.reissue', 'the first re-issue of the alert'],
      ['national-alert.deletion-by-other-authorities', 'a follow-up notification before other authorities delete the alert'],
    ] as const) {
      const judged = notYetTriggered({ id, work, startsWhen: 'the alert is issued' });
      deadlines.push(judged);
      if (id === 'national-alert.reissue') reissue = judged;
      else deletion = judged;
    }
  }
  if (latest !== undefined && mayBeKept) {
    // Re-issue and deletion count from the latest notification whose date is
    // known (see latestNotification); a date past the calendar's range is
    // reported against the field it was counted from.
    for (const [deadline, work] of [
      [computeDeadline('national-alert.reissue', latest.field, latest.date, calendar), 'the next re-issue of the alert'],
      [computeDeadline('national-alert.deletion-by-other-authorities', latest.field, latest.date, calendar), 'a follow-up notification before other authorities delete the alert'],
    ] as const) {
      const started =
        latest.field === 'lastFollowUpOn'
          ? `The latest re-issue of the national alert was sent on ${inWords(latest.date)}.`
          : `The national alert was issued on ${inWords(latest.date)}${parsed.anyFollowUpSent === false ? ', and no re-issue has been sent since' : ''}.`;
      for (const id of readingsReliedOn(deadline)) readings.add(id);
      const judged = Object.assign(judgeDeadline({ deadline, asOf: parsed.asOf, calendar, work, started }), { countedFrom: latest.field });
      deadlines.push(judged);
      if (deadline.id === 'national-alert.reissue') reissue = judged;
      else deletion = judged;
    }
  }

  if (latest === undefined && mayBeKept && parsed.alertIssuedOn !== undefined) {
    // An alert kept (or whose fate is open) whose latest re-issue is not dated: due or overdue, reported with the question, never dropped.
    for (const [id, work] of [
      ['national-alert.reissue', 'the next re-issue of the alert'],
      ['national-alert.deletion-by-other-authorities', 'a follow-up notification before other authorities delete the alert'],
    ] as const) {
      const ifNoneSince = computeDeadline(id, 'alertIssuedOn', parsed.alertIssuedOn, calendar);
      for (const reading of readingsReliedOn(ifNoneSince)) readings.add(reading);
      deadlines.push(
        dueDateUnknown({
          ifNoneSince,
          asOf: parsed.asOf,
          work,
          countsFrom: 'the latest notification of the alert',
          known: `The national alert was issued on ${inWords(parsed.alertIssuedOn)}.`,
          question: { fields: ['lastFollowUpOn', 'anyFollowUpSent'], question: 'When was the latest re-issue of the alert sent, or has none been sent since the first alert?' },
        }),
      );
    }
  }
  const keepOrOpen = mayBeKept;
  const explanation = explainRun({
    ruleSet: nationalAlertRuleSet,
    run,
    statuses,
    outcome,
    // For an alert already issued only the follow-up rules decide. Otherwise
    // (see outcomeOf): with a threshold known unmet, only whether the subject
    // is a vulnerable adult (and, while the family's being really missing is
    // open, that threshold); with eligibility known, only the open thresholds
    // (and the subject); else every open rule.
    couldChangeOutcome: (rule) => {
      if (followUpMode) return followUpIds.has(rule.ruleId);
      if (followUpIds.has(rule.ruleId) || followUpDateIds.has(rule.ruleId)) return false;
      if (unmetThresholds.length > 0) return rule.ruleId === VULNERABLE_ADULT || rule.ruleId === REALLY_MISSING;
      return eligibility.status === 'unknown' || !eligibilityIds.has(rule.ruleId);
    },
    // Nothing adds to a vulnerable adult's "not eligible"; another route adds
    // nothing once one is known, nor once every route is closed; an open
    // threshold can still add advice on finding the family (or decide when the
    // alert can be issued), and an open eligibility answer the advice that the
    // child is outside the alerts. For an alert already issued, the re-test
    // of the thresholds and the date of the latest notification matter only
    // while the alert is kept (or its fate is open).
    couldAddToResult: (rule) => {
      if (followUpMode) return followUpIds.has(rule.ruleId) || (keepOrOpen && (thresholdIds.has(rule.ruleId) || followUpDateIds.has(rule.ruleId)));
      if (followUpIds.has(rule.ruleId) || followUpDateIds.has(rule.ruleId) || excluded === 'fired') return false;
      // Not really missing: only the plan (or care) of a child still missing from home adds a Need to Know notification.
      if (outcome === 'not-really-missing') return rule.ruleId === PLAN_ROUTE && facts.familyMissing !== false && eligibility.status === 'unknown';
      if (eligibility.status === 'not-eligible') return thresholdIds.has(rule.ruleId);
      return eligibility.status !== 'eligible' || thresholdIds.has(rule.ruleId);
    },
    outcomeOf,
    // Only answers the practitioner gave, changed to a case that can be (no
    // contradiction), and not a born child becoming unborn or the reverse.
    candidate: (fact, alternative) =>
      (parsed as Record<string, unknown>)[fact] !== undefined &&
      !(fact === 'subject' && ((parsed.subject === 'child' && alternative === 'unborn-child') || (parsed.subject === 'unborn-child' && alternative === 'child'))) &&
      nationalAlertInputSchema().safeParse({ ...parsed, [fact]: alternative }).success,
    alsoReliedOn: [
      // Any count from missingSince relies on how the three weeks and the missing date are read.
      ...(parsed.missingSince !== undefined && !followUpMode ? [THREE_WEEKS] : []),
      // A "not yet" for a child not known to be eligible, or a "not eligible"
      // that waited for the thresholds, relies on weighing them first.
      ...(((outcome === 'not-yet' || outcome === 'not-really-missing') && eligibility.status !== 'eligible') || (outcome === 'not-eligible' && excluded !== 'fired') ? [VULNERABLE_ADULT] : []),
      // A re-test of the thresholds for a re-issue relies on how reasonable attempts are read.
      ...(followUpMode && outcome === 'keep-alert' ? [REASONABLE_ATTEMPTS] : []),
    ],
  });
  if (followUpMode && !mayBeKept) {
    // The thresholds are re-tested only for a re-issue: an alert ending or withdrawn relies on none of their readings.
    const thresholdReadings = new Set(thresholdRules.flatMap((m) => (m.interpretations ?? []).map((i) => i.id)));
    explanation.interpretations = explanation.interpretations.filter((i) => !thresholdReadings.has(i.id));
  }
  if (followUpMode && (outcome === 'end-alert' || outcome === 'withdraw-alert' || outcome === 'keep-alert')) {
    // What "located" means decides between these three.
    for (const reading of nationalAlertRuleSet.interpretationsOf([CHILD_LOCATED])) {
      if (!explanation.interpretations.some((i) => i.id === reading.id)) explanation.interpretations.push(reading);
    }
  }

  // The readings the re-issue and deletion dates were counted by (calendar months, ...).
  for (const reading of timescaleReadings(readings)) if (!explanation.interpretations.some((i) => i.id === reading.id)) explanation.interpretations.push(reading);

  // An alert to withdraw, if left to stand, lapses when other authorities delete it: the day is named in the advice (no follow-up is due).
  const lapsesOn = outcome === 'withdraw-alert' && latest !== undefined ? computeDeadline('national-alert.deletion-by-other-authorities', latest.field, latest.date, calendar).due : undefined;
  const actions = nationalAlertActions({
      lapsesOn,
      outcome,
      unmetThresholds: unmetChecks,
      thresholds,
      alreadyIssued: followUpMode,
      eligibility: eligibility.status,
      asOf: parsed.asOf,
      subject: parsed.subject,
      childProtectionPlan: parsed.childProtectionPlan,
      inCare: parsed.inCare === true,
      // Dates only: a day apart may be less than 24 hours, two days apart cannot be; an alert follows three weeks missing.
      missingOverADay: followUpMode || (parsed.missingSince !== undefined && dayNumber(parsed.asOf) - dayNumber(parsed.missingSince) >= 2),
      familyMissing: facts.familyMissing as boolean | undefined,
      knownLocality: parsed.knownLocality,
      planEndedSinceAlert: parsed.planEndedSinceAlert,
      latestNotificationKnown: latest !== undefined,
      mayBeKept,
      ...(parsed.foundNotificationSentOn !== undefined ? { foundNotificationSentOn: parsed.foundNotificationSentOn } : {}),
      ...(parsed.missingSince !== undefined ? { missingSince: parsed.missingSince } : {}),
      ...(earliestAlertOn !== undefined ? { earliestAlertOn } : {}),
      onlyThreeWeeksLeft,
      ...(reissue ? { reissue } : {}),
      ...(deletion ? { deletion } : {}),
    });
  // The readings the advice of the actions rests on (what to do instead of an alert for a known locality).
  for (const reading of interpretationsOfActions(actions.map((a) => a.id), nationalAlertActionInterpretations)) {
    if (!explanation.interpretations.some((i) => i.id === reading.id)) explanation.interpretations.push(reading);
  }

  return {
    decision: 'national-alert',
    outcome,
    input: parsed,
    reasons: run.rules,
    ...explanation,
    deadlines,
    actions: withOwnCitations(actions),
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

/**
 * The latest notification of an alert already issued whose date is known:
 * the latest re-issue when given; the alert itself when no re-issue has been
 * sent (`anyFollowUpSent: false`) or the first one is not yet due. Otherwise
 * `undefined`: the date is asked, not assumed.
 */
function latestNotification(parsed: ParsedInput): { field: 'lastFollowUpOn' | 'alertIssuedOn'; date: IsoDate } | undefined {
  if (parsed.lastFollowUpOn !== undefined) return { field: 'lastFollowUpOn', date: parsed.lastFollowUpOn };
  if (parsed.alertIssuedOn === undefined) return undefined;
  if (parsed.anyFollowUpSent === false || notYetSixMonths(parsed.alertIssuedOn, parsed.asOf)) return { field: 'alertIssuedOn', date: parsed.alertIssuedOn };
  return undefined;
}

const thresholdStatus: Record<RuleStatus, ThresholdCheck['status']> = { fired: 'met', 'not-fired': 'not-met', unknown: 'unknown' };

/** A threshold rule as the result lists it: copies of the rule's title and citations, and whether it is met. */
function thresholdCheck(module: RuleModule, status: RuleStatus): ThresholdCheck {
  return { ruleId: module.id, title: module.title, status: thresholdStatus[status], citation: copyCitations(module.citation) };
}

const thresholdIds: ReadonlySet<string> = new Set(thresholdRules.map((m) => m.id));
const followUpIds: ReadonlySet<string> = new Set(followUpRules.map((m) => m.id));
const followUpDateIds: ReadonlySet<string> = new Set(followUpDateRules.map((m) => m.id));
const eligibilityIds: ReadonlySet<string> = new Set(eligibilityRules.map((m) => m.id));
const THREE_WEEKS = 'national-alert.threshold.three-weeks';
const REALLY_MISSING = 'national-alert.threshold.really-missing';
const REASONABLE_ATTEMPTS = 'national-alert.threshold.reasonable-attempts';
const CHILD_LOCATED = 'national-alert.follow-up.child-located';
const KEEP = 'national-alert.follow-up.still-missing';
const PLAN_ROUTE = 'national-alert.eligibility.child-protection-plan';
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
  const [ended, withdraw, located, keep] = followUpRules.map((m) => statuses.get(m.id));
  // An alert already issued: the follow-up rules decide alone (before an alert, all four are not-fired).
  if (ended === 'fired') return 'alert-ended';
  if (withdraw === 'fired') return 'withdraw-alert';
  // "Located" ends the alert, unless it may yet turn out to be one to withdraw (a subject not yet given).
  if (located === 'fired') return withdraw === 'unknown' ? 'insufficient-information' : 'end-alert';
  if (keep === 'fired') return 'keep-alert';
  if (ended === 'unknown' || withdraw === 'unknown' || located === 'unknown' || keep === 'unknown') return 'insufficient-information';
  const excluded = statuses.get(VULNERABLE_ADULT);
  if (excluded === 'fired') return 'not-eligible';
  // Not really missing (not missing, or known to be in a locality) is no alert at all, whoever the child is.
  const reallyMissing = statuses.get(REALLY_MISSING);
  if (reallyMissing === 'not-fired') return excluded === 'not-fired' ? 'not-really-missing' : 'insufficient-information';
  const thresholds = thresholdRules.map((m) => statuses.get(m.id));
  // A threshold unmet is "not yet" once the family is known to be really
  // missing (otherwise it may be "not really missing"), and once the subject
  // is known (a vulnerable adult would be "not eligible").
  if (thresholds.includes('not-fired')) return excluded === 'not-fired' && reallyMissing === 'fired' ? 'not-yet' : 'insufficient-information';
  if (!thresholds.every((s) => s === 'fired')) return 'insufficient-information';
  const eligibility = eligibilityStatus(statuses);
  return eligibility === 'eligible' ? 'issue-alert' : eligibility === 'not-eligible' ? 'not-eligible' : 'insufficient-information';
}

/**
 * Whether `asOf` is on or before the day six calendar months after `issuedOn`
 * (clamped to the month's end): counted by hand, so an alert issued in the
 * calendar's last half-year does not count past its range.
 */
function notYetSixMonths(issuedOn: IsoDate, asOf: IsoDate): boolean {
  let year = Number(issuedOn.slice(0, 4));
  let month = Number(issuedOn.slice(5, 7)) + 6;
  if (month > 12) {
    month -= 12;
    year += 1;
  }
  if (year > 9999) return true;
  const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  const day = Math.min(Number(issuedOn.slice(8, 10)), lastDay);
  const sixMonths = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return asOf <= sixMonths;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function dayNumber(date: IsoDate): number {
  return parseIsoDay(date)!;
}

type ParsedInput = ReturnType<ReturnType<typeof nationalAlertInputSchema>['parse']>;
