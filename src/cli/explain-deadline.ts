/**
 * What the `deadline` command shows: the Deadline (due date, period,
 * whether provisional) and, for working days, every day it skipped and why. Uses only the public calendar API for the
 * arithmetic; the day-by-day walk over skipped days is for display only.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  bankHolidayOn,
  createDeadline,
  FIRST_SERVED_YEAR,
  isWorkingDay,
  LAST_SERVED_YEAR,
  type Calendar,
  type Deadline,
  type PeriodUnit,
} from '../calendar/index.js';
import { weekdayName } from './format-date.js';

export interface SkippedDay {
  date: string;
  /** `weekend`, or the bank holiday's name. */
  reason: string;
  kind: 'weekend' | 'bank-holiday';
}

/**
 * What `deadline --json` prints: the library's `Deadline` (as
 * `createDeadline` returns it) with the days the count skipped.
 */
export interface DeadlineExplanation extends Deadline {
  /** Non-working days passed over while counting (working days only). */
  skipped: SkippedDay[];
  /** Why the due date itself is not a working day, when it is not one (calendar units only). */
  dueNote?: SkippedDay;
  /**
   * True when a calendar-unit due date lies outside the years the calendar
   * serves: the date is still right (calendar days and months need no bank
   * holidays), but whether it is a working day cannot be said.
   */
  dueOutsideCalendar?: boolean;
}

export function explainDeadline(trigger: string, n: number, unit: PeriodUnit, calendar?: Calendar): DeadlineExplanation {
  // The arithmetic first, so bad arguments are reported as `date` and `n`, the names the command line uses.
  const due =
    unit === 'working-days'
      ? addWorkingDays(trigger, n, calendar)
      : unit === 'calendar-days'
        ? addCalendarDays(trigger, n)
        : unit === 'weeks'
          ? addCalendarDays(trigger, n * 7)
          : addCalendarMonths(trigger, n);
  const direction = n < 0 ? 'before' : 'after';
  const amount = Math.abs(n);
  const deadline = createDeadline(
    {
      id: 'cli.deadline',
      title: 'Deadline from the command line',
      trigger: { event: 'the date given on the command line', date: trigger },
      period: { amount, unit, direction },
      citation: { document: 'working-together-2026', section: 'Chapter 5, footnote 209 to paragraph 407' },
    },
    calendar,
  );
  if (deadline.due !== due) throw new Error(`createDeadline and the calendar functions disagree on ${trigger} ${n} ${unit}`);
  const skipped: SkippedDay[] = [];
  if (unit === 'working-days' && amount > 0) {
    const step = direction === 'after' ? 1 : -1;
    for (let d = addCalendarDays(trigger, step); d !== deadline.due; d = addCalendarDays(d, step)) {
      if (!isWorkingDay(d, calendar)) skipped.push(whyNotWorking(d, calendar));
    }
  }
  const explanation: DeadlineExplanation = { ...deadline, skipped };
  if (unit !== 'working-days') {
    const year = Number(deadline.due.slice(0, 4));
    if (year < FIRST_SERVED_YEAR || year > LAST_SERVED_YEAR) explanation.dueOutsideCalendar = true;
    else if (!isWorkingDay(deadline.due, calendar)) explanation.dueNote = whyNotWorking(deadline.due, calendar);
  }
  return explanation;
}

function whyNotWorking(date: string, calendar?: Calendar): SkippedDay {
  const holiday = bankHolidayOn(date, calendar);
  if (holiday) return { date, kind: 'bank-holiday', reason: `bank holiday: ${holiday.name}${holiday.substitute ? ' (substitute day)' : ''}` };
  return { date, kind: 'weekend', reason: `weekend (${weekdayName(date)})` };
}
