import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

describe('addWorkingDays', () => {
  it('follows the convention of DESIGN.md: the trigger is day 0', () => {
    expect(addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-18', 0)).toBe('2026-12-18');
    expect(addWorkingDays('2026-12-18', 1)).toBe('2026-12-21');
  });

  it('Christmas and New Year runs', () => {
    // 2026: Fri 25 Christmas, Mon 28 Boxing Day (substitute), Fri 1 Jan New Year's Day
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-24', 4)).toBe('2027-01-04');
    expect(addWorkingDays('2027-01-04', -4)).toBe('2026-12-24');
    // 2021/22: Mon 27 and Tue 28 December and Mon 3 January are substitute days
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-04');
    // 2022: Christmas Day on a Sunday, substitute Tuesday 27
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
  });

  it('Easter runs', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
    expect(addWorkingDays('2016-03-24', 2)).toBe('2016-03-30');
  });

  it('one-off bank holidays', () => {
    expect(addWorkingDays('2020-05-07', 1)).toBe('2020-05-11'); // VE day, Friday 8 May 2020
    expect(addWorkingDays('2020-05-01', 1)).toBe('2020-05-04'); // the usual Early May Monday was a working day
    expect(addWorkingDays('2022-06-01', 1)).toBe('2022-06-06'); // Spring bank holiday Thu 2 + Platinum Jubilee Fri 3 June
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20'); // State Funeral, Monday 19 September 2022
    expect(addWorkingDays('2023-05-05', 1)).toBe('2023-05-09'); // Coronation, Monday 8 May 2023
    expect(addWorkingDays('2012-06-01', 1)).toBe('2012-06-06'); // moved Spring bank holiday + Diamond Jubilee
    expect(addWorkingDays('2012-05-25', 1)).toBe('2012-05-28'); // 28 May 2012 was a working day
  });

  it('starts on weekends and bank holidays', () => {
    expect(addWorkingDays('2026-12-19', 1)).toBe('2026-12-21'); // Saturday
    expect(addWorkingDays('2026-12-20', 1)).toBe('2026-12-21'); // Sunday
    expect(addWorkingDays('2026-12-19', -1)).toBe('2026-12-18');
    expect(addWorkingDays('2026-12-25', 1)).toBe('2026-12-29'); // Christmas Day
    expect(addWorkingDays('2026-12-25', -1)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
  });

  it('long periods', () => {
    expect(addWorkingDays('2026-11-02', 45)).toBe('2027-01-07');
    expect(addWorkingDays('2026-01-01', 253)).toBe('2026-12-31'); // 261 weekdays in 2026, 8 of them bank holidays
  });

  it('rejects bad input with the library error naming the argument', () => {
    expectInputError(() => addWorkingDays('2026-02-30', 1), 'date: "2026-02-30" is not a real date', ['date']);
    expectInputError(() => addWorkingDays('2026-2-3', 1), 'date: is not a date in the form YYYY-MM-DD (the text given is not shown)');
    expectInputError(() => addWorkingDays('', 1), 'date: is not a date in the form YYYY-MM-DD (the text given is not shown)');
    expectInputError(() => addWorkingDays(20261218 as unknown as string, 1), 'date: expected a date as a "YYYY-MM-DD" string, got a number');
    expectInputError(() => addWorkingDays(undefined as unknown as string, 1), /got a undefined|got undefined/);
    expectInputError(() => addWorkingDays('2026-12-18', 1.5), 'n: expected a whole number, got 1.5', ['n']);
    expectInputError(() => addWorkingDays('2026-12-18', Number.NaN), 'n: expected a whole number, got NaN');
    expectInputError(() => addWorkingDays('2026-12-18', Number.POSITIVE_INFINITY), 'n: expected a whole number, got Infinity');
    expectInputError(() => addWorkingDays('2026-12-18', '5' as unknown as number), 'n: expected a whole number, got a string');
    expectInputError(() => addWorkingDays('2011-12-30', 1), 'date: "2011-12-30" is outside the years the calendar serves (2012 to 2100)');
    expectInputError(() => addWorkingDays('2100-12-30', 5), /n: the result would fall after 31 December 2100/);
    expectInputError(() => addWorkingDays('2012-01-03', -5), /n: the result would fall before 1 January 2012/);
    expectInputError(() => addWorkingDays('2026-12-18', 1, { name: 'fake' } as never), /calendar: expected englandAndWales/);
  });
});
