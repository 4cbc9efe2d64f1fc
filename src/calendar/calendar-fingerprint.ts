import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Calendar } from './calendar-types.js';
import { holidaysOf, stateOf } from './calendar-state.js';
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from './served-years.js';

/**
 * The fingerprint of a calendar: a SHA-256 (lower-case hex) of every bank
 * holiday it has in every year it serves (date, name, substitute flag), the
 * years it serves and its confirmed horizon. Decisions that compute a date
 * store it as `ruleset.calendar`, so a stored deadline can be traced to the
 * holidays it was counted on, and a changed calendar is noticed.
 *
 * Two calendars with the same holidays have the same fingerprint, however
 * they were made; adding or removing any day changes it. Computed on first
 * use (about a millisecond) and kept with the calendar.
 *
 * @param calendar - The calendar; England and Wales when left out.
 * @returns The SHA-256 of its holidays, as 64 hexadecimal digits.
 * @example
 * calendarFingerprint(englandAndWales) === calendarFingerprint(createCalendar({})) // true
 * calendarFingerprint(createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra' }] }))
 * // a different 64-digit hex string
 */
export function calendarFingerprint(calendar?: Calendar): string {
  const state = stateOf(calendar);
  if (state.fingerprint !== undefined) return state.fingerprint;
  const lines = [`served ${FIRST_SERVED_YEAR}-${LAST_SERVED_YEAR}; confirmed through ${CONFIRMED_HORIZON_YEAR}`];
  for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) {
    // JSON.stringify of the name keeps a name containing a separator from colliding with another list.
    for (const h of holidaysOf(state, year)) lines.push(`${h.date} ${h.substitute ? 's' : '-'} ${JSON.stringify(h.name)}`);
  }
  state.fingerprint = bytesToHex(sha256(utf8ToBytes(lines.join('\n'))));
  return state.fingerprint;
}
