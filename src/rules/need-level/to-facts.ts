/**
 * Turns a validated classifyNeed input into the facts the need-level rules
 * read: indicator counts per level, the special circumstances the indicators
 * touch, and whether there is an FGM concern. Statutory answers that were not
 * given stay undefined (unknown).
 */
import type { ClassifyNeedInput } from './input-schema.js';
import type { NeedIndicator } from './need-indicator.js';

export interface NeedLevelFacts {
  facts: Record<string, unknown>;
  /** Special circumstances touched, from the indicators' tags and any FGM facts. */
  tags: Set<string>;
  fgmConcern: boolean;
}

export function toNeedLevelFacts(input: Omit<ClassifyNeedInput, 'indicators'>, indicators: readonly NeedIndicator[], threshold: number): NeedLevelFacts {
  const counts = { universal: 0, additional: 0, intensive: 0, specialist: 0 };
  const tags = new Set<string>();
  for (const i of indicators) {
    counts[i.level]++;
    if (i.specialCircumstances) for (const tag of i.specialCircumstances) tags.add(tag);
  }
  const fgm = input.fgm;
  const fgmConcern = tags.has('fgm') || hasFgmConcern(fgm?.disclosedByGirl, fgm?.physicalSignsObserved, fgm?.atRisk);
  if (fgmConcern) tags.add('fgm');
  return {
    facts: {
      significantHarmSuspected: input.significantHarmSuspected,
      immediateRiskOfSignificantHarm: input.immediateRiskOfSignificantHarm,
      childInNeed: input.childInNeed,
      fgmDisclosedByGirl: fgm?.disclosedByGirl,
      fgmPhysicalSignsObserved: fgm?.physicalSignsObserved,
      fgmAtRisk: fgm?.atRisk,
      reporterRole: input.reporterRole,
      additionalIndicatorCount: counts.additional,
      intensiveIndicatorCount: counts.intensive,
      specialistIndicatorCount: counts.specialist,
      intensiveIndicatorThreshold: threshold,
      fgmConcern,
    },
    tags,
    fgmConcern,
  };
}

/** An FGM concern from the FGM answers alone: a disclosure, observed signs or a risk. */
export function hasFgmConcern(disclosedByGirl: unknown, physicalSignsObserved: unknown, atRisk: unknown): boolean {
  return disclosedByGirl === true || physicalSignsObserved === true || atRisk === true;
}
