/**
 * Builds a calendar `Deadline` from a registered timescale, so every decision
 * computes its due dates from the one cited registry.
 */
import { createDeadline } from '../../calendar/create-deadline.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { timescale } from './registry.js';

export function deadlineFor(timescaleId: string, triggerDate: IsoDate, calendar?: Calendar): Deadline {
  const t = timescale(timescaleId);
  return createDeadline(
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
