import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilOf, dayNumberOf, isoOf, parseIsoDay, weekdayOf } from '../../src/calendar/day-number.js';
import { isoDateProblem } from '../../src/schemas/iso-date.js';

describe('day numbers', () => {
  it('match Date.UTC and back, in any time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, dd = d.getUTCDate();
        expect(dayNumberOf(y, m, dd)).toBe(day);
        expect(civilOf(day)).toEqual({ year: y, month: m, day: dd });
        expect(weekdayOf(day)).toBe(d.getUTCDay());
        expect(isoOf(day)).toBe(d.toISOString().slice(0, 10));
        expect(parseIsoDay(isoOf(day))).toBe(day);
      }),
    );
  });

  it('parseIsoDay accepts exactly what isoDateProblem accepts', () => {
    const near = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
    const noisy = fc.oneof(near, fc.string({ maxLength: 12 }), near.map((s) => s.replace(/-/g, '/')), near.map((s) => ` ${s}`));
    fc.assert(fc.property(noisy, (s) => {
      expect(parseIsoDay(s) !== undefined).toBe(isoDateProblem(s) === undefined);
    }), { numRuns: 5000 });
    for (const bad of ['2026-02-29', '2100-02-29', '2026-00-10', '2026-13-01', '2026-01-32', '2026-1-01', '', '２０２６-01-01', '2026-01-01T00:00']) {
      expect(parseIsoDay(bad)).toBeUndefined();
    }
    expect(parseIsoDay('2000-02-29')).toBe(dayNumberOf(2000, 2, 29));
    expect(parseIsoDay(20260101)).toBeUndefined();
  });
});
