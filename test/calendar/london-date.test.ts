import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonDate } from '../../src/calendar/london-date.js';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';
import { isIsoDate } from '../../src/schemas/iso-date.js';

describe('londonDate', () => {
  it('gives the London date of an instant in winter (GMT) and summer (BST)', () => {
    expect(londonDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDate('2026-06-30T22:59:59.999Z')).toBe('2026-06-30');
    expect(londonDate('2026-07-01T00:30:00+02:00')).toBe('2026-06-30');
  });

  it('follows the clock changes: BST starts 29 March 2026 01:00 UTC and ends 25 October 2026 01:00 UTC', () => {
    expect(londonDate('2026-03-28T23:30:00Z')).toBe('2026-03-28');
    expect(londonDate('2026-03-29T23:30:00Z')).toBe('2026-03-30');
    expect(londonDate('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(londonDate('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });

  it('accepts milliseconds since the epoch', () => {
    expect(londonDate(Date.UTC(2026, 6, 31, 23, 15))).toBe('2026-08-01');
    expect(londonDate(0)).toBe('1970-01-01');
  });

  it('refuses timestamps without an offset, impossible ones and other values with the library error', () => {
    for (const bad of ['2026-06-30T23:30:00', '2026-06-30', '2026-13-01T00:00:00Z', '2026-02-30T10:00:00Z', '', 'yesterday', NaN, Infinity, null, {}, 1e20]) {
      expect(() => londonDate(bad as never), String(bad)).toThrow(SafeguardingInputError);
    }
    try {
      londonDate('Jane Smith' as never);
    } catch (e) {
      expect((e as SafeguardingInputError).issues[0]).toMatchObject({ path: ['instant'], code: 'invalid-instant' });
      expect((e as SafeguardingInputError).message).not.toContain('Jane');
    }
  });

  it('is always the UTC date or the day after it (London is UTC+0 or UTC+1), a real ISO date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const date = londonDate(ms);
        expect(isIsoDate(date)).toBe(true);
        const utc = new Date(ms).toISOString().slice(0, 10);
        const utcPlusOne = new Date(ms + 3_600_000).toISOString().slice(0, 10);
        expect([utc, utcPlusOne]).toContain(date);
      }),
    );
  });
});

describe('londonDate range (years 0001 to 9999, as its message says)', () => {
  it('accepts the whole range, before 1900 included, up to 9999-12-31', () => {
    expect(londonDate('1899-06-01T12:00:00Z')).toBe('1899-06-01');
    expect(londonDate('0001-01-01T00:01:15Z')).toBe('0001-01-01');
    expect(londonDate('9999-12-31T23:59:59.999Z')).toBe('9999-12-31');
    expect(londonDate(Date.UTC(1066, 9, 14, 12))).toBe('1066-10-14');
  });

  it('refuses instants whose London date falls outside it, with the message and code that say so', () => {
    for (const instant of ['0001-01-01T00:01:14Z', '0000-06-01T00:00:00Z', 253_402_300_800_000, -1e15]) {
      try {
        londonDate(instant as never);
        throw new Error(`accepted ${String(instant)}`);
      } catch (error) {
        expect((error as { issues: { code: string; message: string }[] }).issues[0]).toEqual({
          path: ['instant'],
          code: 'out-of-range',
          message: 'instant: is not an instant whose London date lies between the years 0001 and 9999',
        });
      }
    }
  });
});
