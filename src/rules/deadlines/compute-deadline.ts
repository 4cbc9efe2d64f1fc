/**
 * Computes a Deadline (or an earliest date) from a registered timescale for
 * a date the caller gave, and reports calendar problems (e.g. a date outside
 * the years the calendar serves) against the caller's field, not the
 * calendar's internal argument.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { SafeguardingInputError, formatPath } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { deadlineFor, earliestDateFor } from '../timescales/deadline-for.js';

export function computeDeadline(timescaleId: string, field: string, date: IsoDate, calendar: Calendar | undefined): Deadline {
  return reportedAt(field, () => deadlineFor(timescaleId, date, calendar));
}

/** The first day something may be done, from an `earliest-date` timescale (not a deadline). */
export function computeEarliestDate(timescaleId: string, field: string, date: IsoDate, calendar: Calendar | undefined): IsoDate {
  return reportedAt(field, () => earliestDateFor(timescaleId, date, calendar));
}

function reportedAt<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof SafeguardingInputError)) throw error;
    const path = ['input', field];
    throw new SafeguardingInputError(
      error.issues.map((issue) => {
        const at = issue.message.indexOf(': ');
        const detail = at < 0 ? issue.message : issue.message.slice(at + 2);
        return { path, code: issue.code, message: `${formatPath(path)}: ${detail}` };
      }),
    );
  }
}
