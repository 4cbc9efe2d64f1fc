export { statutoryTimeline, timelineTimescales, timelineProcesses, type StatutoryTimelineOptions } from './statutory-timeline.js';
export { timelineInterpretations } from './timeline-interpretations.js';
export type {
  Booking,
  CaseTimeline,
  DueDeadline,
  EventReference,
  MetDeadline,
  MetInferredDeadline,
  NotRequiredDeadline,
  NotStartedProcess,
  NotYetTriggeredDeadline,
  OverdueDeadline,
  StoppedDeadline,
  TimelineDeadline,
  TimelineEpisode,
  TimelineStatus,
} from './timeline-types.js';
