/**
 * The calendar operations at `GET /calendar/<operation>?<arguments>`: the
 * functions of `luton-safeguarding-rules/calendar` on the England and Wales
 * calendar, with the same argument names (so an issue's `path` names the
 * query parameter), answering `{ "result": ... }`.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  londonDate,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../calendar/index.js';
import type { QueryParameter } from './query.js';

export interface CalendarOperation {
  /** The path segment, e.g. `add-working-days`. */
  name: string;
  functionName: string;
  summary: string;
  parameters: QueryParameter[];
  /** The JSON Schema of `result`. */
  result: Record<string, unknown>;
  run(args: Record<string, unknown>): unknown;
  /** Arguments for the OpenAPI description, the docs and the tests. */
  example: Record<string, string>;
}

const date = (name: string, description: string): QueryParameter => ({ name, type: 'date', required: true, description });
const count = (description: string): QueryParameter => ({ name: 'n', type: 'integer', required: true, description });
const isoDate = (description: string) => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const calendarOperations: readonly CalendarOperation[] = [
  {
    name: 'is-working-day',
    functionName: 'isWorkingDay',
    summary: 'Whether a date is a working day: not a Saturday, Sunday or England and Wales bank holiday',
    parameters: [date('date', 'The date to check (YYYY-MM-DD).')],
    result: { type: 'boolean', description: 'True when the date is a working day.' },
    run: (a) => isWorkingDay(a.date as string),
    example: { date: '2026-12-28' },
  },
  {
    name: 'add-working-days',
    functionName: 'addWorkingDays',
    summary: 'The due date n working days after a date (the date itself is day 0; negative n counts back)',
    parameters: [date('date', 'The date the count starts from, day 0 (YYYY-MM-DD).'), count('How many working days to count (negative counts back).')],
    result: isoDate('The n-th working day strictly after the date (before it for negative n); the date itself for 0.'),
    run: (a) => addWorkingDays(a.date as string, a.n as number),
    example: { date: '2026-12-18', n: '5' },
  },
  {
    name: 'working-days-between',
    functionName: 'workingDaysBetween',
    summary: 'How many working days d there are with start < d <= end (negative when end is before start)',
    parameters: [date('start', 'The first date, not itself counted (YYYY-MM-DD).'), date('end', 'The last date, counted when it is a working day (YYYY-MM-DD).')],
    result: { type: 'integer', description: 'The number of working days after start up to and including end; negative when end is before start.' },
    run: (a) => workingDaysBetween(a.start as string, a.end as string),
    example: { start: '2026-12-18', end: '2026-12-29' },
  },
  {
    name: 'next-working-day',
    functionName: 'nextWorkingDay',
    summary: 'The first working day strictly after a date',
    parameters: [date('date', 'The date to start from (YYYY-MM-DD).')],
    result: isoDate('The first working day after the date.'),
    run: (a) => nextWorkingDay(a.date as string),
    example: { date: '2026-12-24' },
  },
  {
    name: 'previous-working-day',
    functionName: 'previousWorkingDay',
    summary: 'The last working day strictly before a date',
    parameters: [date('date', 'The date to start from (YYYY-MM-DD).')],
    result: isoDate('The last working day before the date.'),
    run: (a) => previousWorkingDay(a.date as string),
    example: { date: '2026-12-28' },
  },
  {
    name: 'add-calendar-days',
    functionName: 'addCalendarDays',
    summary: 'The date n calendar days after a date (negative n counts back)',
    parameters: [date('date', 'The date the count starts from (YYYY-MM-DD).'), count('How many calendar days to add (negative counts back).')],
    result: isoDate('The date n calendar days later.'),
    run: (a) => addCalendarDays(a.date as string, a.n as number),
    example: { date: '2026-02-02', n: '21' },
  },
  {
    name: 'add-calendar-months',
    functionName: 'addCalendarMonths',
    summary: "The corresponding date n calendar months after a date, clamped to the month's last day",
    parameters: [date('date', 'The date the count starts from (YYYY-MM-DD).'), count('How many calendar months to add (negative counts back).')],
    result: isoDate("The same day of the month n months later, or that month's last day when it is shorter."),
    run: (a) => addCalendarMonths(a.date as string, a.n as number),
    example: { date: '2026-01-31', n: '1' },
  },
  {
    name: 'bank-holidays',
    functionName: 'bankHolidays',
    summary: "A year's England and Wales bank holidays (as GOV.UK publishes them; computed from the recurring rules after its last published year)",
    parameters: [{ name: 'year', type: 'integer', required: true, description: 'The year, 2012 to 2100.' }],
    result: {
      type: 'array',
      description: "The year's bank holidays in date order.",
      items: {
        type: 'object',
        required: ['date', 'name', 'substitute'],
        additionalProperties: false,
        properties: {
          date: isoDate('The day of the bank holiday (YYYY-MM-DD).'),
          name: { type: 'string', description: 'Its name, e.g. "Boxing Day".' },
          substitute: { type: 'boolean', description: 'True for a substitute day: the holiday fell at a weekend and moved to this weekday.' },
        },
      },
    },
    run: (a) => bankHolidays(a.year as number),
    example: { year: '2026' },
  },
  {
    name: 'london-date',
    functionName: 'londonDate',
    summary: 'The Europe/London calendar date of an instant (a timestamp with Z or an offset)',
    parameters: [{ name: 'instant', type: 'string', required: true, description: 'An ISO 8601 timestamp with Z or an offset, e.g. 2026-06-30T23:30:00Z.' }],
    result: isoDate('The date in London at that instant (British Summer Time included).'),
    run: (a) => londonDate(a.instant as string),
    example: { instant: '2026-06-30T23:30:00Z' },
  },
];
