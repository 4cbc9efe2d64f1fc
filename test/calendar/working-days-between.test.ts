import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../src/calendar/index.js';
import { expectInputError } from './support/expect-input-error.js';

describe('workingDaysBetween', () => {
  it('counts working days after the start up to and including the end', () => {
    expect(workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
    expect(workingDaysBetween('2026-12-18', '2026-12-18')).toBe(0);
    expect(workingDaysBetween('2026-12-18', '2026-12-21')).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(0);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
  });

  it('is negative when the end is before the start, excluding the start and including the end', () => {
    expect(workingDaysBetween('2026-12-29', '2026-12-18')).toBe(-5);
    // From Saturday back to Friday: Friday counts (it is the end), Saturday is the start.
    expect(workingDaysBetween('2026-12-19', '2026-12-18')).toBe(-1);
    // From Monday back to Saturday: no working day in [Sat, Mon).
    expect(workingDaysBetween('2026-12-21', '2026-12-19')).toBe(0);
  });

  it('across one-off holidays', () => {
    expect(workingDaysBetween('2022-09-16', '2022-09-20')).toBe(1);
    expect(workingDaysBetween('2023-05-05', '2023-05-09')).toBe(1);
    expect(workingDaysBetween('2020-05-07', '2020-05-11')).toBe(1);
    expect(workingDaysBetween('2022-06-01', '2022-06-06')).toBe(1);
  });

  it('rejects bad input naming the argument', () => {
    expectInputError(() => workingDaysBetween('2026-02-30', '2026-03-01'), 'start: "2026-02-30" is not a real date', ['start']);
    expectInputError(() => workingDaysBetween('2026-03-01', '2026-3-1'), 'end: is not a date in the form YYYY-MM-DD (the text given is not shown)', ['end']);
    expectInputError(() => workingDaysBetween('2026-03-01', '2101-01-01'), /end: "2101-01-01" is outside the years/);
  });
});
