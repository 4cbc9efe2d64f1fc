/**
 * Indicators that match a difficulty the Family Partnership Service (FPS)
 * lists as one it supports (luton-effective-support-2021, Access to services —
 * Intensive): domestic abuse, drug and alcohol misuse, tier 2 mental health
 * needs, exclusion or its threat, and low-level neglect. When such a need is
 * met at the Additional level, the FPS is named as the next step should the
 * Additional support not resolve it.
 */
export const familyPartnershipDifficulties: Readonly<Record<string, string>> = Object.freeze({
  'need-level.intensive.basic-care-safety-and-protection.domestic-abuse': 'domestic abuse',
  'need-level.intensive.basic-care-safety-and-protection.parental-mental-health-or-substance-misuse': "a parent's mental ill-health or drug or alcohol misuse",
  'need-level.intensive.housing-employment-and-finance.barriers-to-employment': 'drug or alcohol misuse',
  'need-level.additional.health.experimenting-with-substances': 'drug or alcohol misuse',
  'need-level.additional.behavioural-development.camhs-additional-needs': 'tier 2 mental health needs',
  'need-level.intensive.behavioural-development.camhs-tier-2': 'tier 2 mental health needs',
  'need-level.intensive.health.emerging-mental-health-issues': 'tier 2 mental health needs',
  'need-level.additional.learning.fixed-term-exclusions': 'exclusion from school',
  'need-level.intensive.behavioural-development.challenging-at-school': 'the threat of exclusion from school',
  'need-level.intensive.health.milestones-missed-due-to-care': 'low-level neglect',
});
