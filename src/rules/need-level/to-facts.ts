/**
 * Turns a validated classifyNeed input into the facts the need-level rules
 * read: indicator counts per level (a concern printed twice, or in nearly the
 * same words, counted once, at the higher level), what the indicators are
 * evidence of (significant harm, a risk of it, exploitation), the weighing
 * counts, the age band, the special circumstances the indicators touch, and
 * whether FGM, forced marriage or exploitation is a concern. Statutory
 * answers that were not given stay undefined (unknown).
 */
import type { ClassifyNeedInput } from './input-types.js';
import type { NeedIndicator } from './need-indicator.js';
import { evidenceByIndicator } from './indicators/evidence.js';
import { contradictedBy, strengthContradictions } from './indicators/contradictions.js';

/** The indicator that records sexual exploitation itself: a "no concern" of it beside this is a contradiction. */
const SEXUAL_EXPLOITATION_INDICATOR = 'need-level.specialist.health.sexual-exploitation';

export interface NeedLevelFacts {
  facts: Record<string, unknown>;
  /** Special circumstances touched, from the indicators' tags and the FGM, forced marriage and exploitation answers. */
  tags: Set<string>;
  fgmConcern: boolean;
}

/** The age bands the rules read (`ageBand`). */
export type AgeBand = 'unborn' | 'under-5' | '5-to-15' | '16-or-17' | 'adult' | 'not-given';

/** What the rules need to know of each indicator beyond its level, worked out once from the evidence table. */
interface IndicatorFacts {
  risk: boolean;
  exploitation: boolean;
  parental: boolean;
  schoolAbsence: boolean;
  missingFromHome: boolean;
  ages?: { under?: number; from?: number; underIfDisabled?: number; stillCounts?: true };
}

// The bullets read as a child missing school or education (need-level.interpretation.missing-indicators):
// consistent absence or being out of school, not the Additional level's lateness or pattern of absences.
const schoolAbsence = new Set([
  'need-level.intensive.family-and-social-relationships.misses-school-consistently',
  'need-level.intensive.learning.poor-attendance-and-punctuality',
  'need-level.intensive.learning.not-in-education-under-16',
  'need-level.specialist.learning.no-school-place-through-neglect',
  'need-level.specialist.learning.out-of-school-through-neglect',
]);
const missingFromHome = new Set(['need-level.specialist.emotional-development.endangers-self-or-others']);
// "A disability resulting in complex needs" (the categories table's Intensive row): need-level.interpretation.complex-disability-intensive.
const complexDisability = new Set(['need-level.intensive.health.significant-disability', 'need-level.intensive.self-care-and-independence.disability-prevents-self-care']);

const indicatorFacts = new Map<string, IndicatorFacts>(
  [...evidenceByIndicator.values()].map((e) => [
    e.indicatorId,
    {
      risk: e.evidence === 'risk-of-significant-harm' || e.evidence === 'exploitation',
      // Signs of sexual or criminal exploitation (radicalisation has its own duties).
      exploitation: e.topic === 'exploitation-signs',
      parental: e.parentalFactor === true,
      schoolAbsence: schoolAbsence.has(e.indicatorId),
      missingFromHome: missingFromHome.has(e.indicatorId),
      ...(e.ages ? { ages: e.ages } : {}),
    },
  ]),
);

const levelRank = { universal: 0, additional: 1, intensive: 2, specialist: 3 } as const;

export function toNeedLevelFacts(input: Omit<ClassifyNeedInput, 'indicators'>, indicators: readonly NeedIndicator[], threshold: number): NeedLevelFacts {
  const counts = { universal: 0, additional: 0, intensive: 0, specialist: 0 };
  // The ids recorded, made only when a recorded indicator has a twin to look for.
  let recorded: Set<string> | undefined;
  // Near-duplicate groups: the member that counts for each group recorded (the highest level, the first at that level).
  let groups: Map<string, NeedIndicator> | undefined;
  const tags = new Set<string>();
  const intensiveDomains = new Set<string>();
  let harm = 0;
  let risk = 0;
  let exploitationSigns = 0;
  let parental = 0;
  let absence = 0;
  let fromHome = 0;
  let disability = 0;
  let ageContradictions = 0;
  let contradictedStrengths = 0;
  const age = input.ageInYears;
  for (const i of indicators) {
    const f = indicatorFacts.get(i.id)!;
    let belowLibraryAge = false;
    if (f.ages && outsideAges(f.ages, age, input.unborn === true, input.disabled)) {
      ageContradictions++;
      // A need whose own words exclude the child's age does not apply, so it does not count
      // (need-level.interpretation.age-bound-indicators); evidence of harm or of a risk of it
      // still counts (it may be about another child, or the age may be wrong): the warning asks.
      // An age the library sets only to warn (offending under 10) does not take the need away.
      if (!f.risk && !i.significantHarm && f.ages.stillCounts !== true) continue;
      belowLibraryAge = f.ages.stillCounts === true;
    }
    // Offending under 10 counts toward the level, but a child under 10 is not in the youth justice system: no youth justice duties.
    if (i.specialCircumstances && !belowLibraryAge) for (const tag of i.specialCircumstances) tags.add(tag);
    if (i.evidence === 'strength' && strengthContradictions[i.id] !== undefined) {
      recorded ??= new Set(indicators.map((x) => x.id));
      if (strengthContradictions[i.id]!.some((c) => recorded!.has(c))) contradictedStrengths++;
    }
    // The lower copy of a concern printed twice is not counted when the
    // higher copy is recorded too (same level: the later copy is skipped).
    if (i.sameAs && (recorded ??= new Set(indicators.map((x) => x.id))).has(i.sameAs) && !countsOverTwin(i, indicators)) continue;
    if (i.concernGroup) {
      groups ??= new Map();
      const best = groups.get(i.concernGroup);
      // Catalogue order is ascending by level, so a later member is at the same level or higher.
      if (best === undefined || levelRank[i.level] > levelRank[best.level]) groups.set(i.concernGroup, i);
      continue;
    }
    countIndicator(i);
  }
  if (groups) for (const i of groups.values()) countIndicator(i);

  function countIndicator(i: NeedIndicator): void {
    const f = indicatorFacts.get(i.id)!;
    counts[i.level]++;
    if (i.level === 'intensive') intensiveDomains.add(i.domain);
    if (i.significantHarm) harm++;
    if (f.risk) risk++;
    if (f.exploitation) exploitationSigns++;
    if (f.parental) parental++;
    if (f.schoolAbsence) absence++;
    if (f.missingFromHome) fromHome++;
    if (complexDisability.has(i.id)) disability++;
  }

  const fgm = input.fgm;
  const fgmConcern = tags.has('fgm') || isOpen(fgm, fgm?.disclosedByGirl, fgm?.physicalSignsObserved, fgm?.atRisk);
  if (tags.has('fgm') || hasConcern(fgm?.disclosedByGirl, fgm?.physicalSignsObserved, fgm?.atRisk)) tags.add('fgm');
  const forcedMarriage = input.forcedMarriage;
  const forcedMarriageConcern = isOpen(forcedMarriage, forcedMarriage?.atRisk, forcedMarriage?.disclosedByChild);
  if (hasConcern(forcedMarriage?.atRisk, forcedMarriage?.disclosedByChild)) tags.add('forced-marriage');
  const criminal = input.criminalExploitation;
  const criminalExploitationConcern = exploitationOpen(criminal, criminal?.concern, criminal?.atRisk, criminal?.countyLines);
  const sexual = input.sexualExploitation;
  const sexualExploitationConcern = exploitationOpen(sexual, sexual?.concern, sexual?.atRisk);
  if (hasConcern(criminal?.concern, criminal?.atRisk, criminal?.countyLines, sexual?.concern, sexual?.atRisk)) tags.add('exploitation');
  const fgmYes = hasFgmConcern(fgm?.disclosedByGirl, fgm?.physicalSignsObserved, fgm?.atRisk);
  const harmConcerns =
    +fgmYes +
    +hasConcern(forcedMarriage?.atRisk, forcedMarriage?.disclosedByChild) +
    +hasConcern(criminal?.atRisk, criminal?.countyLines) +
    +(sexual?.atRisk === true);
  return {
    facts: {
      significantHarmSuspected: input.significantHarmSuspected,
      immediateRiskOfSignificantHarm: input.immediateRiskOfSignificantHarm,
      childInNeed: input.childInNeed,
      fgmDisclosedByGirl: fgm?.disclosedByGirl,
      fgmPhysicalSignsObserved: fgm?.physicalSignsObserved,
      fgmAtRisk: fgm?.atRisk,
      forcedMarriageAtRisk: forcedMarriage?.atRisk,
      forcedMarriageDisclosedByChild: forcedMarriage?.disclosedByChild,
      criminalExploitationSuspected: criminal?.concern,
      criminalExploitationAtRisk: criminal?.atRisk,
      countyLines: criminal?.countyLines,
      sexualExploitationSuspected: sexual?.concern,
      sexualExploitationAtRisk: sexual?.atRisk,
      reporterRole: input.reporterRole,
      allegationReceivedOn: input.allegationReceivedOn,
      ageInYears: age,
      unborn: input.unborn,
      disabled: input.disabled,
      // An unborn child cannot be looked after (need-level.interpretation.unborn-not-looked-after): the question is not asked.
      lookedAfter: input.lookedAfter ?? (input.unborn === true ? false : undefined),
      consentRefused: input.consentRefused,
      additionalSupportTried: input.additionalSupportTried,
      indicators: indicators.map((i) => i.id),
      additionalIndicatorCount: counts.additional,
      intensiveIndicatorCount: counts.intensive,
      specialistIndicatorCount: counts.specialist,
      concernIndicatorCount: counts.additional + counts.intensive + counts.specialist,
      harmIndicatorCount: harm,
      riskIndicatorCount: risk,
      exploitationIndicatorCount: exploitationSigns,
      schoolAbsenceIndicatorCount: absence,
      missingFromHomeIndicatorCount: fromHome,
      complexDisabilityIndicatorCount: disability,
      ageContradictionCount: ageContradictions,
      contradictedStrengthCount: contradictedStrengths,
      exploitationContradictionCount:
        +(criminal?.concern === false && hasConcern(criminal.atRisk, criminal.countyLines)) +
        +(sexual?.concern === false && (sexual.atRisk === true || indicators.some((i) => i.id === SEXUAL_EXPLOITATION_INDICATOR))),
      unbornLookedAfter: input.unborn === true && input.lookedAfter === true,
      exploitationConsidered: criminal?.concern !== undefined && sexual?.concern !== undefined,
      ageBand: ageBandOf(age, input.unborn),
      harmAnswer: harmAnswerOf(input.significantHarmSuspected),
      intensiveDomainCount: intensiveDomains.size,
      parentalFactorCount: parental,
      intensiveIndicatorThreshold: threshold,
      fgmConcern,
      forcedMarriageConcern,
      criminalExploitationConcern,
      sexualExploitationConcern,
      harmConcernCount: harmConcerns,
      fgmKnownOrSuspected: fgmYes,
    },
    tags,
    fgmConcern,
  };
}

/**
 * Whether an age (or an unborn child) is outside the ages an indicator's
 * words allow. Between `under` and `underIfDisabled`, only a child answered
 * not disabled is outside (an unanswered disability is asked, not warned).
 */
function outsideAges(ages: { under?: number; from?: number; underIfDisabled?: number }, age: number | undefined, unborn: boolean, disabled: boolean | undefined): boolean {
  if (unborn) return ages.from !== undefined;
  if (age === undefined) return false;
  if (ages.from !== undefined && age < ages.from) return true;
  if (ages.under === undefined || age < ages.under) return false;
  if (ages.underIfDisabled !== undefined && age < ages.underIfDisabled) return disabled === false;
  return true;
}

/** The recorded indicators whose age limits the child's age contradicts (named in the warning). */
export function ageContradictedIndicators(indicators: readonly NeedIndicator[], age: number | undefined, unborn: boolean, disabled: boolean | undefined): string[] {
  return indicators.filter((i) => {
    const ages = indicatorFacts.get(i.id)!.ages;
    return ages !== undefined && outsideAges(ages, age, unborn, disabled);
  }).map((i) => i.id);
}

/** The recorded strengths each with the recorded concerns that contradict it, as "strength / concern" pairs (named in the warning). */
export function contradictedStrengthPairs(indicators: readonly NeedIndicator[]): string[] {
  const recorded = new Set<string>(indicators.map((i) => i.id));
  const pairs: string[] = [];
  for (const i of indicators) for (const strength of contradictedBy.get(i.id) ?? []) if (recorded.has(strength)) pairs.push(strength, i.id);
  return pairs;
}

/** The recorded indicators of a risk of significant harm or of exploitation (named in the warning). */
export function riskIndicatorIds(indicators: readonly NeedIndicator[]): string[] {
  return indicators.filter((i) => indicatorFacts.get(i.id)!.risk).map((i) => i.id);
}

export function ageBandOf(age: unknown, unborn: unknown): AgeBand {
  if (unborn === true) return 'unborn';
  if (typeof age !== 'number') return 'not-given';
  return age < 5 ? 'under-5' : age < 16 ? '5-to-15' : age < 18 ? '16-or-17' : 'adult';
}

export function harmAnswerOf(answer: unknown): 'yes' | 'no' | 'not-given' {
  return answer === true ? 'yes' : answer === false ? 'no' : 'not-given';
}

/** Whether this copy of a twice-printed concern is the one that counts when both are recorded: the higher level, or the first in catalogue order. */
function countsOverTwin(indicator: NeedIndicator, indicators: readonly NeedIndicator[]): boolean {
  const twin = indicators.find((i) => i.id === indicator.sameAs)!;
  const mine = levelRank[indicator.level];
  const theirs = levelRank[twin.level];
  if (mine !== theirs) return mine > theirs;
  return indicators.indexOf(indicator) < indicators.indexOf(twin);
}

/** An FGM concern from the FGM answers alone: a disclosure, observed signs or a risk. */
export function hasFgmConcern(disclosedByGirl: unknown, physicalSignsObserved: unknown, atRisk: unknown): boolean {
  return disclosedByGirl === true || physicalSignsObserved === true || atRisk === true;
}

/** A concern raised by any "yes" among its answers. */
export function hasConcern(...answers: unknown[]): boolean {
  return answers.some((a) => a === true);
}

/**
 * Whether a group of exploitation questions is open. "Any concern" comes
 * first: answered "no", it answers the high-risk questions too (there is no
 * high risk without a concern), so the group is closed unless one of them is
 * "yes" anyway (a contradiction the result warns about). Otherwise as
 * `isOpen`.
 */
export function exploitationOpen(group: object | undefined, concern: unknown, ...highRisk: unknown[]): boolean {
  if (concern === false) return hasConcern(...highRisk);
  return isOpen(group, concern, ...highRisk);
}

/**
 * Whether a group of questions (FGM, forced marriage, exploitation) is open:
 * an answer is "yes", or the group was given with an answer still missing.
 * Left out, the group raises nothing; every answer "no" closes it.
 */
export function isOpen(group: object | undefined, ...answers: unknown[]): boolean {
  if (hasConcern(...answers)) return true;
  return group !== undefined && answers.some((a) => a === undefined);
}
