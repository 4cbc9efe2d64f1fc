/**
 * An independent oracle for the properties: working days counted one day at
 * a time against the official GOV.UK England and Wales list (2019–2028), so
 * the serious incident deadlines are not checked with the arithmetic that
 * produced them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, '..', '..', 'calendar', 'fixtures', 'govuk-bank-holidays-england-and-wales-2019-2028.json');
const holidays = new Set((JSON.parse(readFileSync(fixture, 'utf8')) as { events: { date: string }[] }).events.map((e) => e.date));

const DAY = 86_400_000;
const toMs = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function officialIsWorkingDay(date: string): boolean {
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** Working days d with start < d <= end (end on or after start). */
export function officialWorkingDaysBetween(start: string, end: string): number {
  let count = 0;
  for (let ms = toMs(start) + DAY; ms <= toMs(end); ms += DAY) if (officialIsWorkingDay(fromMs(ms))) count++;
  return count;
}

/** A date from 2019-01-01 to 2028-11-30, so deadlines stay inside the official list. */
export const officialRangeDate: fc.Arbitrary<string> = fc
  .integer({ min: toMs('2019-01-01') / DAY, max: toMs('2028-11-30') / DAY })
  .map((d) => fromMs(d * DAY));
