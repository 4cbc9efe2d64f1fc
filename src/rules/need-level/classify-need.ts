/**
 * classifyNeed: a child's level of need under Luton's threshold document,
 * with the route to help, the Working Together 2026 category, the duties that
 * follow and the explanation trace.
 */
import { SafeguardingInputError, type InputIssue } from '../../schemas/input-error.js';
import { ClassifyNeedInputSchema, ClassifyNeedOptionsSchema, type ClassifyNeedInput, type ClassifyNeedOptions } from './input-schema.js';
import { parseInput } from '../../schemas/parse-input.js';
import type { Action, DecisionResult } from '../engine/decision-result.js';
import { explainRun } from '../engine/explain-run.js';
import type { RuleStatuses, RuleTrace } from '../engine/rule-set.js';
import { luton } from './citations.js';
import { needIndicators } from './indicators/index.js';
import { needLevels, type NeedDomain, type NeedIndicator, type NeedLevel } from './need-indicator.js';
import { needLevelRuleSet } from './rule-set.js';
import { hasFgmConcern, toNeedLevelFacts } from './to-facts.js';
import { mashScreeningOutcomes, needLevelRoutes, specialistChildInNeedRoute, type NeedLevelRoute } from './routes.js';
import { specialCircumstanceActions } from './special-circumstance-actions.js';
import { workingTogetherCategory, type WorkingTogetherCategory } from './working-together-category.js';

/** The default number of Intensive indicators that make Intensive need ("a number of" in the source). */
export const DEFAULT_INTENSIVE_INDICATOR_THRESHOLD = 2;

export interface NeedClassification extends DecisionResult<NeedLevel | 'insufficient-information'> {
  /**
   * The level the known facts support. When `outcome` is
   * `insufficient-information`, this is a floor: a missing fact could raise it.
   */
  level: NeedLevel;
  matchedIndicators: {
    /** Every observed indicator, in catalogue order. */
    all: NeedIndicator[];
    byLevel: Record<NeedLevel, NeedIndicator[]>;
    byDomain: Partial<Record<NeedDomain, NeedIndicator[]>>;
  };
  route: NeedLevelRoute;
  /** What a screening in the MASH can lead to (for Intensive and Specialist requests). */
  mashScreening: typeof mashScreeningOutcomes | undefined;
  workingTogetherCategory: WorkingTogetherCategory;
  /** The indicators are a guide to professional judgement, neither exhaustive nor weighted. */
  professionalJudgement: { statement: string; citation: typeof luton.judgement };
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
export function classifyNeed(input: ClassifyNeedInput, options: ClassifyNeedOptions = {}): NeedClassification {
  const parsed = parseInput(ClassifyNeedInputSchema, input, 'input');
  const opts = parseInput(ClassifyNeedOptionsSchema, options, 'options');
  const threshold = opts.intensiveIndicatorThreshold ?? DEFAULT_INTENSIVE_INDICATOR_THRESHOLD;
  const indicators = resolveIndicators(parsed.indicators);

  const { facts, tags, fgmConcern } = toNeedLevelFacts(parsed, indicators, threshold);
  const run = needLevelRuleSet.run(facts);
  const statuses: RuleStatuses = new Map(run.rules.map((r) => [r.ruleId, r.status]));
  const { level, outcome } = levelOutcome(statuses);
  // FGM, suffered or feared, is significant harm (the threshold document's
  // own words), so it leads to child protection (section 47) like any other.
  const harmSuspected =
    parsed.significantHarmSuspected === true || parsed.immediateRiskOfSignificantHarm === true || fgmConcern ? true : parsed.significantHarmSuspected;
  const category = workingTogetherCategory(level, harmSuspected);
  // A child in need referral (section 17) needs the parents' agreement; a
  // child protection referral does not.
  const route = level === 'specialist' && category.id !== 'child-protection-section-47' ? specialistChildInNeedRoute : needLevelRoutes[level];
  const indicatorTagsFgm = indicators.some((i) => i.specialCircumstances?.includes('fgm'));
  const explanation = explainRun({
    ruleSet: needLevelRuleSet,
    facts,
    run,
    outcome,
    decided: outcome !== 'insufficient-information',
    // Only a rule for a level above the one reached can still change it.
    couldChangeOutcome: (rule) => {
      const ruleLevel = levelOfRule(rule.ruleId);
      return ruleLevel !== undefined && rank(ruleLevel) > rank(level);
    },
    outcomeOf: (changed) => levelOutcome(changed).outcome,
    rederive: (changed) => {
      changed.fgmConcern = indicatorTagsFgm || hasFgmConcern(changed.fgmDisclosedByGirl, changed.fgmPhysicalSignsObserved, changed.fgmAtRisk);
    },
  });

  return {
    decision: 'need-level',
    outcome,
    input: parsed,
    level,
    matchedIndicators: groupIndicators(indicators),
    route,
    mashScreening: level === 'intensive' || level === 'specialist' ? mashScreeningOutcomes : undefined,
    workingTogetherCategory: category,
    professionalJudgement: { statement: PROFESSIONAL_JUDGEMENT, citation: luton.judgement },
    reasons: run.rules,
    ...explanation,
    deadlines: [],
    actions: actionsFor(run.rules, level, route, tags),
    ruleset: { ...needLevelRuleSet.version },
    options: { intensiveIndicatorThreshold: threshold },
  };
}

/**
 * The observed indicators, in catalogue order (so the result does not depend
 * on the order they were given in), or the input error naming every unknown id.
 */
function resolveIndicators(ids: readonly string[]): NeedIndicator[] {
  const issues: InputIssue[] = [];
  const positions: number[] = [];
  ids.forEach((id, index) => {
    const position = needIndicatorIndex.get(id);
    if (position !== undefined) positions.push(position);
    else {
      const shown = /^[a-z0-9.-]{1,100}$/.test(id) ? `"${id}"` : 'this value';
      issues.push({ path: ['input', 'indicators', index], code: 'unknown-id', message: `input.indicators[${index}]: ${shown} is not a known need indicator id (see needIndicators)` });
    }
  });
  if (issues.length > 0) throw new SafeguardingInputError(issues);
  positions.sort((a, b) => a - b);
  return positions.map((position) => needIndicators[position]!);
}

/** Each catalogue id and its position in the catalogue. */
const needIndicatorIndex: ReadonlyMap<string, number> = new Map(needIndicators.map((i, index) => [i.id, index]));

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

/**
 * The level the fired rules reach, and the outcome: that level, or
 * `insufficient-information` while a rule for a higher level is undecided.
 */
function levelOutcome(statuses: RuleStatuses): { level: NeedLevel; outcome: NeedLevel | 'insufficient-information' } {
  let level: NeedLevel = 'universal';
  for (const [ruleId, status] of statuses) {
    const ruleLevel = levelOfRule(ruleId);
    if (status === 'fired' && ruleLevel && rank(ruleLevel) > rank(level)) level = ruleLevel;
  }
  for (const [ruleId, status] of statuses) {
    const ruleLevel = levelOfRule(ruleId);
    if (status === 'unknown' && ruleLevel && rank(ruleLevel) > rank(level)) return { level, outcome: 'insufficient-information' };
  }
  return { level, outcome: level };
}

/** Groups indicators that are already in catalogue order. */
function groupIndicators(indicators: NeedIndicator[]): NeedClassification['matchedIndicators'] {
  const byLevel: Record<NeedLevel, NeedIndicator[]> = { universal: [], additional: [], intensive: [], specialist: [] };
  const byDomain: Partial<Record<NeedDomain, NeedIndicator[]>> = {};
  for (const indicator of indicators) {
    byLevel[indicator.level].push(indicator);
    (byDomain[indicator.domain] ??= []).push(indicator);
  }
  return { all: [...indicators], byLevel, byDomain };
}

function actionsFor(rules: readonly RuleTrace[], level: NeedLevel, route: NeedLevelRoute, tags: Set<string>): Action[] {
  const actions: Action[] = [];
  for (const r of rules) {
    if (r.status !== 'fired') continue;
    const action = r.conclusion?.action as Omit<Action, 'citation'> | undefined;
    if (action) actions.push({ ...action, citation: r.citation[0]! });
  }
  if (level !== 'universal') {
    actions.push({
      id: `need-level.action.route.${level}`,
      description: `${route.contact} Form: ${route.form}.`,
      role: 'The practitioner who identified the need',
      citation: route.citation[route.citation.length - 1]!,
    });
  }
  // The FGM rule decides the mandatory police report when the reporter's role
  // and what was disclosed or seen are known; the catalogue's general wording
  // of that duty is shown only while the rule cannot tell yet.
  const fgmRule = rules.find((r) => r.ruleId === 'need-level.duty.fgm-mandatory-report');
  const skip = new Set(fgmRule && fgmRule.status !== 'unknown' ? ['need-level.special-circumstance.fgm.mandatory-report-to-police'] : []);
  actions.push(...specialCircumstanceActions(tags, skip));
  return actions;
}
