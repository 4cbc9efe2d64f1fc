/**
 * Turns a validated classifyNeed input into the facts the need-level rules
 * read: indicator counts per level (a concern printed at two levels counted
 * once, at the higher), the indicators the document describes as significant
 * harm, the weighing counts, the special circumstances the indicators touch,
 * and whether there is an FGM, forced marriage or criminal exploitation
 * concern. Statutory answers that were not given stay undefined (unknown).
 */
import type { ClassifyNeedInput } from './input-types.js';
import type { NeedIndicator } from './need-indicator.js';
import { parentalFactorIndicatorIds } from './weighing/parental-factors.js';

export interface NeedLevelFacts {
  facts: Record<string, unknown>;
  /** Special circumstances touched, from the indicators' tags and the FGM, forced marriage and exploitation facts. */
  tags: Set<string>;
  fgmConcern: boolean;
}

export function toNeedLevelFacts(input: Omit<ClassifyNeedInput, 'indicators'>, indicators: readonly NeedIndicator[], threshold: number): NeedLevelFacts {
  const counts = { universal: 0, additional: 0, intensive: 0, specialist: 0 };
  // The ids recorded, made only when a recorded indicator has a twin to look for.
  let recorded: Set<string> | undefined;
  const tags = new Set<string>();
  const intensiveDomains = new Set<string>();
  let harm = 0;
  let parental = 0;
  for (const i of indicators) {
    if (i.specialCircumstances) for (const tag of i.specialCircumstances) tags.add(tag);
    // The lower copy of a concern printed twice is not counted when the
    // higher copy is recorded too (same level: the later copy is skipped).
    if (i.sameAs && (recorded ??= new Set(indicators.map((x) => x.id))).has(i.sameAs) && !countsOverTwin(i, indicators)) continue;
    counts[i.level]++;
    if (i.level === 'intensive') intensiveDomains.add(i.domain);
    if (i.significantHarm) harm++;
    if (parentalFactorIndicatorIds.has(i.id)) parental++;
  }
  const fgm = input.fgm;
  const fgmConcern = tags.has('fgm') || hasFgmConcern(fgm?.disclosedByGirl, fgm?.physicalSignsObserved, fgm?.atRisk);
  if (fgmConcern) tags.add('fgm');
  const forcedMarriage = input.forcedMarriage;
  const forcedMarriageConcern = hasConcern(forcedMarriage?.atRisk, forcedMarriage?.disclosedByChild);
  if (forcedMarriageConcern) tags.add('forced-marriage');
  const exploitation = input.criminalExploitation;
  const criminalExploitationConcern = hasConcern(exploitation?.atRisk, exploitation?.countyLines);
  if (criminalExploitationConcern) tags.add('exploitation');
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
      criminalExploitationAtRisk: exploitation?.atRisk,
      countyLines: exploitation?.countyLines,
      reporterRole: input.reporterRole,
      ageInYears: input.ageInYears,
      additionalSupportTried: input.additionalSupportTried,
      indicators: indicators.map((i) => i.id),
      additionalIndicatorCount: counts.additional,
      intensiveIndicatorCount: counts.intensive,
      specialistIndicatorCount: counts.specialist,
      harmIndicatorCount: harm,
      intensiveDomainCount: intensiveDomains.size,
      parentalFactorCount: parental,
      intensiveIndicatorThreshold: threshold,
      fgmConcern,
      forcedMarriageConcern,
      criminalExploitationConcern,
    },
    tags,
    fgmConcern,
  };
}

/** Whether this copy of a twice-printed concern is the one that counts when both are recorded: the higher level, or the first in catalogue order. */
function countsOverTwin(indicator: NeedIndicator, indicators: readonly NeedIndicator[]): boolean {
  const twin = indicators.find((i) => i.id === indicator.sameAs)!;
  const order = ['universal', 'additional', 'intensive', 'specialist'];
  const mine = order.indexOf(indicator.level);
  const theirs = order.indexOf(twin.level);
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
