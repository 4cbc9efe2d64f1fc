/**
 * Cases the rule examples start from, so each example changes only what it
 * is about. Dates: 2 February 2026 to 2 March 2026 is four weeks.
 */
export const asOf = '2026-03-02';

/** The thresholds alone, all met, for the exceptional alerts. */
export const thresholdsMet = {
  asOf,
  familyMissing: true,
  knownLocality: false,
  temporaryAbsenceExcluded: true,
  policeChecked: true,
  keyAgenciesContacted: true,
  missingSince: '2026-02-02',
} as const;

/** A child on a child protection plan whose family has been missing for four weeks; every threshold met. */
export const missingChildOnPlan = {
  subject: 'child',
  childProtectionPlan: true,
  inCare: false,
  unaccompaniedAsylumSeeker: false,
  ...thresholdsMet,
} as const;

/** The same case before anyone has recorded when the family went missing. */
const { missingSince: _missingSince, ...undated } = missingChildOnPlan;
export const missingChildOnPlanUndated = undated;
