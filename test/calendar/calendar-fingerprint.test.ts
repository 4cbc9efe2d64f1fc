import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarFingerprint, createCalendar, englandAndWales, SafeguardingInputError } from '../../src/calendar/index.js';

describe('calendarFingerprint', () => {
  it('is a SHA-256 in hex, the same for the default calendar however it is named', () => {
    const fp = calendarFingerprint(englandAndWales);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(calendarFingerprint()).toBe(fp);
    expect(calendarFingerprint(createCalendar({}))).toBe(fp);
  });

  it('changes when any day is added or removed, and follows the holidays rather than how the calendar was made', () => {
    const base = calendarFingerprint(englandAndWales);
    const added = createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] });
    const removed = createCalendar({ removedHolidays: ['2026-12-28'] });
    const renamed = createCalendar({ additionalHolidays: [{ date: '2026-12-25', name: 'Christmas' }] });
    const fingerprints = new Set([base, calendarFingerprint(added), calendarFingerprint(removed), calendarFingerprint(renamed)]);
    expect(fingerprints.size).toBe(4);
    // The same days made twice: the same fingerprint.
    expect(calendarFingerprint(createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] }))).toBe(calendarFingerprint(added));
    expect(addWorkingDays('2026-12-18', 5, added)).toBe('2026-12-30');
  });

  it('is computed by the bundled SHA-256, which agrees with node:crypto', async () => {
    const { sha256Hex } = await import('../../src/rules/engine/ruleset-version.js');
    for (const text of ['', 'abc', 'Boxing Day (substitute) — “quoted”', 'x'.repeat(100_000)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('refuses anything that is not a calendar with the library error', () => {
    expect(() => calendarFingerprint({ ...englandAndWales } as never)).toThrow(SafeguardingInputError);
  });
});
