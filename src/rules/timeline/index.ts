export { statutoryTimeline, timelineTimescales, timelineProcesses, type StatutoryTimelineOptions } from './statutory-timeline.js';
export { timelineInterpretations } from '../timescales/timeline-interpretations.js';
export type {
  Booking,
  CaseTimeline,
  EventReference,
  TimelineDeadline,
  TimelineDeadlineFields,
  TimelineDueDeadline,
  TimelineEpisode,
  TimelineLateDeadline,
  TimelineMetDeadline,
  TimelineMetInferredDeadline,
  TimelineNotRequiredDeadline,
  TimelineNotYetTriggeredDeadline,
  TimelineOverdueDeadline,
  TimelineStatus,
  TimelineStoppedDeadline,
  NotStartedProcess,
} from './timeline-types.js';
