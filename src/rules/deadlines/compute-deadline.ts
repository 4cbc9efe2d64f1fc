/**
 * Computes a Deadline (or an earliest date) from a registered timescale for
 * a date the caller gave, and reports calendar problems (e.g. a date outside
 * the years the calendar serves) against the caller's field, not the
 * calendar's internal argument.
 */
import { resultOutOfRange } from '../../calendar/arguments.js';
import type { Calendar } from '../../calendar/calendar-types.js';
import { LAST_SERVED_YEAR } from '../../calendar/served-years.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import { SafeguardingInputError, formatPath } from '../../schemas/input-error.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { deadlineFor, earliestDateFor } from '../timescales/deadline-for.js';

export function computeDeadline(timescaleId: string, field: string, date: IsoDate, calendar: Calendar | undefined): Deadline {
  return reportedAt(field, () => {
    const deadline = deadlineFor(timescaleId, date, calendar);
    // A period in calendar days, weeks or months can be counted past the last
    // year the calendar serves, where the deadline cannot be judged (the
    // working days to or from its due date cannot be counted): refused here,
    // against the caller's field, as a working-day period is.
    if (Number(deadline.due.slice(0, 4)) > LAST_SERVED_YEAR) resultOutOfRange('date', true);
    return deadline;
  });
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
