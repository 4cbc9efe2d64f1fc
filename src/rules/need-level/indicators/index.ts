/**
 * The complete catalogue of indicators of possible need from 'Effective
 * Support at a Glance' (luton-effective-support-2021, pages 33–36; the
 * extracted text has no page footer here, so the pages are counted from its
 * page breaks, between the footer of page 26 and the last page, 37 of 37):
 * every printed bullet of every level and heading, in ascending level and
 * document order. One source bullet is one indicator (bullets naming several
 * concerns are not split), except for one word-for-word repeat under the same
 * heading (see specialist.ts). Bullets printed word for word at two places are
 * both catalogued, linked by `sameAs` (see same-concern.ts). The document says the indicators are neither
 * exhaustive nor weighted; they guide professional judgement.
 */
import { inputError } from '../../../schemas/input-error.js';
import type { NeedIndicator, NeedIndicatorId } from '../need-indicator.js';
import { additionalIndicators } from './additional.js';
import { deepFreeze } from '../../deep-freeze.js';
import { harmIndicatorIds } from './harm-indicators.js';
import { nearDuplicateGroups, sameConcernPairs } from './same-concern.js';
import { evidenceByIndicator, type IndicatorEvidenceEntry } from './evidence.js';
import { intensiveIndicators } from './intensive.js';
import { specialistIndicators } from './specialist.js';
import { universalIndicators } from './universal.js';

const sameAs = new Map<string, NeedIndicatorId>(sameConcernPairs.flatMap(([lower, higher]) => [[lower, higher], [higher, lower]] as const));
const concernGroupOf = new Map<string, string>(Object.entries(nearDuplicateGroups).flatMap(([group, ids]) => ids.map((id) => [id, group] as const)));

/**
 * Every indicator of Luton's threshold document (Universal, Additional,
 * Intensive, Specialist), each with its stable id, level, domain, wording in
 * the library's words and citation. `classifyNeed` takes these ids.
 *
 * @example
 * needIndicators.filter((i) => i.level === 'intensive').length; // the Intensive indicators
 */
export const needIndicators: readonly NeedIndicator[] = deepFreeze(
  // The level files' indicators are new objects nothing else holds (defineLevel),
  // so they are completed in place (keys after the level's own, as before) and
  // frozen once, rather than copied again at import.
  [...universalIndicators, ...additionalIndicators, ...intensiveIndicators, ...specialistIndicators].map((defined): NeedIndicator => {
    // The level files' levels and domains are checked here, against NeedLevel and NeedDomain.
    const indicator = defined as NeedIndicator;
    const twin = sameAs.get(indicator.id);
    if (twin) indicator.sameAs = twin;
    const group = concernGroupOf.get(indicator.id);
    if (group) indicator.concernGroup = group;
    if (harmIndicatorIds.has(indicator.id)) indicator.significantHarm = true;
    const evidence = evidenceByIndicator.get(indicator.id);
    // Every indicator has a row in the evidence table (a test checks it); a missing one is a defect found at import.
    if (!evidence) throw new Error(`need indicator ${indicator.id} has no row in the evidence table`);
    indicator.evidence = evidence.evidence;
    return indicator;
  }),
);

/**
 * What each indicator is evidence of, for the decision, in catalogue order:
 * the kind (suspected significant harm, risk of significant harm, exploitation
 * or its risk, need without harm, good progress), what it is about, the
 * passage of the document that supports the reading, and the interpretation
 * relied on where the document does not say it outright. Printed whole, grouped,
 * in docs/need-indicators.md for policy owners to confirm.
 *
 * @example
 * needIndicatorEvidence.find((e) => e.indicatorId === 'need-level.specialist.health.child-discloses-abuse')?.evidence // 'risk-of-significant-harm'
 */
export const needIndicatorEvidence: readonly IndicatorEvidenceEntry[] = Object.freeze(needIndicators.map((i) => evidenceByIndicator.get(i.id)!));
if (evidenceByIndicator.size !== needIndicators.length) throw new Error('the evidence table names an indicator the catalogue does not hold');

const byId: ReadonlyMap<string, NeedIndicator> = new Map(needIndicators.map((indicator) => [indicator.id, indicator]));

/**
 * Whether a value is an indicator id of the catalogue, as a type guard: use
 * it to narrow ids read from storage (typed `string`) to `NeedIndicatorId`
 * before passing them to `classifyNeed`.
 *
 * @param id - Any value, e.g. an id read from a case record.
 * @returns `true` when `id` is the id of an indicator in `needIndicators`.
 * @example
 * const stored: string[] = ['need-level.intensive.health.self-harm', 'need-level.retired-id'];
 * stored.filter(isNeedIndicatorId) // ['need-level.intensive.health.self-harm'], typed NeedIndicatorId[]
 */
export function isNeedIndicatorId(id: unknown): id is NeedIndicatorId {
  return typeof id === 'string' && byId.has(id);
}

/** Every indicator id, in catalogue order (`ClassifyNeedInputSchema` accepts exactly these). */
export const needIndicatorIds: readonly NeedIndicatorId[] = Object.freeze(needIndicators.map((indicator) => indicator.id));

/**
 * The indicator with this id, or `undefined` when there is none. A non-string
 * id is a programming error and gets the library's input error. Use it to
 * show the label and citation of an id stored on a record.
 *
 * @param id - An indicator id, e.g. `need-level.intensive.health.self-harm`.
 * @returns The frozen catalogue entry, or `undefined` for an id the catalogue does not hold.
 * @throws {SafeguardingInputError} when `id` is not a string.
 * @example
 * needIndicatorById('need-level.intensive.health.self-harm')?.level // 'intensive'
 * needIndicatorById('need-level.no-such-indicator') // undefined
 */
export function needIndicatorById(id: string): NeedIndicator | undefined {
  if (typeof id !== 'string') inputError(['id'], 'invalid-type', 'expected an indicator id (a string)');
  return byId.get(id);
}
