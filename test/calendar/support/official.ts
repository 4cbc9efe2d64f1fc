/** The official GOV.UK lists kept as test fixtures, and the holiday list the reference counts over. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { correctedYear } from '../../../scripts/generate-bank-holidays.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface OfficialHoliday {
  date: string;
  title: string;
  substitute: boolean;
}

function load(name: string): OfficialHoliday[] {
  return (JSON.parse(readFileSync(join(here, '..', 'fixtures', name), 'utf8')) as { events: OfficialHoliday[] }).events;
}

/** GOV.UK 2019–2028 (copied verbatim from the shared fixture). */
export const govuk2019to2028 = load('govuk-bank-holidays-england-and-wales-2019-2028.json');
/** GOV.UK 2012–2018 (researched). */
export const govuk2012to2018 = load('govuk-bank-holidays-england-and-wales-2012-2018.json');
export const official = [...govuk2012to2018, ...govuk2019to2028];

export function officialYear(year: number): OfficialHoliday[] {
  return official.filter((h) => h.date.startsWith(`${year}-`));
}

/**
 * The holidays the library's own differential tests count over, built
 * without the calendar's decoded table: the official lists to 2028, then the
 * generator's years (date-holidays plus corrections) to 2045. Hand it to the
 * testing kit's `reference`.
 */
export function referenceHolidays(): readonly string[] {
  return (cachedReferenceHolidays ??= Object.freeze([...official.map((h) => h.date), ...later()]));
}
let cachedReferenceHolidays: readonly string[] | undefined;

function later(): string[] {
  const dates: string[] = [];
  for (let y = 2029; y <= 2045; y++) for (const h of correctedYear(y)) dates.push(h.date);
  return dates;
}
