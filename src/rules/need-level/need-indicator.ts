/**
 * The vocabulary of Luton's threshold document, 'Effective Support at a
 * Glance' (luton-effective-support-2021, printed pages 33–36): the four
 * levels of need, the domain headings the indicators sit under, and the shape
 * of one indicator of possible need.
 *
 * Indicator ids are public API (`need-level.<level>.<domain>.<slug>`):
 * renaming one is a breaking change.
 */
import { copyCitation, type Citation } from '../../schemas/citation.js';
import type { SpecialCircumstance } from './special-circumstances.js';
import type { IndicatorEvidence } from './indicators/evidence.js';
import type { NeedIndicatorId } from './indicators/indicator-id.js';
import { deepFreeze } from '../deep-freeze.js';

export type { NeedIndicatorId } from './indicators/indicator-id.js';

export type { SpecialCircumstance } from './special-circumstances.js';

export { needLevels, type NeedLevel } from './need-levels.js';
import type { NeedLevel } from './need-levels.js';

/**
 * One id per heading the 'at a glance' section uses. The printed headings
 * differ a little from the Assessment Framework's names and between levels;
 * they map as follows (the printed heading is kept in each indicator's
 * citation, so the mapping can always be checked):
 *
 * | id                                   | heading as printed                              | levels that use it |
 * |--------------------------------------|-------------------------------------------------|--------------------|
 * | health                               | Health                                          | all four |
 * | emotional-development                | Emotional development                           | all four |
 * | behavioural-development              | Behavioural development                         | U, A, I |
 * | identity-and-self-esteem             | Identity and self-esteem                        | all four |
 * | family-and-social-relationships      | Family and social relationships                 | all four |
 * | self-care-and-independence           | Self-care skills and independence               | A, I |
 * | learning                             | Learning                                        | all four |
 * | basic-care-safety-and-protection     | Basic care, ensuring safety and protection      | all four |
 * | emotional-warmth-and-stability       | Emotional warmth and stability                  | U, A, S |
 * | guidance-boundaries-and-stimulation  | Guidance, boundaries and stimulation            | all four |
 * | family-functioning                   | Family functioning and wellbeing                | all four |
 * | housing-employment-and-finance       | Housing, work and income                        | all four |
 * | social-and-community-resources       | Social and community including education        | U, A |
 * | other-indicators                     | Other indicators                                | S |
 *
 * The domain of an indicator is always the heading it is printed under, even
 * where its content looks as if it belongs elsewhere (e.g. Intensive "misses
 * school consistently" under Family and social relationships): the catalogue
 * records the document, it does not re-file it.
 */
export type NeedDomain =
  | 'health'
  | 'emotional-development'
  | 'behavioural-development'
  | 'identity-and-self-esteem'
  | 'family-and-social-relationships'
  | 'self-care-and-independence'
  | 'learning'
  | 'basic-care-safety-and-protection'
  | 'emotional-warmth-and-stability'
  | 'guidance-boundaries-and-stimulation'
  | 'family-functioning'
  | 'housing-employment-and-finance'
  | 'social-and-community-resources'
  | 'other-indicators';

/**
 * Which side of the Assessment Framework triangle a domain belongs to: the
 * child's developmental needs, parenting capacity, or family and
 * environmental factors ('other' for the Specialist 'Other indicators').
 */
export type NeedDomainArea = 'child-development' | 'parenting-capacity' | 'family-and-environment' | 'other';

/**
 * One domain heading of the threshold document, as listed in `needDomains`:
 * its id (the `domain` of an indicator), the heading as printed, and the side
 * of the Assessment Framework triangle it belongs to. Use it to group or
 * label indicators in a form.
 */
export interface NeedDomainInfo {
  /** The id indicators use in `domain`, e.g. `emotional-development`. */
  id: NeedDomain;
  /** The heading as the document prints it. */
  label: string;
  /** Child's development, parenting capacity, family and environment, or `other`. */
  area: NeedDomainArea;
}

/** Every domain, in the order the document first uses them (Universal, then Additional for self-care, 'other' last). */
export const needDomains: readonly NeedDomainInfo[] = deepFreeze([
  { id: 'health', label: 'Health', area: 'child-development' },
  { id: 'emotional-development', label: 'Emotional development', area: 'child-development' },
  { id: 'behavioural-development', label: 'Behavioural development', area: 'child-development' },
  { id: 'identity-and-self-esteem', label: 'Identity and self-esteem', area: 'child-development' },
  { id: 'family-and-social-relationships', label: 'Family and social relationships', area: 'child-development' },
  { id: 'self-care-and-independence', label: 'Self-care skills and independence', area: 'child-development' },
  { id: 'learning', label: 'Learning', area: 'child-development' },
  { id: 'basic-care-safety-and-protection', label: 'Basic care, ensuring safety and protection', area: 'parenting-capacity' },
  { id: 'emotional-warmth-and-stability', label: 'Emotional warmth and stability', area: 'parenting-capacity' },
  { id: 'guidance-boundaries-and-stimulation', label: 'Guidance, boundaries and stimulation', area: 'parenting-capacity' },
  { id: 'family-functioning', label: 'Family functioning and wellbeing', area: 'family-and-environment' },
  { id: 'housing-employment-and-finance', label: 'Housing, work and income', area: 'family-and-environment' },
  { id: 'social-and-community-resources', label: 'Social and community including education', area: 'family-and-environment' },
  { id: 'other-indicators', label: 'Other indicators', area: 'other' },
]);

/**
 * One indicator of possible need from Luton's threshold document ('Effective
 * Support at a Glance'), as listed in `needIndicators`. A case system offers
 * these to the practitioner and passes the ids observed to `classifyNeed` as
 * `input.indicators`; the result lists them back in `matchedIndicators`.
 */
export interface NeedIndicator {
  /** `need-level.<level>.<domain>.<slug>`, e.g. `need-level.specialist.health.sexual-abuse`. Stable public API. */
  id: NeedIndicatorId;
  /** The level of need the document lists the indicator under. */
  level: NeedLevel;
  /** The domain heading it is printed under. */
  domain: NeedDomain;
  /** A short description in the library's own words (not the source bullet). */
  label: string;
  /**
   * What the indicator is evidence of, for the decision: `significant-harm`
   * (the document calls it significant harm: section 47), `risk-of-significant-harm`
   * or `exploitation` (the harm answer decides; a "no" is warned about and
   * routed through a MASH social worker), `need` (need without harm) or
   * `strength` (Universal). The whole table, with citations and readings, is
   * `needIndicatorEvidence`.
   */
  evidence: IndicatorEvidence;
  /** `{ document: 'luton-effective-support-2021', section: 'Effective Support at a Glance — <Level> — <heading>', page }`. */
  citation: Citation;
  /** Special circumstances of the threshold document this indicator clearly relates to (they bring their own duties). */
  specialCircumstances?: SpecialCircumstance[];
  /**
   * The id of the indicator printed with the same words elsewhere (the same
   * concern): recorded together, the two count once, at the higher level.
   */
  sameAs?: NeedIndicatorId;
  /**
   * The id of the group of bullets that describe this concern in nearly the
   * same words (see `nearDuplicateGroups`): recorded together, the group
   * counts once, at the highest level recorded.
   */
  concernGroup?: string;
  /**
   * True when the document itself describes this concern as significant harm
   * (see indicators/harm-indicators.ts): recording it gives section 47 and the
   * child protection route.
   */
  significantHarm?: true;
}

/**
 * A catalogue entry as a new object of the caller's own, written field by
 * field: the catalogue is frozen and shared, and a classification copies
 * each matched indicator into its result.
 */
export function copyIndicator(indicator: NeedIndicator): NeedIndicator {
  const copy: NeedIndicator = { id: indicator.id, level: indicator.level, domain: indicator.domain, label: indicator.label, evidence: indicator.evidence, citation: copyCitation(indicator.citation) };
  if (indicator.specialCircumstances !== undefined) copy.specialCircumstances = [...indicator.specialCircumstances];
  if (indicator.sameAs !== undefined) copy.sameAs = indicator.sameAs;
  if (indicator.concernGroup !== undefined) copy.concernGroup = indicator.concernGroup;
  if (indicator.significantHarm !== undefined) copy.significantHarm = indicator.significantHarm;
  return copy;
}
