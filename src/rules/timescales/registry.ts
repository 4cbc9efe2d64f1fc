/**
 * The registry of every statutory and local timescale the library knows,
 * gathered from one entry file per area so each area's timescales sit with
 * their sources.
 */
import type { Timescale } from './timescale.js';
import { seriousIncidentTimescales } from './entries/serious-incident.js';
import { needToKnowTimescales } from './entries/need-to-know.js';
import { nationalAlertTimescales } from './entries/national-alert.js';
import { referralAndAssessmentTimescales } from './entries/referral-and-assessment.js';
import { childProtectionTimescales } from './entries/child-protection.js';
import { childDeathReviewTimescales } from './entries/child-death-review.js';
import { privateFosteringTimescales } from './entries/private-fostering.js';
import { deepFreeze } from '../deep-freeze.js';
import { ladoTimescales } from './entries/lado.js';

/** Deeply frozen: a caller cannot change a timescale that later deadlines are computed from. */
export const timescales: readonly Timescale[] = deepFreeze([
  ...seriousIncidentTimescales,
  ...needToKnowTimescales,
  ...nationalAlertTimescales,
  ...referralAndAssessmentTimescales,
  ...childProtectionTimescales,
  ...childDeathReviewTimescales,
  ...privateFosteringTimescales,
  ...ladoTimescales,
]);

const byId = new Map(timescales.map((t) => [t.id, t]));

/** The timescale with this id; throws for an unknown id (a defect in the library, not user input). */
export function timescale(id: string): Timescale {
  const t = byId.get(id);
  if (!t) throw new Error(`Unknown timescale id: ${id}`);
  return t;
}
