/**
 * Cheap argument checks for the calendar functions.
 *
 * Why not zod here: these checks run on every call of functions that are
 * expected to do over a million operations a second, and importing zod would
 * also make the calendar entry point several times larger. The date check
 * accepts exactly what `isoDateProblem` (and so the zod `IsoDateSchema`)
 * accepts, and reuses its messages, so both entry points agree.
 */
import { inputError } from '../schemas/input-error.js';
import { describeNumber, describeType, isoDateProblem } from '../schemas/iso-date.js';
import { parseIsoDay } from './day-number.js';
import { FIRST_SERVED_DAY, FIRST_SERVED_YEAR, LAST_SERVED_DAY, LAST_SERVED_YEAR } from './served-years.js';

/** The day number of a real `YYYY-MM-DD` date, any year; throws the library error otherwise. */
export function dateArgument(value: unknown, argument: string): number {
  const day = parseIsoDay(value);
  if (day === undefined) inputError([argument], 'invalid-date', isoDateProblem(value) ?? 'is not a date');
  return day;
}

/** Like `dateArgument`, and the date must lie in a year the calendar serves. */
export function servedDateArgument(value: unknown, argument: string): number {
  const day = dateArgument(value, argument);
  if (day < FIRST_SERVED_DAY || day > LAST_SERVED_DAY) {
    inputError([argument], 'out-of-range', `"${value as string}" is outside the years the calendar serves (${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR})`);
  }
  return day;
}

/** A whole number (finite, safe integer); throws the library error otherwise. */
export function integerArgument(value: unknown, argument: string): number {
  if (typeof value !== 'number') inputError([argument], 'invalid-integer', `expected a whole number, got ${describeType(value)}`);
  if (!Number.isSafeInteger(value)) {
    // A long number is not quoted: a phone or NHS number passed by mistake would be repeated back.
    const detail = Number.isInteger(value) ? 'expected a whole number of safe size' : `expected a whole number, got ${describeNumber(value)}`;
    inputError([argument], 'invalid-integer', detail);
  }
  return value;
}

/** A year the calendar serves. */
export function servedYearArgument(value: unknown, argument: string): number {
  const year = integerArgument(value, argument);
  if (year < FIRST_SERVED_YEAR || year > LAST_SERVED_YEAR) {
    // Quoted only when it could be a year (four digits at most): a longer number could be a phone or NHS number given by mistake.
    inputError([argument], 'out-of-range', `${year >= 0 && year <= 9999 ? `${year} ` : ''}is outside the years the calendar serves (${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR})`);
  }
  return year;
}

/** Thrown when a result would fall outside the served years. */
export function resultOutOfRange(argument: string, after: boolean): never {
  return inputError(
    [argument],
    'out-of-range',
    after
      ? `the result would fall after 31 December ${LAST_SERVED_YEAR}, the last day the calendar serves`
      : `the result would fall before 1 January ${FIRST_SERVED_YEAR}, the first day the calendar serves`,
  );
}
