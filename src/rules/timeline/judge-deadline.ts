/**
 * Gives one computed deadline its status as of `asOf` (see `timeline-types.ts`
 * for how met, due and overdue are judged), with the working-day counts and a
 * sentence for the child's record.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { workingDaysBetween } from '../../calendar/working-days-between.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { TimelineEventType } from '../../schemas/timeline.js';
import type { DueDeadline, MetDeadline, OverdueDeadline } from './timeline-types.js';

export interface JudgeArgs {
  deadline: Deadline;
  satisfiedBy: TimelineEventType;
  /** Past-tense verb for the satisfying event, e.g. "held", "completed". */
  done: string;
  /** The date of the satisfying event, if it happened. */
  completedOn?: IsoDate;
  /** The date the requirement stops applying (the plan ended), if it did. */
  endsOn?: IsoDate;
  asOf: IsoDate;
  calendar: Calendar | undefined;
}

/** The judged deadline, or `undefined` when the requirement ended before it fell due (it no longer applies). */
export function judgeDeadline(args: JudgeArgs): MetDeadline | DueDeadline | OverdueDeadline | undefined {
  const { deadline, satisfiedBy, done, completedOn, endsOn, asOf, calendar } = args;
  const { due } = deadline;
  const base = { ...deadline, satisfiedBy };
  const dueText = `due by ${due} (${describePeriod(deadline)} after ${deadline.trigger.event} on ${deadline.trigger.date})`;
  const taken = (day: IsoDate) => workingDaysBetween(deadline.trigger.date, day, calendar);
  const overdueBy = (day: IsoDate) => ({
    workingDaysOverdue: workingDaysBetween(due, day, calendar),
    calendarDaysOverdue: calendarDaysBetween(due, day),
  });

  if (completedOn !== undefined) {
    if (completedOn <= due) {
      const workingDaysTaken = taken(completedOn);
      return {
        ...base,
        status: 'met',
        metOn: completedOn,
        workingDaysTaken,
        explanation: `${capitalise(done)} on ${completedOn}, ${plural(workingDaysTaken, 'working day')} after the trigger; it was ${dueText}.`,
      };
    }
    const late = overdueBy(completedOn);
    return {
      ...base,
      status: 'overdue',
      outstanding: false,
      completedOn,
      workingDaysTaken: taken(completedOn),
      ...late,
      explanation: `${capitalise(done)} late on ${completedOn}, ${plural(late.workingDaysOverdue, 'working day')} (${plural(late.calendarDaysOverdue, 'calendar day')}) after it was ${dueText}.`,
    };
  }

  if (endsOn !== undefined && endsOn <= asOf) {
    // The plan ended: a requirement not yet due by then no longer applies;
    // one already past due lapsed unmet.
    if (endsOn <= due) return undefined;
    const lapsed = overdueBy(endsOn);
    return {
      ...base,
      status: 'overdue',
      outstanding: false,
      lapsedOn: endsOn,
      ...lapsed,
      explanation: `Not ${done} before the child protection plan ended on ${endsOn}, ${plural(lapsed.workingDaysOverdue, 'working day')} after it was ${dueText}.`,
    };
  }

  if (asOf <= due) {
    const workingDaysRemaining = workingDaysBetween(asOf, due, calendar);
    const calendarDaysRemaining = calendarDaysBetween(asOf, due);
    return {
      ...base,
      status: 'due',
      workingDaysRemaining,
      calendarDaysRemaining,
      explanation: `Not yet ${done}; ${dueText}: ${plural(workingDaysRemaining, 'working day')} (${plural(calendarDaysRemaining, 'calendar day')}) left after ${asOf}.`,
    };
  }
  const over = overdueBy(asOf);
  return {
    ...base,
    status: 'overdue',
    outstanding: true,
    ...over,
    explanation: `Not yet ${done} and overdue by ${plural(over.workingDaysOverdue, 'working day')} (${plural(over.calendarDaysOverdue, 'calendar day')}) on ${asOf}; it was ${dueText}.`,
  };
}

export function describePeriod(deadline: Pick<Deadline, 'period'>): string {
  const { amount, unit } = deadline.period;
  const noun = unit === 'working-days' ? 'working day' : unit === 'calendar-days' ? 'calendar day' : unit === 'weeks' ? 'week' : 'month';
  return plural(amount, noun);
}

function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  // Date.UTC keeps this independent of the process time zone.
  const day = (d: IsoDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  return day(b) - day(a);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

