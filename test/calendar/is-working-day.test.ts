import { describe, expect, it } from 'vitest';
import { bankHolidays, FIRST_SERVED_YEAR, isWorkingDay, LAST_SERVED_YEAR } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

describe('isWorkingDay', () => {
  it('weekdays are working days unless they are bank holidays', () => {
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(isWorkingDay('2026-12-27')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(isWorkingDay('2026-12-29')).toBe(true);
  });
  it('Christmas Day and Good Friday are never working days, in any served year', () => {
    for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) {
      expect(isWorkingDay(`${year}-12-25`)).toBe(false);
      const goodFriday = bankHolidays(year).find((h) => h.name === 'Good Friday')!;
      expect(isWorkingDay(goodFriday.date)).toBe(false);
    }
  });
  it('every listed bank holiday is not a working day', () => {
    for (let year = FIRST_SERVED_YEAR; year <= LAST_SERVED_YEAR; year++) {
      for (const h of bankHolidays(year)) expect(isWorkingDay(h.date)).toBe(false);
    }
  });
  it('rejects bad dates', () => {
    expectInputError(() => isWorkingDay('2026-02-29'), 'date: "2026-02-29" is not a real date');
    expectInputError(() => isWorkingDay(null as unknown as string), 'date: expected a date as a "YYYY-MM-DD" string, got null');
  });
});
