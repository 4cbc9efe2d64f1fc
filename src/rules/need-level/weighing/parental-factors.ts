/**
 * Indicators below the Specialist level that record one of the three parental
 * factors the document says "will always be significant" in judging harm:
 * domestic abuse, substance misuse and mental ill-health (luton-effective-support-2021,
 * Access to services — Specialist, p18). Recording one prompts the practitioner to
 * weigh whether significant harm is suspected; it does not raise the level.
 */
export const parentalFactorIndicatorIds: ReadonlySet<string> = new Set([
  'need-level.intensive.basic-care-safety-and-protection.domestic-abuse',
  'need-level.intensive.basic-care-safety-and-protection.parental-mental-health-or-substance-misuse',
  'need-level.intensive.housing-employment-and-finance.barriers-to-employment',
  'need-level.intensive.family-functioning.family-health-affecting-child',
]);
