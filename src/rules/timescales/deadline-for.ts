/**
 * Builds a calendar `Deadline` from a registered timescale, so every decision
 * computes its due dates from the one cited registry.
 */
import { deadlineOf } from '../../calendar/create-deadline.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { timescale } from './registry.js';

/**
 * The deadline of a registered timescale from a trigger date. The spec is
 * the registry's own and the date one the caller's input reading checked,
 * so neither is read and checked again (deadlineOf); `calendar` must be
 * undefined or a calendar the library recognised (genuineCalendar).
 */
export function deadlineFor(timescaleId: string, triggerDate: IsoDate, calendar?: Calendar): Deadline {
  const t = timescale(timescaleId);
  return deadlineOf(
    {
      id: t.id,
      title: t.title,
      trigger: { event: t.trigger, date: triggerDate },
      period: { amount: t.amount, unit: t.unit, direction: t.direction },
      citation: t.citation,
    },
    calendar,
  );
}
