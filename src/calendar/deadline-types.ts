import type { Citation } from '../schemas/citation.js';
import type { IsoDate } from '../schemas/iso-date.js';

/**
 * The unit a deadline's period is counted in: `working-days` (weekends and
 * bank holidays skipped, the trigger day is day 0), `calendar-days`, `weeks`
 * (7 calendar days each) or `months` (the corresponding date, clamped to the
 * end of a shorter month).
 */
export type PeriodUnit = 'working-days' | 'calendar-days' | 'weeks' | 'months';

/** A statutory or local deadline, computed on a calendar. */
export interface Deadline {
  /** Stable id, e.g. `serious-incident.notify-panel`. */
  id: string;
  title: string;
  /** What starts the clock, and when. */
  trigger: { event: string; date: IsoDate };
  period: { amount: number; unit: PeriodUnit; direction: 'after' | 'before' };
  /** The last day on which it is still on time. */
  due: IsoDate;
  /** True when the due date (or a day counted to reach it) is beyond the confirmed bank-holiday horizon. */
  provisional: boolean;
  citation: Citation;
}
