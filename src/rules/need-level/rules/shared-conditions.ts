/**
 * Conditions more than one need-level rule reads, written once: a raised
 * FGM, forced marriage or criminal exploitation concern, and a recorded
 * indicator that the document describes as significant harm.
 *
 * The concern rules look at their answers only once a concern has been
 * raised (the derived `…Concern` fact), so a classification that says
 * nothing about FGM, forced marriage or exploitation is not held up asking
 * about them: the general significant-harm question still covers every harm.
 */
import type { RuleCondition } from '../../engine/rule-module.js';

export const fgmRaised: RuleCondition = {
  all: [
    { fact: 'fgmConcern', operator: 'equal', value: true, says: 'an FGM concern has been raised' },
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
    { fact: 'forcedMarriageConcern', operator: 'equal', value: true, says: 'a forced marriage concern has been raised' },
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
    { fact: 'criminalExploitationConcern', operator: 'equal', value: true, says: 'a criminal exploitation concern has been raised' },
    {
      any: [
        { fact: 'criminalExploitationAtRisk', operator: 'equal', value: true, says: 'the child is being, or is at high risk of being, criminally exploited' },
        { fact: 'countyLines', operator: 'equal', value: true, says: 'the child is involved in county lines drug dealing' },
      ],
    },
  ],
  says: 'the child is being, or is at high risk of being, criminally exploited',
};

export const harmIndicatorRecorded: RuleCondition = {
  fact: 'harmIndicatorCount',
  operator: 'greaterThanInclusive',
  value: 1,
  says: 'an indicator that the threshold document describes as significant harm was recorded',
};

/** The indicator ids the rules name. */
export const indicatorId = {
  abuseByProfessional: 'need-level.specialist.health.abuse-by-professional',
  protectedFromHarm: 'need-level.universal.basic-care-safety-and-protection.protected-from-harm',
} as const;
