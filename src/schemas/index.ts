/** `luton-safeguarding-rules/schemas`: zod schemas for every public input and the input error. */
import { classifyNeedInputSchema, classifyNeedOptionsSchema } from '../rules/need-level/input-schema.js';
import { lcsprCriteriaInputSchema, seriousIncidentInputSchema } from '../rules/serious-incident/input-schema.js';
import { needToKnowInputSchema } from '../rules/need-to-know/input-schema.js';
import { nationalAlertInputSchema } from '../rules/national-alert/input-schema.js';
import { statutoryTimelineInputSchema, timelineEventSchema } from './timeline.js';
export type { StatutoryTimelineInput, TimelineEvent } from '../rules/timeline/input-types.js';
import { placementNotificationSchemas } from './placement-notification.js';

export { SafeguardingInputError, isSafeguardingInputError, inputIssueCodes, type InputIssue, type InputIssueCode } from './input-error.js';
export { inputLimits, type InputLimits } from './limits.js';
export { inputIssueCodeDescriptions } from './input-issue-codes.js';
export { readOnce } from './read-once.js';
export { IsoDateSchema } from './iso-date-schema.js';
export { parseInput } from './parse-input.js';
export { NeedIndicatorIdSchema, ReporterRoleSchema, type ReporterRole } from '../rules/need-level/input-schema.js';
export type { ClassifyNeedInput, ClassifyNeedOptions } from '../rules/need-level/input-types.js';
export type { SeriousIncidentInput, LcsprCriteriaInput } from '../rules/serious-incident/input-types.js';
export { ChildStatusSchema } from '../rules/need-to-know/input-schema.js';
export type { NeedToKnowInput } from '../rules/need-to-know/input-types.js';
export {
  timelineEventTypes,
  referralNextSteps,
  schedulableEventTypes,
  childEventTypes,
  maxTimelineEvents,
  maxReasonForDelayLength,
  maxEpisodeIdLength,
  defaultEpisode,
  type ReferralNextStep,
  type TimelineEventType,
} from './timeline.js';
export type { PlacementNotificationInput } from './placement-notification-input.js';
export { legalStatuses, type PlacementNotification, type PlacementNotificationKind, type PlacementStartNotification, type ChangeOfAddressNotification, type LeavingPlacementNotification, type LegalStatus } from './placement-notification.js';
export { publicSchemas } from './public-schemas.js';
export { AlertSubjectSchema } from '../rules/national-alert/input-schema.js';
export type { NationalAlertInput } from '../rules/national-alert/input-types.js';

// The decisions build their schemas the first time they run (lazy-schema.ts),
// so importing the main entry does not pay for zod building every one; this
// entry is for programs that compose or validate with zod, and gives each built.

/**
 * The zod schema of `classifyNeed`'s input (`ClassifyNeedInput`): strict (an
 * unknown key is an error), indicator ids listed at most once. Compose it
 * into your own schemas, or validate with `parseInput` for the library's error.
 */
export const ClassifyNeedInputSchema = /* @__PURE__ */ classifyNeedInputSchema();
/** The zod schema of `classifyNeed`'s options (`ClassifyNeedOptions`); strict. */
export const ClassifyNeedOptionsSchema = /* @__PURE__ */ classifyNeedOptionsSchema();
/**
 * The zod schema of `assessSeriousIncident`'s input (`SeriousIncidentInput`):
 * strict, with contradictory answers (say, died by suicide but did not die)
 * and dates out of order refused.
 */
export const SeriousIncidentInputSchema = /* @__PURE__ */ seriousIncidentInputSchema();
/** The four criteria the safeguarding partners must take into account when deciding on an LCSPR (WT 2026 ch. 5 para 395). */
export const LcsprCriteriaInputSchema = /* @__PURE__ */ lcsprCriteriaInputSchema();
/**
 * The zod schema of `assessNeedToKnow`'s input (`NeedToKnowInput`): strict,
 * with the date order of `notifiedOn`, `lastUpdateSentOn` and `asOf`
 * checked; each circumstance field carries its question as its description.
 */
export const NeedToKnowInputSchema = /* @__PURE__ */ needToKnowInputSchema();
/**
 * The zod schema of `assessNationalAlert`'s input (`NationalAlertInput`):
 * strict; each question field carries its question as its description.
 */
export const NationalAlertInputSchema = /* @__PURE__ */ nationalAlertInputSchema();
/**
 * The zod schema of `statutoryTimeline`'s input (`StatutoryTimelineInput`):
 * strict, at most `maxTimelineEvents` events, each checked by `TimelineEventSchema`.
 */
export const StatutoryTimelineInputSchema = /* @__PURE__ */ statutoryTimelineInputSchema();
/** One event of a case history: one object shape for every event type, with the fields only some types carry checked. */
export const TimelineEventSchema = /* @__PURE__ */ timelineEventSchema();
/**
 * The zod schema of what `validatePlacementNotification` accepts: any object
 * with a known `kind` (other fields allowed), optionally `receivedOn`.
 */
export const PlacementNotificationInputSchema = /* @__PURE__ */ placementNotificationSchemas().PlacementNotificationInputSchema;
/**
 * A complete, acceptable placement notification of any kind (told apart by
 * `kind`), with the child's date of birth not after `receivedOn`: what a
 * valid `validatePlacementNotification` result holds.
 */
export const PlacementNotificationSchema = /* @__PURE__ */ placementNotificationSchemas().PlacementNotificationSchema;
/** A complete notification that a child has been placed in Luton. */
export const PlacementStartNotificationSchema = /* @__PURE__ */ placementNotificationSchemas().PlacementStartNotificationSchema;
/** A complete notification that a child placed in Luton has moved address. */
export const ChangeOfAddressNotificationSchema = /* @__PURE__ */ placementNotificationSchemas().ChangeOfAddressNotificationSchema;
/** A complete notification that a child has left a placement in Luton. */
export const LeavingPlacementNotificationSchema = /* @__PURE__ */ placementNotificationSchemas().LeavingPlacementNotificationSchema;
