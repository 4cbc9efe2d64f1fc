import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import { calendarExamples, formatExampleCall, formatExampleValue } from '../../src/calendar/examples.js';

describe('worked examples printed in docs/calendar.md', () => {
  for (const example of calendarExamples) {
    it(`${formatExampleCall(example.call)} → ${formatExampleValue(example.expected)}: ${example.description}`, () => {
      const fn = calendar[example.call.fn] as (...args: unknown[]) => unknown;
      expect(fn(...example.call.args)).toBe(example.expected);
    });
  }
  it('formats calls as code', () => {
    expect(formatExampleCall({ fn: 'addWorkingDays', args: ['2026-12-18', 5] })).toBe("addWorkingDays('2026-12-18', 5)");
    expect(formatExampleValue(-5)).toBe('-5');
  });
});
