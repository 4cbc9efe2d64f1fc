import { describe, expect, it } from 'vitest';
import { CONFIRMED_HORIZON_YEAR, createCalendar, createDeadline, type DeadlineSpec, type PeriodUnit } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

function spec(date: string, amount: number, unit: PeriodUnit = 'working-days', direction: 'after' | 'before' = 'after'): DeadlineSpec {
  return {
    id: 'serious-incident.notify-panel',
    title: 'Notify the Child Safeguarding Practice Review Panel',
    trigger: { event: 'the local authority becomes aware of the incident', date },
    period: { amount, unit, direction },
    citation: { document: 'working-together-2026', section: 'Chapter 5, paragraph 372' },
  };
}

describe('createDeadline', () => {
  it('builds a complete Deadline', () => {
    expect(createDeadline(spec('2026-12-18', 5))).toEqual({
      id: 'serious-incident.notify-panel',
      title: 'Notify the Child Safeguarding Practice Review Panel',
      trigger: { event: 'the local authority becomes aware of the incident', date: '2026-12-18' },
      period: { amount: 5, unit: 'working-days', direction: 'after' },
      due: '2026-12-29',
      provisional: false,
      citation: { document: 'working-together-2026', section: 'Chapter 5, paragraph 372' },
    });
  });

  it('computes each unit and direction', () => {
    expect(createDeadline(spec('2026-05-12', 7, 'working-days', 'before')).due).toBe('2026-04-30');
    expect(createDeadline(spec('2026-12-18', 14, 'calendar-days')).due).toBe('2027-01-01');
    expect(createDeadline(spec('2026-12-18', 14, 'calendar-days', 'before')).due).toBe('2026-12-04');
    expect(createDeadline(spec('2026-12-18', 3, 'weeks')).due).toBe('2027-01-08');
    expect(createDeadline(spec('2026-08-31', 6, 'months')).due).toBe('2027-02-28');
    expect(createDeadline(spec('2026-03-31', 1, 'months', 'before')).due).toBe('2026-02-28');
    expect(createDeadline(spec('2026-12-26', 0)).due).toBe('2026-12-26');
  });

  it('uses the given calendar', () => {
    const calendar = createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra' }] });
    expect(createDeadline(spec('2026-12-18', 5), calendar).due).toBe('2026-12-30');
  });

  it('is provisional exactly when a counted day lies after the confirmed horizon', () => {
    const h = CONFIRMED_HORIZON_YEAR;
    expect(createDeadline(spec(`${h}-12-20`, 5)).provisional).toBe(false); // due 29 December
    expect(createDeadline(spec(`${h}-12-20`, 7)).due).toBe(`${h + 1}-01-03`); // 25, 26 December and 1 January are bank holidays
    expect(createDeadline(spec(`${h}-12-20`, 7)).provisional).toBe(true);
    expect(createDeadline(spec(`${h}-12-31`, 0)).provisional).toBe(false);
    expect(createDeadline(spec(`${h + 1}-01-01`, 0)).provisional).toBe(true);
    // Counting back from early January of the next year crosses its New Year's Day.
    expect(createDeadline(spec(`${h + 1}-01-03`, 1, 'working-days', 'before')).provisional).toBe(true);
    expect(createDeadline(spec(`${h + 1}-01-01`, 1, 'working-days', 'before')).provisional).toBe(false);
    expect(createDeadline(spec(`${h + 1}-03-01`, 100, 'working-days', 'before')).provisional).toBe(true);
    expect(createDeadline(spec(`${h}-11-30`, 2, 'months')).provisional).toBe(true);
    expect(createDeadline(spec(`${h - 2}-06-01`, 45)).provisional).toBe(false);
  });

  it('validates the spec without echoing free text', () => {
    expectInputError(() => createDeadline(spec('2026-02-30', 5)), 'spec.trigger.date: "2026-02-30" is not a real date', ['spec', 'trigger', 'date']);
    expectInputError(() => createDeadline(spec('2026-12-18', 1.5)), 'spec.period.amount: expected a whole number, got 1.5');
    expectInputError(() => createDeadline(spec('2026-12-18', -1)), 'spec.period.amount: must be at least 0');
    expectInputError(() => createDeadline(spec('2026-12-18', Number.NaN)), /spec.period.amount/);
    expectInputError(() => createDeadline(spec('2026-12-18', 5, 'fortnights' as PeriodUnit)), /spec.period.unit: expected one of "working-days"/);
    expectInputError(() => createDeadline(spec('2026-12-18', 5, 'working-days', 'around' as 'after')), 'spec.period.direction: expected "after" or "before"');
    expectInputError(() => createDeadline({ ...spec('2026-12-18', 5), extra: 1 } as DeadlineSpec), 'spec: 1 unknown key, not shown');
    expectInputError(() => createDeadline({ ...spec('2026-12-18', 5), title: 3 as unknown as string }), 'spec.title: expected a string, got a number');
    expectInputError(() => createDeadline({ ...spec('2026-12-18', 5), citation: { document: 'x', section: '', page: 0 } }), /spec.citation.section: must not be empty/);
    expectInputError(() => createDeadline(undefined as unknown as DeadlineSpec), 'spec: is required');
    expectInputError(() => createDeadline(spec('2011-06-01', 5)), 'spec.trigger.date: "2011-06-01" is outside the years the calendar serves (2012 to 2100)');
    expectInputError(() => createDeadline(spec('2100-12-30', 5)), /spec.period.amount: the result would fall after 31 December 2100/);
    expectInputError(() => createDeadline(spec('2026-12-18', 5), {} as never), /calendar: expected englandAndWales/);
    const secret = 'Child A disclosed abuse to a teacher';
    const error = expectInputError(() => createDeadline({ ...spec('2026-12-18', 5), trigger: { event: secret, date: 'x' } }), /spec.trigger.date/);
    expect(error.message).not.toContain(secret);
  });
});
