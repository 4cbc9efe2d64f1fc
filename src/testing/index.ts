/**
 * `luton-safeguarding-rules/testing`: fast-check arbitraries, a day-by-day
 * reference and the library's deadline properties, for property-based tests
 * of deadline arithmetic (re-exports only). Needs `fast-check` installed (an
 * optional peer dependency). Loads the calendar, never the rules engine or
 * zod: the decision input arbitraries are in
 * `luton-safeguarding-rules/testing/decisions`.
 */
export { isoDate, type IsoDateOptions } from './iso-date.js';
export { workingDay, type CalendarDayOptions } from './working-day.js';
export { nonWorkingDay } from './non-working-day.js';
export { bankHoliday, type BankHolidayOptions } from './bank-holiday.js';
export { workingDayCount, type WorkingDayCountOptions } from './working-day-count.js';
export { period, type Period, type PeriodOptions } from './period.js';
export type { DateRangeOptions } from './date-range.js';
export { reference, type Reference, type HolidayList } from './reference.js';
export { holidayDates } from './holiday-dates.js';
export {
  roundTrip,
  dueDatesAreWorkingDays,
  monotonicInN,
  agreesWithReference,
  zeroIsIdentity,
  negativeCountsBack,
  deadlineProperties,
  type DeadlineArithmetic,
  type DeadlineProperty,
  type DeadlinePropertyName,
  type DeadlinePropertyOptions,
  type CountCase,
  type TwoCountCase,
  type ReferenceCase,
} from './deadline-properties.js';
export {
  checkDeadlineArithmetic,
  assertDeadlineArithmetic,
  type CheckDeadlineArithmeticOptions,
  type DeadlineArithmeticReport,
  type DeadlinePropertyReport,
  type DeadlinePropertyReplay,
} from './check-deadline-arithmetic.js';
