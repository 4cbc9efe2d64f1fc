/**
 * How each level of need is reached in Luton: who to contact, which form,
 * and whether the family's consent is needed. Written from the threshold
 * document's 'Categories of need and help' and 'Access to services'.
 */
import type { Citation } from '../../schemas/citation.js';
import { luton } from './citations.js';
import { deepFreeze } from '../deep-freeze.js';
import type { NeedLevel } from './need-indicator.js';

export interface NeedLevelRoute {
  level: NeedLevel;
  /** Who the practitioner contacts or works with. */
  contact: string;
  /** The form used to ask for help at this level, if any. */
  form: string;
  consent: {
    /** Whether the family's consent is needed to receive help at this level. */
    required: boolean;
    /** When consent is needed, and when it is not. */
    explanation: string;
  };
  /** What the help looks like at this level. */
  help: string;
  citation: Citation[];
}

const MASH = 'Luton Multi-Agency Safeguarding Hub (MASH), Town Hall Extension: 01582 547653, MASH@Luton.gov.uk';

// Frozen: a classification hands these objects to every caller, so one
// caller must not be able to change what the next one is told.
export const needLevelRoutes: Readonly<Record<NeedLevel, NeedLevelRoute>> = deepFreeze({
  universal: {
    level: 'universal',
    contact: 'No referral: universal services (early years, schools, GP and health visiting, maternity, housing, youth and leisure services) are open to all families.',
    form: 'None',
    consent: { required: false, explanation: 'Universal services are open access; no referral or consent step is involved.' },
    help: 'The child is supported by their family and by universal services, and makes good progress in most areas of development.',
    citation: [luton.categories],
  },
  additional: {
    level: 'additional',
    contact:
      'The practitioners who already know the child work together and bring in two or three other services as needed; the service that knows the family best co-ordinates.',
    form: "Each service's own request form or letter (not the Luton referral form)",
    consent: {
      required: true,
      explanation: 'Help is offered with the family’s agreement; any plan belongs to the lead agency, not the local authority.',
    },
    help: 'Extra help from local services (for example parenting support, learning or behaviour support, SEN support, CAMHS tier 2 in schools, targeted youth work), often with a plan and review dates kept by the lead agency.',
    citation: [luton.categories, luton.accessAdditional],
  },
  intensive: {
    level: 'intensive',
    contact: `Discuss with the family, then send the Luton referral form to the ${MASH}; the MASH records it and passes it to the Family Partnership Service or another suitable service.`,
    form: 'Luton referral form, with the consent section signed by the parents',
    consent: {
      required: true,
      explanation:
        'The Family Partnership Service works only with the consent of the parents or carers; young people who are Fraser competent (especially those over 15) should be asked for their consent too.',
    },
    help: 'A Family Partnership Assessment led by a family support worker, then a family wellbeing plan with goals, actions and review dates, co-ordinated across agencies.',
    citation: [luton.categories, luton.accessIntensive],
  },
  specialist: {
    level: 'specialist',
    contact: `Refer to the ${MASH}. For a child already open to children's social care, contact the allocated social worker (or their manager or the duty social worker). If unsure, ask the MASH for a consultation with a social worker first.`,
    form: 'Luton referral form for new referrals (including closed cases); by telephone first where the risk is immediate',
    consent: {
      required: false,
      explanation:
        "Where significant harm is suspected, the referral does not wait for the family's consent. Unless the child is at immediate risk of significant harm, the referrer consults the family and tells them about the referral, except where doing so would increase the risk of harm to the child.",
    },
    help: "Children's social care (child in need support or child protection enquiries), or other statutory and specialist services such as tier 3 and 4 CAMHS or the youth offending service.",
    citation: [luton.categories, luton.accessSpecialist],
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
    required: true,
    explanation:
      "A referral of a child in need (development or disability needs that only children's social care is likely to meet) is made with the parents' agreement, and the support offered is voluntary: parents, or a Gillick-competent young person, may refuse some or all of it. If significant harm comes to be suspected, the referral no longer depends on consent.",
  },
  citation: [luton.categories, luton.accessSpecialist, luton.referralForm],
});

/** What a screening of a request in the MASH can lead to. */
export const mashScreeningOutcomes = deepFreeze({
  outcomes: [
    'No further action',
    'Advice and information given',
    'Additional support recommended through the Family Partnership Service',
    'Signposted to other services',
    'Accepted as a referral and passed to a social worker in the Assessment Team for an assessment',
  ],
  note: 'A Senior Social Worker or Team Manager decides the course of action for every contact, and the outcome is fed back to the referrer.',
  citation: luton.mashScreening,
} as const);
