/**
 * Conditions more than one need-level rule reads, written once: a raised
 * FGM, forced marriage or exploitation concern, a recorded indicator of
 * significant harm or of a risk of it, the grounds for child protection, and
 * the age bands.
 *
 * The concern rules look at their answers only once the concern is open (the
 * derived `…Concern` fact: an answer of yes, or the group of questions given
 * with one still unanswered), so a classification that says nothing about
 * FGM, forced marriage or exploitation is not held up asking about them: the
 * general significant-harm question still covers every harm.
 */
import type { RuleCondition } from '../../engine/rule-module.js';

export const fgmRaised: RuleCondition = {
  all: [
    { fact: 'fgmConcern', operator: 'equal', value: true, says: 'FGM is a concern' },
    {
      any: [
        { fact: 'fgmDisclosedByGirl', operator: 'equal', value: true, says: 'the girl has said she has had FGM' },
        { fact: 'fgmPhysicalSignsObserved', operator: 'equal', value: true, says: 'physical signs appearing to show FGM have been seen' },
        { fact: 'fgmAtRisk', operator: 'equal', value: true, says: 'the girl is thought to be at risk of FGM' },
      ],
    },
  ],
  says: 'FGM is known or suspected',
};

export const forcedMarriageRaised: RuleCondition = {
  all: [
    { fact: 'forcedMarriageConcern', operator: 'equal', value: true, says: 'forced marriage is a concern' },
    {
      any: [
        { fact: 'forcedMarriageAtRisk', operator: 'equal', value: true, says: 'warning signs suggest the child is at risk of forced marriage' },
        { fact: 'forcedMarriageDisclosedByChild', operator: 'equal', value: true, says: 'the child has said they fear being forced to marry, or have been' },
      ],
    },
  ],
  says: 'the child is at risk of forced marriage',
};

export const criminalExploitationRaised: RuleCondition = {
  all: [
    { fact: 'criminalExploitationConcern', operator: 'equal', value: true, says: 'criminal exploitation is a concern' },
    {
      any: [
        { fact: 'criminalExploitationAtRisk', operator: 'equal', value: true, says: 'the child is being, or is at high risk of being, criminally exploited' },
        { fact: 'countyLines', operator: 'equal', value: true, says: 'the child is involved in county lines drug dealing' },
      ],
    },
  ],
  says: 'the child is being, or is at high risk of being, criminally exploited',
};

export const sexualExploitationRaised: RuleCondition = {
  all: [
    { fact: 'sexualExploitationConcern', operator: 'equal', value: true, says: 'sexual exploitation is a concern' },
    { fact: 'sexualExploitationAtRisk', operator: 'equal', value: true, says: 'the child is being, or is at high risk of being, sexually exploited' },
  ],
  says: 'the child is being, or is at high risk of being, sexually exploited',
};

export const harmIndicatorRecorded: RuleCondition = {
  fact: 'harmIndicatorCount',
  operator: 'greaterThanInclusive',
  value: 1,
  says: 'an indicator that the threshold document describes as significant harm was recorded',
};

export const riskIndicatorRecorded: RuleCondition = {
  fact: 'riskIndicatorCount',
  operator: 'greaterThanInclusive',
  value: 1,
  says: 'an indicator of a risk of significant harm or of exploitation was recorded (a disclosure, a risk in the household, neglect, signs of exploitation…)',
};

/** A looked after child goes missing: the document gives them "the highest child protection priority". */
export const missingLookedAfterChild: RuleCondition = {
  all: [
    { fact: 'missingFromHomeIndicatorCount', operator: 'greaterThanInclusive', value: 1, says: 'the child goes missing from home or care' },
    { fact: 'lookedAfter', operator: 'equal', value: true, says: 'the child is looked after by a local authority' },
  ],
  says: 'a looked after child goes missing (the highest child protection priority)',
};

/** The grounds on which a Specialist need is child protection (section 47): any one of them. */
export const childProtectionGrounds: RuleCondition[] = [
  { fact: 'significantHarmSuspected', operator: 'equal', value: true, says: 'there is reasonable cause to suspect significant harm (suffered or likely)' },
  { fact: 'immediateRiskOfSignificantHarm', operator: 'equal', value: true, says: 'the child is at immediate risk of significant harm' },
  harmIndicatorRecorded,
  fgmRaised,
  forcedMarriageRaised,
  criminalExploitationRaised,
  sexualExploitationRaised,
  missingLookedAfterChild,
];


export const harmNotAnsweredYes: RuleCondition = {
  fact: 'harmAnswer',
  operator: 'notEqual',
  value: 'yes',
  says: 'significant harm has not been answered "yes" (so the harm answer still decides the route)',
};

export const babyOrYoungChild: RuleCondition = {
  fact: 'ageBand',
  operator: 'in',
  value: ['unborn', 'under-5'],
  says: 'the child is unborn or under five',
};

/** The indicator ids the rules name. */
export const indicatorId = {
  abuseByProfessional: 'need-level.specialist.health.abuse-by-professional',
  protectedFromHarm: 'need-level.universal.basic-care-safety-and-protection.protected-from-harm',
  privatelyFostered: 'need-level.specialist.other-indicators.privately-fostered',
  unaccompanied: 'need-level.specialist.other-indicators.unaccompanied-asylum-seeker',
  noOneToCare: 'need-level.specialist.emotional-warmth-and-stability.no-one-to-care',
  childDisclosesAbuse: 'need-level.specialist.health.child-discloses-abuse',
  parentDisclosesAbuse: 'need-level.specialist.basic-care-safety-and-protection.parent-discloses-abuse',
  riskyIndividual: 'need-level.specialist.family-functioning.risky-individual-in-household',
  chronicDomesticAbuse: 'need-level.specialist.basic-care-safety-and-protection.chronic-domestic-abuse-involving-child',
  unexplainedHarm: 'need-level.intensive.guidance-boundaries-and-stimulation.unexplained-harm-at-home',
  radicalised: 'need-level.intensive.behavioural-development.radicalised-thoughts',
  missingFromHome: 'need-level.specialist.emotional-development.endangers-self-or-others',
  notInEducationUnder16: 'need-level.intensive.learning.not-in-education-under-16',
  missesSchool: 'need-level.intensive.family-and-social-relationships.misses-school-consistently',
  caringRole: 'need-level.additional.family-functioning.caring-role',
  parentalMentalHealth: 'need-level.specialist.basic-care-safety-and-protection.parental-mental-health-or-substance-misuse',
  parentalSubstanceMisuse: 'need-level.specialist.health.parental-substance-misuse',
  failureToThrive: 'need-level.specialist.health.lack-of-food-or-failure-to-thrive',
  previousChildren: 'need-level.specialist.basic-care-safety-and-protection.unable-to-care-for-previous-children',
  homeless: 'need-level.specialist.housing-employment-and-finance.homeless',
  dyslexia: 'need-level.additional.learning.specific-learning-needs',
  disabilityConstantSupervision: 'need-level.specialist.health.disability-needing-constant-supervision',
  physicallyWell: 'need-level.universal.health.physically-well',
  severeChronicHealth: 'need-level.specialist.health.severe-chronic-health',
  prosecutedOffending: 'need-level.intensive.behavioural-development.prosecuted-offending',
  neet: 'need-level.additional.housing-employment-and-finance.neet-post-16',
  seriouslyObese: 'need-level.specialist.health.serious-weight-problems',
  previouslyLookedAfter: 'need-level.specialist.family-and-social-relationships.previously-looked-after',
  nonAccidentalInjury: 'need-level.specialist.health.non-accidental-injury',
  sexualAbuse: 'need-level.specialist.health.sexual-abuse',
  unsafeSexualActivity: 'need-level.intensive.health.unsafe-sexual-activity',
  domesticAbuse: 'need-level.intensive.basic-care-safety-and-protection.domestic-abuse',
} as const;
