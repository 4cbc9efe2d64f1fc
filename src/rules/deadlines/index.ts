/** The one shape of a judged deadline, and the one module that judges every deadline the library returns. */
export type {
  Booking,
  DeadlineStatus,
  DueDeadline,
  JudgedDeadline,
  LateDeadline,
  MetDeadline,
  MetInferredDeadline,
  NotRequiredDeadline,
  NotYetTriggeredDeadline,
  DueDateUnknownDeadline,
  OverdueDeadline,
  StartedDeadline,
  StoppedDeadline,
} from './judged-deadline.js';
