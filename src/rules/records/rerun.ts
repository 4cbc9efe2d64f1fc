/**
 * Re-running a stored decision from what it stored: the decision's name,
 * its input and (for classifyNeed) its options, on the calendar the caller
 * says it was counted on. Shared by `verifyDecision` and `explainRecord`.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import { assessNationalAlert, type NationalAlertDecision } from '../national-alert/assess-national-alert.js';
import { classifyNeed, type NeedClassification } from '../need-level/classify-need.js';
import { assessNeedToKnow, type NeedToKnowDecision } from '../need-to-know/assess-need-to-know.js';
import { assessSeriousIncident } from '../serious-incident/assess-serious-incident.js';
import type { SeriousIncidentDecision } from '../serious-incident/decision-types.js';
import { statutoryTimeline } from '../timeline/statutory-timeline.js';
import type { CaseTimeline } from '../timeline/timeline-types.js';
import { validatePlacementNotification, type PlacementNotificationResult } from '../placement-notification/validate-placement-notification.js';

/** What a stored decision or record says it is. */
export type StoredDecisionName = 'need-level' | 'need-to-know' | 'national-alert' | 'serious-incident' | 'timeline' | 'placement-notification';

/** The result of each decision, by the name a stored one carries in `decision`. */
export interface StoredDecisionResults {
  'need-level': NeedClassification;
  'need-to-know': NeedToKnowDecision;
  'national-alert': NationalAlertDecision;
  'serious-incident': SeriousIncidentDecision;
  timeline: CaseTimeline;
  'placement-notification': PlacementNotificationResult;
}

/** Any result a stored decision or record can be rebuilt into. */
export type StoredDecisionResult = StoredDecisionResults[StoredDecisionName];

const runners: { [D in StoredDecisionName]: (input: unknown, options: unknown, calendar: Calendar | undefined) => StoredDecisionResults[D] } = {
  // The threshold is stored in the result's options; the calendar (for the designated officer deadline) is the caller's.
  'need-level': (input, options, calendar) => classifyNeed(input as never, { ...((options ?? {}) as object), ...(calendar ? { calendar } : {}) } as never),
  'need-to-know': (input, _options, calendar) => assessNeedToKnow(input as never, { calendar }),
  'national-alert': (input, _options, calendar) => assessNationalAlert(input as never, { calendar }),
  'serious-incident': (input, _options, calendar) => assessSeriousIncident(input as never, { calendar }),
  timeline: (input, _options, calendar) => statutoryTimeline(input as never, { calendar }),
  // No date is computed, so no calendar: a calendar given is ignored.
  'placement-notification': (input) => validatePlacementNotification(input as never),
};

/** Every name a stored decision may carry (a literal, not `Object.keys(runners)`: a call at the top of a module keeps every decision in a consumer's bundle). */
export const storedDecisionNames: readonly StoredDecisionName[] = ['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'timeline', 'placement-notification'];

export function isStoredDecisionName(value: unknown): value is StoredDecisionName {
  return typeof value === 'string' && Object.hasOwn(runners, value);
}

/** Runs the named decision again on a stored input (and classifyNeed's stored options). */
export function rerunDecision<D extends StoredDecisionName>(decision: D, input: unknown, options: unknown, calendar: Calendar | undefined): StoredDecisionResults[D] {
  return runners[decision](input, options, calendar) as StoredDecisionResults[D];
}
