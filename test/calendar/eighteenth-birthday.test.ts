import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eighteenthBirthdayOf } from '../../src/calendar/eighteenth-birthday.js';

describe('eighteenthBirthdayOf', () => {
  it('is the same day 18 years on; 29 February gives 29 February or, in a common year, 1 March', () => {
    expect(eighteenthBirthdayOf('2008-05-12')).toBe('2026-05-12');
    expect(eighteenthBirthdayOf('2008-02-29')).toBe('2026-03-01');
    expect(eighteenthBirthdayOf('2012-02-29')).toBe('2030-03-01');
    expect(eighteenthBirthdayOf('1982-02-28')).toBe('2000-02-28');
    expect(eighteenthBirthdayOf('2000-02-29')).toBe('2018-03-01');
    expect(eighteenthBirthdayOf('1978-02-28')).toBe('1996-02-28');
    // No 18th birthday the calendar can write: none, not an error.
    expect(eighteenthBirthdayOf('9981-12-31')).toBe('9999-12-31');
    expect(eighteenthBirthdayOf('9982-01-01')).toBeUndefined();
  });

  it('property: any other day keeps its month and day, and the year moves by 18', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const birth = d.toISOString().slice(0, 10);
        fc.pre(birth.slice(5) !== '02-29');
        const birthday = eighteenthBirthdayOf(birth)!;
        expect(birthday.slice(5)).toBe(birth.slice(5));
        expect(Number(birthday.slice(0, 4))).toBe(Number(birth.slice(0, 4)) + 18);
      }),
    );
  });
});
