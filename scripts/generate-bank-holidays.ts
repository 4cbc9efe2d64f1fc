/**
 * Generates `src/calendar/data/bank-holidays.generated.ts`: the England and
 * Wales bank holidays for every year the calendar serves, computed once at
 * development time from date-holidays (GB, ENG, public holidays only) plus the
 * cited corrections in `src/calendar/corrections.ts`.
 *
 * Why precompute: asking date-holidays at run time costs milliseconds per year
 * and pulls its whole rule engine and world data into the calendar bundle; the
 * generated table is a few kilobytes and decodes in microseconds.
 *
 * The confirmed horizon (the last year whose list GOV.UK has published) is
 * derived from the official GOV.UK lists in `test/calendar/fixtures/`, and the
 * generator refuses to write a file that differs from them for any of those
 * years.
 *
 *   npx tsx scripts/generate-bank-holidays.ts           write the file
 *   npx tsx scripts/generate-bank-holidays.ts --check   exit 1 if it is stale
 */
import Holidays from 'date-holidays';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corrections } from '../src/calendar/corrections.js';

export const FIRST_SERVED_YEAR = 2012;
export const LAST_SERVED_YEAR = 2100;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const generatedPath = join(root, 'src/calendar/data/bank-holidays.generated.ts');
export const officialListPaths = [
  join(root, 'test/calendar/fixtures/govuk-bank-holidays-england-and-wales-2012-2018.json'),
  join(root, 'test/calendar/fixtures/govuk-bank-holidays-england-and-wales-2019-2028.json'),
];

export interface Holiday {
  date: string;
  name: string;
  substitute: boolean;
}

/** The official GOV.UK list (all years we have), sorted by date. */
export function officialHolidays(): Holiday[] {
  const events: Holiday[] = [];
  for (const path of officialListPaths) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { events: { date: string; title: string; substitute: boolean }[] };
    for (const e of data.events) events.push({ date: e.date, name: e.title, substitute: e.substitute });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last year of the official list: the confirmed horizon. */
export function confirmedThroughYear(official = officialHolidays()): number {
  const years = new Set(official.map((h) => Number(h.date.slice(0, 4))));
  const last = Math.max(...years);
  for (let y = FIRST_SERVED_YEAR; y <= last; y++) {
    if (!years.has(y)) throw new Error(`The official list has a gap: no bank holidays for ${y}`);
  }
  return last;
}

let hd: Holidays | undefined;

function isWeekendDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * date-holidays' public holidays for a year, normalised to GOV.UK's
 * presentation (weekend-dated days dropped, "(substitute day)" turned into the
 * `substitute` flag, straight apostrophes) but not corrected.
 */
export function dateHolidaysYear(year: number): Holiday[] {
  hd ??= new Holidays('GB', 'ENG', { types: ['public'] });
  const out: Holiday[] = [];
  for (const h of hd.getHolidays(year, 'en')) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    if (isWeekendDate(date)) continue;
    const substituteName = / \(substitute day\)$/;
    const substitute = Boolean(h.substitute) || substituteName.test(h.name);
    const name = h.name.replace(substituteName, '').replace(/[\u2018\u2019]/g, "'");
    out.push({ date, name, substitute });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** date-holidays plus the corrections table: the calendar's list for a year. */
export function correctedYear(year: number): Holiday[] {
  const byDate = new Map(dateHolidaysYear(year).map((h) => [h.date, h]));
  for (const c of corrections) {
    if (Number(c.date.slice(0, 4)) !== year) continue;
    const existing = byDate.get(c.date);
    if (c.kind === 'remove') {
      if (!existing || existing.name !== c.name) throw new Error(`Correction: date-holidays has no "${c.name}" on ${c.date} to remove`);
      byDate.delete(c.date);
    } else if (c.kind === 'add') {
      if (existing) throw new Error(`Correction: date-holidays already has a holiday on ${c.date}`);
      byDate.set(c.date, { date: c.date, name: c.name, substitute: c.substitute });
    } else {
      if (!existing || existing.name !== c.from) throw new Error(`Correction: date-holidays has no "${c.from}" on ${c.date} to rename`);
      byDate.set(c.date, { ...existing, name: c.name });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every served year's corrected list; throws if a confirmed year differs from GOV.UK. */
export function allYears(): { confirmedThrough: number; years: Holiday[][] } {
  const official = officialHolidays();
  const confirmedThrough = confirmedThroughYear(official);
  const years: Holiday[][] = [];
  for (let y = FIRST_SERVED_YEAR; y <= LAST_SERVED_YEAR; y++) {
    const list = correctedYear(y);
    if (y <= confirmedThrough) {
      const expected = JSON.stringify(official.filter((h) => h.date.startsWith(`${y}-`)));
      if (JSON.stringify(list) !== expected) {
        throw new Error(`${y}: date-holidays with corrections differs from GOV.UK.\n  got      ${JSON.stringify(list)}\n  expected ${expected}`);
      }
    }
    years.push(list);
  }
  return { confirmedThrough, years };
}

/** The text of the generated module. */
export function renderGeneratedModule(): string {
  const { confirmedThrough, years } = allYears();
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const encodedYears = years.map((list) =>
    list
      .map((h) => {
        let i = nameIndex.get(h.name);
        if (i === undefined) {
          i = names.length;
          names.push(h.name);
          nameIndex.set(h.name, i);
        }
        return `${h.date.slice(5, 7)}${h.date.slice(8, 10)}${i.toString(36)}${h.substitute ? 's' : ''}`;
      })
      .join(' '),
  );
  return `// GENERATED by scripts/generate-bank-holidays.ts from date-holidays (GB, ENG, public
// holidays) and src/calendar/corrections.ts. Do not edit by hand: run
// \`npx tsx scripts/generate-bank-holidays.ts\`. A test fails when this file is stale.

/** First year the calendar serves. */
export const FIRST_YEAR = ${FIRST_SERVED_YEAR};
/** Last year the calendar serves. */
export const LAST_YEAR = ${LAST_SERVED_YEAR};
/** Last year whose bank holidays GOV.UK has published (the confirmed horizon). */
export const CONFIRMED_THROUGH = ${confirmedThrough};

/** Holiday names, referenced by index from \`YEARS\`. */
export const NAMES: readonly string[] = ${JSON.stringify(names)};

/**
 * One string per year from FIRST_YEAR: space-separated tokens \`MMDD\` + name
 * index (base 36) + \`s\` when the day is a substitute day, in date order.
 */
export const YEARS: readonly string[] = [
${encodedYears.map((y) => `  ${JSON.stringify(y)},`).join('\n')}
];
`;
}

function main(): void {
  const text = renderGeneratedModule();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(generatedPath, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error('src/calendar/data/bank-holidays.generated.ts is stale: run `npx tsx scripts/generate-bank-holidays.ts`.');
      process.exit(1);
    }
    console.log('bank-holidays.generated.ts is up to date.');
    return;
  }
  writeFileSync(generatedPath, text);
  console.log(`Wrote ${generatedPath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
