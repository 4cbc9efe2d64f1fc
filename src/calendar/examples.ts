/**
 * Worked examples of the counting convention. The docs print them and a test
 * executes every one, so the documentation cannot drift from the behaviour.
 * (Data only: not exported from the calendar entry point.)
 */
export type ExampleCall =
  | { fn: 'addWorkingDays'; args: [date: string, n: number] }
  | { fn: 'workingDaysBetween'; args: [start: string, end: string] }
  | { fn: 'nextWorkingDay'; args: [date: string] }
  | { fn: 'previousWorkingDay'; args: [date: string] }
  | { fn: 'isWorkingDay'; args: [date: string] }
  | { fn: 'addCalendarDays'; args: [date: string, n: number] }
  | { fn: 'addCalendarMonths'; args: [date: string, n: number] };

export interface CalendarExample {
  /** What the example shows, as a sentence. */
  description: string;
  call: ExampleCall;
  expected: string | number | boolean;
}

export const calendarExamples: readonly CalendarExample[] = [
  {
    description: 'Five working days from Friday 18 December 2026: the weekend, Christmas Day (Friday 25) and Boxing Day, moved to Monday 28 because 26 December is a Saturday, are skipped.',
    call: { fn: 'addWorkingDays', args: ['2026-12-18', 5] },
    expected: '2026-12-29',
  },
  {
    description: 'The trigger day is day 0 even when it is not a working day: one working day from Saturday 19 December 2026 is Monday 21.',
    call: { fn: 'addWorkingDays', args: ['2026-12-19', 1] },
    expected: '2026-12-21',
  },
  {
    description: 'Starting on a bank holiday (Christmas Day 2026), one working day later is Tuesday 29 December.',
    call: { fn: 'addWorkingDays', args: ['2026-12-25', 1] },
    expected: '2026-12-29',
  },
  {
    description: 'Easter 2026: the next working day after Thursday 2 April is Tuesday 7 April (Good Friday, the weekend and Easter Monday are skipped).',
    call: { fn: 'nextWorkingDay', args: ['2026-04-02'] },
    expected: '2026-04-07',
  },
  {
    description: 'Zero working days from a date is the date itself.',
    call: { fn: 'addWorkingDays', args: ['2026-12-26', 0] },
    expected: '2026-12-26',
  },
  {
    description: '"No later than seven working days before" publication on Tuesday 12 May 2026 means Thursday 30 April (the Early May bank holiday on 4 May is skipped).',
    call: { fn: 'addWorkingDays', args: ['2026-05-12', -7] },
    expected: '2026-04-30',
  },
  {
    description: 'Counting back lands on the working day before: the working day before Tuesday 29 December 2026 is Thursday 24 December.',
    call: { fn: 'previousWorkingDay', args: ['2026-12-29'] },
    expected: '2026-12-24',
  },
  {
    description: 'Working days between two dates exclude the start and include the end.',
    call: { fn: 'workingDaysBetween', args: ['2026-12-18', '2026-12-29'] },
    expected: 5,
  },
  {
    description: 'The other way round the count is negative.',
    call: { fn: 'workingDaysBetween', args: ['2026-12-29', '2026-12-18'] },
    expected: -5,
  },
  {
    description: 'Friday 25 December 2026 to Monday 28 December 2026 contains no working day at all.',
    call: { fn: 'workingDaysBetween', args: ['2026-12-24', '2026-12-28'] },
    expected: 0,
  },
  {
    description: 'The Bank holiday for the coronation of King Charles III (8 May 2023) was not a working day.',
    call: { fn: 'isWorkingDay', args: ['2023-05-08'] },
    expected: false,
  },
  {
    description: 'Five working days from Thursday 15 September 2022 skip the weekend and the State Funeral bank holiday on Monday 19 September.',
    call: { fn: 'addWorkingDays', args: ['2022-09-15', 5] },
    expected: '2022-09-23',
  },
  {
    description: 'In 2020 the Early May bank holiday moved to Friday 8 May (VE day); Monday 4 May 2020 was a working day.',
    call: { fn: 'isWorkingDay', args: ['2020-05-04'] },
    expected: true,
  },
  {
    description: '45 working days from a referral on Monday 2 November 2026 (the assessment timescale) ends on Thursday 7 January 2027, across Christmas and New Year.',
    call: { fn: 'addWorkingDays', args: ['2026-11-02', 45] },
    expected: '2027-01-07',
  },
  {
    description: 'Calendar days count every day: 14 days from 18 December 2026 is 1 January 2027.',
    call: { fn: 'addCalendarDays', args: ['2026-12-18', 14] },
    expected: '2027-01-01',
  },
  {
    description: 'Calendar months use the corresponding date, clamped to the end of a shorter month.',
    call: { fn: 'addCalendarMonths', args: ['2026-01-31', 1] },
    expected: '2026-02-28',
  },
  {
    description: 'Six months from 31 August 2026 is 28 February 2027.',
    call: { fn: 'addCalendarMonths', args: ['2026-08-31', 6] },
    expected: '2027-02-28',
  },
];

/** The call as code, e.g. `addWorkingDays('2026-12-18', 5)`. */
export function formatExampleCall(call: ExampleCall): string {
  return `${call.fn}(${call.args.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(', ')})`;
}

/** A result as code, e.g. `'2026-12-29'` or `5`. */
export function formatExampleValue(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}
