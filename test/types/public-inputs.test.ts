/**
 * Every public function takes a typed input, so a misspelt event type or a
 * number where a notification belongs fails `tsc --strict` (checked by
 * `npm run typecheck`: an `@ts-expect-error` with no error is itself an
 * error), and read-only (`as const`) inputs are accepted. The calls also run.
 */
import { describe, expect, it } from 'vitest';
import { SafeguardingInputError, statutoryTimeline, validatePlacementNotification } from '../../src/index.js';

describe('public inputs are typed', () => {
  it('statutoryTimeline refuses a misspelt event type and a number for a date, at compile time and at run time', () => {
    // @ts-expect-error `asOff` is not an input field (it is `asOf`)
    expect(() => statutoryTimeline({ asOff: '2026-12-18', events: [] })).toThrow(SafeguardingInputError);
    // @ts-expect-error `referal-received` is not an event type
    expect(() => statutoryTimeline({ asOf: '2026-12-18', events: [{ type: 'referal-received', date: '2026-12-01' }] })).toThrow(SafeguardingInputError);
    // @ts-expect-error a date is a string
    expect(() => statutoryTimeline({ asOf: '2026-12-18', events: [{ type: 'referral-received', date: 5 }] })).toThrow(SafeguardingInputError);
  });

  it('validatePlacementNotification refuses what is not a notification', () => {
    // @ts-expect-error a number is not a notification
    expect(() => validatePlacementNotification(42)).toThrow(SafeguardingInputError);
    // @ts-expect-error `kind` must be one of the three notification kinds
    expect(() => validatePlacementNotification({ kind: 'respite' })).toThrow(SafeguardingInputError);
  });

  it('read-only inputs are accepted', () => {
    const input = { asOf: '2026-12-29', events: [{ type: 'referral-received', date: '2026-12-24' }] } as const;
    expect(statutoryTimeline(input).asOf).toBe('2026-12-29');
    expect(validatePlacementNotification({ kind: 'leaving-placement' } as const).valid).toBe(false);
  });
});
