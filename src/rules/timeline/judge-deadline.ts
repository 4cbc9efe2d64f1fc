/**
 * Gives one clock of the case its status as of `asOf` (see `timeline-types.ts`
 * for how each status is judged), with the day counts and sentences for the
 * child's record that name the events in words.
 *
 * Precedence: what happened wins. A satisfying event recorded makes the
 * deadline met or late whatever else is recorded, so a later stop can never
 * turn a met deadline overdue; then a decision that made the step
 * unnecessary, a later step that proves it, a stop, and finally the open clock.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { isWorkingDay } from '../../calendar/is-working-day.js';
import { previousWorkingDay } from '../../calendar/previous-working-day.js';
import { workingDaysBetween } from '../../calendar/working-days-between.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { TimescaleBasis } from '../timescales/timescale.js';
import { capitalise, happenedOn, happenedUndated, inWords, isWeekendDate, nounOf, plural, withWeekday } from './event-words.js';
import type { TimelineEventType } from './input-schema.js';
import type { TimelineProcessId } from './processes.js';
import type { RecordedEvent } from './read-history.js';
import type { Booking, EventReference, TimelineDeadline } from './timeline-types.js';

export interface JudgeArgs {
  deadline: Deadline;
  episode: string;
  process: TimelineProcessId;
  basis: TimescaleBasis;
  trigger: RecordedEvent;
  satisfiedBy: TimelineEventType;
  completion?: RecordedEvent;
  /** The decision that made the step unnecessary, and what it decided, in words. */
  notRequired?: { by: RecordedEvent; because: string };
  /** A later event proving the step was taken. */
  inferredFrom?: RecordedEvent;
  /** The first event that stopped this clock on or after its trigger. */
  stop?: RecordedEvent;
  /** Bookings of the satisfying event in the episode, by date. */
  bookings?: readonly RecordedEvent[];
  asOf: IsoDate;
  calendar: Calendar | undefined;
}

export function judgeDeadline(args: JudgeArgs): Exclude<TimelineDeadline, { status: 'not-yet-triggered' }> {
  const { deadline, trigger, completion, asOf, calendar } = args;
  const { due } = deadline;
  const lastWorkingDayOnTime = deadline.period.unit !== 'working-days' && !isWorkingDay(due, calendar) ? previousWorkingDay(due, calendar) : undefined;
  // Built field by field rather than by spreading: a long history builds thousands of rows.
  const base = {
    id: deadline.id,
    title: deadline.title,
    trigger: deadline.trigger,
    period: deadline.period,
    due,
    provisional: deadline.provisional,
    citation: deadline.citation,
    episode: args.episode,
    process: args.process,
    basis: args.basis,
    startedBy: ref(trigger),
    satisfiedBy: args.satisfiedBy,
    explanation: '',
  };
  if (lastWorkingDayOnTime !== undefined) (base as { lastWorkingDayOnTime?: IsoDate }).lastWorkingDayOnTime = lastWorkingDayOnTime;
  const thing = nounOf(args.satisfiedBy);
  const started = `${capitalise(trigger.status === 'scheduled' ? `${nounOf(trigger.type)} is booked for ${inWords(trigger.date)}` : happenedOn(trigger.type, trigger.date))}.`;
  const period = deadline.period.direction === 'before' ? `${describePeriod(deadline)} ${deadline.trigger.event}` : describePeriod(deadline);
  const dueBy = `due by ${inWords(due)} (${period}${nonWorkingNote(due, lastWorkingDayOnTime)})`;
  const overdueTo = (day: IsoDate) => ({ workingDaysOverdue: workingDaysBetween(due, day, calendar), calendarDaysOverdue: calendarDaysBetween(due, day) });
  const say = (...sentences: string[]) => [started, ...sentences].join(' ');

  if (completion) {
    const workingDaysTaken = workingDaysBetween(trigger.date, completion.date, calendar);
    const when = completion.date === trigger.date ? 'the same day' : `${plural(Math.abs(workingDaysTaken), 'working day')} ${workingDaysTaken < 0 ? 'before' : 'later'}`;
    if (completion.date <= due) {
      return Object.assign(base, {
        status: 'met' as const,
        metOn: completion.date,
        workingDaysTaken,
        explanation: say(`${capitalise(happenedOn(completion.type, completion.date))}, ${when}, on time: it was ${dueBy}.`),
      });
    }
    const late = overdueTo(completion.date);
    const reason =
      completion.type !== 'assessment-completed'
        ? ''
        : completion.reasonForDelay !== undefined
          ? ' The reason recorded for the delay is in reasonForDelay.'
          : ' No reason for the delay is recorded; Working Together asks the lead practitioner to record it.';
    return Object.assign(base, {
      status: 'overdue' as const,
      outstanding: false,
      completedOn: completion.date,
      workingDaysTaken,
      ...late,
      ...(completion.reasonForDelay !== undefined ? { reasonForDelay: completion.reasonForDelay } : {}),
      explanation: say(
        `${capitalise(happenedOn(completion.type, completion.date))}, late: ${plural(late.workingDaysOverdue, 'working day')} (${plural(late.calendarDaysOverdue, 'calendar day')}) after it was ${dueBy}.${reason}`,
      ),
    });
  }

  if (args.notRequired) {
    const { by, because } = args.notRequired;
    return Object.assign(base, {
      status: 'not-required' as const,
      notRequiredBecause: ref(by),
      explanation:
        by.index === trigger.index
          ? say(`${capitalise(because)}, so ${thing} is not required.`)
          : by.dateRecorded === false
            ? say(`${capitalise(happenedUndated(by.type))} (the day is not recorded): ${because}, so ${thing} is not required.`)
            : say(`${capitalise(happenedOn(by.type, by.date))}: ${because}, so ${thing} is not required.`),
    });
  }

  if (args.inferredFrom) {
    const later = args.inferredFrom;
    return Object.assign(base, {
      status: 'met-inferred' as const,
      inferredFrom: ref(later),
      explanation: say(
        later.type === args.satisfiedBy
          ? `No date is recorded for ${thing}, but the record shows it was made${later.nextStep ? ` (next step: ${later.nextStep.replace(/-/g, ' ')})` : ''}. Record its date to show whether it was on time: it was ${dueBy}.`
          : `No date is recorded for ${thing}, but ${happenedOn(later.type, later.date)}, which shows it was made. Record the date of ${thing} to show whether it was on time: it was ${dueBy}.`,
      ),
    });
  }

  const stop = args.stop;
  if (stop && stop.date <= asOf) {
    if (stop.date <= due) {
      return Object.assign(base, {
        status: 'stopped' as const,
        stoppedBy: ref(stop),
        explanation: say(`The clock stopped when ${happenedOn(stop.type, stop.date)}, before ${thing} was ${dueBy}.`),
      });
    }
    const lapsed = overdueTo(stop.date);
    return Object.assign(base, {
      status: 'overdue' as const,
      outstanding: false,
      lapsedOn: stop.date,
      stoppedBy: ref(stop),
      ...lapsed,
      explanation: say(
        `${capitalise(thing)} was not recorded before ${happenedOn(stop.type, stop.date)}, ${plural(lapsed.workingDaysOverdue, 'working day')} after it was ${dueBy}.`,
      ),
    });
  }

  const booking = bookingOf(args.bookings, trigger.date, due);
  const booked = describeBooking(booking, thing);
  if (asOf <= due) {
    const workingDaysRemaining = workingDaysBetween(asOf, due, calendar);
    const calendarDaysRemaining = calendarDaysBetween(asOf, due);
    const dueToday = asOf === due;
    const left = dueToday
      ? `${capitalise(thing)} is not yet recorded and is due today, ${inWords(due)} (${period}${nonWorkingNote(due, lastWorkingDayOnTime)}).`
      : lastWorkingDayOnTime === asOf
        ? `${capitalise(thing)} is not yet recorded; it is ${dueBy}, and today is the last working day on time.`
        : `${capitalise(thing)} is not yet recorded; it is ${dueBy}: ${plural(workingDaysRemaining, 'working day')} (${plural(calendarDaysRemaining, 'calendar day')}) left after ${inWords(asOf)}.`;
    return Object.assign(base, { status: 'due' as const, dueToday, workingDaysRemaining, calendarDaysRemaining, ...booking, explanation: say(left, ...booked) });
  }
  const over = overdueTo(asOf);
  return Object.assign(base, {
    status: 'overdue' as const,
    outstanding: true,
    ...over,
    ...booking,
    explanation: say(
      `${capitalise(thing)} is not yet recorded and is overdue by ${plural(over.workingDaysOverdue, 'working day')} (${plural(over.calendarDaysOverdue, 'calendar day')}) on ${inWords(asOf)}; it was ${dueBy}.`,
      ...booked,
    ),
  });
}

/** The latest booking still standing after the trigger (a later postponement of the same date cancels it), and the postponed dates. */
function bookingOf(bookings: readonly RecordedEvent[] | undefined, after: IsoDate, due: IsoDate): Booking {
  if (!bookings) return {};
  const relevant = bookings.filter((b) => b.date >= after);
  const postponed = relevant.filter((b) => b.status === 'postponed').map((b) => b.date);
  const standing = relevant.filter((b) => b.status === 'scheduled' && !postponed.includes(b.date));
  const latest = standing[standing.length - 1];
  return {
    ...(latest ? { scheduledFor: latest.date, scheduledLate: latest.date > due } : {}),
    ...(postponed.length > 0 ? { postponed } : {}),
  };
}

function describeBooking(booking: Booking, thing: string): string[] {
  const sentences: string[] = [];
  if (booking.postponed) sentences.push(`A booking for ${booking.postponed.map(inWords).join(', ')} was postponed.`);
  if (booking.scheduledFor !== undefined) {
    sentences.push(`${capitalise(thing)} is booked for ${inWords(booking.scheduledFor)}${booking.scheduledLate ? ', after the due date' : ''}.`);
  }
  return sentences;
}

function nonWorkingNote(due: IsoDate, lastWorkingDayOnTime: IsoDate | undefined): string {
  if (lastWorkingDayOnTime === undefined) return '';
  const what = isWeekendDate(due) ? 'a weekend day' : 'a bank holiday';
  return `; ${inWords(due)} is ${what}, so the last working day on time is ${withWeekday(lastWorkingDayOnTime)}`;
}

export function describePeriod(deadline: Pick<Deadline, 'period'>): string {
  const { amount, unit, direction } = deadline.period;
  const noun = unit === 'working-days' ? 'working day' : unit === 'calendar-days' ? 'calendar day' : unit === 'weeks' ? 'week' : 'month';
  return direction === 'before' ? `${plural(amount, noun)} before` : `within ${plural(amount, noun)}`;
}

function ref(e: RecordedEvent): EventReference {
  return { type: e.type, date: e.date, index: e.index };
}

function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  // Date.UTC keeps this independent of the process time zone.
  const day = (d: IsoDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  return day(b) - day(a);
}
