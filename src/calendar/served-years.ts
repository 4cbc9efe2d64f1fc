/**
 * Which years the calendar serves and which are officially confirmed. Both
 * come from the generated data, whose confirmed horizon is derived from the
 * official GOV.UK lists the generator checks against, so the number lives in
 * one place.
 */
import { CONFIRMED_THROUGH, FIRST_YEAR, LAST_YEAR } from './data/bank-holidays.generated.js';
import { dayNumberOf } from './day-number.js';

/** First year the England and Wales calendar serves. */
export const FIRST_SERVED_YEAR: number = FIRST_YEAR;
/** Last year the England and Wales calendar serves. */
export const LAST_SERVED_YEAR: number = LAST_YEAR;
/**
 * The confirmed horizon: the last year whose England and Wales bank holidays
 * GOV.UK has published. Later years are computed from the recurring rules, and
 * a `Deadline` that depends on them is `provisional`.
 */
export const CONFIRMED_HORIZON_YEAR: number = CONFIRMED_THROUGH;

/** Day numbers of the first and last served days. */
export const FIRST_SERVED_DAY = dayNumberOf(FIRST_YEAR, 1, 1);
export const LAST_SERVED_DAY = dayNumberOf(LAST_YEAR, 12, 31);
