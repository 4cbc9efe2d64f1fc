/**
 * Universal indicators (good progress) and the concern indicators that say
 * the opposite about the same thing: recorded together, one of them is wrong,
 * and the classification warns (the level follows the concern). The pairs are
 * the library's reading of the bullets' words; "protected from danger or
 * significant harm" has its own warning (it contradicts a suspicion of harm
 * as well as indicators).
 */
const U = (rest: string) => `need-level.universal.${rest}`;
const A = (rest: string) => `need-level.additional.${rest}`;
const I = (rest: string) => `need-level.intensive.${rest}`;
const S = (rest: string) => `need-level.specialist.${rest}`;

export const strengthContradictions: Readonly<Record<string, readonly string[]>> = Object.freeze({
  [U('health.physically-well')]: [S('health.severe-chronic-health'), I('health.poorly-managed-chronic-health'), I('health.multiple-health-difficulties-beyond-known-needs'), S('health.lack-of-food-or-failure-to-thrive')],
  [U('health.nutritious-diet')]: [A('health.limited-diet'), S('health.lack-of-food-or-failure-to-thrive')],
  [U('health.hygiene-and-dress')]: [A('health.minor-diet-hygiene-clothing-concerns'), A('self-care-and-independence.periods-of-poor-self-care'), I('identity-and-self-esteem.presentation-affects-relationships')],
  [U('health.checks-and-immunisations-up-to-date')]: [A('health.missing-immunisations-or-checks')],
  [U('health.milestones-on-track')]: [A('health.slow-milestones'), I('health.milestones-missed-due-to-care')],
  [U('health.age-appropriate-sexual-activity')]: [I('health.unsafe-sexual-activity'), S('health.dangerous-sexual-activity-or-early-pregnancy'), S('health.sexual-exploitation')],
  [U('health.good-mental-health')]: [
    I('health.self-harm'), I('health.emerging-mental-health-issues'), I('emotional-development.regularly-anxious-angry-or-phobic'),
    S('health.acute-mental-health'), S('identity-and-self-esteem.evident-mental-health-needs'),
  ],
  [U('family-and-social-relationships.stable-family-relationships')]: [S('family-and-social-relationships.negative-family-relationships'), S('family-and-social-relationships.rejected-or-abandoned')],
  [U('learning.books-and-toys')]: [A('learning.no-books-or-toys')],
  [U('housing-employment-and-finance.adequate-accommodation')]: [
    A('housing-employment-and-finance.poor-housing'), S('housing-employment-and-finance.homeless'),
    S('housing-employment-and-finance.dangerous-housing'), S('housing-employment-and-finance.accommodation-endangers-child'),
  ],
});

/** Each concern indicator and the strengths it contradicts. */
export const contradictedBy: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [strength, concerns] of Object.entries(strengthContradictions)) for (const c of concerns) (map.get(c) ?? map.set(c, []).get(c)!).push(strength);
  return map;
})();
