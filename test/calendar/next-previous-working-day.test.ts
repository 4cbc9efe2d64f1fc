import { describe, expect, it } from 'vitest';
import { nextWorkingDay, previousWorkingDay } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

describe('nextWorkingDay / previousWorkingDay', () => {
  it('are strictly after / before, even from a working day', () => {
    expect(nextWorkingDay('2026-12-21')).toBe('2026-12-22');
    expect(previousWorkingDay('2026-12-22')).toBe('2026-12-21');
  });
  it('skip weekends and bank holidays', () => {
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-29');
    expect(previousWorkingDay('2026-12-29')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
    expect(previousWorkingDay('2027-01-04')).toBe('2026-12-31');
    expect(nextWorkingDay('2026-12-26')).toBe('2026-12-29');
    expect(previousWorkingDay('2026-12-26')).toBe('2026-12-24');
  });
  it('reject bad dates', () => {
    expectInputError(() => nextWorkingDay('2026-04-31'), 'date: "2026-04-31" is not a real date');
    expectInputError(() => previousWorkingDay('2012-01-01'), /before 1 January 2012/);
    expectInputError(() => nextWorkingDay('2100-12-31'), /after 31 December 2100/);
  });
});
