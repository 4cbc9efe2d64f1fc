import type { IsoDate } from '../schemas/iso-date.js';
import { addCalendarMonths } from './add-calendar-months.js';

/**
 * The 18th birthday of a child born on `birthDate`, the day they stop being
 * a child in law: 18 years of calendar months on, with 29 February giving
 * 1 March in a year without one (the day after 28 February, when a person
 * born on 29 February is taken to have completed the year). Shared by the
 * census reader and the placement notification's age check.
 *
 * @example
 * eighteenthBirthdayOf('2008-05-12') // '2026-05-12'
 * eighteenthBirthdayOf('2008-02-29') // '2026-03-01'
 * eighteenthBirthdayOf('9990-01-01') // undefined
 */
export function eighteenthBirthdayOf(birthDate: IsoDate): IsoDate | undefined {
  // A birth after 9981 has no 18th birthday the calendar can write (years 0000 to 9999): none, rather than an error about a date the caller did not give.
  if (Number(birthDate.slice(0, 4)) > 9999 - 18) return undefined;
  if (birthDate.slice(5) === '02-29') {
    const year = Number(birthDate.slice(0, 4)) + 18;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? `${year}-02-29` : `${year}-03-01`;
  }
  return addCalendarMonths(birthDate, 18 * 12);
}
