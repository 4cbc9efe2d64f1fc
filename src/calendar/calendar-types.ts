import type { IsoDate } from '../schemas/iso-date.js';

/** One bank holiday, as GOV.UK lists it. */
export interface BankHoliday {
  date: IsoDate;
  /** GOV.UK's title, e.g. `Boxing Day` or `Bank holiday for the coronation of King Charles III`. */
  name: string;
  /** True for a substitute day (the day off given when the holiday falls on a weekend, or a moved holiday). */
  substitute: boolean;
}

/**
 * A working-day calendar: `englandAndWales`, or one made by `createCalendar`.
 *
 * Treat it as opaque: pass it to the calendar functions. Its working-day
 * tables are built on first use and kept on the object (non-enumerable), so
 * reuse one calendar rather than creating one per call.
 */
export interface Calendar {
  /** A readable name, e.g. `England and Wales`. */
  readonly name: string;
  /** First year the calendar can answer for. */
  readonly firstYear: number;
  /** Last year the calendar can answer for. */
  readonly lastYear: number;
  /** Last year whose bank holidays are officially confirmed; later years are computed from the recurring rules. */
  readonly confirmedThrough: number;
}
