/**
 * The one judge of a deadline: given a `Deadline` computed from the
 * timescales registry and what the case records about its work, where it
 * stands on `asOf` (see `DeadlineStatus`), with the working days counted and
 * sentences for the child's record. Every decision and the case timeline
 * judge their deadlines here, so a status means the same wherever it appears.
 *
 * Precedence: what happened wins. Work recorded as done makes the deadline
 * `met` or `late` whatever else is recorded, so a later stop can never turn
 * done work overdue; then a decision that removed the duty (`not-required`),
 * a later step that proves it (`met-inferred`), an event that ended the duty
 * (`stopped` before the due date, `overdue` with `stoppedOn` after it), and
 * finally the open clock (`due` or `overdue` on `asOf`).
 *
 * Without `asOf` (only `assessSeriousIncident`, whose `asOf` is optional)
 * there is no day to judge on and the library has no clock: work recorded as
 * done is still `met` or `late` (its date is the evidence), and every other
 * started deadline is `due`, without day counts, its explanation saying that
 * whether the due date has passed is not judged. Nothing is called overdue,
 * or met, without a date that shows it.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { isWorkingDay } from '../../calendar/is-working-day.js';
import { previousWorkingDay } from '../../calendar/previous-working-day.js';
import { FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../../calendar/served-years.js';
import { workingDaysBetween } from '../../calendar/working-days-between.js';
import { parseIsoDay } from '../../calendar/day-number.js';
import { copyCitation } from '../../schemas/citation.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { copyInterpretation, type Interpretation } from '../engine/interpretation.js';
import { christmasDayAndGoodFridayNotWorkingDays } from '../timescales/entries/shared-interpretations.js';
import { timescale } from '../timescales/registry.js';
import { registryInterpretations } from '../timescales/registry-interpretations.js';
import { capitalise, describePeriod, inWords, isWeekendDate, plural, withWeekday } from './deadline-words.js';
import type { Booking, DeadlineStatus, DueDateUnknownDeadline, DueDeadline, JudgedDeadline, LateDeadline, MetDeadline, NotYetTriggeredDeadline, OverdueDeadline, StartedDeadline } from './judged-deadline.js';

/** What the case records about one deadline's work, in the words of its explanation. */
export interface JudgeRequest {
  /** The deadline, computed from the registry timescale with the same id. */
  deadline: Deadline;
  /** The day to judge on; `undefined` judges on the recorded dates alone (see the module comment). */
  asOf: IsoDate | undefined;
  /** The calendar the deadline was counted on (England and Wales when `undefined`). */
  calendar: Calendar | undefined;
  /** The work, as a noun phrase that can start a sentence: "the decision on next steps". */
  work: string;
  /** What started the clock, as a sentence: "The referral was received on 2 November 2026." */
  started: string;
  /** The work recorded as done: the day, and what happened in words ("the decision on next steps was made on 3 November 2026"). */
  done?: {
    on: IsoDate;
    happened: string;
    /** A sentence added when it was late (the reason recorded for a delay, say). */
    lateNote?: string;
    /** Replaces the sentence of a met deadline: for a duty that lasts until the due date, met once that day has passed. */
    metSentence?: string;
  };
  /** Why the source's own condition removed the duty, as a clause: "the next step decided was no further action". */
  notRequired?: { because: string };
  /** A later step that proves the work was done, as a clause: "the assessment was completed on 10 December 2026, which shows it was made". */
  inferredFrom?: string;
  /** An event that ended the duty on or before `asOf`: the day, and what happened in words. */
  stop?: { on: IsoDate; happened: string };
  /** A booking of the work while it is open. */
  booking?: Booking;
  /** Replaces the sentence of a `due` deadline: for a duty that lasts until the due date rather than one to do by it. */
  whileDue?: string;
}

/**
 * Judges one deadline (see the module comment for the statuses and their
 * precedence). The result is a new object: it shares nothing with the
 * request's `deadline` but strings.
 */
export function judgeDeadline(request: JudgeRequest): Exclude<JudgedDeadline, NotYetTriggeredDeadline | DueDateUnknownDeadline> {
  const { deadline, asOf, calendar, done, stop } = request;
  const { due } = deadline;
  const lastWorkingDayOnTime = lastWorkingDayBefore(deadline, calendar);
  // Built field by field rather than by spreading: a long history judges thousands of deadlines.
  // `status` comes first after the title so a stored deadline reads from what matters; it is set below.
  const base = {
    id: deadline.id,
    title: deadline.title,
    status: 'due' as DeadlineStatus,
    trigger: { event: deadline.trigger.event, date: deadline.trigger.date },
    period: { amount: deadline.period.amount, unit: deadline.period.unit, direction: deadline.period.direction },
    due,
    provisional: deadline.provisional,
    citation: copyCitation(deadline.citation),
    basis: timescale(deadline.id).basis,
  } as StartedDeadline & { status: DeadlineStatus };
  if (lastWorkingDayOnTime !== undefined) base.lastWorkingDayOnTime = lastWorkingDayOnTime;
  const work = request.work;
  const period = deadline.period.direction === 'before' ? `${describePeriod(deadline)} ${deadline.trigger.event}` : describePeriod(deadline);
  const dueBy = `due by ${inWords(due)} (${period}${nonWorkingNote(due, lastWorkingDayOnTime)})`;
  // The helpers are module functions, not closures made for each call: a long history judges thousands of deadlines.
  const started = request.started;

  if (done) {
    const between = workingDaysBetween(deadline.trigger.date, done.on, calendar);
    const when = done.on === deadline.trigger.date ? 'the same day' : `${plural(Math.abs(between), 'working day')} ${between < 0 ? 'before' : 'later'}`;
    // The working days taken are the count just made, when they are counted (see setWorkingDaysTaken).
    const taken = deadline.period.direction === 'after' && done.on >= deadline.trigger.date ? between : undefined;
    if (done.on <= due) {
      const met = base as MetDeadline;
      met.status = 'met';
      met.doneOn = done.on;
      if (taken !== undefined) met.workingDaysTaken = taken;
      met.explanation = explanationOf(started, done.metSentence ?? `${capitalise(done.happened)}, ${when}, on time: it was ${dueBy}.`);
      return met;
    }
    const late = base as LateDeadline;
    const overdue = overdueFrom(due, done.on, calendar);
    late.status = 'late';
    late.doneOn = done.on;
    if (taken !== undefined) late.workingDaysTaken = taken;
    late.workingDaysOverdue = overdue.workingDaysOverdue;
    late.calendarDaysOverdue = overdue.calendarDaysOverdue;
    late.explanation = explanationOf(
      started,
      `${capitalise(done.happened)}, late: ${plural(overdue.workingDaysOverdue, 'working day')} (${plural(overdue.calendarDaysOverdue, 'calendar day')}) after it was ${dueBy}.`,
      done.lateNote,
    );
    return late;
  }

  if (request.notRequired) {
    return Object.assign(base, { status: 'not-required' as const, explanation: explanationOf(started, `${capitalise(request.notRequired.because)}, so ${work} is not required.`) });
  }

  if (request.inferredFrom !== undefined) {
    return Object.assign(base, {
      status: 'met-inferred' as const,
      explanation: explanationOf(started, `No date is recorded for ${work}, but ${request.inferredFrom}. Record the date of ${work} to show whether it was on time: it was ${dueBy}.`),
    });
  }

  if (stop && (asOf === undefined || stop.on <= asOf)) {
    if (stop.on <= due) {
      return Object.assign(base, { status: 'stopped' as const, stoppedOn: stop.on, explanation: explanationOf(started, `The clock stopped when ${stop.happened}, before ${work} was ${dueBy}.`) });
    }
    const overdue = overdueFrom(due, stop.on, calendar);
    const missed = base as OverdueDeadline;
    missed.status = 'overdue';
    missed.workingDaysOverdue = overdue.workingDaysOverdue;
    missed.calendarDaysOverdue = overdue.calendarDaysOverdue;
    setWorkingDaysTaken(missed, deadline, stop.on, calendar);
    missed.stoppedOn = stop.on;
    missed.explanation = explanationOf(
      started,
      `${capitalise(work)} was not recorded before ${stop.happened}, ${plural(overdue.workingDaysOverdue, 'working day')} after it was ${dueBy}. The duty was missed; its clock stopped on ${inWords(stop.on)}.`,
    );
    return missed;
  }

  const booked = describeBooking(request.booking, work);
  if (asOf === undefined) {
    const open = base as DueDeadline;
    open.status = 'due';
    withBooking(open, request.booking);
    open.explanation = explanationOf(
      started,
      request.whileDue ?? `${capitalise(work)} is not recorded as done; it is ${dueBy}.`,
      'No date to judge on (asOf) was given, so whether that day has passed is not said.',
      booked,
    );
    return open;
  }
  if (asOf <= due) {
    const open = base as DueDeadline;
    const workingDaysRemaining = workingDaysBetween(asOf, due, calendar);
    const calendarDaysRemaining = calendarDaysBetween(asOf, due);
    const dueToday = asOf === due;
    open.status = 'due';
    open.dueToday = dueToday;
    open.workingDaysRemaining = workingDaysRemaining;
    open.calendarDaysRemaining = calendarDaysRemaining;
    setWorkingDaysTaken(open, deadline, asOf, calendar);
    withBooking(open, request.booking);
    const left =
      request.whileDue ??
      (dueToday
        ? `${capitalise(work)} is not yet recorded and is due today, ${inWords(due)} (${period}${nonWorkingNote(due, lastWorkingDayOnTime)}).`
        : lastWorkingDayOnTime === asOf
          ? `${capitalise(work)} is not yet recorded; it is ${dueBy}, and today is the last working day on time.`
          : `${capitalise(work)} is not yet recorded; it is ${dueBy}: ${plural(workingDaysRemaining, 'working day')} (${plural(calendarDaysRemaining, 'calendar day')}) left after ${inWords(asOf)}.`);
    open.explanation = explanationOf(started, left, undefined, booked);
    return open;
  }
  const late = overdueFrom(due, asOf, calendar);
  const overdue = base as OverdueDeadline;
  overdue.status = 'overdue';
  overdue.workingDaysOverdue = late.workingDaysOverdue;
  overdue.calendarDaysOverdue = late.calendarDaysOverdue;
  setWorkingDaysTaken(overdue, deadline, asOf, calendar);
  withBooking(overdue, request.booking);
  overdue.explanation = explanationOf(
    started,
    `${capitalise(work)} is not yet recorded and is overdue by ${plural(late.workingDaysOverdue, 'working day')} (${plural(late.calendarDaysOverdue, 'calendar day')}) on ${inWords(asOf)}; it was ${dueBy}.`,
    undefined,
    booked,
  );
  return overdue;
}

/**
 * The explanation: what started the clock, then the sentences. Joined, which
 * writes it as one flat string rather than a tree of the pieces it was built
 * from (those would be about half of what a long timeline's result holds).
 */
function explanationOf(started: string, sentence: string, more?: string, extra?: readonly string[]): string {
  const parts = more === undefined ? [started, sentence] : [started, sentence, more];
  if (extra !== undefined) for (const s of extra) parts.push(s);
  return parts.join(' ');
}

/**
 * Working days from the trigger (day 0) to a day on or after it; not counted
 * back from a trigger still ahead, or for a period before its trigger (the
 * field is then left out).
 */
function setWorkingDaysTaken(target: { workingDaysTaken?: number }, deadline: Deadline, day: IsoDate, calendar: Calendar | undefined): void {
  if (deadline.period.direction === 'after' && day >= deadline.trigger.date) target.workingDaysTaken = workingDaysBetween(deadline.trigger.date, day, calendar);
}

/** How far past the due date a day is, in working and calendar days. */
function overdueFrom(due: IsoDate, day: IsoDate, calendar: Calendar | undefined): { workingDaysOverdue: number; calendarDaysOverdue: number } {
  return { workingDaysOverdue: workingDaysBetween(due, day, calendar), calendarDaysOverdue: calendarDaysBetween(due, day) };
}

/** What will start a deadline's clock, when it has not started: the registry timescale, and the words of its explanation. */
export interface NotYetTriggeredRequest {
  /** The registry timescale's id. */
  id: string;
  /** The work, as a noun phrase: "the rapid review". */
  work: string;
  /** What will start the clock, as a clause: "the serious incident notification is submitted to the Panel". */
  startsWhen: string;
  /** A sentence added at the end (why the clock is taken not to have started, say). */
  note?: string;
}

/** A deadline whose clock has not started: no trigger date, no due date. */
export function notYetTriggered(request: NotYetTriggeredRequest): NotYetTriggeredDeadline {
  const t = timescale(request.id);
  const period = { amount: t.amount, unit: t.unit, direction: t.direction };
  const before = t.direction === 'before' ? ` ${t.trigger}` : '';
  return {
    id: t.id,
    title: t.title,
    status: 'not-yet-triggered',
    trigger: { event: t.trigger },
    period,
    basis: t.basis,
    citation: copyCitation(t.citation),
    explanation: `Starts when ${request.startsWhen}; ${request.work} is then due ${describePeriod({ period })}${before}.${request.note !== undefined ? ` ${request.note}` : ''}`,
  };
}

/** A recurring duty whose latest occurrence's date is not given: what is known, and the question that dates it. */
export interface DueDateUnknownRequest {
  /** The deadline as it would be if nothing had been done since the date that is known. */
  ifNoneSince: Deadline;
  /** The date it is judged on. */
  asOf: IsoDate;
  /** The work, as a noun phrase: "the next weekly update". */
  work: string;
  /** What it counts from, as a noun phrase: "the latest update of the notification". */
  countsFrom: string;
  /** The sentence saying what is known: "The notification was sent on 2 March 2026." */
  known: string;
  question: { fields: string[]; question: string };
}

/** A deadline that may be due or overdue: no due date assumed, the date that would apply if nothing was done since, and the question. */
export function dueDateUnknown(request: DueDateUnknownRequest): DueDateUnknownDeadline {
  const d = request.ifNoneSince;
  const t = timescale(d.id);
  const mayBeOverdue = d.due < request.asOf;
  return {
    id: t.id,
    title: t.title,
    status: 'due-date-unknown',
    trigger: { event: request.countsFrom },
    period: { ...d.period },
    dueIfNoneSince: d.due,
    mayBeOverdue,
    question: { fields: [...request.question.fields], question: request.question.question },
    basis: t.basis,
    citation: copyCitation(t.citation),
    explanation: `${request.known} ${capitalise(request.work)} is due ${describePeriod({ period: d.period })} after ${request.countsFrom}, whose date is not recorded. If nothing has been done since, ${mayBeOverdue ? `it was due by ${inWords(d.due)} and is overdue` : `it is due by ${inWords(d.due)}`}; no date is assumed until it is known.`,
  };
}

/**
 * The ids of the readings of its timescale that a judged deadline relies on:
 * every reading the timescale lists, except the Christmas Day and Good
 * Friday one unless the count passed over one of those days (or the due date
 * of a calendar period fell on one, moving its last working day on time).
 */
export function readingsReliedOn(deadline: Deadline): string[] {
  const ids: string[] = [];
  for (const i of timescale(deadline.id).interpretations ?? []) {
    if (i.id !== christmasDayAndGoodFridayNotWorkingDays.id || passesChristmasOrGoodFriday(deadline)) ids.push(i.id);
  }
  return ids;
}

/**
 * Adds to `ids` the readings `readingsReliedOn` gives for this deadline,
 * but for `except`. A reading already in the set is not worked out again: a
 * long history judges thousands of deadlines of a few timescales, and
 * whether a count passed a Christmas Day or Good Friday need only be found
 * once.
 */
export function addReadingsReliedOn(deadline: Deadline, ids: Set<string>, except?: string): void {
  const readings = timescale(deadline.id).interpretations;
  if (readings === undefined) return;
  // Indexed rather than for-of: the catalogue's frozen lists are iterated without an iterator object per deadline.
  for (let k = 0; k < readings.length; k++) {
    const i = readings[k]!;
    if (i.id === except || ids.has(i.id)) continue;
    if (i.id !== christmasDayAndGoodFridayNotWorkingDays.id || passesChristmasOrGoodFriday(deadline)) ids.add(i.id);
  }
}

/** Fresh copies of the timescale readings with these ids, in the catalogue's order, each with every timescale that relies on it. */
export function timescaleReadings(ids: ReadonlySet<string>): Interpretation[] {
  const out: Interpretation[] = [];
  if (ids.size === 0) return out;
  for (const i of registryInterpretations) if (ids.has(i.id)) out.push(copyInterpretation(i));
  return out;
}

/**
 * Whether the working days of a count passed over a Christmas Day or a Good
 * Friday on a weekday (the days strictly between the trigger and the due
 * date), or a calendar period's due date is one on a weekday (which moves its
 * last working day on time). Weekend ones change nothing. No calendar can
 * make either day a working day (`createCalendar` refuses to remove them).
 */
function passesChristmasOrGoodFriday(deadline: Deadline): boolean {
  const { trigger, due, period } = deadline;
  if (period.unit !== 'working-days') return isChristmasOrGoodFriday(due) && !isWeekendDate(due);
  const [from, to] = trigger.date < due ? [trigger.date, due] : [due, trigger.date];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of [`${year}-12-25`, goodFriday(year)]) {
      if (day > from && day < to && !isWeekendDate(day)) return true;
    }
  }
  return false;
}

function isChristmasOrGoodFriday(date: IsoDate): boolean {
  return date.slice(5) === '12-25' || date === goodFriday(Number(date.slice(0, 4)));
}

/** Good Friday of a year: two days before Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher). */
function goodFriday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  // Easter Sunday minus two days; Easter is never before 22 March, so Good Friday stays in March or April.
  const friday = day - 2;
  return friday >= 1 ? `${year}-${pad(month)}-${pad(friday)}` : `${year}-03-${pad(31 + friday)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function inServedYears(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_SERVED_YEAR && year <= LAST_SERVED_YEAR;
}

/**
 * For a period in calendar days, weeks or months whose due date is not a
 * working day: the working day before it (a working-day count always ends on
 * a working day). A due date outside the years the calendar serves gets
 * none, since whether it is a working day cannot be said.
 */
function lastWorkingDayBefore(deadline: Deadline, calendar: Calendar | undefined): IsoDate | undefined {
  if (deadline.period.unit === 'working-days' || !inServedYears(deadline.due) || isWorkingDay(deadline.due, calendar)) return undefined;
  return previousWorkingDay(deadline.due, calendar);
}

function withBooking(target: DueDeadline | OverdueDeadline, booking: Booking | undefined): void {
  if (!booking) return;
  if (booking.scheduledFor !== undefined) {
    target.scheduledFor = booking.scheduledFor;
    target.scheduledLate = booking.scheduledLate === true;
  }
  if (booking.postponed && booking.postponed.length > 0) target.postponed = [...booking.postponed];
}

function describeBooking(booking: Booking | undefined, work: string): string[] {
  const sentences: string[] = [];
  if (!booking) return sentences;
  if (booking.postponed && booking.postponed.length > 0) sentences.push(`A booking for ${booking.postponed.map(inWords).join(', ')} was postponed.`);
  if (booking.scheduledFor !== undefined) {
    sentences.push(`${capitalise(work)} is booked for ${inWords(booking.scheduledFor)}${booking.scheduledLate ? ', after the due date' : ''}.`);
  }
  return sentences;
}

function nonWorkingNote(due: IsoDate, lastWorkingDayOnTime: IsoDate | undefined): string {
  if (lastWorkingDayOnTime === undefined) return '';
  const what = isWeekendDate(due) ? 'a weekend day' : 'a bank holiday';
  // The due date stands (timescales.interpretation.months-are-calendar-months): the sentence must not read as if it moved.
  return `; ${inWords(due)} is ${what} and is still on time, and the last working day before it is ${withWeekday(lastWorkingDayOnTime)}`;
}

/** Calendar days from `a` to `b`: both are dates the working-day count just before it accepted (in the served years). */
function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  // Day numbers (integer arithmetic, no Date): independent of the process time zone.
  return parseIsoDay(b)! - parseIsoDay(a)!;
}
