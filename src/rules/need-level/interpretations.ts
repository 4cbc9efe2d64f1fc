/**
 * Where the need-level rules read the threshold document other than
 * literally, for policy owners to confirm. The readings of the indicators
 * that describe significant harm are in indicators/harm-indicators.ts.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { luton, workingTogether } from './citations.js';

export const needLevelInterpretations = {
  intensiveThresholdTwo: {
    id: 'need-level.interpretation.intensive-threshold-two',
    says: 'Two or more Intensive indicators make Intensive need by default (a case system may set another number); a single one makes at least Additional need, with a prompt to consider Intensive.',
    why: 'The document says "a number of these indicators would need to be present" for Intensive need and gives no number. Two is the smallest number that is more than one; the count is a prompt for professional judgement, since the indicators are not weighted.',
    citation: luton.atAGlance,
  },
  forcedMarriageChildProtection: {
    id: 'need-level.interpretation.forced-marriage-child-protection',
    says: 'A risk or a disclosure of forced marriage is Specialist need and is treated as child protection (section 47): the referral does not wait for the family’s agreement.',
    why: 'The categories table lists "those at risk of forced marriage" in the Specialist row, whose first line is children who have suffered or are likely to suffer significant harm, and the forced marriage section says professionals may get only "one chance" to act. The document does not say in so many words that forced marriage is significant harm; the library reads it so because asking the family first could end that one chance.',
    citation: luton.forcedMarriage,
  },
  countyLinesIsExploitation: {
    id: 'need-level.interpretation.county-lines-is-criminal-exploitation',
    says: 'Involvement in county lines is read as criminal exploitation at high risk, and criminal exploitation as significant harm (Specialist, section 47).',
    why: 'The threshold document names "children at high risk of sexual and criminal exploitation" in the Specialist row but does not mention county lines; Working Together 2026 names county lines as a form of child criminal exploitation. A child already involved is taken to be at least at high risk.',
    citation: workingTogether.extraFamilialHarm,
  },
  professionalAbuseIsAllegation: {
    id: 'need-level.interpretation.professional-abuse-is-allegation',
    says: 'The indicator "disclosure of abuse or physical injury caused by a professional" is treated as an allegation against a person who works with children, so the designated officer (LADO) is to be told within one working day.',
    why: 'The threshold document lists the indicator but says nothing of the designated officer; Working Together 2026 (Chapter 4, para 264) requires the designated officer to be informed within one working day of all allegations against people who work with children. The library joins the two.',
    citation: workingTogether.designatedOfficer,
  },
  weighingAdvisesOnly: {
    id: 'need-level.interpretation.weighing-advises-only',
    says: 'The weighing guidance (a young or unborn child, parental domestic abuse, substance misuse or mental ill-health, concerns across several areas, evidence of a risk of harm, whether Additional support was tried) adds prompts to the actions wherever the answer to the significant-harm question still decides the route, at every level, Specialist included; it never changes the level by itself.',
    why: 'The document asks practitioners to weigh these things in their judgement of significant harm ("will always be significant in influencing the professional judgements"), not to move a child up a level automatically, and says its criteria are neither exhaustive nor weighted. At the Specialist level that judgement decides between section 47 and section 17 and whether consent is needed, so the prompts matter most there. Turning them into automatic levels would put the library’s judgement in place of the practitioner’s.',
    citation: luton.significantHarm,
  },
  youngChildUnderFive: {
    id: 'need-level.interpretation.young-child-under-five',
    says: 'A "baby or young child" is a child under five, or an unborn child.',
    why: 'The document says "babies and young children are particularly vulnerable" without an age. Five is the start of compulsory school age, after which a child is seen daily by school staff; Working Together 2026 asks practitioners to recognise the vulnerability of unborn children too. The prompt only advises, so the line need not be exact.',
    citation: luton.significantHarm,
  },
  specialistSingleIndicator: {
    id: 'need-level.interpretation.specialist-single-indicator',
    says: 'One Specialist indicator is enough for Specialist need (a referral to children’s social care through the MASH), as two Intensive indicators are enough for Intensive need; the MASH then decides the response.',
    why: 'The document describes Specialist needs as "complex and enduring" and crossing "many domains", and says the indicators are "a guide and not a pre-determined level of response"; it gives no number for Specialist. The library reads one Specialist indicator as a reason to refer, because the Specialist bullets describe children the document says need statutory or specialist services, and the MASH screening (no further action, advice, Family Partnership support, signposting, or assessment) is where a single indicator that does not need them is screened out.',
    citation: luton.atAGlance,
  },
  categoryMapping: {
    id: 'need-level.interpretation.working-together-category-mapping',
    says: 'Luton’s levels are given a Working Together 2026 category as follows: Universal and Additional are universal services and community-based early help; Intensive is Family Help (targeted early help, with consent); Specialist is child protection (section 47) where significant harm is suspected, private fostering (section 67) or accommodation (section 20) for those statutory situations, and otherwise a child in need (section 17). An undecided result has no category yet; an adult has none.',
    why: 'Luton’s 2021 document predates Working Together 2026’s Family Help and does not map its levels onto it. The library maps them by what each level provides: Additional help comes from the services that know the family with a plan kept by the lead agency, not the local authority; Intensive help is consent-based with a lead practitioner; Specialist help is statutory.',
    citation: workingTogether.familyHelp,
  },
  exploitationConcernAndHighRisk: {
    id: 'need-level.interpretation.exploitation-concern-and-high-risk',
    says: 'Any concern of sexual or criminal exploitation, of whatever degree, leads to speaking to the MASH and the police straight away; a child who is being exploited, or is at high risk of it, is Specialist need and child protection (section 47). While a concern is recorded and whether the child is at high risk is unanswered, the classification is not decided.',
    why: 'The exploitation section says any professional who "has concerns about the sexual or criminal exploitation" of a child should "speak immediately to the MASH and local police", with no degree of concern; the categories table places children "at high risk of sexual and criminal exploitation" in the Specialist row with those suffering or likely to suffer significant harm. The library keeps the two apart: the duty to speak follows any concern, the level and category follow the high risk.',
    citation: luton.exploitation,
  },
  immediateRiskPolice: {
    id: 'need-level.interpretation.immediate-risk-police',
    says: 'A child at immediate risk of significant harm is referred to the MASH by telephone at once, and the police are called (999) where the child is in danger now.',
    why: 'The threshold document names the police for radicalisation with an immediate risk and for exploitation, and otherwise says a child at immediate risk is referred for a statutory assessment at once. Working Together 2026 says that for children in need of immediate protection the local authority, the police or the NSPCC must act. The library names the police for any child in danger now.',
    citation: workingTogether.immediateProtection,
  },
  fgmDutyUnder18: {
    id: 'need-level.interpretation.fgm-duty-under-18',
    says: 'The mandatory duty to report known FGM to the police applies to a girl under 18: for a woman of 18 or over it is not given (she is an adult); when the age is not given, the duty is shown in general terms and the age is asked.',
    why: 'The threshold document says the duty applies when a professional is "told by a girl" or sees signs in "a girl", without an age; the statutory duty it describes (Female Genital Mutilation Act 2003, section 5B) is for girls under 18, and Working Together 2026 defines a child as anyone under 18.',
    citation: luton.fgmDuty,
  },
  additionalFamilyAgreement: {
    id: 'need-level.interpretation.additional-family-agreement',
    says: 'Help at the Additional level is offered with the family’s agreement.',
    why: 'The document’s access text for Additional needs (each service’s own form, a plan kept by the lead agency) does not mention consent; its principles say practitioners engage families by "seeking their consent and agreement". The library applies the principle to the Additional route.',
    citation: { document: 'luton-effective-support-2021', section: 'Introduction (principles: engage with families by seeking their consent and agreement)' },
  },
  ageNotGivenIsChild: {
    id: 'need-level.interpretation.age-not-given-is-child',
    says: 'When no age is given (and the child is not said to be unborn), the subject is taken to be a child: the decision does not wait for the age, the child-only duties apply, and an indicator the age would limit (private fostering, "under 16 and not in education") is taken as recorded.',
    why: 'The library classifies children’s needs, and case systems call it for children. Holding every classification until an age is given would hold up the child’s protection for a fact the practitioner usually has on the record; where the age changes the answer (18 or over), giving it changes the result.',
    citation: workingTogether.childDefinition,
  },
  adultRoute: {
    id: 'need-level.interpretation.adult-route',
    says: 'For a person of 18 or over the result says this is not a children’s safeguarding decision and names adult social care (adult safeguarding) as the door, with no children’s level route or child protection category; any child in the household is considered separately.',
    why: 'Working Together 2026 defines a child as anyone under 18, and section 47 and the FGM reporting duty apply to children. The threshold document names Adult Social Care among the agencies that follow the forced marriage guidelines but sets out no adult route; Working Together 2026 refers to adult safeguarding boards. The library names the adult door without deciding anything about the adult.',
    citation: workingTogether.adultSafeguarding,
  },
  honourBasedAbuseFamilyNotTold: {
    id: 'need-level.interpretation.honour-based-abuse-family-not-told',
    says: 'Where forced marriage or FGM is known or suspected, the default is not to tell the family before the referral or to seek their agreement: the referral goes to the MASH at once.',
    why: 'The threshold document’s general rule is to consult and inform the family unless the child is at immediate risk or telling them would increase the risk. For forced marriage it says professionals may get only "one chance" to act; Working Together 2026 treats forced marriage and FGM as "honour"-based abuse, where a wider family or community network may be involved. Telling the family first is the case in which the risk would increase, so the library makes not telling them the default for both.',
    citation: luton.forcedMarriage,
  },
  statutorySituationCategories: {
    id: 'need-level.interpretation.statutory-situation-categories',
    says: 'A privately fostered child gets the private fostering category (the local authority’s section 67 duties), and an unaccompanied child or a child with no one to care for them the accommodation category (section 20), instead of the general child in need category (section 17), unless significant harm is suspected (section 47).',
    why: 'The document sets out the local authority’s private fostering duties under section 67 and the 2005 regulations, and Working Together 2026 gives the local authority a duty to accommodate a child in need with no one who has parental responsibility for them (section 20). Neither document names a Working Together category for these children; the library names the duty that applies.',
    citation: luton.privateFostering,
  },
  riskAnsweredNoConsultMashFirst: {
    id: 'need-level.interpretation.risk-answered-no-consult-mash-first',
    says: 'Where an indicator of a risk of significant harm or of exploitation is recorded and significant harm is answered "no", the result keeps the practitioner’s answer (section 17, or the level the indicators give) but warns about it, prompts the practitioner to weigh it, and routes them to a MASH social worker before any consent is sought.',
    why: 'The document lets the referrer "always ask to discuss their concerns with a qualified social worker in the MASH if they are uncertain and before they make a referral", and keeps the parents’ agreement for needs without harm. A "no" beside evidence of a risk of harm may be right (the practitioner decides), but asking the parents first could end a child protection referral that the MASH would have made without them; the library puts the MASH consultation first.',
    citation: luton.consultBeforeReferral,
  },
  consentRefusedWhatFollows: {
    id: 'need-level.interpretation.consent-refused-what-follows',
    says: 'When the parents (or a Gillick-competent young person) refuse consent, what follows depends on the route: voluntary help (Additional, Intensive, child in need support) cannot go ahead, so the practitioner seeks to understand why and considers how the needs could be met otherwise; a child protection referral goes ahead without consent and the family is told unless that would increase the risk; where forced marriage or FGM is suspected the practitioner does not go back to the family at all; a statutory duty or a looked after child’s social worker does not wait for it. The rule that a request below the Intensive threshold without consent is not kept is applied only to a request to the MASH at the Additional or Intensive level (the document says it of Triage Steps), with the advice to keep one’s own record.',
    why: 'Working Together 2026 says this of a family that does not consent to a Family Help assessment (paragraph 146); the threshold document says child in need support is voluntary and may be refused, that the family is consulted and told of a referral unless that would increase the risk of harm, that professionals may get only "one chance" with forced marriage, and that a Triage Step without consent that does not meet the Intensive threshold is not retained. The library applies paragraph 146 to refusals of Luton’s voluntary help generally, and the Triage Step rule to any request to the MASH below Intensive (a request made by email or telephone is a Triage Step; a referral form is not said to be treated differently).',
    citation: workingTogether.consentRefused,
  },
  severalDomainsThree: {
    id: 'need-level.interpretation.several-domains-three',
    says: 'Intensive indicators under three or more different headings prompt the practitioner to consider whether harm has built up to a suspicion of significant harm.',
    why: 'The document says significant harm is more often identified from "a number of events" that compromise a child’s wellbeing, and gives no number. Two Intensive indicators already make Intensive need; three different areas of the child’s life is the library’s line for asking whether the whole is more than Intensive. It only prompts.',
    citation: luton.significantHarm,
  },
  statutoryConsentSituations: {
    id: 'need-level.interpretation.statutory-consent-situations',
    says: 'For a privately fostered child, an unaccompanied asylum-seeking child and a child with no one to care for them, the route says the local authority’s duties are statutory and do not wait for parental agreement, instead of the child-in-need text about the parents’ agreement.',
    why: 'The document’s consent text for children in need assumes parents who can agree or refuse. For private fostering it sets out the local authority’s statutory duties (assess, visit) on being told of the arrangement; for an unaccompanied child or a child with no one to care for them there is no one with parental responsibility at hand, and Working Together 2026 gives the local authority a duty to accommodate such children (section 20). The document does not say this in its consent passages; the library applies the duties it states elsewhere.',
    citation: luton.privateFostering,
  },
  missingLookedAfterChildProtection: {
    id: 'need-level.interpretation.missing-looked-after-child-protection',
    says: 'A looked after child recorded as going missing is child protection (section 47, no consent step), whatever the answer to the significant-harm question; a "no" beside it is kept in the input and warned about. Whether a child who goes missing is looked after is asked when it is not given, and the classification waits for it.',
    why: 'The document says looked after children who are missing "will therefore be afforded the highest child protection priority by both children’s social care services and the local police". It does not say "section 47" in so many words; the library reads "the highest child protection priority" as the child protection route, because the alternative it would otherwise give (a voluntary child in need referral with the parents’ agreement) is the opposite of a priority.',
    citation: luton.missing,
  },
  lookedAfterNotParentalAgreement: {
    id: 'need-level.interpretation.looked-after-not-parental-agreement',
    says: 'For a looked after child whose Specialist need is not child protection, the route goes to the allocated social worker and does not wait for the parents’ agreement (consent situation `looked-after`); the category stays child in need (section 17).',
    why: 'The document says the parents’ agreement is needed for a child in need referral and that open cases go to the allocated social worker. A looked after child is always open to children’s social care, whose local authority shares parental responsibility (a care order) or accommodates the child by agreement already given (section 20). The document does not speak of consent for looked after children; the library does not make the parents’ agreement the gate to telling the child’s own social worker.',
    citation: luton.accessSpecialist,
  },
  missingIndicators: {
    id: 'need-level.interpretation.missing-indicators',
    says: 'These bullets are read as a child going missing, with the MASH discussion and the prompt to consider forced marriage or planned FGM behind it: going missing from home ("puts self or others in danger, e.g. going missing from home"), missing school consistently, consistently poor nursery or school attendance, being under 16 and not in education, and being out of school or without a school place through neglect. The Additional bullet "poor punctuality / pattern of regular school absences" is not: it is handled at the Additional level by the school with its own forms, without the MASH step or the advice not to tell the family.',
    why: 'The document’s section is headed "children who go missing from care, home and education" and asks professionals concerned about a child "missing from school, care or education" to consider forced marriage or FGM and to discuss it with the MASH; it does not say which Effective Support bullets describe such a child. It places poor punctuality and a pattern of absences among the Additional needs met by the services that know the child. Reading lateness as a child missing education would send every late pupil to the MASH and tell a school not to speak to the family; the library keeps that for consistent absence and being out of school.',
    citation: luton.missing,
  },
  ageBoundIndicators: {
    id: 'need-level.interpretation.age-bound-indicators',
    says: 'An indicator whose own words (or definition) exclude the child’s age is warned about; if it describes a need, it is not counted toward the level (a 17-year-old recorded "under 16 and not in education", a 17-year-old who is not disabled recorded as privately fostered); if it is evidence of harm or of a risk of it, it still counts. A disclosure by the child is for a child already born, and offending for a child of 10 or over; offending recorded for a younger child is warned about but still counts toward the level (without the youth justice duties, which start at 10).',
    why: 'The document prints the age in some bullets ("under 16", "post-16") and defines private fostering by age; it does not say what follows when the recorded age contradicts them. A need the words exclude does not apply, so letting it raise the level would decide the level on a bullet the library says is wrong; evidence of harm may be about another child in the household or the age may be the error, so the safer reading keeps it. The ages of disclosure (a child born) and of offending (10, the age of criminal responsibility in England and Wales) are the library’s, for warning about unlikely records: the bullets give no age for offending, and a child under 10 whose behaviour is recorded as offending may be criminally exploited or neglected, so that need is not taken away.',
    citation: luton.atAGlance,
  },
  complexDisabilityIntensive: {
    id: 'need-level.interpretation.complex-disability-intensive',
    says: 'A significant disability, or a disability that prevents self-care in many tasks, makes Intensive need on its own (without a second Intensive indicator), with the SEND duties. The other child named in the same row of the categories table, one who expresses radicalised thoughts or intentions, is not made Intensive on that one bullet: the radicalisation route (refer to the MASH, Prevent through the MASH, the police if the risk is immediate) applies at whatever level, without a consent step.',
    why: 'The categories table puts children who "have a disability resulting in complex needs" and who "exhibit anti-social or challenging behaviour, including the expression of radicalised thoughts or intentions" in the Intensive row, while the Effective Support indicators say "a number of" Intensive indicators are needed; for a complex disability the Intensive introduction itself adds that "the special needs and disability service will become involved". The library follows the table for the disability. For radicalisation it keeps the document’s own route for that concern, which sends every case to the MASH whatever the level; making it Intensive would put the family’s consent in front of that referral.',
    citation: luton.categories,
  },
  unbornNotLookedAfter: {
    id: 'need-level.interpretation.unborn-not-looked-after',
    says: 'An unborn child whose looked after status is not given is taken as not looked after: the question is not asked, and a Specialist need that is not child protection is a child in need referral (section 17) with the parents’ agreement. An answer given is kept.',
    why: 'A local authority looks after a child who is in its care or whom it accommodates; a child not yet born can be neither, whatever the plans made before the birth. Asking would hold an unborn baby’s referral for a question whose answer is known.',
    citation: luton.accessSpecialist,
  },
  lookedAfterDecidesSpecialistRoute: {
    id: 'need-level.interpretation.looked-after-decides-specialist-route',
    says: 'A Specialist need that is not child protection, with no other statutory situation, waits for whether the child is looked after: the answer decides between the allocated social worker (looked after) and a child in need referral with the parents’ agreement, so the outcome stays undecided, with the question in missingFacts, rather than give a route the answer could change. A result returns this reading when that question alone holds the outcome.',
    why: 'The document sends open cases to the allocated social worker and asks for the parents’ agreement to a child in need referral; a looked after child is an open case (need-level.interpretation.looked-after-not-parental-agreement). The level is Specialist either way, but the route a practitioner acts on differs, and a decided result never carries a route an unanswered question could reverse. A case system usually knows the answer and can send it.',
    citation: luton.accessSpecialist,
  },
  youngCarerFromFive: {
    id: 'need-level.interpretation.young-carer-from-five',
    says: 'The prompt to consider whether the child is a young carer, given on every referral to children’s social care, is not given for an unborn child or a child under five.',
    why: 'The document asks for young carers to be considered on every referral to children’s social care, and describes them as children who look after a family member daily. It gives no lower age; a baby or a child under five cannot carry that responsibility, and the prompt beside a baby’s injury or an unborn child’s risk distracts from it. Five is the line the library already uses for a young child.',
    citation: luton.youngCarers,
  },
  privateFosteringFromRecord: {
    id: 'need-level.interpretation.private-fostering-from-record',
    says: 'The indicator "privately fostered" is taken as the practitioner’s record that the arrangement meets the definition (cared for by someone who is not a parent or close relative, for 28 days or more, or intended to be); only the age limits are checked. The route says that the MASH confirms the arrangement.',
    why: 'The document defines private fostering by who cares for the child, for how long and the child’s age, and asks anyone who knows of an arrangement to tell the MASH. The library asks only the age (which also decides the category), because whether the carer is a close relative and how long the arrangement is meant to last are what the local authority assesses once told; holding the classification for them would delay telling it.',
    citation: luton.privateFostering,
  },
  designatedSafeguardingLead: {
    id: 'need-level.interpretation.designated-safeguarding-lead',
    says: 'When unsure, the practitioner consults their own manager or designated safeguarding lead before asking the MASH for a consultation.',
    why: 'The document says "their own manager and/or designated member of staff"; the library names the designated member of staff by the title schools and colleges use for it, the designated safeguarding lead, which the document itself uses in its introduction.',
    citation: luton.consultWhenUnsure,
  },
} as const satisfies Record<string, InterpretationDefinition>;
