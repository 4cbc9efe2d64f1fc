/**
 * `luton-safeguarding-rules/calendar`: England and Wales working days, bank
 * holidays and deadlines (re-exports only). Synchronous, dependency-free at
 * run time, and it never loads the rules engine.
 */
export { isWorkingDay } from './is-working-day.js';
export { addWorkingDays } from './add-working-days.js';
export { workingDaysBetween } from './working-days-between.js';
export { nextWorkingDay } from './next-working-day.js';
export { previousWorkingDay } from './previous-working-day.js';
export { addCalendarDays } from './add-calendar-days.js';
export { addCalendarMonths } from './add-calendar-months.js';
export { londonDate } from './london-date.js';
export { bankHolidays, bankHolidayOn } from './bank-holidays.js';
export { createCalendar, type CreateCalendarOptions } from './create-calendar.js';
export { englandAndWales } from './england-and-wales.js';
export { createDeadline, type DeadlineSpec } from './create-deadline.js';
export { calendarFingerprint } from './calendar-fingerprint.js';
export { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from './served-years.js';
export type { Calendar, BankHoliday } from './calendar-types.js';
export type { Deadline, PeriodUnit } from './deadline-types.js';
export type { IsoDate } from '../schemas/iso-date.js';
export type { Citation } from '../schemas/citation.js';
export { SafeguardingInputError, isSafeguardingInputError, type InputIssue, type InputIssueCode } from '../schemas/input-error.js';
export { inputLimits } from '../schemas/limits.js';
