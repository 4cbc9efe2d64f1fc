/**
 * The one place that decides a classification's route: the level, the
 * Working Together category and the child's situation give the form, the door
 * and the consent rule. The actions restate this route and never name a
 * different form or door.
 */
import { deepFreeze } from '../deep-freeze.js';
import type { NeedIndicator, NeedLevel } from './need-indicator.js';
import { needLevelRoutes, specialistRoutes, specialistUndecidedRoute, type NeedLevelRoute } from './routes.js';
import { specialCircumstanceById, type SpecialCircumstance } from './special-circumstances.js';

/** Whether the Specialist need is child protection (section 47), a child in need (section 17), or not yet known. */
export type ProtectionStatus = 'child-protection' | 'child-in-need' | 'undecided';

/** The statutory situations, strongest first, by the indicator that records each. */
const statutorySituations: readonly (readonly [indicatorId: string, situation: 'no-one-to-care' | 'unaccompanied-child' | 'private-fostering'])[] = [
  ['need-level.specialist.emotional-warmth-and-stability.no-one-to-care', 'no-one-to-care'],
  ['need-level.specialist.other-indicators.unaccompanied-asylum-seeker', 'unaccompanied-child'],
  ['need-level.specialist.other-indicators.privately-fostered', 'private-fostering'],
];

export const statutorySituationIndicatorIds: ReadonlySet<string> = new Set(statutorySituations.map(([id]) => id));

/**
 * Circumstances for which the document sends every concern to the MASH,
 * whatever the level: below Intensive the route then says so, instead of an
 * action contradicting a route of "own service forms only".
 */
const mashDirected: readonly SpecialCircumstance[] = ['radicalisation', 'missing', 'exploitation'];

export function decideRoute(level: NeedLevel, protection: ProtectionStatus, indicators: readonly NeedIndicator[], tags: ReadonlySet<string>): NeedLevelRoute {
  if (level === 'specialist') {
    if (protection === 'undecided') return specialistUndecidedRoute;
    if (protection === 'child-protection') return needLevelRoutes.specialist;
    const recorded = new Set<string>(indicators.map((i) => i.id));
    const statutory = statutorySituations.find(([id]) => recorded.has(id));
    return specialistRoutes[statutory ? statutory[1] : 'child-in-need'];
  }
  if (level === 'additional') {
    const toMash = mashDirected.filter((c) => tags.has(c));
    if (toMash.length > 0) return additionalWithMash(toMash);
  }
  return needLevelRoutes[level];
}

function additionalWithMash(circumstances: readonly SpecialCircumstance[]): NeedLevelRoute {
  const labels = circumstances.map((c) => specialCircumstanceById(c)!.label.toLowerCase()).join(' and ');
  const base = needLevelRoutes.additional;
  return deepFreeze({
    ...base,
    contact: `${base.contact} Because the concern involves ${labels}, also discuss it with the Luton MASH (01582 547653, MASH@Luton.gov.uk), which advises on the right response and takes any referral forward.`,
    form: "Each service's own request form or letter for the Additional help; the MASH advises whether a Luton referral form is needed",
    consent: { ...base.consent },
    citation: [...base.citation, ...circumstances.map((c) => specialCircumstanceById(c)!.citation)],
  });
}
