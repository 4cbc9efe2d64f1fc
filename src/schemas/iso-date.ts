/**
 * ISO calendar dates (`YYYY-MM-DD`) as plain strings, and the one predicate
 * that decides whether a string is a real date.
 *
 * This module has no dependencies so the calendar entry point can use it
 * without loading zod; the zod `IsoDateSchema` refines with the same predicate,
 * so both entry points agree on what a valid date is.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a non-leap year. */
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTH[month - 1]!;
}

/** Why a value is not an ISO date, or `undefined` when it is one. */
export function isoDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `expected a date as a "YYYY-MM-DD" string, got ${describeType(value)}`;
  if (isRealDateText(value)) return undefined;
  // Only a value of the YYYY-MM-DD shape is quoted: any other text could be
  // personal data (a name typed into the wrong field), so it is described.
  const m = value.length === 10 ? ISO_DATE.exec(value) : null;
  if (!m) return 'is not a date in the form YYYY-MM-DD (the text given is not shown)';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `"${value}" is not a real date`;
  }
  return undefined;
}

/**
 * The same test as the regular expression and the month lengths below, read
 * from the character codes: nearly every date an input holds is real, and a
 * long case history holds thousands (the expression's match builds a list
 * and three strings for each). Anything it does not accept goes the long
 * way, which words the problem.
 */
function isRealDateText(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateProblem(value) === undefined;
}

/**
 * A number as a message may quote it: only a small one (under 10,000 either
 * way, written in at most 8 characters), such as a count, a year or a
 * fraction of a day. A longer number could be a phone number, an NHS number
 * or a date of birth typed into a numeric field, so it is described instead.
 */
export function describeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value); // NaN, Infinity or -Infinity
  const text = String(value);
  if (Math.abs(value) < 10_000 && text.length <= 8) return text;
  return Number.isInteger(value) ? 'a whole number too large to quote' : 'a number with a fractional part';
}

/** What kind of value something is, in words; never its content. Reads nothing of an object (a revoked Proxy makes Array.isArray throw: it is described as an object). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (isArrayOrThrows(value) === true) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isArrayOrThrows(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
