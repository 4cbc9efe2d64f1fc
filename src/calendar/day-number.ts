/**
 * Dates as integer day numbers (days since 1970-01-01), computed arithmetically
 * from year, month and day.
 *
 * Why not `Date`: local-time `Date` methods depend on the process time zone
 * (a date in Kiritimati is "yesterday" in Los Angeles), and building `Date`
 * objects is slow on the hot path. These functions are pure integer maths
 * (the proleptic Gregorian algorithms popularised by Howard Hinnant), so the
 * results are identical in every zone.
 */
import type { IsoDate } from '../schemas/iso-date.js';

/** Day number of a Gregorian date (1970-01-01 is 0). `month` is 1–12. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // 0..399
  const mp = month > 2 ? month - 3 : month + 9; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // 0..365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0..146096
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year a day number falls in. */
export function yearOf(dayNumber: number): number {
  return civilOf(dayNumber).year;
}

/** Day of the week: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return n < 10 ? '000' + n : n < 100 ? '00' + n : n < 1000 ? '0' + n : String(n);
}

/**
 * Formats a day number as `YYYY-MM-DD`. Only meaningful for years 0–9999.
 * The `-MM-DD` part comes from a table, so a date is one join of the year
 * and that text rather than five pieces: every due date is written here
 * (a long case timeline writes thousands).
 */
export function isoOf(dayNumber: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  return pad4(year) + monthAndDay()[month - 1]![day]!;
}

/** `monthAndDay()[month - 1][day]` is `"-MM-DD"`: built on first use. */
let monthAndDayTexts: (readonly string[])[] | undefined;
function monthAndDay(): (readonly string[])[] {
  return (monthAndDayTexts ??= Array.from({ length: 12 }, (_, m) => Array.from({ length: 32 }, (_, day) => `-${pad2(m + 1)}-${pad2(day)}`)));
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The day number of a `YYYY-MM-DD` string, or `undefined` when it is not a
 * real date. Accepts exactly what `isoDateProblem` accepts (a test checks the
 * two agree); it parses character codes instead of running a regular
 * expression because it sits on the hot path of every calendar function.
 */
export function parseIsoDay(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(value, 0), y1 = digit(value, 1), y2 = digit(value, 2), y3 = digit(value, 3);
  const m0 = digit(value, 5), m1 = digit(value, 6), d0 = digit(value, 8), d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!;
  if (day > max) return undefined;
  return dayNumberOf(year, month, day);
}

/** First and last day numbers an `IsoDate` can express (0000-01-01 to 9999-12-31). */
export const MIN_ISO_DAY = dayNumberOf(0, 1, 1);
export const MAX_ISO_DAY = dayNumberOf(9999, 12, 31);
