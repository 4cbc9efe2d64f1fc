/**
 * classifyNeed: a child's level of need under Luton's threshold document,
 * with the route to help, the Working Together 2026 category, the duties that
 * follow and the explanation trace.
 */
import { decisionFingerprint } from '../engine/fingerprint.js';
import type { ReadonlyInput } from '../../schemas/readonly-input.js';
import { copyCitation, type Citation } from '../../schemas/citation.js';
import { SafeguardingInputError, type InputIssue } from '../../schemas/input-error.js';
import { classifyNeedInputSchema, classifyNeedOptionsSchema } from './input-schema.js';
import type { ClassifyNeedInput, ClassifyNeedOptions } from './input-types.js';
import { undatedRuleset } from '../decision-options.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { Action, DecisionResult } from '../engine/decision-result.js';
import { explainRun } from '../engine/explain-run.js';
import type { RuleStatuses, RuleTrace } from '../engine/rule-set.js';
import { luton } from './citations.js';
import { needIndicators } from './indicators/index.js';
import { needLevels, type NeedIndicator, type NeedLevel } from './need-indicator.js';
import { matchedIndicators, type MatchedIndicators } from './matched-indicators.js';
import { needLevelRuleSet } from './rule-set.js';
import { factPosition } from '../engine/fact-values.js';
import { fitted } from '../engine/fitted.js';
import { hasConcern, hasFgmConcern, toNeedLevelFacts } from './to-facts.js';
import { copyRoute, mashScreeningOutcomes, type NeedLevelRoute } from './routes.js';
import { decideRoute, type ProtectionStatus } from './decide-route.js';
import { harmIndicators } from './indicators/harm-indicators.js';
import { needLevelInterpretations } from './interpretations.js';
import { familyPartnershipDifficulties } from './weighing/family-partnership-difficulties.js';
import type { Interpretation, Warning } from '../engine/interpretation.js';
import { specialCircumstanceActions } from './special-circumstance-actions.js';
import { workingTogetherCategory, type WorkingTogetherCategory } from './working-together-category.js';

import { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD } from './defaults.js';

export { DEFAULT_INTENSIVE_INDICATOR_THRESHOLD };

/**
 * What `classifyNeed` returns: the level of need under Luton's threshold
 * document (`outcome`, or `insufficient-information` while a statutory
 * answer that could raise it is missing), with the indicators that led there,
 * how that level of help is reached in Luton, the matching Working Together
 * 2026 category, and the shared decision fields (trace, missing facts,
 * actions, ruleset). Store it whole on the child's record.
 */
export interface NeedClassification extends DecisionResult<NeedLevel | 'insufficient-information', 'need-level'> {
  /**
   * The level the known facts support. When `outcome` is
   * `insufficient-information`, this is a floor: a missing fact could raise it.
   */
  level: NeedLevel;
  /** The indicators given in the input, each once (`all`), with groupings by level and domain that refer to them by position in `all`. */
  matchedIndicators: MatchedIndicators;
  /** How help at `level` is reached in Luton: who to contact, which form, and whether the family's consent is needed. */
  route: NeedLevelRoute;
  /** What a screening in the MASH can lead to (for Intensive and Specialist requests). */
  mashScreening?: { outcomes: string[]; note: string; citation: Citation };
  /** The Working Together 2026 category this level corresponds to (universal services, Family Help, section 17 or section 47). */
  workingTogetherCategory: WorkingTogetherCategory;
  /** The indicators are a guide to professional judgement, neither exhaustive nor weighted. */
  professionalJudgement: { statement: string; citation: Citation };
  /** The options the classification used, defaults filled in. */
  options: { intensiveIndicatorThreshold: number };
}

const PROFESSIONAL_JUDGEMENT =
  'This classification is a guide to professional judgement, not a fixed response. The indicators are neither exhaustive nor weighted: talk with the child and family, and with the MASH if unsure, before deciding the level of support.';

/**
 * Classifies a child's level of need.
 *
 * @param input - The indicator ids observed (from `needIndicators`) and the statutory answers: suspected significant harm, immediate risk, child in need; FGM facts and the reporter's role where relevant.
 * @param options - `intensiveIndicatorThreshold`: how many Intensive indicators make Intensive need (default 2).
 * @returns The level of need (or `insufficient-information` with `level` as the floor), the matched indicators, the Luton route, the Working Together 2026 category, duties and the explanation trace.
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
  const threshold = opts.intensiveIndicatorThreshold ?? DEFAULT_INTENSIVE_INDICATOR_THRESHOLD;
  const indicators = resolveIndicators(parsed.indicators);

  const { facts, tags } = toNeedLevelFacts(parsed, indicators, threshold);
  const run = needLevelRuleSet.run(facts);
  const statuses: RuleStatuses = run.statuses;
  const { level, outcome } = levelOutcome(statuses);
  // The category, the route and its consent rule all follow from the same
  // rule statuses as the outcome, so what would change one changes the other.
  const protection = protectionOf(statuses);
  const category = workingTogetherCategory(level, protection === 'child-protection' ? true : protection === 'child-in-need' ? false : undefined);
  const route = decideRoute(level, protection, indicators, tags);
  const indicatorTagsFgm = indicators.some((i) => i.specialCircumstances?.includes('fgm'));
  const unsure = outcome === 'insufficient-information';
  const explanation = explainRun({
    ruleSet: needLevelRuleSet,
    run,
    statuses,
    outcome,
    // A rule for a level above the one reached can still change it; at the
    // Specialist level, so can the rule that decides child protection.
    couldChangeOutcome: (rule) => {
      if (rule.ruleId === CHILD_PROTECTION_RULE) return level === 'specialist';
      const ruleLevel = levelOfRule(rule.ruleId);
      return ruleLevel !== undefined && rank(ruleLevel) > rank(level);
    },
    outcomeOf: (changed) => levelOutcome(changed).outcome,
    rederive: (values) => {
      values[at.fgmConcern] = indicatorTagsFgm || hasFgmConcern(values[at.fgmDisclosedByGirl], values[at.fgmPhysicalSignsObserved], values[at.fgmAtRisk]);
      values[at.forcedMarriageConcern] = hasConcern(values[at.forcedMarriageAtRisk], values[at.forcedMarriageDisclosedByChild]);
      values[at.criminalExploitationConcern] = hasConcern(values[at.criminalExploitationAtRisk], values[at.countyLines]);
    },
    rederived: ['fgmConcern', 'forcedMarriageConcern', 'criminalExploitationConcern'],
    alsoReliedOn: level === 'specialist' || unsure ? [SIGNIFICANT_HARM_RULE] : [],
  });
  const actions = actionsFor(run.rules, level, route, tags, indicators, unsure);
  const interpretations = reliedOn(explanation.interpretations, { facts, indicators, route, level, unsure });
  const warnings = explanation.warnings.map((w) => namedWarning(w, indicators));

  // Written out field by field, not spread from the explanation: a literal of
  // known fields is built in one step, where a spread copies key by key.
  const result: NeedClassification = {
    decision: 'need-level',
    outcome,
    input: parsed,
    level,
    matchedIndicators: matchedIndicators(indicators),
    // The catalogue's route and citations are frozen and shared by every
    // result: each result gets copies it may change (the category is one already).
    route: copyRoute(route),
    workingTogetherCategory: category,
    professionalJudgement: { statement: PROFESSIONAL_JUDGEMENT, citation: copyCitation(luton.judgement) },
    reasons: run.rules,
    missingFacts: explanation.missingFacts,
    furtherQuestions: explanation.furtherQuestions,
    counterfactuals: explanation.counterfactuals,
    interpretations,
    warnings,
    deadlines: [],
    actions,
    ruleset: undatedRuleset(needLevelRuleSet.version),
    fingerprint: decisionFingerprint({ decision: 'need-level', input: parsed, options: { intensiveIndicatorThreshold: threshold }, outcome }),
    options: { intensiveIndicatorThreshold: threshold },
  };
  // Left out rather than undefined below Intensive: a result survives a JSON round trip unchanged.
  if (level === 'intensive' || level === 'specialist') result.mashScreening = { outcomes: [...mashScreeningOutcomes.outcomes], note: mashScreeningOutcomes.note, citation: copyCitation(mashScreeningOutcomes.citation) };
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

/** The facts the counterfactual search derives again, and the answers they come from. */
const rederivedFacts = [
  'fgmConcern', 'fgmDisclosedByGirl', 'fgmPhysicalSignsObserved', 'fgmAtRisk',
  'forcedMarriageConcern', 'forcedMarriageAtRisk', 'forcedMarriageDisclosedByChild',
  'criminalExploitationConcern', 'criminalExploitationAtRisk', 'countyLines',
] as const;

/** Their positions in the rule set's fact values. */
const at = Object.fromEntries(rederivedFacts.map((fact) => [fact, factPosition(needLevelRuleSet.factLayout, fact)])) as Record<(typeof rederivedFacts)[number], number>;

/** Each catalogue id and its position in the catalogue. */
const needIndicatorIndex: ReadonlyMap<string, number> = new Map(needIndicators.map((i, index) => [i.id, index]));

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

function levelOfRule(ruleId: string): NeedLevel | undefined {
  return ruleLevels.get(ruleId);
}

function rank(level: NeedLevel): number {
  return needLevels.indexOf(level);
}

/** The level rules, each with the rank of its level: what levelOutcome reads for every counterfactual. */
const rankedLevelRules = [...ruleLevels].map(([ruleId, level]) => ({ position: needLevelRuleSet.layout.positions.get(ruleId)!, level, rank: rank(level) }));

/**
 * The level the fired rules reach, and the outcome: that level, or
 * `insufficient-information` while a rule for a higher level is undecided.
 */
function levelOutcome(statuses: RuleStatuses): { level: NeedLevel; outcome: NeedLevel | 'insufficient-information' } {
  let level: NeedLevel = 'universal';
  let reached = 0;
  const list = statuses.list;
  for (const rule of rankedLevelRules) {
    if (rule.rank > reached && list[rule.position] === 'fired') {
      level = rule.level;
      reached = rule.rank;
    }
  }
  for (const rule of rankedLevelRules) {
    if (rule.rank > reached && list[rule.position] === 'unknown') return { level, outcome: 'insufficient-information' };
  }
  // A Specialist need whose category (section 47 or 17), and so whose route
  // and consent rule, still turns on an unanswered question is not decided.
  if (level === 'specialist' && protectionOf(statuses) === 'undecided') return { level, outcome: 'insufficient-information' };
  return { level, outcome: level };
}

const CHILD_PROTECTION_RULE = 'need-level.category.child-protection';
const SIGNIFICANT_HARM_RULE = 'need-level.classify.significant-harm';

function protectionOf(statuses: RuleStatuses): ProtectionStatus {
  const status = statuses.get(CHILD_PROTECTION_RULE);
  return status === 'fired' ? 'child-protection' : status === 'not-fired' ? 'child-in-need' : 'undecided';
}

function actionsFor(
  rules: readonly RuleTrace[],
  level: NeedLevel,
  route: NeedLevelRoute,
  tags: Set<string>,
  indicators: readonly NeedIndicator[],
  unsure: boolean,
): Action[] {
  const actions: Action[] = [];
  for (const r of rules) {
    if (r.status !== 'fired') continue;
    // The rule's own action (its trace names it by id only).
    const action = ruleActions.get(r.ruleId);
    if (!action) continue;
    // A lower level's advice ("start at the Additional level") would
    // contradict the route of the level reached, and a prompt to weigh a
    // higher level has nothing to add once the need is Specialist.
    const ruleLevel = levelOfRule(r.ruleId);
    if (ruleLevel !== undefined && rank(ruleLevel) < rank(level)) continue;
    if (r.conclusion?.type === 'prompt' && level === 'specialist') continue;
    // Field by field (a spread copies key by key); the citation is a copy of
    // its own, not the one in the rule's trace, so the result's parts can be
    // changed one without the other.
    const entry: Action = { id: action.id, description: action.description, role: action.role, citation: copyCitation(r.citation[0]!) };
    if (action.due !== undefined) entry.due = action.due;
    if (action.deadlineId !== undefined) entry.deadlineId = action.deadlineId;
    actions.push(entry);
  }
  if (unsure) {
    actions.push({
      id: 'need-level.action.consult-when-unsure',
      description:
        'The level is not decided yet. Where there is doubt about the right response, consult your own manager or designated safeguarding lead; if you are still unsure, ask the Luton MASH (01582 547653) for a consultation with a MASH social worker before making a referral.',
      role: 'The practitioner who identified the need',
      citation: copyCitation(luton.consultWhenUnsure),
    });
  }
  if (level !== 'universal') {
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
  if (level === 'additional') {
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
  // The FGM rule decides the mandatory police report when the reporter's role
  // and what was disclosed or seen are known; the catalogue's general wording
  // of that duty is shown only while the rule cannot tell yet.
  const fgmRule = rules.find((r) => r.ruleId === 'need-level.duty.fgm-mandatory-report');
  const skip = new Set(fgmRule && fgmRule.status !== 'unknown' ? ['need-level.special-circumstance.fgm.mandatory-report-to-police'] : []);
  actions.push(...specialCircumstanceActions(tags, skip));
  return fitted(actions);
}

const harmInterpretationIndicator = new Map(harmIndicators.map((h) => [h.interpretation.id, h.indicatorId]));
const statutorySituations = new Set(['private-fostering', 'unaccompanied-child', 'no-one-to-care']);

/**
 * The interpretations this result relies on. A rule that carries several
 * readings relies on each only in its own case: a harm indicator's reading
 * when that indicator is recorded, the statutory consent reading when the
 * route uses it, and so on.
 */
function reliedOn(
  all: Interpretation[],
  c: { facts: Record<string, unknown>; indicators: readonly NeedIndicator[]; route: NeedLevelRoute; level: NeedLevel; unsure: boolean },
): Interpretation[] {
  const recorded = new Set<string>(c.indicators.map((i) => i.id));
  return all.filter((i) => {
    const indicator = harmInterpretationIndicator.get(i.id);
    if (indicator !== undefined) return recorded.has(indicator);
    switch (i.id) {
      case needLevelInterpretations.statutoryConsentSituations.id:
        return statutorySituations.has(c.route.consent.situation);
      case needLevelInterpretations.designatedSafeguardingLead.id:
        return c.level === 'specialist' || c.unsure;
      case needLevelInterpretations.forcedMarriageChildProtection.id:
        return c.facts.forcedMarriageConcern === true;
      case needLevelInterpretations.countyLinesIsExploitation.id:
        return c.facts.countyLines === true;
      default:
        return true;
    }
  });
}

/** A harm-indicator warning names the indicators it is about (ids are a closed vocabulary, safe to show). */
function namedWarning(warning: Warning, indicators: readonly NeedIndicator[]): Warning {
  if (warning.code !== 'need-level.warning.harm-indicator-without-harm') return warning;
  const ids = indicators.filter((i) => i.significantHarm).map((i) => i.id);
  return {
    code: warning.code,
    message: `${warning.message} Indicators: ${ids.join(', ')}.`,
    facts: [...warning.facts.filter((f) => f !== 'harmIndicatorCount'), ...ids],
  };
}
