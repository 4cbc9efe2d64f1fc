export { statutoryTimeline, timelineTimescales, type StatutoryTimelineOptions } from './statutory-timeline.js';
export type {
  CaseTimeline,
  DueDeadline,
  MetDeadline,
  NotApplicableDeadline,
  NotYetTriggeredDeadline,
  OverdueDeadline,
  TimelineDeadline,
  TimelineStatus,
} from './timeline-types.js';
