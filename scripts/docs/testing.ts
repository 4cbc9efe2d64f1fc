/**
 * docs/testing.md: how to check a case system's deadlines against the
 * library with the testing kit. The worked examples are the files in
 * test/testing/examples/, printed as they are (with the package's import
 * paths) and run here to show what fast-check reports for each mistake; the
 * same files run as tests (test/testing/worked-examples.test.ts), so the page
 * cannot drift from the behaviour.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { deadlineProperties } from '../../src/testing/index.js';
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../../src/calendar/index.js';
import { workedExamples } from '../../test/testing/examples/index.js';
import * as checkCaseSystem from '../../test/testing/examples/check-case-system.js';
import * as assertCaseSystem from '../../test/testing/examples/assert-case-system.js';
import * as fc from 'fast-check';

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../test/testing/examples');

/** Where each source module is published. */
const PACKAGE_PATHS: Record<string, string> = {
  '../../../src/index.js': 'luton-safeguarding-rules',
  '../../../src/calendar/index.js': 'luton-safeguarding-rules/calendar',
  '../../../src/schemas/index.js': 'luton-safeguarding-rules/schemas',
  '../../../src/testing/index.js': 'luton-safeguarding-rules/testing',
  '../../../src/testing/decisions/index.js': 'luton-safeguarding-rules/testing/decisions',
};

/** An example file as a reader sees it: its leading comment as prose, the rest as code with the package's import paths. */
export function exampleSource(file: string): { prose: string; code: string } {
  const text = readFileSync(join(examplesDir, file), 'utf8');
  const match = /^\/\*\*\n([\s\S]*?)\n \*\/\n/.exec(text);
  if (!match) throw new Error(`${file}: expected a leading /** … */ comment`);
  const prose = match[1]!
    .split('\n')
    .map((line) => line.replace(/^ \* ?/, ''))
    .join('\n');
  const code = text.slice(match[0].length).replace(/from '([^']+)'/g, (whole, path: string) => {
    if (!path.startsWith('.')) return whole;
    const published = PACKAGE_PATHS[path];
    if (!published) throw new Error(`${file}: imports ${path}, which is not a published entry point`);
    return `from '${published}'`;
  });
  return { prose, code: code.trim() };
}

/** What the example's call throws, word for word. */
function thrownMessage(run: () => void, file: string): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file}: expected the example to throw`);
}

export const testingDocs: DocSection = () => {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const example = (file: string) => {
    const { prose, code } = exampleSource(file);
    add(prose, '', '```ts', code, '```', '');
  };

  add(
    '# Testing deadline arithmetic with the library',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand. Every example on this page is a file in ' +
      '`test/testing/examples/` that runs as a test, and every report and failure shown is what that example prints when it is run.',
    '',
    'For test authors who check deadlines with property-based tests: of their own case system against the library, ' +
      'or of code built on the library. `luton-safeguarding-rules/testing` ships the arbitraries, the slow reference and the ' +
      'properties the library itself is tested with, so you do not have to write them again (and get weekends, substitute days, ' +
      'the served years, the provisional horizon or month ends wrong).',
    '',
    '```sh',
    'npm install --save-dev fast-check   # an optional peer dependency, needed only for the testing entries',
    '```',
    '',
    'The entry loads the calendar only, never the rules engine or zod; the decision input arbitraries are in ' +
      '`luton-safeguarding-rules/testing/decisions`.',
    '',
  );

  example('check-case-system.ts');
  add("The report's `message`, one line per property:", '', '```text', checkCaseSystem.example().message, '```', '');
  example('assert-case-system.ts');
  add(
    'The test fails with this message. For each failed property it gives the kit\'s own sentence saying what is wrong, ' +
      'the shrunk counterexample, and the options that replay that property alone, straight to its counterexample:',
    '',
    '```text',
    thrownMessage(assertCaseSystem.example, 'assert-case-system.ts'),
    '```',
    '',
    'Each failed property of `checkDeadlineArithmetic`\'s report also has the sentence as `failure`, the replay options as `replay`, ' +
      'and fast-check\'s own report as `details`.',
    '',
    'Options: `runs` (per property, default 1000), `seed` (default random, one per property; each is in the report), ' +
      '`property` and `path` (to replay one failure, as its `replay` gives them), `from` and `to` ' +
      `(the dates your implementation serves; default ${FIRST_SERVED_YEAR}-01-01 to ${LAST_SERVED_YEAR}-12-31), ` +
      '`holidays` (the list the reference counts over; default `holidayDates()`, the library\'s England and Wales list) and `maxCount`.',
    '',
    '## The counting convention, and where other tools count differently',
    '',
    '- A working day is any day that is not a Saturday, a Sunday or an England and Wales bank holiday; Christmas Day and Good Friday never are.',
    '- "Within N working days of X": X is day 0, whatever day it is, and the due date `addWorkingDays(X, N)` is the N-th working day strictly after X. ' +
      "`addWorkingDays('2026-12-18', 5)` is `'2026-12-29'`. `addWorkingDays(X, 0)` is X, and a negative N counts back the same way.",
    '- `workingDaysBetween(a, b)` counts the working days after `a` up to and including `b` (negative when `b` is before `a`), ' +
      'so `workingDaysBetween(d, addWorkingDays(d, n))` is always `n`.',
    '',
    'Other tools differ, and the properties catch each difference:',
    '',
    table(
      ['Tool or habit', 'How it counts', 'Caught by'],
      [
        ['A validator that counts the start day as day 1', '"within 1 working day" of a working day is that same day', '`roundTrip`, `monotonicInN`, `agreesWithReference`'],
        ['Spreadsheet NETWORKDAYS', 'counts both the start and the end day', '`roundTrip`, `agreesWithReference`'],
        ['Spreadsheet WORKDAY', 'the start is day 0, as here, but only with the holiday list you give it', '`agreesWithReference` (give it a list without substitute days and see)'],
        ['"Business day" helpers (date-fns `addBusinessDays` and the like)', 'weekends only, no bank holidays', '`dueDatesAreWorkingDays`, `agreesWithReference`'],
        ['"Five working days is a week"', 'working days turned into calendar days', '`monotonicInN`, `agreesWithReference`'],
        ['"A due date never falls on a weekend"', 'results moved off non-working days, even for 0 days', '`zeroIsIdentity`'],
      ],
    ),
    '',
    `Bank holidays after ${CONFIRMED_HORIZON_YEAR} (the confirmed horizon) are computed from the recurring rules; a \`Deadline\` that depends on them is \`provisional\`. ` +
      'See [the calendar page](calendar.md) for the full convention and the bank holidays used.',
    '',
    '# The properties, one worked example each',
    '',
    'Each example checks the library (which passes) and a typical mistake (which fails), with the property function of the same name. ' +
      'A property takes the implementation and the same options as `checkDeadlineArithmetic` (except `runs`, `seed`, `property` and `path`: ' +
      'fast-check\'s own parameters go to `fc.assert` or `fc.check`), and returns a fast-check property. Counterexamples are shrunk: ' +
      'the count first, then the date, to the same day of the year in the earliest year.',
    '',
    'A property says what is wrong in a sentence, which fast-check reports in one of two places. With `includeErrorInReport: true`, ' +
      'as in the examples below, it is in the failure\'s message (`Got error: …`). Without it, fast-check attaches it to the error it throws ' +
      'as `cause`, and test runners print it under the message (vitest: `Caused by: Error: round trip: …`).',
    '',
    table(
      ['Property', 'What it says'],
      deadlineProperties.map((p) => [`\`${p.name}\``, p.title]),
    ),
    '',
  );
  for (const worked of workedExamples) {
    const { prose, code } = exampleSource(worked.file);
    const { library, mistaken } = worked.example();
    if (library.failed || !mistaken.failed) throw new Error(`${worked.file}: the library should pass and the mistake fail`);
    add(
      prose.replace(/^## /, '## '),
      '',
      '```ts',
      code,
      '```',
      '',
      'The library passes. For the mistake, `fc.assert` with the same parameters fails with this message (`fc.defaultReportMessage` of the report):',
      '',
      '```text',
      fc.defaultReportMessage(mistaken)!,
      '```',
      '',
    );
  }
  add(
    '# More of the kit',
    '',
    '## Arbitraries',
    '',
    table(
      ['Arbitrary', 'Draws', 'Options'],
      [
        ['`isoDate()`', `real dates, by default in the served years (${FIRST_SERVED_YEAR}–${LAST_SERVED_YEAR}); about one in four near a bank holiday, at a month end, at the ends of the served years or at the confirmed horizon`, '`from`, `to` (any years 0000–9999), `edgeCases: false`'],
        ['`workingDay()`', 'working days, the day after a weekend or bank holiday often', '`from`, `to`, `calendar`'],
        ['`nonWorkingDay()`', 'Saturdays, Sundays and bank holidays (substitute days included)', '`from`, `to`, `calendar`'],
        ['`bankHoliday()`', 'bank holiday dates as `bankHolidays` lists them, substitute days often', '`from`, `to`, `calendar`, `substitute`'],
        ['`workingDayCount()`', 'whole numbers of working days, 0 and the statutory counts (1, 3, 5, 10, 15, 20, 45 …) often; shrinks to 0', '`min`, `max` (default ±260)'],
        ['`period()`', '`{ amount, unit, direction }` for `createDeadline`', '`units`, `directions`, `maxAmount`'],
      ],
    ),
    '',
    '## Differential tests with `reference`',
    '',
    '`reference.addWorkingDays`, `reference.workingDaysBetween`, `reference.nextWorkingDay`, `reference.previousWorkingDay` and ' +
      '`reference.isWorkingDay` step one day at a time over the holiday list you give them (dates, or `{ date }` objects such as ' +
      "`bankHolidays(year)` results or a GOV.UK download's `events`). They share no code with the library's O(1) tables, so a " +
      "disagreement is a real bug in one or the other. `holidayDates(calendar?)` is the library's list for every served year.",
    '',
    '```ts',
    "reference.addWorkingDays('2026-12-18', 5, ['2026-12-25', '2026-12-28']) // '2026-12-29'",
    "reference.workingDaysBetween('2026-12-18', '2026-12-29', holidayDates()) // 5",
    '```',
    '',
  );
  example('decision-inputs.ts');
  example('pin-ruleset-hash.ts');
  add('```ts', "import { it } from 'vitest';", '', "const PINNED = '…'; // the ruleset.hash your expectations were reviewed against", '', "it('the need-level rules are the ones we reviewed', () => checkPinned(PINNED));", '```');
  return [{ path: 'testing.md', content: lines.join('\n') }];
};
