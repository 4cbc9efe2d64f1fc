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
    says: 'The weighing guidance (a young child, parental domestic abuse, substance misuse or mental ill-health, concerns across several areas, whether Additional support was tried) adds prompts to the actions; it never changes the level by itself.',
    why: 'The document asks practitioners to weigh these things in their judgement ("will always be significant in influencing the professional judgements"), not to move a child up a level automatically, and says its criteria are neither exhaustive nor weighted. Turning them into automatic levels would put the library’s judgement in place of the practitioner’s.',
    citation: luton.significantHarm,
  },
  youngChildUnderFive: {
    id: 'need-level.interpretation.young-child-under-five',
    says: 'A "baby or young child" is a child under five.',
    why: 'The document says "babies and young children are particularly vulnerable" without an age. Five is the start of compulsory school age, after which a child is seen daily by school staff; the prompt only advises, so the line need not be exact.',
    citation: luton.significantHarm,
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
  designatedSafeguardingLead: {
    id: 'need-level.interpretation.designated-safeguarding-lead',
    says: 'When unsure, the practitioner consults their own manager or designated safeguarding lead before asking the MASH for a consultation.',
    why: 'The document says "their own manager and/or designated member of staff"; the library names the designated member of staff by the title schools and colleges use for it, the designated safeguarding lead, which the document itself uses in its introduction.',
    citation: luton.consultWhenUnsure,
  },
} as const satisfies Record<string, InterpretationDefinition>;
