/** The timeline's input schema lives beside the timeline; its public pieces are re-exported here for `luton-safeguarding-rules/schemas`. */
export {
  timelineEventTypes,
  referralNextSteps,
  schedulableEventTypes,
  childEventTypes,
  maxTimelineEvents,
  maxReasonForDelayLength,
  maxEpisodeIdLength,
  defaultEpisode,
  timelineEventSchema,
  statutoryTimelineInputSchema,
  type ReferralNextStep,
  type TimelineEventType,
} from '../rules/timeline/input-schema.js';
export type * from '../rules/timeline/input-types.js';
