/**
 * The national alert's outcomes and threshold checks, on their own: the
 * decision and its actions both name them, and neither imports the other
 * for it.
 */
import type { Citation } from '../../schemas/citation.js';

/**
 * For an alert not yet issued: `issue-alert`; `not-yet` (a threshold is not
 * met yet); `not-really-missing` (the family is not missing, or is known to
 * be in a particular locality: the procedure says that "does not constitute
 * a national alert"); `not-eligible`.
 * For an alert already issued (`alertIssuedOn`): `keep-alert` (re-issue
 * every six months through the sign-off chain); `end-alert` (the child is
 * located: send the "found" notification); `withdraw-alert` (not located,
 * but the alert could no longer be issued: a vulnerable adult, the plan or
 * danger ended, a known locality; no "found" notification); `alert-ended`
 * (the "found" notification has been sent).
 */
export type NationalAlertOutcome =
  | 'issue-alert'
  | 'not-yet'
  | 'not-really-missing'
  | 'not-eligible'
  | 'keep-alert'
  | 'end-alert'
  | 'withdraw-alert'
  | 'alert-ended'
  | 'insufficient-information';

/** One of the procedure's four notification thresholds, and whether this case meets it. */
export interface ThresholdCheck {
  ruleId: string;
  title: string;
  status: 'met' | 'not-met' | 'unknown';
  citation: Citation[];
}
