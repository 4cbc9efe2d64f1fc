/** Plain-text formatting for the command line, kept apart from argument parsing so it can be tested. */
import type { BankHoliday } from '../calendar/index.js';
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../calendar/index.js';
import type { DeadlineExplanation } from './explain-deadline.js';
import { decisionCommandHelp, decisionCommandNames } from './decision-commands.js';
import { longDate } from './format-date.js';
import { defaultServiceOptions, serviceOptionFlags } from '../server/service-options.js';

const UNIT_WORDS = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['calendar month', 'calendar months'],
} as const;

export function formatDeadline(e: DeadlineExplanation): string[] {
  const { amount, unit, direction } = e.period;
  const [one, many] = UNIT_WORDS[unit];
  const period = `${amount} ${amount === 1 ? one : many} ${direction}`;
  const lines = [`Due: ${e.due} (${longDate(e.due)})`, `     ${period} ${longDate(e.trigger.date)}, which counts as day 0`];
  if (unit === 'working-days') {
    if (e.skipped.length === 0) lines.push('Skipped: none (no weekend or bank holiday on the way)');
    else {
      lines.push(`Skipped ${e.skipped.length} non-working ${e.skipped.length === 1 ? 'day' : 'days'}:`);
      for (const s of e.skipped) lines.push(`  ${s.date}  ${s.reason}`);
    }
  } else if (e.dueNote) {
    lines.push(`Note: the due date is not a working day: ${e.dueNote.reason}`);
  } else if (e.dueOutsideCalendar) {
    lines.push(`Note: bank holidays are known only for ${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR}, so whether the due date is a working day is not shown`);
  }
  if (e.provisional) lines.push(provisionalNote());
  return lines;
}

export function formatHolidays(year: number, holidays: BankHoliday[]): string[] {
  const status = year <= CONFIRMED_HORIZON_YEAR ? 'as published by GOV.UK' : `computed from the recurring rules: provisional, as GOV.UK has published up to ${CONFIRMED_HORIZON_YEAR}`;
  const width = Math.max(...holidays.map((h) => longDate(h.date).length));
  return [
    `England and Wales bank holidays ${year} (${status})`,
    ...holidays.map((h) => `  ${h.date}  ${longDate(h.date).padEnd(width)}  ${h.name}${h.substitute ? ' (substitute day)' : ''}`),
  ];
}

function provisionalNote(): string {
  return `Provisional: the count reaches past ${CONFIRMED_HORIZON_YEAR}, the last year of bank holidays confirmed by GOV.UK; a new one-off bank holiday could still move it.`;
}

export const usage = [
  'Usage:',
  '  luton-safeguarding-rules <decision> [FILE|-] [--lines] [--summary]',
  '      Runs a decision on JSON input read from FILE, or from standard input for - or no FILE.',
  '      One JSON object in: the result as JSON out. JSON Lines in (one input per line, any number',
  '      of lines, or one line with --lines): {"line":n,"result":{...}} per line out, streamed.',
  '      --summary prints plain English instead of JSON.',
  '      Input errors go to standard error as JSON, one line per bad input, and the exit code is 2;',
  '      a bad line does not stop a batch.',
  ...decisionCommandNames.map((name) => `        ${name.padEnd(17)} ${decisionCommandHelp[name]}`),
  '  luton-safeguarding-rules deadline <date> <n> [--unit working-days|calendar-days|weeks|months] [--json]',
  '      The due date n units after <date> (negative n counts back), with the days skipped and why.',
  '      <date> is day 0; the default unit is working days (England and Wales).',
  '      --json prints the library\'s Deadline (as createDeadline returns it) with the days skipped.',
  '  luton-safeguarding-rules census <FILE|-> [--as-of DATE] [--summary] [--without-ids] [--timelines]',
  '      Judges every child of a children in need census return (XML) against Working Together,',
  "      beside the Department's own measures: one JSON line per child, streamed, then the summary;",
  '      --summary prints the summary in plain text instead. asOf is the ReferenceDate unless given.',
  '      A child with an input problem goes to standard error as JSON and the run goes on (exit code 2).',
  "      --without-ids leaves LAchildID out; --timelines adds each child's full timeline to its line.",
  '  luton-safeguarding-rules holidays <year> [--json]',
  "      That year's England and Wales bank holidays.",
  '  luton-safeguarding-rules catalogue [NAME]',
  '      A catalogue as JSON: indicators, rules, timescales, interpretations, special-circumstances,',
  '      error-codes (the same as catalogues/NAME.json in the package). Without NAME, the list.',
  '  luton-safeguarding-rules serve [--port N] [--host ADDRESS] [limits]',
  '      The web service: one endpoint per decision, the calendar, the catalogues, JSON Lines batches;',
  '      GET /openapi.json describes them. Stops gracefully on SIGTERM or SIGINT. Limits (defaults):',
  ...serviceOptionFlags.map((o) => `        ${`${o.flag} ${o.unit}`.padEnd(26)} ${o.description} (${defaultServiceOptions[o.key]})`),
  '  luton-safeguarding-rules --version | --help',
  '',
  'Errors, of every command (a bad command line too), are one JSON line each on standard error:',
  '  {"error":{"type":"input-error","issues":[{"path":[...],"code":"...","message":"..."}]}}',
  'Exit code: 0 done, 2 bad input or command line, 1 anything unexpected.',
  '',
  'Examples:',
  '  luton-safeguarding-rules deadline 2026-12-18 5',
  '  luton-safeguarding-rules serious-incident case.json --summary',
  '  luton-safeguarding-rules census cin-census.xml --summary',
  '  luton-safeguarding-rules classify-need cases.jsonl > results.jsonl 2> errors.jsonl',
  '  luton-safeguarding-rules catalogue indicators',
  '  luton-safeguarding-rules serve --port 8080',
];
