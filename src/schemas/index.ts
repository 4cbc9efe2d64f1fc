/** `luton-safeguarding-rules/schemas`: zod schemas for every public input and the input error. */
export { SafeguardingInputError, isSafeguardingInputError, inputIssueCodes, type InputIssue, type InputIssueCode } from './input-error.js';
export { inputLimits, type InputLimits } from './limits.js';
export { inputIssueCodeDescriptions } from './input-issue-codes.js';
export { readOnce } from './read-once.js';
export { IsoDateSchema } from './iso-date-schema.js';
export { parseInput } from './parse-input.js';
export { ClassifyNeedInputSchema, ClassifyNeedOptionsSchema, ReporterRoleSchema, type ClassifyNeedInput, type ClassifyNeedOptions } from '../rules/need-level/input-schema.js';
export { SeriousIncidentInputSchema, LcsprCriteriaInputSchema, type SeriousIncidentInput, type LcsprCriteriaInput } from '../rules/serious-incident/input-schema.js';
export { NeedToKnowInputSchema, ChildStatusSchema, type NeedToKnowInput } from '../rules/need-to-know/input-schema.js';
export {
  StatutoryTimelineInputSchema,
  TimelineEventSchema,
  timelineEventTypes,
  referralNextSteps,
  schedulableEventTypes,
  childEventTypes,
  maxTimelineEvents,
  maxReasonForDelayLength,
  maxEpisodeIdLength,
  defaultEpisode,
  type ReferralNextStep,
  type StatutoryTimelineInput,
  type TimelineEvent,
  type TimelineEventType,
} from './timeline.js';
export { PlacementNotificationInputSchema, type PlacementNotificationInput, PlacementNotificationSchema, PlacementStartNotificationSchema, ChangeOfAddressNotificationSchema, LeavingPlacementNotificationSchema, legalStatuses, type PlacementNotification, type PlacementNotificationKind, type PlacementStartNotification, type ChangeOfAddressNotification, type LeavingPlacementNotification, type LegalStatus } from './placement-notification.js';
export { publicSchemas } from './public-schemas.js';
export { NationalAlertInputSchema, AlertSubjectSchema, type NationalAlertInput } from '../rules/national-alert/input-schema.js';
