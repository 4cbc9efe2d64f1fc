import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, createCalendar, englandAndWales, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

describe('createCalendar', () => {
  it('a newly announced one-off holiday is usable immediately', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra bank holiday' }] });
    expect(isWorkingDay('2026-06-12', calendar)).toBe(false);
    expect(isWorkingDay('2026-06-12')).toBe(true); // the default calendar is unchanged
    expect(addWorkingDays('2026-06-11', 1, calendar)).toBe('2026-06-15');
    expect(addWorkingDays('2026-06-11', 1)).toBe('2026-06-12');
    expect(workingDaysBetween('2026-06-11', '2026-06-15', calendar)).toBe(1);
    expect(bankHolidays(2026, calendar).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-06-12', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
    expect(bankHolidays(2026, calendar).find((h) => h.date === '2026-06-12')).toEqual({ date: '2026-06-12', name: 'Extra bank holiday', substitute: false });
  });

  it('removes days', () => {
    // A substitute Christmas Day (27 December 2021, for Saturday 25) is a bank holiday by proclamation and may be removed.
    expect(isWorkingDay('2021-12-27', createCalendar({ removedHolidays: ['2021-12-27'] }))).toBe(true);
    const calendar = createCalendar({ removedHolidays: ['2026-12-28'] });
    expect(isWorkingDay('2026-12-28', calendar)).toBe(true);
    expect(addWorkingDays('2026-12-18', 5, calendar)).toBe('2026-12-28');
    expect(bankHolidays(2026, calendar).some((h) => h.date === '2026-12-28')).toBe(false);
  });

  it('adding a day that is already a bank holiday keeps working (the new name wins)', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-12-25', name: 'Christmas', substitute: false }] });
    expect(bankHolidays(2026, calendar).filter((h) => h.date === '2026-12-25')).toEqual([{ date: '2026-12-25', name: 'Christmas', substitute: false }]);
    expect(bankHolidays(2026, calendar)).toHaveLength(8);
  });

  it('with no changes behaves like englandAndWales', () => {
    const calendar = createCalendar({});
    expect(calendar.name).toBe(englandAndWales.name);
    expect(addWorkingDays('2026-12-18', 5, calendar)).toBe('2026-12-29');
    expect(createCalendar().confirmedThrough).toBe(englandAndWales.confirmedThrough);
  });

  it('is immutable', () => {
    const calendar = createCalendar({});
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.keys(calendar)).toEqual(['name', 'firstYear', 'lastYear', 'confirmedThrough']);
  });

  it('validates options', () => {
    expectInputError(() => createCalendar({ extra: [] } as never), 'options: 1 unknown key, not shown', ['options']);
    expectInputError(() => createCalendar(null as never), 'options: expected an object, got null');
    expectInputError(() => createCalendar({ additionalHolidays: [{ date: '2026-02-30', name: 'x' }] }), 'options.additionalHolidays[0].date: "2026-02-30" is not a real date');
    expectInputError(() => createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: '' }] }), 'options.additionalHolidays[0].name: must not be empty');
    expectInputError(() => createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'x', when: 1 } as never] }), 'options.additionalHolidays[0]: 1 unknown key, not shown');
    expectInputError(
      () => createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'a' }, { date: '2026-06-12', name: 'b' }] }),
      'options.additionalHolidays[1].date: "2026-06-12" is listed more than once',
    );
    expectInputError(() => createCalendar({ removedHolidays: ['2026-12-28', '2026-12-28'] }), 'options.removedHolidays[1]: "2026-12-28" is listed more than once');
    expectInputError(() => createCalendar({ removedHolidays: ['2026-12-29'] }), 'options.removedHolidays[0]: "2026-12-29" is not an England and Wales bank holiday');
    expectInputError(
      () => createCalendar({ additionalHolidays: [{ date: '2026-12-28', name: 'x' }], removedHolidays: ['2026-12-28'] }),
      'options.removedHolidays[0]: "2026-12-28" is both added and removed',
    );
    expectInputError(() => createCalendar({ removedHolidays: ['2026-12-25'] }), 'options.removedHolidays[0]: "2026-12-25" is Christmas Day, which is never a working day');
    expectInputError(() => createCalendar({ removedHolidays: ['2026-04-03'] }), 'options.removedHolidays[0]: "2026-04-03" is Good Friday, which is never a working day');
    expectInputError(() => createCalendar({ removedHolidays: '2026-12-28' as never }), 'options.removedHolidays: expected an array of dates, got a string');
    expectInputError(() => createCalendar({ additionalHolidays: [{ date: '2200-01-02', name: 'x' }] }), /outside the years the calendar serves/);
    const error = expectInputError(() => createCalendar({ extra: 1, removedHolidays: ['x'] } as never), /2 problems/);
    expect(error.issues).toHaveLength(2);
  });
});
