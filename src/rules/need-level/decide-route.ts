/**
 * The one place that decides a classification's route: the outcome, the
 * level, the consent situation (all from the same rule statuses) and the
 * special circumstances give the door, the form and the consent rule. The
 * actions restate this route and never name a different form or door.
 *
 * - Not decided: the consultation route at every floor (never "no referral").
 * - An adult: the adult door.
 * - Below Intensive, a circumstance the document sends to the MASH whatever
 *   the level (exploitation, radicalisation, a child missing) adds the MASH
 *   step to the route itself.
 * - Evidence of a risk of harm with significant harm answered "no": a MASH
 *   social worker is consulted before the family is asked to agree.
 * - Consent refused: the consent explanation says what follows.
 */
import { deepFreeze } from '../deep-freeze.js';
import { luton } from './citations.js';
import type { NeedLevel } from './need-indicator.js';
import { adultRoute, consultationRoutes, needLevelRoutes, specialistHonourBasedRoute, specialistLookedAfterRoute, specialistRoutes, type ConsentSituation, type NeedLevelRoute } from './routes.js';
import { refusalText } from './consent-refusal.js';
import { specialCircumstanceById, type SpecialCircumstance } from './special-circumstances.js';

/** Whether the Specialist need is child protection (section 47), not (section 17 or a statutory situation), or not yet known. */
export type ProtectionStatus = 'child-protection' | 'child-in-need' | 'undecided';

/** What decides the route: worked out once, from the rule statuses, by classifyNeed. */
export interface RouteContext {
  outcome: NeedLevel | 'insufficient-information' | 'adult';
  level: NeedLevel;
  situation: ConsentSituation;
  /** Evidence of a risk of significant harm is recorded and significant harm was answered "no". */
  mashFirst: boolean;
  consentRefused: boolean;
}

/** Circumstances for which the document sends every concern to the MASH, whatever the level, with what the route then says. */
const mashSteps: readonly (readonly [SpecialCircumstance, string])[] = [
  ['exploitation', 'Any concern of sexual or criminal exploitation: speak to the MASH and the local police straight away.'],
  [
    'radicalisation',
    'Refer the child to the MASH (a risk of harm through extremism), which advises or acts and can give the local Prevent lead’s details; if the child is at immediate risk, tell the police straight away.',
  ],
  ['missing', 'Discuss the child’s going missing, or missing school or education, with the MASH, which advises and takes any referral forward.'],
];

const MASH_PHONE = '01582 547653';

const cache = new Map<string, NeedLevelRoute>();

export function decideRoute(context: RouteContext, tags: ReadonlySet<string>): NeedLevelRoute {
  const steps = context.outcome === 'adult' || context.level === 'intensive' || context.level === 'specialist' ? [] : mashSteps.filter(([c]) => tags.has(c));
  // The routes are few (level, situation, a handful of circumstances): each is built once and shared, frozen.
  const key = `${context.outcome}|${context.level}|${context.situation}|${context.mashFirst}|${context.consentRefused}|${steps.map(([c]) => c).join(',')}`;
  let route = cache.get(key);
  if (!route) {
    route = deepFreeze(buildRoute(context, steps));
    cache.set(key, route);
  }
  return route;
}

function baseRoute(context: RouteContext): NeedLevelRoute {
  if (context.outcome === 'adult') return adultRoute;
  if (context.outcome === 'insufficient-information') return consultationRoutes[context.level];
  if (context.level !== 'specialist') return needLevelRoutes[context.level];
  switch (context.situation) {
    case 'child-protection':
      return needLevelRoutes.specialist;
    case 'honour-based-abuse':
      return specialistHonourBasedRoute;
    case 'looked-after':
      return specialistLookedAfterRoute;
    case 'private-fostering':
    case 'unaccompanied-child':
    case 'no-one-to-care':
      return specialistRoutes[context.situation];
    default:
      return specialistRoutes['child-in-need'];
  }
}

function buildRoute(context: RouteContext, steps: readonly (readonly [SpecialCircumstance, string])[]): NeedLevelRoute {
  const base = baseRoute(context);
  if (steps.length === 0 && !(context.mashFirst && base.consent.required) && !context.consentRefused) return base;
  const route: NeedLevelRoute = {
    level: base.level,
    contact: base.contact,
    form: base.form,
    consent: { situation: base.consent.situation, required: base.consent.required, explanation: base.consent.explanation },
    help: base.help,
    ...(base.nextStep !== undefined ? { nextStep: base.nextStep } : {}),
    citation: [...base.citation],
  };
  if (steps.length > 0) {
    const said = steps.map(([, text]) => text).join(' ');
    if (context.outcome === 'universal') {
      // No "no referral" beside a step the document sends to the MASH whatever the level:
      // the step comes first, and the universal services go on supporting the child.
      route.contact = `${said} Universal services (school, health, early years) go on supporting the child meanwhile.`;
      route.form = 'None for the universal services; the MASH advises whether the Luton referral form is needed';
      route.consent.explanation = `${route.consent.explanation} Speaking to the MASH (and the police) about a safeguarding concern does not need consent.`;
    } else route.contact = `${route.contact} ${said}`;
    if (context.outcome !== 'insufficient-information' && context.outcome !== 'universal') {
      route.form = tags(steps).includes('radicalisation')
        ? "Each service's own request form for the Additional help; the referral to the MASH by telephone or email (the MASH advises whether the Luton referral form is needed)"
        : "Each service's own request form or letter for the Additional help; the MASH advises whether a Luton referral form is needed";
    }
    route.citation.push(...steps.map(([c]) => specialCircumstanceById(c)!.citation));
  }
  // The MASH comes before consent only where the route asks for consent (a statutory situation or child protection does not).
  if (context.mashFirst && base.consent.required) {
    route.contact = `First consult a MASH social worker (${MASH_PHONE}): an indicator recorded is evidence of a risk of significant harm, and significant harm was answered "no". ${route.contact}`;
    route.consent.afterMashConsultation = true;
    route.consent.explanation = `Ask the family to agree only after the MASH consultation: if the MASH judges that significant harm is suspected, the referral is a child protection referral and does not wait for consent. If not: ${route.consent.explanation}`;
    route.citation.push(luton.consultBeforeReferral);
  }
  if (context.consentRefused) {
    // The contact must not read as an instruction to send a consented request the family has refused.
    if (route.consent.situation === 'family-agreement') route.contact = `The parents have refused consent, so the request below cannot go ahead as it stands (see consent for what follows). ${route.contact}`;
    else if (route.consent.situation === 'child-in-need') route.contact = `The parents have refused consent to child in need support (see consent): the referral itself still goes to the MASH. ${route.contact}`;
    route.consent.refused = true;
    route.consent.explanation = `${route.consent.explanation} ${refusalText(route.consent.situation, context.level)}`;
    route.citation.push(luton.childInNeedVoluntary);
  }
  return route;
}

function tags(steps: readonly (readonly [SpecialCircumstance, string])[]): string[] {
  return steps.map(([c]) => c);
}

