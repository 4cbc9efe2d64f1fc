import { describe, expect, it } from 'vitest';
import { longDate, weekdayName } from '../../src/cli/format-date.js';
import { explainDeadline } from '../../src/cli/explain-deadline.js';
import { formatDeadline, formatHolidays } from '../../src/cli/format-output.js';
import { bankHolidays, createCalendar } from '../../src/calendar/index.js';

describe('CLI formatting helpers', () => {
  it('long dates without Date', () => {
    expect(longDate('2026-12-18')).toBe('Friday 18 December 2026');
    expect(longDate('2028-02-29')).toBe('Tuesday 29 February 2028');
    expect(weekdayName('2023-05-08')).toBe('Monday');
  });

  it('explainDeadline lists the skipped days in counting order', () => {
    const e = explainDeadline('2022-09-15', 5, 'working-days');
    expect(e.due).toBe('2022-09-23');
    expect(e.skipped.map((s) => `${s.date} ${s.kind}`)).toEqual(['2022-09-17 weekend', '2022-09-18 weekend', '2022-09-19 bank-holiday']);
    expect(e.skipped[2]!.reason).toBe('bank holiday: Bank holiday for the State Funeral of Queen Elizabeth II');
    expect(e.provisional).toBe(false);
  });

  it('explainDeadline uses a custom calendar', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'Extra' }] });
    const e = explainDeadline('2026-06-11', 1, 'working-days', calendar);
    expect(e.due).toBe('2026-06-15');
    expect(e.skipped.map((s) => s.reason)).toEqual(['bank holiday: Extra', 'weekend (Saturday)', 'weekend (Sunday)']);
  });

  it('zero days prints no skipped days', () => {
    const lines = formatDeadline(explainDeadline('2026-12-25', 0, 'working-days'));
    expect(lines[0]).toBe('Due: 2026-12-25 (Friday 25 December 2026)');
    expect(lines[1]).toContain('0 working days after');
  });

  it('formatHolidays aligns the columns', () => {
    const holidays = bankHolidays(2022);
    const lines = formatHolidays(2022, holidays);
    const columns = holidays.map((h, i) => lines[i + 1]!.length - `${h.name}${h.substitute ? ' (substitute day)' : ''}`.length);
    expect(new Set(columns).size).toBe(1);
    expect(lines[1]).toBe("  2022-01-03  Monday 3 January 2022     New Year's Day (substitute day)");
  });
});
