/**
 * The main entry re-exports the calendar: every value the calendar entry
 * exports is reachable from `luton-safeguarding-rules` too, and is the same
 * object (one copy of the calendar, one error class), so
 * `import { addWorkingDays } from 'luton-safeguarding-rules'` works.
 */
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as api from '../../src/index.js';

describe('the calendar from the main entry', () => {
  it('every calendar export is a main entry export, the same object', () => {
    const names = Object.keys(calendar);
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) expect((api as Record<string, unknown>)[name], name).toBe((calendar as Record<string, unknown>)[name]);
  });

  it('works as the calendar entry does', () => {
    expect(api.addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
    expect(api.bankHolidays(2026).map((h) => h.date)).toContain('2026-12-28');
  });
});
