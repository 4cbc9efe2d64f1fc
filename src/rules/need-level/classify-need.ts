/**
 * classifyNeed: a child's level of need under Luton's threshold document,
 * with the route to help, the Working Together 2026 category, the duties that
 * follow and the explanation trace.
 *
 * The indicators are read for what they are evidence of (indicators/evidence.ts):
 * the document's own significant-harm bullets give section 47; evidence of a
 * risk of harm or of exploitation asks for the practitioner's harm answer,
 * keeps it, and warns, prompts and routes through a MASH social worker when
 * it is "no"; needs without harm give the level the document gives them.
 */
import type * as z from 'zod/mini';
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { SafeguardingInputError, type InputIssue } from '../../schemas/input-error.js';
import { genuineCalendar } from '../../calendar/calendar-state.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { computeDeadline } from '../deadlines/compute-deadline.js';
import { inWords } from '../deadlines/deadline-words.js';
import { judgeDeadline, readingsReliedOn, timescaleReadings } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';
import { classifyNeedInputSchema, classifyNeedOptionsSchema } from './input-schema.js';
import type { ClassifyNeedInput, ClassifyNeedOptions } from './input-types.js';
import { resultRuleset, undatedRuleset } from '../decision-options.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { Action, DecisionResult } from '../engine/decision-result.js';
import { findCounterfactuals, type Counterfactual } from '../engine/counterfactuals.js';
import { questionsFor } from '../engine/questions.js';
import type { RuleStatuses, RuleTrace } from '../engine/rule-set.js';
import type { FactValues } from '../engine/fact-values.js';
import { factPosition } from '../engine/fact-values.js';
import { copyInterpretation, type Interpretation, type Warning } from '../engine/interpretation.js';
import { luton } from './citations.js';
import { needIndicators } from './indicators/index.js';
import { evidenceByIndicator, wordingReadingsByIndicator, type IndicatorEvidence } from './indicators/evidence.js';
import { evidenceReadings } from './indicators/evidence-readings.js';
import { needLevels, type NeedIndicator, type NeedLevel } from './need-indicator.js';
import { matchedIndicators, type MatchedIndicators } from './matched-indicators.js';
import { fitted } from '../engine/fitted.js';
import { needLevelRuleSet } from './rule-set.js';
import { ageContradictedIndicators, contradictedStrengthPairs, exploitationOpen, isOpen, riskIndicatorIds, toNeedLevelFacts } from './to-facts.js';
import { copyRoute, immediateRiskScreening, mashScreeningOutcomes, needLevelRoutes, type ConsentSituation, type MashScreening, type NeedLevelRoute } from './routes.js';
import { decideRoute } from './decide-route.js';
import { refusalText } from './consent-refusal.js';
import { needLevelInterpretations } from './interpretations.js';
import { familyPartnershipDifficulties } from './weighing/family-partnership-difficulties.js';
import { specialCircumstances } from './special-circumstances.js';
import { workingTogetherCategory, workingTogetherCategoryId, type WorkingTogetherCategory, type WorkingTogetherCategoryId } from './working-together-category.js';
import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from './defaults.js';

export { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD };

/** The outcomes of `classifyNeed`: a level of need, `adult` (18 or over: not a children's decision), or `insufficient-information`. */
export type NeedLevelOutcome = NeedLevel | 'adult' | 'insufficient-information';

/**
 * A known answer whose change alone would change the classification: its
 * outcome, and also its Working Together category or its consent rule (a
 * Specialist child in need whose "no" to significant harm, answered "yes",
 * would be child protection without consent, say).
 */
export interface NeedLevelCounterfactual extends Counterfactual {
  /** The Working Together category the classification would then have. */
  workingTogetherCategory: WorkingTogetherCategoryId;
  /** The consent situation the route would then have. */
  consent: ConsentSituation;
  /** Whether the route would then need the family's consent. */
  consentRequired: boolean;
}

/** What a screening in the MASH can lead to, as a result holds it: a copy of the catalogue's, the caller's to change (`NeedClassification.mashScreening`). */
export interface MashScreeningResult {
  /** What the screening can lead to, in the document's words. */
  outcomes: string[];
  /** Who decides the course of action, and the feedback to the referrer. */
  note: string;
  citation: Citation;
}

/** One recorded indicator that is evidence of significant harm, of a risk of it, or of exploitation (`NeedClassification.harmEvidence`). */
export interface HarmEvidence {
  /** The indicator (an id from `needIndicators`). */
  indicatorId: string;
  /** What it is evidence of. */
  evidence: Exclude<IndicatorEvidence, 'need' | 'strength'>;
}

/**
 * What `classifyNeed` returns: the level of need under Luton's threshold
 * document (`outcome`; `adult` for a person of 18 or over; or
 * `insufficient-information` while an answer that could change it is
 * missing), with the indicators that led there, what they are evidence of,
 * how that level of help is reached in Luton, the matching Working Together
 * 2026 category, and the shared decision fields (trace, missing facts,
 * actions, deadlines, ruleset). Store it whole on the child's record.
 */
export interface NeedClassification extends DecisionResult<NeedLevelOutcome, 'need-level'> {
  /**
   * The level the known facts support. When `outcome` is
   * `insufficient-information`, this is a floor: a missing fact could raise
   * it. For an adult, the level the indicators would give a child (no
   * children's route follows from it).
   */
  level: NeedLevel;
  /** The indicators given in the input, each once (`all`), with groupings by level and domain that refer to them by position in `all`. */
  matchedIndicators: MatchedIndicators;
  /** The recorded indicators that are evidence of significant harm, of a risk of it, or of exploitation, in catalogue order (empty when none). */
  harmEvidence: HarmEvidence[];
  /** How help is reached in Luton: who to contact, which form, and whether (and when) the family's consent is needed. The consultation route while the outcome is not decided. */
  route: NeedLevelRoute;
  /** What a screening in the MASH can lead to (for Intensive and Specialist requests): the result's own copy. */
  mashScreening?: MashScreeningResult;
  /** The Working Together 2026 category (universal services, Family Help, section 17, 47, 67 or 20; `not-decided`; `not-a-child`). */
  workingTogetherCategory: WorkingTogetherCategory;
  /** Each known answer whose change alone would change the outcome, the category or the consent rule. */
  counterfactuals: NeedLevelCounterfactual[];
  /** The indicators are a guide to professional judgement, neither exhaustive nor weighted. */
  professionalJudgement: { statement: string; citation: Citation };
  /** The options the classification used, defaults filled in (the calendar is recorded in `ruleset.calendar`). */
  options: { intensiveIndicatorThreshold: number };
}

/** The validated input. */
type ParsedInput = z.output<ReturnType<typeof classifyNeedInputSchema>>;

const PROFESSIONAL_JUDGEMENT =
  'This classification is a guide to professional judgement, not a fixed response. The indicators are neither exhaustive nor weighted: talk with the child and family, and with the MASH if unsure, before deciding the level of support.';

/**
 * Classifies a child's level of need.
 *
 * @param input - The indicator ids observed (from `needIndicators`) and the answers: suspected significant harm, immediate risk, child in need; the child's age (or unborn); FGM, forced marriage and exploitation facts, the reporter's role, consent refused, and the date of an allegation against a professional where relevant.
 * @param options - `intensiveIndicatorThreshold`: how many Intensive indicators make Intensive need (default 2); `calendar`: the working-day calendar for the designated officer deadline.
 * @returns The level of need (or `adult`, or `insufficient-information` with `level` as the floor), the matched indicators and the harm evidence among them, the Luton route, the Working Together 2026 category, duties, deadlines and the explanation trace.
 * @throws {SafeguardingInputError} when the input is malformed or contradictory; each issue has a `path`, a `code` and a message that does not repeat free text.
 * @example
 * const result = classifyNeed({
 *   indicators: ['need-level.intensive.health.self-harm', 'need-level.intensive.health.emerging-mental-health-issues'],
 *   significantHarmSuspected: false,
 *   immediateRiskOfSignificantHarm: false,
 *   childInNeed: false,
 * });
 * result.outcome; // 'intensive'
 */
export function classifyNeed(input: ReadonlyInput<ClassifyNeedInput>, options: ClassifyNeedOptions = {}): NeedClassification {
  const parsed = parseInput(classifyNeedInputSchema(), input, 'input');
  const opts = parseInput(classifyNeedOptionsSchema(), options, 'options');
  const calendar = genuineCalendar(opts.calendar, 'options.calendar');
  const threshold = opts.intensiveIndicatorThreshold ?? DEFAULT_INTENSIVE_INDICATOR_THRESHOLD;
  const indicators = resolveIndicators(parsed.indicators);

  const { facts, tags } = toNeedLevelFacts(parsed, indicators, threshold);
  const run = needLevelRuleSet.run(facts);
  const statuses: RuleStatuses = run.statuses;
  // The outcome, the consent situation, and so the category and the route,
  // all follow from the same rule statuses: what would change one changes the other.
  const accommodation = indicators.some((i) => i.id === NO_ONE_TO_CARE) ? 'no-one-to-care' : 'unaccompanied-child';
  const decided = decide(statuses, accommodation);
  const { level, outcome, situation } = decided;
  const category = workingTogetherCategory(outcome, level, situation);
  const route = decideRoute({ outcome, level, situation, mashFirst: decided.mashFirst, consentRefused: parsed.consentRefused === true }, tags);
  const unsure = outcome === 'insufficient-information';
  const adult = outcome === 'adult';

  const { missingFacts, furtherQuestions } = questionsFor(needLevelRuleSet.facts, run, !unsure, (rule) => couldChangeOutcome(rule, level), (rule) => couldAddToResult(rule, adult, situation, level));
  const counterfactuals = counterfactualsOf(run, statuses, decided, parsed, indicators, accommodation);
  const designatedOfficer = designatedOfficerDeadline(statuses, parsed.allegationReceivedOn, calendar);
  const deadlines: JudgedDeadline[] = designatedOfficer ? [designatedOfficer.judged] : [];
  const youngerThanFive = facts.ageBand === 'unborn' || facts.ageBand === 'under-5';
  const actions = actionsFor(run.rules, statuses, level, outcome, route, tags, indicators, deadlines, youngerThanFive);
  // The outcome waits on the looked after question alone: the reading that it decides the route is what holds it.
  const waitsOnLookedAfterAlone = missingFacts.length === 1 && missingFacts[0]!.fact === 'lookedAfter';
  const interpretations = reliedOn({ facts, indicators, statuses, decided, route, lookedAfterGiven: parsed.lookedAfter !== undefined, waitsOnLookedAfterAlone });
  // The counting readings the designated officer deadline rests on (day 0, Christmas Day and Good Friday).
  if (designatedOfficer) for (const reading of timescaleReadings(new Set(readingsReliedOn(designatedOfficer.deadline)))) interpretations.push(reading);
  // An adult's result carries no warning about a child's answers (the adult outcome says what applies).
  const warnings = adult ? [] : run.warnings.map((w) => namedWarning(w, indicators, parsed));

  // Written out field by field, not spread: a literal of known fields is built in one step, where a spread copies key by key.
  const result: NeedClassification = {
    decision: 'need-level',
    outcome,
    input: parsed,
    level,
    matchedIndicators: matchedIndicators(indicators),
    harmEvidence: harmEvidenceOf(indicators),
    // The catalogue's route and citations are frozen and shared by every
    // result: each result gets copies it may change (the category is one already).
    route: copyRoute(route),
    workingTogetherCategory: category,
    professionalJudgement: { statement: PROFESSIONAL_JUDGEMENT, citation: copyCitation(luton.judgement) },
    reasons: run.rules,
    missingFacts,
    furtherQuestions,
    counterfactuals,
    interpretations,
    warnings,
    deadlines,
    actions,
    ruleset: deadlines.length > 0 ? resultRuleset(rulesetVersion(), calendar) : undatedRuleset(rulesetVersion()),
    fingerprint: decisionFingerprint({ decision: 'need-level', input: parsed, options: { intensiveIndicatorThreshold: threshold }, outcome }),
    options: { intensiveIndicatorThreshold: threshold },
  };
  // Left out rather than undefined below Intensive: a result survives a JSON round trip unchanged.
  // With an immediate risk the contact goes straight to the Assessment Team, not through the screening outcomes.
  if (!adult && (level === 'intensive' || level === 'specialist')) result.mashScreening = copyScreening(statuses.list[reliedAt.immediateRisk] === 'fired' ? immediateRiskScreening : mashScreeningOutcomes);
  return result;
}

/**
 * The observed indicators, in catalogue order (so the result does not depend
 * on the order they were given in), or the input error naming every unknown id.
 */
function resolveIndicators(ids: readonly string[]): NeedIndicator[] {
  const issues: InputIssue[] = [];
  const positions: number[] = new Array(ids.length);
  for (let index = 0; index < ids.length; index++) {
    const position = needIndicatorIndex.get(ids[index]!);
    if (position !== undefined) positions[index] = position;
    else {
      // Not quoted: an id not in the catalogue is caller-written text (it could be a name typed in the wrong field).
      issues.push({ path: ['input', 'indicators', index], code: 'unknown-id', message: `input.indicators[${index}]: is not a known need indicator id (see needIndicators)` });
    }
  }
  if (issues.length > 0) throw new SafeguardingInputError(issues);
  sortAscending(positions);
  const indicators: NeedIndicator[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) indicators[i] = needIndicators[positions[i]!]!;
  return indicators;
}

/** Sorts catalogue positions in place: an insertion sort, quicker than Array#sort with a comparator for the few indicators a case records. */
function sortAscending(positions: number[]): void {
  for (let i = 1; i < positions.length; i++) {
    const position = positions[i]!;
    let j = i - 1;
    while (j >= 0 && positions[j]! > position) {
      positions[j + 1] = positions[j]!;
      j--;
    }
    positions[j + 1] = position;
  }
}

/** The rule set's version, read once (hashed on first use). */
let version: typeof needLevelRuleSet.version | undefined;
function rulesetVersion(): typeof needLevelRuleSet.version {
  return (version ??= needLevelRuleSet.version);
}

/** Each catalogue id and its position in the catalogue. */
const needIndicatorIndex: ReadonlyMap<string, number> = new Map(needIndicators.map((i, index) => [i.id, index]));

const ADULT_RULE = 'need-level.scope.adult';
const CHILD_PROTECTION_RULE = 'need-level.category.child-protection';
const SPECIALIST_INDICATOR_RULE = 'need-level.classify.specialist-indicator';
const FGM_RULE = 'need-level.classify.fgm-concern';
const FORCED_MARRIAGE_RULE = 'need-level.classify.forced-marriage';
const RISK_WITHOUT_HARM_RULE = 'need-level.warning.risk-indicator-without-harm';
const FGM_DUTY_RULE = 'need-level.duty.fgm-mandatory-report';
const LADO_RULE = 'need-level.duty.inform-designated-officer';
const LADO_DEADLINE_RULE = 'need-level.deadline.designated-officer';
const ACCOMMODATION_RULE = 'need-level.situation.accommodation';
const PRIVATE_FOSTERING_RULE = 'need-level.situation.private-fostering';
const LOOKED_AFTER_RULE = 'need-level.situation.looked-after';
const CONSENT_REFUSED_ACTION = 'need-level.action.consent-refused';
const situationRuleIds = new Set([ACCOMMODATION_RULE, PRIVATE_FOSTERING_RULE, 'need-level.situation.looked-after']);
const NO_ONE_TO_CARE = 'need-level.specialist.emotional-warmth-and-stability.no-one-to-care';
const PRIVATELY_FOSTERED = 'need-level.specialist.other-indicators.privately-fostered';

const { positions } = needLevelRuleSet.layout;
const position = (ruleId: string) => positions.get(ruleId)!;
const at = {
  adult: position(ADULT_RULE),
  childProtection: position(CHILD_PROTECTION_RULE),
  fgm: position(FGM_RULE),
  forcedMarriage: position(FORCED_MARRIAGE_RULE),
  riskWithoutHarm: position(RISK_WITHOUT_HARM_RULE),
  accommodation: position(ACCOMMODATION_RULE),
  privateFostering: position(PRIVATE_FOSTERING_RULE),
  lookedAfter: position(LOOKED_AFTER_RULE),
};

/** The action each rule that carries one concludes, by rule id, read from the rule modules. */
const ruleActions = new Map<string, Omit<Action, 'citation'>>(
  needLevelRuleSet.modules.flatMap((m) => {
    const action = m.event.params?.action as Omit<Action, 'citation'> | undefined;
    return action ? [[m.id, action] as const] : [];
  }),
);

/** The level each level rule concludes, read from the rule modules (not repeated here). */
const ruleLevels = new Map<string, NeedLevel>(
  needLevelRuleSet.modules.filter((m) => m.event.type === 'level').map((m) => [m.id, m.event.params!.level as NeedLevel]),
);

function rank(level: NeedLevel): number {
  return needLevels.indexOf(level);
}

/** The level rules, each with the rank of its level: what `decide` reads for every counterfactual. */
const rankedLevelRules = [...ruleLevels].map(([ruleId, level]) => ({ position: position(ruleId), level, rank: rank(level) }));

interface Decided {
  level: NeedLevel;
  outcome: NeedLevelOutcome;
  situation: ConsentSituation;
  /** Evidence of a risk of harm with significant harm answered "no": the MASH is consulted before consent. */
  mashFirst: boolean;
}

/**
 * The level the fired rules reach; the outcome (that level, `adult`, or
 * `insufficient-information` while an undecided rule could still change the
 * level, the category or the consent rule); and the consent situation.
 */
function decide(statuses: RuleStatuses, accommodation: 'no-one-to-care' | 'unaccompanied-child'): Decided {
  const list = statuses.list;
  let level: NeedLevel = 'universal';
  let reached = 0;
  for (const rule of rankedLevelRules) {
    if (rule.rank > reached && list[rule.position] === 'fired') {
      level = rule.level;
      reached = rule.rank;
    }
  }
  const mashFirst = list[at.riskWithoutHarm] === 'fired';
  if (list[at.adult] === 'fired') return { level, outcome: 'adult', situation: 'adult', mashFirst: false };
  const undecided: Decided = { level, outcome: 'insufficient-information', situation: 'undecided', mashFirst };
  for (const rule of rankedLevelRules) if (rule.rank > reached && list[rule.position] === 'unknown') return undecided;
  if (level !== 'specialist') return { level, outcome: level, situation: level === 'universal' ? 'open-access' : 'family-agreement', mashFirst };
  // A Specialist need whose category (section 47, a statutory situation or section 17),
  // and so whose route and consent rule, still turns on an unanswered question is not decided.
  const protection = list[at.childProtection];
  if (protection === 'unknown') return undecided;
  if (protection === 'fired') {
    const honour = list[at.fgm] === 'fired' || list[at.forcedMarriage] === 'fired';
    return { level, outcome: level, situation: honour ? 'honour-based-abuse' : 'child-protection', mashFirst };
  }
  // A looked after child is open to children's social care: the allocated social worker, not the parents' agreement.
  if (list[at.lookedAfter] === 'fired') return { level, outcome: level, situation: 'looked-after', mashFirst };
  // Accommodation (no one to care for the child, or unaccompanied) comes before private fostering.
  if (list[at.accommodation] === 'fired') return { level, outcome: level, situation: accommodation, mashFirst };
  const fostering = list[at.privateFostering];
  if (fostering === 'fired') return { level, outcome: level, situation: 'private-fostering', mashFirst };
  if (fostering === 'unknown') return undecided;
  // Whether the child is looked after decides between their social worker and the parents' agreement.
  if (list[at.lookedAfter] === 'unknown') return undecided;
  return { level, outcome: level, situation: 'child-in-need', mashFirst };
}

/**
 * Whether an undecided rule could still change the outcome: a rule for a
 * higher level; at the Specialist level, the rules that decide its category
 * (child protection, the statutory situations).
 */
function couldChangeOutcome(rule: RuleTrace, level: NeedLevel): boolean {
  if (rule.ruleId === CHILD_PROTECTION_RULE || situationRuleIds.has(rule.ruleId)) return level === 'specialist';
  const ruleLevel = ruleLevels.get(rule.ruleId);
  return ruleLevel !== undefined && rank(ruleLevel) > rank(level);
}

/**
 * Whether an undecided rule that cannot change the outcome could still add
 * to it: nothing for an adult; whether consent was refused only where the
 * route needs consent.
 */
function couldAddToResult(rule: RuleTrace, adult: boolean, situation: ConsentSituation, level: NeedLevel): boolean {
  if (adult) return false;
  // A refusal matters where a referral form asks for consent: an Intensive request, or a child in need referral.
  if (rule.ruleId === 'need-level.duty.consent-refused') return situation === 'child-in-need' || (situation === 'family-agreement' && level === 'intensive');
  // Whether the child is looked after is held for only at a Specialist child in need; elsewhere it changes nothing.
  if (rule.ruleId === LOOKED_AFTER_RULE) return false;
  return true;
}

/** The consent situations whose route needs the family's agreement. */
function consentRequired(situation: ConsentSituation): boolean {
  return situation === 'family-agreement' || situation === 'child-in-need';
}

/** The facts the counterfactual search derives again, and their positions in the rule set's fact values. */
const rederivedFacts = [
  'fgmConcern', 'fgmDisclosedByGirl', 'fgmPhysicalSignsObserved', 'fgmAtRisk',
  'forcedMarriageConcern', 'forcedMarriageAtRisk', 'forcedMarriageDisclosedByChild',
  'criminalExploitationConcern', 'criminalExploitationSuspected', 'criminalExploitationAtRisk', 'countyLines',
  'sexualExploitationConcern', 'sexualExploitationSuspected', 'sexualExploitationAtRisk',
] as const;
const fact = Object.fromEntries(rederivedFacts.map((f) => [f, factPosition(needLevelRuleSet.factLayout, f)])) as Record<(typeof rederivedFacts)[number], number>;
const derivedAgain = ['fgmConcern', 'forcedMarriageConcern', 'criminalExploitationConcern', 'sexualExploitationConcern'] as const;

/** The answers that can change the outcome, the category or the consent rule: those the level, protection, situation and scope rules read. */
let movableFacts: ReadonlySet<string> | undefined;
function movable(factName: string): boolean {
  movableFacts ??= new Set(
    needLevelRuleSet.modules
      .filter((m) => ['level', 'category', 'situation', 'scope'].includes(m.event.type))
      .flatMap((m) => [...needLevelRuleSet.factsReadBy(m.id)])
      // The derived facts are changed through the answers they come from.
      .concat(['fgmDisclosedByGirl', 'fgmPhysicalSignsObserved', 'fgmAtRisk', 'forcedMarriageAtRisk', 'forcedMarriageDisclosedByChild', 'criminalExploitationAtRisk', 'countyLines', 'criminalExploitationSuspected', 'sexualExploitationSuspected', 'sexualExploitationAtRisk']),
  );
  return movableFacts.has(factName);
}

/**
 * "What would change it": each known answer whose change alone changes the
 * outcome, the Working Together category or the consent rule. The age is a
 * fact about the child, not a judgement to reconsider, so it is not tried.
 */
function counterfactualsOf(
  run: ReturnType<typeof needLevelRuleSet.run>,
  statuses: RuleStatuses,
  decided: Decided,
  parsed: ParsedInput,
  indicators: readonly NeedIndicator[],
  accommodation: 'no-one-to-care' | 'unaccompanied-child',
): NeedLevelCounterfactual[] {
  const fgmTagged = indicators.some((i) => i.specialCircumstances?.includes('fgm'));
  const { fgm, forcedMarriage, criminalExploitation, sexualExploitation } = parsed;
  const key = (d: Decided) => `${d.outcome}|${d.situation}`;
  const found = findCounterfactuals({
    ruleSet: needLevelRuleSet,
    run,
    statuses,
    outcome: key(decided),
    outcomeOf: (changed) => key(decide(changed, accommodation)),
    movable,
    // A looked after status the library supplied (an unborn child) is not an answer to change.
    candidate: (f) => f !== 'ageInYears' && f !== 'unborn' && (f !== 'lookedAfter' || parsed.lookedAfter !== undefined),
    // Only the derived facts that the outcome, category and consent rule read are derived again
    // (the harm answer's band feeds the prompts alone).
    rederive: (values: FactValues, changed: string) => {
      if (changed.startsWith('fgm')) values[fact.fgmConcern] = fgmTagged || isOpen(fgm, values[fact.fgmDisclosedByGirl], values[fact.fgmPhysicalSignsObserved], values[fact.fgmAtRisk]);
      else if (changed.startsWith('forcedMarriage')) values[fact.forcedMarriageConcern] = isOpen(forcedMarriage, values[fact.forcedMarriageAtRisk], values[fact.forcedMarriageDisclosedByChild]);
      else if (changed.startsWith('criminalExploitation') || changed === 'countyLines') {
        values[fact.criminalExploitationConcern] = exploitationOpen(criminalExploitation, values[fact.criminalExploitationSuspected], values[fact.criminalExploitationAtRisk], values[fact.countyLines]);
      } else if (changed.startsWith('sexualExploitation')) values[fact.sexualExploitationConcern] = exploitationOpen(sexualExploitation, values[fact.sexualExploitationSuspected], values[fact.sexualExploitationAtRisk]);
    },
    rederived: derivedAgain,
  });
  return found.map((c) => {
    const [outcome, situation] = c.outcome.split('|') as [NeedLevelOutcome, ConsentSituation];
    const level = outcome === 'insufficient-information' || outcome === 'adult' ? decided.level : outcome;
    return {
      fact: c.fact,
      actual: c.actual,
      alternative: c.alternative,
      outcome,
      workingTogetherCategory: workingTogetherCategoryId(outcome, level, situation),
      consent: situation,
      consentRequired: consentRequired(situation),
    };
  });
}

/**
 * The designated officer deadline, when an allegation against a professional
 * is recorded with the date it was received: one working day, judged by the
 * one deadline judge. The classification has no "today" (`asOf`), so the
 * deadline is `due` and its explanation says that whether the day has passed
 * is not judged.
 */
function designatedOfficerDeadline(statuses: RuleStatuses, receivedOn: string | undefined, calendar: Calendar | undefined): { deadline: Deadline; judged: JudgedDeadline } | undefined {
  if (receivedOn === undefined || statuses.get(LADO_DEADLINE_RULE) !== 'fired') return undefined;
  const deadline = computeDeadline('lado.inform-designated-officer', 'allegationReceivedOn', receivedOn, calendar);
  const judged = judgeDeadline({
    deadline,
    asOf: undefined,
    calendar,
    work: 'telling the designated officer (LADO) of the allegation',
    started: `The allegation came to the employer's attention, or was made to the police, on ${inWords(receivedOn)}.`,
  });
  return { deadline, judged };
}

/** Actions an adult's result keeps: the adult door, the designated officer, the girls in an adult woman's family, and an adult's forced marriage duties. */
const adultActions = new Set(['need-level.action.adult-route', 'need-level.action.inform-designated-officer', 'need-level.action.fgm-adult-consider-girls', 'need-level.action.forced-marriage-adult']);

function actionsFor(
  rules: readonly RuleTrace[],
  statuses: RuleStatuses,
  level: NeedLevel,
  outcome: NeedLevelOutcome,
  route: NeedLevelRoute,
  tags: Set<string>,
  indicators: readonly NeedIndicator[],
  deadlines: readonly JudgedDeadline[],
  youngerThanFive: boolean,
): Action[] {
  const actions: Action[] = [];
  const adult = outcome === 'adult';
  const unsure = outcome === 'insufficient-information';
  for (const r of rules) {
    if (r.status !== 'fired') continue;
    // The rule's own action (its trace names it by id only).
    const action = ruleActions.get(r.ruleId);
    if (!action) continue;
    if (adult && !adultActions.has(action.id)) continue;
    // A lower level's advice ("start at the Additional level") would
    // contradict the route of the level reached.
    const ruleLevel = ruleLevels.get(r.ruleId);
    if (ruleLevel !== undefined && rank(ruleLevel) < rank(level)) continue;
    // Advice that belongs to one level only (an Intensive request) is given only at that level.
    if (r.conclusion?.onlyAtLevel !== undefined && r.conclusion.onlyAtLevel !== level) continue;
    // "Start at the Additional level with the services' own forms" would contradict a route that sends
    // the practitioner to the MASH first (evidence of a risk of harm, exploitation, radicalisation, a child missing);
    // the route then gives the escalation itself.
    if (action.id === CONSIDER_INTENSIVE && route.contact !== needLevelRoutes.additional.contact) continue;
    // Field by field (a spread copies key by key); the citation is a copy of
    // its own, not the one in the rule's trace, so the result's parts can be
    // changed one without the other.
    // What follows a refusal depends on the route it is refused on (voluntary help, child protection,
    // honour-based abuse where the family is not gone back to): the same words as the route's consent explanation.
    const description = action.id === CONSENT_REFUSED_ACTION ? refusalText(route.consent.situation, level) : action.description;
    const entry: Action = { id: action.id, description, role: action.role, citation: copyCitation(r.citation[0]!) };
    if (r.ruleId === LADO_RULE && deadlines.length > 0) {
      entry.due = deadlines[0]!.due;
      entry.deadlineId = deadlines[0]!.id;
    }
    actions.push(entry);
  }
  if (adult) return actions;
  if (unsure) {
    actions.push({
      id: 'need-level.action.consult-when-unsure',
      description:
        'The level is not decided yet: answer the questions the result lists. Where there is doubt about the right response, consult your own manager or designated safeguarding lead; if you are still unsure, ask the Luton MASH (01582 547653) for a consultation with a MASH social worker. If you believe the child is suffering or likely to suffer significant harm, refer now.',
      role: 'The practitioner who identified the need',
      citation: copyCitation(luton.consultWhenUnsure),
    });
  } else if (level !== 'universal' || route !== needLevelRoutes.universal) {
    // The single-Intensive prompt already says what the next step is; the
    // route action does not say it a second time in other words.
    const nextStep = route.nextStep && !actions.some((a) => a.id === 'need-level.action.consider-intensive') ? ` ${route.nextStep}` : '';
    actions.push({
      id: `need-level.action.route.${level}`,
      description: `${route.contact} Form: ${route.form}.${nextStep}`,
      role: 'The practitioner who identified the need',
      citation: copyCitation(route.citation[route.citation.length - 1]!),
    });
  }
  if (level === 'additional' && !unsure) {
    const difficulties = [...new Set(indicators.map((i) => familyPartnershipDifficulties[i.id]).filter((d): d is string => d !== undefined))];
    if (difficulties.length > 0) {
      actions.push({
        id: 'need-level.action.family-partnership-next-step',
        description: `The Family Partnership Service supports families with ${difficulties.join(', ')}. If the Additional support does not resolve it, the next step is a request to the Family Partnership Service: the Luton referral form, with the parents' consent, sent to the MASH.`,
        role: 'The practitioner who identified the need',
        citation: copyCitation(luton.familyPartnershipService),
      });
    }
  }
  // The FGM rule decides the mandatory police report when the reporter's role,
  // the girl's age and what was disclosed or seen are known; the catalogue's
  // general wording of that duty is shown only while the rule cannot tell yet.
  const fgmDutyDecided = statuses.get(FGM_DUTY_RULE) !== 'unknown';
  const levelRank = rank(level);
  for (const duty of duties) {
    if (duty.rulePosition !== undefined) {
      if (statuses.list[duty.rulePosition] !== 'fired') continue;
    } else {
      if (!duty.everyChild && !tags.has(duty.circumstance)) continue;
      if (levelRank < duty.fromRank) continue;
      if (fgmDutyDecided && duty.id === FGM_GENERAL_DUTY) continue;
      // Not for an unborn child or a child under five (need-level.interpretation.young-carer-from-five).
      // Nor while the outcome is undecided: it is a prompt for when a referral is made.
      if (duty.id === YOUNG_CARER_DUTY && (youngerThanFive || unsure)) continue;
    }
    actions.push({ id: duty.id, description: duty.description, role: duty.role, citation: copyCitation(duty.citation) });
  }
  return fitted(actions);
}

const FGM_GENERAL_DUTY = 'need-level.special-circumstance.fgm.mandatory-report-to-police';
const YOUNG_CARER_DUTY = 'need-level.special-circumstance.young-carers.consider-on-referral';
const CONSIDER_INTENSIVE = 'need-level.action.consider-intensive';

/** Every special circumstance duty in catalogue order, with what decides whether a classification gives it, worked out once. */
const duties = specialCircumstances.flatMap((circumstance) =>
  circumstance.duties.map((duty) => ({
    id: duty.id,
    description: duty.description,
    role: duty.role,
    citation: duty.citation,
    circumstance: circumstance.id,
    everyChild: duty.everyChild === true,
    fromRank: duty.fromLevel === undefined ? 0 : rank(duty.fromLevel),
    rulePosition: duty.ruleId === undefined ? undefined : position(duty.ruleId),
  })),
);

/** Every interpretation of the rule set, by id, built once (copied into each result that relies on one). */
let interpretationIndex: ReadonlyMap<string, Interpretation> | undefined;
function interpretationById(id: string): Interpretation {
  interpretationIndex ??= new Map(needLevelRuleSet.interpretations().map((i) => [i.id, i]));
  return interpretationIndex.get(id)!;
}

const readings = needLevelInterpretations;

/**
 * The interpretations this result relies on, each once, in the order the
 * rule set lists them: a reading is returned only in the case it decides
 * (an indicator's reading when that indicator is recorded, the statutory
 * situation readings when the route uses one, the threshold reading when
 * Intensive indicators were counted against it, and so on), so a stored
 * result lists what it depends on and nothing else.
 */
function reliedOn(c: {
  facts: Record<string, unknown>;
  indicators: readonly NeedIndicator[];
  statuses: RuleStatuses;
  decided: Decided;
  route: NeedLevelRoute;
  lookedAfterGiven: boolean;
  waitsOnLookedAfterAlone: boolean;
}): Interpretation[] {
  const { decided, facts, indicators } = c;
  const list = c.statuses.list;
  const wanted = new Set<string>();
  const fired = (position: number) => list[position] === 'fired';
  const adult = decided.outcome === 'adult';
  const unsure = decided.outcome === 'insufficient-information';
  wanted.add(readings.categoryMapping.id);
  if (adult) {
    wanted.add(readings.adultRoute.id);
    if (fired(reliedAt.fgmAdult)) wanted.add(readings.fgmDutyUnder18.id);
    if (fired(reliedAt.forcedMarriageAdult)) wanted.add(readings.honourBasedAbuseFamilyNotTold.id);
    if (fired(reliedAt.lado)) wanted.add(readings.professionalAbuseIsAllegation.id);
    return copies(wanted);
  }
  if (facts.ageBand === 'not-given') wanted.add(readings.ageNotGivenIsChild.id);
  if ((facts.ageContradictionCount as number) >= 1) wanted.add(readings.ageBoundIndicators.id);
  // Readings of the recorded indicators: evidence of a risk of harm where it prompted or routed, need without harm where it let a Specialist need be section 17.
  const weighed = fired(reliedAt.weighHarmEvidence);
  let groups: string[] | undefined;
  for (const i of indicators) {
    const reading = indicatorReading.get(i.id);
    if (reading !== undefined) {
      if (reading.when === 'always') wanted.add(reading.id);
      else if (reading.when === 'weighed') {
        if (weighed) wanted.add(reading.id);
      } else if (i.level === 'specialist' && !unsure && decided.situation === 'child-in-need') wanted.add(reading.id);
    }
    const wording = wordingReadingsByIndicator.get(i.id);
    if (wording) wanted.add(wording.id);
    // Two bullets of one concern recorded (exact twins, or a near-duplicate group): the reading decided the count.
    if (i.concernGroup) {
      if (groups?.includes(i.concernGroup)) wanted.add(evidenceReadings.nearDuplicates.id);
      else (groups ??= []).push(i.concernGroup);
    } else if (i.sameAs !== undefined && indicators.some((x) => x.id === i.sameAs)) wanted.add(evidenceReadings.nearDuplicates.id);
  }
  // Readings of the decision itself.
  if (decided.level === 'specialist' || unsure) wanted.add(readings.designatedSafeguardingLead.id);
  const situation = decided.situation;
  if (situation === 'private-fostering' || situation === 'unaccompanied-child' || situation === 'no-one-to-care') {
    wanted.add(readings.statutoryConsentSituations.id);
    wanted.add(readings.statutorySituationCategories.id);
  }
  if (situation === 'honour-based-abuse') wanted.add(readings.honourBasedAbuseFamilyNotTold.id);
  if (situation === 'looked-after') wanted.add(readings.lookedAfterNotParentalAgreement.id);
  if (situation === 'private-fostering') wanted.add(readings.privateFosteringFromRecord.id);
  if ((facts.schoolAbsenceIndicatorCount as number) >= 1 || (facts.missingFromHomeIndicatorCount as number) >= 1) wanted.add(readings.missingIndicators.id);
  if (facts.lookedAfter === true && (facts.missingFromHomeIndicatorCount as number) >= 1) wanted.add(readings.missingLookedAfterChildProtection.id);
  if (fired(reliedAt.forcedMarriage)) wanted.add(readings.forcedMarriageChildProtection.id);
  if (facts.countyLines === true) wanted.add(readings.countyLinesIsExploitation.id);
  if (facts.criminalExploitationConcern === true || facts.sexualExploitationConcern === true) wanted.add(readings.exploitationConcernAndHighRisk.id);
  if (facts.fgmConcern === true) wanted.add(readings.fgmDutyUnder18.id);
  if (decided.mashFirst) wanted.add(readings.riskAnsweredNoConsultMashFirst.id);
  if (decided.level !== 'specialist' && (facts.intensiveIndicatorCount as number) >= 1) wanted.add(readings.intensiveThresholdTwo.id);
  // Only where it decided the level (at Specialist something else did).
  if (decided.level === 'intensive' && (facts.complexDisabilityIndicatorCount as number) >= 1) wanted.add(readings.complexDisabilityIntensive.id);
  if (decided.level === 'additional' && !unsure) wanted.add(readings.additionalFamilyAgreement.id);
  if (fired(reliedAt.specialistIndicator) && !unsure && situation === 'child-in-need' && onlySpecialistIndicatorsMadeSpecialist(c.statuses)) wanted.add(readings.specialistSingleIndicator.id);
  if (fired(reliedAt.immediateRisk)) wanted.add(readings.immediateRiskPolice.id);
  if (fired(reliedAt.lado)) wanted.add(readings.professionalAbuseIsAllegation.id);
  if (fired(reliedAt.consentRefused)) wanted.add(readings.consentRefusedWhatFollows.id);
  if (reliedAt.prompts.some(fired)) wanted.add(readings.weighingAdvisesOnly.id);
  if (fired(reliedAt.youngChild) || fired(reliedAt.unborn)) wanted.add(readings.youngChildUnderFive.id);
  if (fired(reliedAt.severalDomains)) wanted.add(readings.severalDomainsThree.id);
  if (decided.level === 'specialist' && !unsure && (facts.ageBand === 'unborn' || facts.ageBand === 'under-5')) wanted.add(readings.youngCarerFromFive.id);
  // Returned where it alone holds the outcome; with other questions open, those decide first whether it matters.
  if (c.waitsOnLookedAfterAlone) wanted.add(readings.lookedAfterDecidesSpecialistRoute.id);
  // The looked after status the library supplied for an unborn child decided the route only for a Specialist child in need.
  if (facts.unborn === true && !c.lookedAfterGiven && !unsure && situation === 'child-in-need') wanted.add(readings.unbornNotLookedAfter.id);
  return copies(wanted);
}

/** The positions of the rules `reliedOn` reads. */
const reliedAt = {
  fgmAdult: position('need-level.duty.fgm-adult'),
  forcedMarriageAdult: position('need-level.duty.forced-marriage-adult'),
  lado: position(LADO_RULE),
  weighHarmEvidence: position('need-level.prompt.weigh-harm-evidence'),
  forcedMarriage: position(FORCED_MARRIAGE_RULE),
  specialistIndicator: position(SPECIALIST_INDICATOR_RULE),
  immediateRisk: position('need-level.classify.immediate-risk'),
  consentRefused: position('need-level.duty.consent-refused'),
  youngChild: position('need-level.prompt.young-child'),
  unborn: position('need-level.prompt.unborn-child'),
  severalDomains: position('need-level.prompt.several-domains'),
  prompts: needLevelRuleSet.modules.filter((m) => m.event.type === 'prompt').map((m) => position(m.id)),
};

/**
 * Each indicator's reading and when a result relies on it: always (the
 * document's own significant harm, a reading of a source conflict), where
 * the evidence of a risk of harm was weighed, or where a need without harm
 * let a Specialist need be a child in need.
 */
const indicatorReading = new Map<string, { id: string; when: 'always' | 'weighed' | 'need-without-harm' }>(
  [...evidenceByIndicator.values()].flatMap((e) => {
    if (e.interpretation === undefined) return [];
    const when = e.evidence === 'significant-harm' ? 'always' : e.evidence === 'need' ? (e.interpretation === evidenceReadings.needWithoutHarm.id ? 'need-without-harm' : 'always') : 'weighed';
    return [[e.indicatorId, { id: e.interpretation, when }] as const];
  }),
);

/** Whether Specialist need comes from Specialist indicators alone (no statutory answer or concern made it Specialist). */
function onlySpecialistIndicatorsMadeSpecialist(statuses: RuleStatuses): boolean {
  for (const [ruleId, level] of ruleLevels) if (level === 'specialist' && ruleId !== SPECIALIST_INDICATOR_RULE && statuses.get(ruleId) === 'fired') return false;
  return true;
}

/** Copies of the wanted interpretations, in the rule set's order. */
function copies(wanted: ReadonlySet<string>): Interpretation[] {
  interpretationById(readings.categoryMapping.id); // builds the index
  const out: Interpretation[] = [];
  for (const entry of interpretationIndex!.values()) if (wanted.has(entry.id)) out.push(copyInterpretation(entry));
  return out;
}

/** The derived facts a warning reads, replaced in its `facts` by what they stand for (the indicators, the answers). */
function namedWarning(warning: Warning, indicators: readonly NeedIndicator[], parsed: { ageInYears?: number; unborn?: boolean; disabled?: boolean }): Warning {
  switch (warning.code) {
    case 'need-level.warning.harm-indicator-without-harm': {
      const ids = indicators.filter((i) => i.significantHarm).map((i) => i.id);
      return { code: warning.code, message: `${warning.message} Indicators: ${ids.join(', ')}.`, facts: ['significantHarmSuspected', ...ids] };
    }
    case 'need-level.warning.risk-indicator-without-harm': {
      const ids = riskIndicatorIds(indicators);
      return { code: warning.code, message: `${warning.message} Indicators: ${ids.join(', ')}.`, facts: ['significantHarmSuspected', ...ids] };
    }
    case 'need-level.warning.age-contradicts-indicator': {
      const ids = ageContradictedIndicators(indicators, parsed.ageInYears, parsed.unborn === true, parsed.disabled);
      const answers = [parsed.unborn === true ? 'unborn' : 'ageInYears', ...(ids.includes(PRIVATELY_FOSTERED) ? ['disabled'] : [])];
      // Each indicator with its own age limit, so the message names the limit that applies to it.
      const named = ids.map((id) => `${id} (${agesInWords(evidenceByIndicator.get(id)!.ages!)})`);
      return { code: warning.code, message: `${warning.message} Indicators: ${named.join(', ')}.`, facts: [...answers, ...ids] };
    }
    case 'need-level.warning.strength-beside-concern': {
      const pairs = contradictedStrengthPairs(indicators);
      const named: string[] = [];
      for (let i = 0; i < pairs.length; i += 2) named.push(`${pairs[i]} beside ${pairs[i + 1]}`);
      return { code: warning.code, message: `${warning.message} Pairs: ${named.join('; ')}.`, facts: [...new Set(pairs)] };
    }
    case 'need-level.warning.category-contradicts-child-in-need': {
      const ids = indicators.filter((i) => i.level === 'specialist').map((i) => i.id);
      return { code: warning.code, message: `${warning.message} Indicators: ${ids.join(', ')}.`, facts: ['childInNeed', ...ids] };
    }
    default:
      return warning;
  }
}

/** An indicator's age limit in words: "under 16", "under 16, or under 18 if disabled", "10 or over", "a child already born". */
function agesInWords(ages: { under?: number; from?: number; underIfDisabled?: number }): string {
  if (ages.under !== undefined) return `for a child under ${ages.under}${ages.underIfDisabled !== undefined ? `, or under ${ages.underIfDisabled} if disabled` : ''}`;
  return ages.from === 0 ? 'for a child already born' : `for a child of ${ages.from} or over`;
}

/** A screening of the caller's own (the catalogue's is frozen and shared). */
function copyScreening(screening: MashScreening): MashScreeningResult {
  return { outcomes: [...screening.outcomes], note: screening.note, citation: copyCitation(screening.citation) };
}

/** The recorded indicators that are evidence of significant harm, of a risk of it, or of exploitation. */
function harmEvidenceOf(indicators: readonly NeedIndicator[]): HarmEvidence[] {
  const out: HarmEvidence[] = [];
  for (const i of indicators) {
    if (i.evidence === 'significant-harm' || i.evidence === 'risk-of-significant-harm' || i.evidence === 'exploitation') out.push({ indicatorId: i.id, evidence: i.evidence });
  }
  return out;
}

