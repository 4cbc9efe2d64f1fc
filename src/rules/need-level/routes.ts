/**
 * How each level of need is reached in Luton: who to contact, which form,
 * and whether the family's consent is needed. Written from the threshold
 * document's 'Categories of need and help' and 'Access to services'.
 */
import { copyCitations, type Citation } from '../../schemas/citation.js';
import { luton, workingTogether } from './citations.js';
import { deepFreeze } from '../deep-freeze.js';
import type { NeedLevel } from './need-indicator.js';

/**
 * Whose agreement the route depends on, by the child's situation: open
 * access (Universal), the family's agreement (Additional, Intensive), child
 * protection (no consent where seeking it would increase the risk),
 * honour-based abuse (forced marriage, FGM: the family is not told first), a
 * child in need (the parents' agreement), the statutory situations (private
 * fostering, an unaccompanied child, no one to care for the child), a looked
 * after child (the allocated social worker, not the parents' agreement),
 * undecided while a question that decides it is unanswered, or an adult
 * (not a children's decision).
 */
export type ConsentSituation =
  | 'open-access'
  | 'family-agreement'
  | 'child-protection'
  | 'honour-based-abuse'
  | 'child-in-need'
  | 'private-fostering'
  | 'unaccompanied-child'
  | 'no-one-to-care'
  | 'looked-after'
  | 'undecided'
  | 'adult';

/** How a level of need is accessed in Luton: who to contact, which form, and the consent rule for the child's situation. */
export interface NeedLevelRoute {
  level: NeedLevel;
  /** Who the practitioner contacts or works with. */
  contact: string;
  /** The form used to ask for help at this level, if any. */
  form: string;
  consent: {
    situation: ConsentSituation;
    /** Whether the family's consent is needed to receive help at this level. */
    required: boolean;
    /** When consent is needed, and when it is not. */
    explanation: string;
    /**
     * True when the family's agreement is to be sought only after a MASH
     * social worker has been consulted: evidence of a risk of significant
     * harm is recorded and significant harm was answered "no".
     */
    afterMashConsultation?: true;
    /** True when the parents (or a Gillick-competent young person) refused consent; `explanation` says what follows. */
    refused?: true;
  };
  /** What the help looks like at this level. */
  help: string;
  /** What to do if the help at this level does not resolve the need (the escalation the document describes). */
  nextStep?: string;
  citation: Citation[];
}

const MASH = 'Luton Multi-Agency Safeguarding Hub (MASH), Town Hall Extension: 01582 547653, MASH@Luton.gov.uk';

/**
 * How each level of need is reached in Luton (contact, form, consent, the
 * help given and the next step), by level: the same entries `classifyNeed`
 * returns as `route`, for showing the routes without classifying a child.
 * The consent given here is the level's usual one; `classifyNeed` picks the
 * one for the child's situation (child protection, say).
 *
 * @example
 * needLevelRoutes.additional.consent.required // true
 */
// Frozen: every classification reads these objects (and hands each caller a
// copy, copyRoute), so no caller can change what the next one is told.
export const needLevelRoutes: Readonly<Record<NeedLevel, NeedLevelRoute>> = deepFreeze({
  universal: {
    level: 'universal',
    contact: 'No referral: universal services (early years, schools, GP and health visiting, maternity, housing, youth and leisure services) are open to all families.',
    form: 'None',
    consent: { situation: 'open-access', required: false, explanation: 'Universal services are open access; no referral or consent step is involved.' },
    help: 'The child is supported by their family and by universal services, and makes good progress in most areas of development.',
    citation: [luton.categories],
  },
  additional: {
    level: 'additional',
    contact:
      'The practitioners who already know the child work together and bring in two or three other services as needed; the service that knows the family best co-ordinates.',
    form: "Each service's own request form or letter (not the Luton referral form)",
    consent: {
      situation: 'family-agreement',
      required: true,
      explanation:
        'Help is offered with the family’s agreement; any plan belongs to the lead agency, not the local authority. Consent is to the help: information can still be shared for safeguarding without it where there is a lawful basis.',
    },
    help: 'Extra help from local services (for example parenting support, learning or behaviour support, SEN support, CAMHS tier 2 in schools, targeted youth work), often with a plan and review dates kept by the lead agency.',
    nextStep:
      'If the needs prove more complex, or Additional support does not resolve them, discuss with the family and make an Intensive request: the Luton referral form, with the consent section signed, sent to the MASH.',
    citation: [luton.categories, luton.informationSharing, luton.accessAdditional],
  },
  intensive: {
    level: 'intensive',
    contact: `Discuss with the family, then send the Luton referral form to the ${MASH}; the MASH records it and passes it to the Family Partnership Service or another suitable service.`,
    form: 'Luton referral form, with the consent section signed by the parents',
    consent: {
      situation: 'family-agreement',
      required: true,
      explanation:
        'The Family Partnership Service works only with the consent of the parents or carers; young people who are Fraser competent (especially those over 15) should be asked for their consent too. Consent is to the help: information can still be shared for safeguarding without it where there is a lawful basis.',
    },
    help: 'A Family Partnership Assessment led by a family support worker, then a family wellbeing plan with goals, actions and review dates, co-ordinated across agencies.',
    citation: [luton.categories, luton.informationSharing, luton.accessIntensive],
  },
  specialist: {
    level: 'specialist',
    contact: `Refer to the ${MASH}. For a child already open to children's social care, contact the allocated social worker (or their manager or the duty social worker). If unsure of the right response, consult your own manager or designated safeguarding lead first and, if still unsure, ask the MASH for a consultation with a MASH social worker.`,
    form: 'Luton referral form for new referrals (including closed cases); by telephone first where the risk is immediate',
    consent: {
      situation: 'child-protection',
      required: false,
      explanation:
        "Where significant harm is suspected, the referral does not wait for the family's consent. Unless the child is at immediate risk of significant harm, the referrer consults the family and tells them about the referral, except where doing so would increase the risk of harm to the child.",
    },
    help: "Children's social care (child in need support or child protection enquiries), or other statutory and specialist services such as tier 3 and 4 CAMHS or the youth offending service.",
    citation: [luton.categories, luton.accessSpecialist, luton.consultWhenUnsure],
  },
});

/**
 * The Specialist route when no significant harm is suspected: a referral of a
 * child in need (section 17) is made with the parents' agreement, and the
 * help offered is voluntary. `classifyNeed` gives this route whenever its
 * Working Together category is section 17 rather than section 47.
 */
export const specialistChildInNeedRoute: NeedLevelRoute = deepFreeze({
  ...needLevelRoutes.specialist,
  consent: {
    situation: 'child-in-need',
    required: true,
    explanation:
      "A referral of a child in need (development or disability needs that only children's social care is likely to meet) is made with the parents' agreement, and the support offered is voluntary: parents, or a Gillick-competent young person, may refuse some or all of it; ask a young person who is Fraser competent (especially over 15) for their consent too. If significant harm comes to be suspected, the referral no longer depends on consent. Consent is to the help: information can still be shared for safeguarding without it where there is a lawful basis.",
  },
  citation: [luton.categories, luton.informationSharing, luton.accessSpecialist, luton.referralForm],
});

/** A Specialist route with the consent rule of a statutory situation, where there is no parental agreement to wait for. */
function statutoryRoute(situation: ConsentSituation, explanation: string, citation: Citation): NeedLevelRoute {
  return deepFreeze({
    ...needLevelRoutes.specialist,
    consent: { situation, required: false, explanation },
    citation: [luton.categories, luton.accessSpecialist, citation],
  });
}

/** The Specialist routes by the child's situation when no significant harm is suspected (child protection has its own). */
export const specialistRoutes: Readonly<Record<'child-in-need' | 'private-fostering' | 'unaccompanied-child' | 'no-one-to-care', NeedLevelRoute>> = Object.freeze({
  'child-in-need': specialistChildInNeedRoute,
  'private-fostering': statutoryRoute(
    'private-fostering',
    "The local authority's duties to a privately fostered child are statutory: once told of the arrangement it must satisfy itself that the child's welfare is safeguarded, assess the arrangement and visit the child regularly (Children Act 1989 s67 and the 2005 regulations). Contacting the MASH does not depend on the parents' agreement; tell the family and the carer that you are doing so. The MASH confirms that the arrangement is private fostering (a carer who is not a parent or close relative, for 28 days or more).",
    luton.privateFostering,
  ),
  'unaccompanied-child': statutoryRoute(
    'unaccompanied-child',
    'An unaccompanied asylum-seeking or refugee child has no parent or carer here to agree: the local authority has a duty to accommodate a child in need with no one who has parental responsibility for them (section 20, Children Act 1989). Refer without waiting for anyone’s consent, and ask the child’s own views.',
    workingTogether.section20,
  ),
  'no-one-to-care': statutoryRoute(
    'no-one-to-care',
    'There is no one to care for the child, so there is no carer whose agreement the referral could wait for: the local authority has a duty to accommodate a child in need who is lost or abandoned or whose carer cannot provide care (section 20, Children Act 1989). Refer at once.',
    workingTogether.section20,
  ),
});

/** The Specialist route for a looked after child whose need is not child protection: the allocated social worker, without waiting for the parents' agreement. */
export const specialistLookedAfterRoute: NeedLevelRoute = deepFreeze({
  ...needLevelRoutes.specialist,
  contact:
    "The child is looked after, so already open to children's social care: contact the allocated social worker now (or their manager, or the duty social worker). The MASH (01582 547653) can put you through if you do not know who that is.",
  form: 'None: tell the allocated social worker (by telephone first where the risk is immediate); a new referral form is not needed for an open case',
  consent: {
    situation: 'looked-after',
    required: false,
    explanation:
      "A looked after child is open to children's social care, and the local authority shares responsibility for them: telling the allocated social worker does not wait for the parents' agreement. Ask the child's own views. Consent is to the help: information can be shared for safeguarding without it.",
  },
  citation: [luton.categories, luton.accessSpecialist, luton.missing],
});

/** The Specialist route where forced marriage or FGM is known or suspected: the family is not told before the referral. */
export const specialistHonourBasedRoute: NeedLevelRoute = deepFreeze({
  ...needLevelRoutes.specialist,
  consent: {
    situation: 'honour-based-abuse',
    required: false,
    explanation:
      'Forced marriage and FGM are honour-based abuse: do not tell the family, or seek their agreement, before referring. Professionals may get only one chance to act, and telling the family can increase the risk to the child. Refer to the MASH at once; information can be shared for safeguarding without consent.',
  },
  citation: [luton.categories, luton.accessSpecialist, luton.forcedMarriage],
});

/**
 * The route while the classification is not decided
 * (`insufficient-information`), whatever the floor: the document's
 * consultation route, never "no referral" or the services' own forms.
 */
export const consultationRoutes: Readonly<Record<NeedLevel, NeedLevelRoute>> = deepFreeze(
  Object.fromEntries(
    (['universal', 'additional', 'intensive', 'specialist'] as const).map((level) => [
      level,
      {
        level,
        contact: `Not decided yet: answer the questions the result lists. Where there is doubt about the right response, consult your own manager or designated safeguarding lead and, if you are still unsure, contact the ${MASH} and ask for a consultation with a MASH social worker. If you believe the child is suffering or likely to suffer significant harm, refer to the MASH now.`,
        form: 'None until the consultation decides; the Luton referral form if a referral is advised',
        consent: {
          situation: 'undecided',
          required: false,
          explanation:
            "Not decided: whether the family's agreement is needed depends on the questions still unanswered. A consultation with the MASH does not need consent, and information can be shared for safeguarding without it; a child protection referral never waits for consent.",
        },
        help: 'A consultation with a MASH social worker, who advises on the right response: no further action, advice, Additional or Family Partnership support, or a referral to children’s social care.',
        citation: [luton.consultWhenUnsure, luton.informationSharing],
      } satisfies NeedLevelRoute,
    ]),
  ) as Record<NeedLevel, NeedLevelRoute>,
);

/** The route for a person of 18 or over: not a children's decision; the adult door. */
export const adultRoute: NeedLevelRoute = deepFreeze({
  level: 'universal',
  contact:
    'Not a children’s safeguarding decision: the person is 18 or over. If an adult with care and support needs is at risk of abuse or neglect, contact Luton adult social care (adult safeguarding). Consider any child in the household separately, as a child.',
  form: 'None from this guide (adult social care has its own)',
  consent: {
    situation: 'adult',
    required: false,
    explanation: 'An adult decides for themselves; adult safeguarding has its own rules on consent. Nothing in this classification applies to them as a child.',
  },
  help: 'Adult social care and adult safeguarding; for a young adult with SEND, their education, health and care plan continues to 25.',
  citation: [workingTogether.childDefinition, workingTogether.adultSafeguarding],
});

/** What the MASH does with a request: the outcomes it can lead to, who decides, and where the document says so. */
export interface MashScreening {
  outcomes: readonly string[];
  note: string;
  citation: Citation;
}

/** What a screening of a request in the MASH can lead to. */
export const mashScreeningOutcomes: MashScreening = deepFreeze({
  outcomes: [
    'No further action',
    'Advice and information given',
    'Additional support recommended through the Family Partnership Service',
    'Signposted to other services',
    'Accepted as a referral and passed to a social worker in the Assessment Team for an assessment',
  ],
  note: 'A Senior Social Worker or Team Manager decides the course of action for every contact, and the outcome is fed back to the referrer.',
  citation: luton.mashScreening,
});

/**
 * What the MASH does with a contact where the child is at immediate risk of
 * significant harm: it is not screened against the levels but recorded as a
 * contact recommending a referral and statutory assessment, and sent to the
 * Assessment Team at once.
 */
export const immediateRiskScreening: MashScreening = deepFreeze({
  outcomes: ['A contact record recommending a referral and a statutory assessment, transferred electronically to the Assessment Team at once'],
  note: 'With an immediate risk of significant harm the contact is not screened against the four levels of need: the MASH creates a contact record recommending referral and statutory assessment and sends it to the Assessment Team straight away. Telephone the MASH; call the police (999) if the child is in danger now.',
  citation: luton.mashScreening,
});

/**
 * A route as a new object of the caller's own, written field by field (a
 * classification copies one per result; a generic deep copy is slower).
 */
export function copyRoute(route: NeedLevelRoute): NeedLevelRoute {
  const copy: NeedLevelRoute = {
    level: route.level,
    contact: route.contact,
    form: route.form,
    consent: { situation: route.consent.situation, required: route.consent.required, explanation: route.consent.explanation },
    help: route.help,
    citation: copyCitations(route.citation),
  };
  if (route.consent.afterMashConsultation) copy.consent.afterMashConsultation = true;
  if (route.consent.refused) copy.consent.refused = true;
  if (route.nextStep !== undefined) copy.nextStep = route.nextStep;
  return copy;
}
