/**
 * docs/calendar.md: the counting convention, the confirmed horizon, every
 * confirmed year's bank holidays, the corrections applied to date-holidays and
 * worked examples. Everything is read from the library itself (the examples
 * are also executed by test/calendar/examples.test.ts), so it cannot drift.
 */
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { bankHolidays, CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../../src/calendar/index.js';
import { corrections, type Correction } from '../../src/calendar/corrections.js';
import { calendarExamples, formatExampleCall, formatExampleValue } from '../../src/calendar/examples.js';
import { policyDocuments } from '../../src/schemas/citation.js';
import { withWeekday } from '../../src/rules/deadlines/deadline-words.js';
import {
  christmasDayAndGoodFridayNotWorkingDays,
  triggerDayIsDayZero,
  workingDaysBeforeCountBack,
} from '../../src/rules/timescales/entries/shared-interpretations.js';
import type { InterpretationDefinition } from '../../src/rules/engine/interpretation.js';
import { censusExampleRows, censusQueries, censusReferenceDate, censusThreshold, firstWorkingDayFrom, type CensusExampleRow } from './census-counting.js';

function correctionChange(c: Correction): string {
  if (c.kind === 'remove') return `remove "${c.name}"`;
  if (c.kind === 'add') return `add "${c.name}"${c.substitute ? ' (substitute day)' : ''}`;
  return `rename "${c.from}" to "${c.name}"`;
}

export const calendarDocs: DocSection = () => {
  const lines: string[] = [];
  lines.push(
    '# Working days and bank holidays (England and Wales)',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand.',
    '',
    'Every statutory deadline in this library is computed with `luton-safeguarding-rules/calendar`. ' +
      'This page states how days are counted, which bank holidays are used and how far ahead they are confirmed.',
    '',
    '## Counting convention',
    '',
    `- **Working day**: any day that is not a Saturday, a Sunday or a bank holiday (${policyDocuments['working-together-2026']}, ` +
      `Chapter 5, footnote 209 to paragraph 407). Christmas Day and Good Friday are not working days either: the footnote says only "bank holiday", and in England and Wales those two days are common-law holidays, so this is a reading of it ${reading(christmasDayAndGoodFridayNotWorkingDays)}.`,
    '- **"Within N working days of X"**: X is day 0, whatever day it is (a weekend or bank holiday included). ' +
      'The due date, `addWorkingDays(X, N)`, is the N-th working day strictly after X; it is the last day on which the action is on time. ' +
      `\`addWorkingDays(X, 0)\` is X. Working Together does not say whether the day of the event is day 0 or day 1; counting it as day 0 is a reading of it ${reading(triggerDayIsDayZero)}.`,
    `- **"N working days before X"** counts back the same way: \`addWorkingDays(X, -N)\` is the N-th working day strictly before X. Paragraph 407's "no later than seven working days before the date of publication" is read this way, not as seven clear working days ${reading(workingDaysBeforeCountBack)}.`,
    '- **Counting between two dates**: `workingDaysBetween(a, b)` counts the working days after `a` up to and including `b`. ' +
      'When `b` is before `a` the result is negative and counts the working days from `b` up to but not including `a`, ' +
      'so that `workingDaysBetween(d, addWorkingDays(d, n))` is always `n`.',
    '- **Calendar days** count every day; **weeks** are 7 calendar days each.',
    '- **Calendar months** use the corresponding date in the later month, or its last day when that month is shorter: ' +
      "`addCalendarMonths('2026-01-31', 1)` is `'2026-02-28'`.",
    '- Dates are `YYYY-MM-DD` strings and all arithmetic is done on whole days, so results never depend on the time zone of the computer.',
    '',
    'Each of these readings is an interpretation for policy owners to confirm ([all interpretations](interpretations.md)); a result whose deadlines rely on one lists it in its `interpretations`.',
    '',
    ...censusSection(),
    '## Which years, and what "provisional" means',
    '',
    `The calendar serves ${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR}; dates outside those years are rejected with a \`SafeguardingInputError\`.`,
    '',
    `**Confirmed horizon: ${CONFIRMED_HORIZON_YEAR}** (exported as \`CONFIRMED_HORIZON_YEAR\`). ` +
      `Up to and including ${CONFIRMED_HORIZON_YEAR} the bank holidays equal the official GOV.UK list for England and Wales. ` +
      `From ${CONFIRMED_HORIZON_YEAR + 1} they are computed from the recurring rules (fixed dates, Easter, first and last Mondays, substitute days). ` +
      'A one-off bank holiday (a jubilee, a state funeral, a coronation, a moved May holiday) may still be announced for those years, ' +
      'so a `Deadline` whose due date, or any day counted to reach it, falls after the horizon has `provisional: true`. ' +
      'Recompute such deadlines when a new release moves the horizon, or add an announced day yourself with `createCalendar`.',
    '',
    '```ts',
    "import { addWorkingDays, createCalendar } from 'luton-safeguarding-rules/calendar';",
    '',
    '// A bank holiday announced after this release can be used the same day:',
    "const calendar = createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday' }] });",
    "addWorkingDays('2026-06-11', 1, calendar); // '2026-06-15'",
    '```',
    '',
    '## Worked examples',
    '',
    'Each example below is run as a test.',
    '',
    table(
      ['Call', 'Result', 'Why'],
      calendarExamples.map((e) => [`\`${formatExampleCall(e.call)}\``, `\`${formatExampleValue(e.expected)}\``, e.description]),
    ),
    '',
    '## Where the bank holidays come from',
    '',
    'The list is computed when the library is built from the England rules of the [date-holidays](https://www.npmjs.com/package/date-holidays) package ' +
      '(country GB, region ENG, public holidays only, so observances such as Mother\'s Day are ignored), then corrected where it differs from GOV.UK. ' +
      'The result is checked against the official GOV.UK list for every confirmed year, and a test shows that each correction is still needed, ' +
      'so a correction can be removed once date-holidays is fixed.',
    '',
    'Presentation differences handled for every year (not errors in date-holidays):',
    '',
    '- a holiday that falls on a Saturday or Sunday is listed only as its substitute day off, as GOV.UK does;',
    '- "(substitute day)" in a name becomes the `substitute: true` flag, with the GOV.UK title;',
    '- typographic apostrophes are written as straight ones.',
    '',
    'Corrections:',
    '',
    table(
      ['Date', 'Change', 'Why', 'Authority', 'Source'],
      corrections.map((c) => [c.date, correctionChange(c), c.reason, c.authority ?? '', `${policyDocuments[c.citation.document as keyof typeof policyDocuments] ?? c.citation.document}, ${c.citation.section}`]),
    ),
    '',
    `## Bank holidays ${FIRST_SERVED_YEAR} to ${CONFIRMED_HORIZON_YEAR} (confirmed)`,
    '',
    'As published by GOV.UK for England and Wales. A substitute day is the day off given when the holiday itself falls on a weekend (or, in 2012, the moved Spring bank holiday).',
    '',
  );
  for (let year = FIRST_SERVED_YEAR; year <= CONFIRMED_HORIZON_YEAR; year++) {
    lines.push(`### ${year}`, '', table(['Date', 'Bank holiday'], bankHolidays(year).map((h) => [h.date, `${h.name}${h.substitute ? ' (substitute day)' : ''}`])), '');
  }
  return [{ path: 'calendar.md', content: lines.join('\n') }];
};

/** An interpretation as the counting convention cites it, by id. */
function reading(i: InterpretationDefinition): string {
  return `(interpretation \`${i.id}\`)`;
}

function statusWords(row: CensusExampleRow): string {
  if (row.status === 'overdue') return `\`overdue\` by ${row.workingDaysOverdue} working day${row.workingDaysOverdue === 1 ? '' : 's'}`;
  if (row.dueToday) return '`due`, due today (`dueToday: true`)';
  return `\`due\`, ${row.workingDaysRemaining} working day${row.workingDaysRemaining === 1 ? '' : 's'} left`;
}

/**
 * How the library's statuses relate to the census validation queries that
 * count the reference date as working day 1, with dates computed by the
 * library (scripts/docs/census-counting.ts; checked by a test).
 */
function censusSection(): string[] {
  const ref = censusReferenceDate;
  const rows = censusExampleRows(ref);
  const [assessment, conference] = censusQueries;
  const boundary = rows.find((r) => r.query === assessment && r.flagged && r.status === 'due')!;
  return [
    '## The library\'s statuses and the census validation queries',
    '',
    'The children in need census is validated by queries that count working days back from the census reference date (31 March). ' +
      'One public implementation of those queries counts the reference date itself as working day 1, where the library counts the day of the event as day 0. ' +
      `Query ${assessment!.rule} flags ${assessment!.what} (counted from \`${assessment!.countsFrom}\`); ${conference!.rule} flags ${conference!.what} (from \`${conference!.countsFrom}\`). ` +
      'In the library\'s terms such a query flags work started before `addWorkingDays(referenceDate, -(N - 1))`. ' +
      'The census reader shows both counts for every child of a return, beside the Working Together judgement: see [the census page](census.md).',
    '',
    `A worked example on the 2026–27 census reference date, ${withWeekday(ref)}: each row is work started on the date shown and not done by the reference date ` +
      '(an assessment started the day its referral was received, since Working Together counts the 45 working days from the referral; section 47 enquiries started at the strategy discussion). ' +
      `The library's column is \`statutoryTimeline({ asOf: '${ref}', events: [...] })\`; the query's threshold is ${censusThreshold(ref, assessment!.workingDays)} for ${assessment!.rule} and ${censusThreshold(ref, conference!.workingDays)} for ${conference!.rule}.`,
    '',
    table(
      ['Query', 'Started (library day 0)', 'Library due date', `Library status on ${ref}`, 'Query flags it'],
      rows.map((r) => [r.query.rule, `${r.start} (${withWeekday(r.start)})`, r.due, statusWords(r), r.flagged ? 'yes' : 'no']),
    ),
    '',
    `The rows differ only where the work is due on the reference date itself: an assessment started on ${withWeekday(boundary.start)} is due by ${withWeekday(boundary.due)}, so on that day the library says \`due\` (the 45th working day is still on time) while the query already flags it. ` +
      `The next working day the library says \`overdue\` too. In general the query flags open work exactly when the library\'s due date is on or before the first working day on or after the reference date: ` +
      `every \`overdue\` deadline, plus those due on that day (when the reference date is a working day, as ${withWeekday(ref)} is, the \`due\` deadlines with \`dueToday: true\`; ` +
      `when it is not, as Sunday 31 March 2024 was, those due on the next working day, ${withWeekday(firstWorkingDayFrom('2024-03-31'))}). ` +
      'To reconcile a census query count with a timeline judged on the reference date, count those together; to reconcile the library\'s own count of `overdue` deadlines, expect it to be lower by exactly those due that day. ' +
      'The census also counts assessments from `AssessmentActualStartDate`, which may be later than the referral the library counts from, and times assessments of open cases that no referral started.',
    '',
  ];
}
