import { describeType, isoDateProblem, type IsoDate } from '../schemas/iso-date.js';
import { inputError } from '../schemas/input-error.js';

/**
 * An instant with an explicit offset: date, time and `Z` or `±hh:mm`. A
 * timestamp without an offset is refused, because its date would depend on
 * the zone of whoever wrote it.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The first and last instants with a London date in 0001–9999: London kept
 * local mean time (00:01:15 behind UTC) before 1847, so 1 January 0001 began
 * there at 00:01:15Z; 31 December 9999 is in winter (GMT) and ends at midnight UTC.
 */
const FIRST_INSTANT = -62_135_596_725_000; // 0001-01-01T00:01:15Z
const LAST_INSTANT = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

// Built once: Intl formatters are costly to create. 'en-CA' formats dates as YYYY-MM-DD.
let formatter: Intl.DateTimeFormat | undefined;

/**
 * The Europe/London calendar date of an instant, whatever the process time
 * zone: for turning a timestamp (say, when the local authority became aware of
 * an incident) into the `IsoDate` the rest of the library counts from. British
 * Summer Time is taken into account.
 *
 * @param instant - An ISO 8601 timestamp with `Z` or an offset
 *   (`2026-06-30T23:30:00Z`, `2026-07-01T00:30:00+01:00`), or milliseconds
 *   since 1970-01-01T00:00Z (e.g. `Date.now()`).
 * @returns The date in London at that instant, `YYYY-MM-DD`.
 * @throws {SafeguardingInputError} when the timestamp has no offset, is not a
 *   real date and time, or its London date lies outside the years 0001–9999.
 * @example
 * londonDate('2026-06-30T23:30:00Z')      // '2026-07-01' (00:30 BST)
 * londonDate('2026-12-31T23:30:00Z')      // '2026-12-31' (GMT)
 * londonDate('2026-07-01T00:30:00+02:00') // '2026-06-30'
 */
export function londonDate(instant: string | number): IsoDate {
  let ms: number;
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) inputError(['instant'], 'invalid-instant', `expected a finite number of milliseconds, got ${String(instant)}`);
    ms = instant;
  } else if (typeof instant === 'string') {
    // The longest instant is 35 characters: a longer text is refused before the pattern reads it.
    const m = instant.length <= 40 ? INSTANT.exec(instant) : null;
    if (!m) inputError(['instant'], 'invalid-instant', 'expected an ISO 8601 timestamp with Z or an offset, e.g. "2026-06-30T23:30:00Z"');
    // Date.parse quietly rolls 30 February over to March, so check the fields first.
    const [, date, hh, mm, ss, offH, offM] = m;
    const fieldsValid =
      isoDateProblem(date) === undefined &&
      Number(hh) <= 23 && Number(mm) <= 59 && Number(ss ?? 0) <= 59 &&
      Number(offH ?? 0) <= 23 && Number(offM ?? 0) <= 59;
    if (!fieldsValid) inputError(['instant'], 'invalid-instant', 'is not a real date and time');
    ms = Date.parse(instant);
  } else {
    return inputError(['instant'], 'invalid-instant', `expected a timestamp string or milliseconds, got ${describeType(instant)}`);
  }
  // Date.parse rejects impossible fields (month 13, hour 25) with NaN. The
  // range is the instants whose London date lies in the years 0001 to 9999,
  // like every other IsoDate (Intl would write a date in 1 BC as year 1).
  if (!Number.isFinite(ms) || ms < FIRST_INSTANT || ms > LAST_INSTANT) {
    inputError(['instant'], 'out-of-range', 'is not an instant whose London date lies between the years 0001 and 9999');
  }
  formatter ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = formatter.formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
