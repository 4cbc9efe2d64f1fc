/**
 * Judges each serious incident deadline on `asOf`, in the vocabulary of
 * `statutoryTimeline` (met, due, overdue, not-yet-triggered) plus `late` for a
 * requirement done after its due date:
 *
 * - `met`: done on or before the due date;
 * - `late`: done, or (for publication) planned, after the due date;
 * - `overdue`: not done and the due date has passed;
 * - `due`: not done, the clock is running and the due date is today or later;
 * - `not-yet-triggered`: the event that starts the clock has not happened.
 *
 * With `asOf`, a date the input leaves out is an event that has not happened
 * by `asOf`. The timeline module has its own judge; this small one covers the
 * requirements a single serious incident decision can see.
 */
import type { Deadline } from '../../calendar/deadline-types.js';
import type { Citation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { timescale } from '../timescales/registry.js';
import { copyCitation } from '../../schemas/citation.js';

/**
 * Where one serious incident requirement stands on `asOf`: `met` (done on
 * time), `late` (done, or planned, after the due date), `overdue`, `due` or
 * `not-yet-triggered`.
 */
export type DeadlineStatus = 'met' | 'late' | 'due' | 'overdue' | 'not-yet-triggered';

/** One serious incident deadline with its status on `asOf` (`SeriousIncidentDecision.deadlineStatuses`). */
export interface DeadlineJudgement {
  /** The timescale id (and the id of the Deadline in `deadlines` when the clock has started). */
  deadlineId: string;
  title: string;
  status: DeadlineStatus;
  /** The last day on time, once the clock has started. */
  due?: IsoDate;
  /** When the requirement was done (or, for publication, is planned), if given. */
  doneOn?: IsoDate;
  /** Which input field records it being done. */
  doneBy: string;
  /** How binding the timescale is, read from the timescale registry when it says. */
  basis?: string;
  explanation: string;
  citation: Citation;
}

export interface Requirement {
  timescaleId: string;
  /** The Deadline, when the event that starts the clock is known. */
  deadline?: Deadline;
  /** The input field that records the requirement being done, and its value. */
  doneBy: string;
  doneOn?: IsoDate;
  /** The input field that starts the clock, for the explanation. */
  triggerField: string;
}

export function judgeDeadline(requirement: Requirement, asOf: IsoDate): DeadlineJudgement {
  const definition = timescale(requirement.timescaleId);
  const basis = (definition as { basis?: string }).basis;
  const base = {
    deadlineId: requirement.timescaleId,
    title: definition.title,
    doneBy: requirement.doneBy,
    ...(requirement.doneOn !== undefined ? { doneOn: requirement.doneOn } : {}),
    ...(basis !== undefined ? { basis } : {}),
    citation: copyCitation(requirement.deadline?.citation ?? definition.citation),
  };
  const { deadline, doneOn } = requirement;
  if (!deadline) {
    return { ...base, status: 'not-yet-triggered', explanation: `The clock has not started by ${asOf}: ${requirement.triggerField} is not given (the clock starts when ${definition.trigger}).` };
  }
  const due = deadline.due;
  // A date after asOf is a plan (a publication date): on time it is still due, after the due date it is already late.
  if (doneOn !== undefined && doneOn > due) {
    return { ...base, due, status: 'late', explanation: `${doneOn > asOf ? 'Planned for' : 'Done on'} ${doneOn}, after the due date ${due}.` };
  }
  if (doneOn !== undefined && doneOn <= asOf) {
    return { ...base, due, status: 'met', explanation: `Done on ${doneOn}, on or before the due date ${due}.` };
  }
  if (doneOn !== undefined) {
    return { ...base, due, status: 'due', explanation: `Planned for ${doneOn}, on or before the due date ${due}.` };
  }
  if (asOf > due) {
    return { ...base, due, status: 'overdue', explanation: `Not done (${requirement.doneBy} is not given) and the due date ${due} has passed.` };
  }
  return { ...base, due, status: 'due', explanation: `Not done yet; due by ${due}.` };
}

/** "Kept available for at least one year": running from publication, met once the year has passed. */
export function judgeKeptAvailable(deadline: Deadline | undefined, publicationOn: IsoDate | undefined, asOf: IsoDate): DeadlineJudgement {
  const definition = timescale('serious-incident.publication-kept-available');
  const basis = (definition as { basis?: string }).basis;
  const base = {
    deadlineId: definition.id,
    title: definition.title,
    doneBy: 'publicationOn',
    ...(basis !== undefined ? { basis } : {}),
    citation: copyCitation(deadline?.citation ?? definition.citation),
  };
  if (!deadline || publicationOn === undefined || publicationOn > asOf) {
    return { ...base, status: 'not-yet-triggered', explanation: `The report has not been published by ${asOf}, so the year it must stay available has not started.` };
  }
  if (asOf > deadline.due) {
    return { ...base, due: deadline.due, status: 'met', explanation: `Published on ${publicationOn}; the year it had to stay available ended on ${deadline.due}.` };
  }
  return { ...base, due: deadline.due, status: 'due', explanation: `Published on ${publicationOn}; keep it available at least until ${deadline.due}.` };
}
