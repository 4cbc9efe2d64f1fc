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
import { christmasDayAndGoodFridayNotWorkingDays, triggerDayIsDayZero } from './entries/shared-interpretations.js';

/**
 * A deadline's timescale with the counting readings it shares with every
 * other deadline appended to its own: the trigger day is day 0 (a period
 * after the trigger, other than calendar months, whose reading says the
 * same; not a period of 0), and Christmas Day and Good Friday are not working days. An earliest
 * date (the national alert's three weeks) is not a deadline and keeps only
 * its own readings.
 */
function withCountingReadings(t: Timescale): Timescale {
  if (t.kind === 'earliest-date') return t;
  // A period of 0 (due on the trigger day itself) counts no days, so day 0 is not a reading it relies on.
  const shared = [...(t.direction === 'after' && t.unit !== 'months' && t.amount > 0 ? [triggerDayIsDayZero] : []), christmasDayAndGoodFridayNotWorkingDays];
  return { ...t, interpretations: [...(t.interpretations ?? []), ...shared] };
}

/** Deeply frozen: a caller cannot change a timescale that later deadlines are computed from. */
export const timescales: readonly Timescale[] = deepFreeze(
  [
    ...seriousIncidentTimescales,
    ...needToKnowTimescales,
    ...nationalAlertTimescales,
    ...referralAndAssessmentTimescales,
    ...childProtectionTimescales,
    ...childDeathReviewTimescales,
    ...privateFosteringTimescales,
    ...ladoTimescales,
  ].map(withCountingReadings),
);

const byId = new Map(timescales.map((t) => [t.id, t]));

/** The timescale with this id; throws for an unknown id (a defect in the library, not user input). */
export function timescale(id: string): Timescale {
  const t = byId.get(id);
  if (!t) throw new Error(`Unknown timescale id: ${id}`);
  return t;
}
