/**
 * Builds a calendar `Deadline` from a registered timescale, so every decision
 * computes its due dates from the one cited registry; and, for a timescale
 * that ends on an earliest date (the national alert's three weeks), that
 * date, which is not a deadline.
 */
import { createDeadline } from '../../calendar/create-deadline.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import type { Timescale } from './timescale.js';
import { timescale } from './registry.js';

export function deadlineFor(timescaleId: string, triggerDate: IsoDate, calendar?: Calendar): Deadline {
  const t = timescale(timescaleId);
  // A defect in the library, not user input: an earliest date is never a deadline.
  if (t.kind === 'earliest-date') throw new Error(`${t.id} is an earliest date, not a deadline: use earliestDateFor`);
  return endOf(t, triggerDate, calendar);
}

/** The first day allowed by an `earliest-date` timescale counted from `startDate`. */
export function earliestDateFor(timescaleId: string, startDate: IsoDate, calendar?: Calendar): IsoDate {
  const t = timescale(timescaleId);
  if (t.kind !== 'earliest-date') throw new Error(`${t.id} is a deadline, not an earliest date: use deadlineFor`);
  // Counted like a deadline (same arithmetic and input checks); only the date is kept.
  return endOf(t, startDate, calendar).due;
}

function endOf(t: Timescale, date: IsoDate, calendar: Calendar | undefined): Deadline {
  return createDeadline(
    {
      id: t.id,
      title: t.title,
      trigger: { event: t.trigger, date },
      period: { amount: t.amount, unit: t.unit, direction: t.direction },
      citation: t.citation,
    },
    calendar,
  );
}
