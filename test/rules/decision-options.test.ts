/**
 * The options every dated decision takes: left out, empty or null they mean
 * the England and Wales calendar; anything else is read once and checked.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/create-calendar.js';
import { parseDecisionOptions } from '../../src/rules/decision-options.js';
import { assessNeedToKnow } from '../../src/rules/need-to-know/index.js';
import type { NeedToKnowInput } from '../../src/rules/need-to-know/input-types.js';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';

describe('parseDecisionOptions', () => {
  it('reads left-out, empty and null options as no calendar of the caller', () => {
    expect(parseDecisionOptions(undefined)).toEqual({ calendar: undefined });
    expect(parseDecisionOptions({})).toEqual({ calendar: undefined });
    expect(parseDecisionOptions(null)).toEqual({ calendar: undefined });
  });

  it('gives a new object each time, so no caller shares one', () => {
    expect(parseDecisionOptions(undefined)).not.toBe(parseDecisionOptions(undefined));
  });

  it('passes a calendar on and refuses what is not an option', () => {
    const calendar = createCalendar();
    expect(parseDecisionOptions({ calendar }).calendar).toBe(calendar);
    expect(() => parseDecisionOptions({ calender: calendar })).toThrow(SafeguardingInputError);
    expect(() => parseDecisionOptions('calendar')).toThrow(SafeguardingInputError);
  });

  it('gives a decision the same result with its options left out as with empty ones', () => {
    const input: NeedToKnowInput = { asOf: '2026-03-02', childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true };
    expect(assessNeedToKnow(input)).toEqual(assessNeedToKnow(input, {}));
  });
});
