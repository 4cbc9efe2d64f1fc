/** The official GOV.UK lists kept as test fixtures, and a slow reference calendar built from them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
