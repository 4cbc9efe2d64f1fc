/**
 * Every public function, given arbitrary input, either answers or throws the
 * library's SafeguardingInputError with at least one issue: never a TypeError
 * from deep inside, never any other error.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import { answerOrInputError } from '../support/answer-or-input-error.js';

/** Values that look nearly right: real keys with wrong or odd values. */
const nearMiss = fc.record(
  {
    indicators: fc.oneof(fc.array(fc.string()), fc.constant(['need-level.universal.health.physically-well']), fc.anything()),
    asOf: fc.oneof(fc.constantFrom('2026-02-30', '2026-12-18', '', '2026-2-3', '9999-12-31'), fc.anything()),
    awareOn: fc.oneof(fc.constantFrom('2026-02-29', '2026-12-18'), fc.anything()),
    missingSince: fc.oneof(fc.constantFrom('2026-01-01', '2027-01-01'), fc.anything()),
    events: fc.oneof(fc.array(fc.record({ type: fc.string(), date: fc.string() })), fc.anything()),
    childDied: fc.anything(),
    ageInYears: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    kind: fc.oneof(fc.constantFrom('placement-start', 'change-of-address', 'leaving-placement'), fc.anything()),
    childStatus: fc.oneof(fc.constantFrom(['looked-after'], ['care-leaver'], []), fc.anything()),
  },
  { requiredKeys: [] },
);
const anyInput = fc.oneof(fc.anything(), nearMiss);

const asyncDecisions = {
  classifyNeed: (input: unknown, options?: unknown) => api.classifyNeed(input as never, options as never),
  assessNeedToKnow: (input: unknown) => api.assessNeedToKnow(input as never),
  assessNationalAlert: (input: unknown) => api.assessNationalAlert(input as never),
  assessSeriousIncident: (input: unknown) => api.assessSeriousIncident(input as never),
};
const syncDecisions = {
  statutoryTimeline: (input: unknown) => api.statutoryTimeline(input as never),
  validatePlacementNotification: (input: unknown) => api.validatePlacementNotification(input as never),
};

describe('public decisions never throw anything but SafeguardingInputError', () => {
  for (const [name, fn] of Object.entries({ ...asyncDecisions, ...syncDecisions })) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, anyInput, async (input, options) => {
          await answerOrInputError(() => (fn as (a: unknown, b?: unknown) => unknown)(input, options));
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('the calendar never throws anything but SafeguardingInputError', () => {
  const dateLike = fc.oneof(fc.constantFrom('2026-12-18', '2026-02-30', '2011-12-31', '2101-01-01', '', '2026-2-3'), fc.anything());
  const numberLike = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.double(), fc.constantFrom(NaN, Infinity, 1e12), fc.anything());
  const calls: Record<string, (a: unknown, b: unknown) => unknown> = {
    isWorkingDay: (a) => calendar.isWorkingDay(a as never),
    addWorkingDays: (a, b) => calendar.addWorkingDays(a as never, b as never),
    workingDaysBetween: (a, b) => calendar.workingDaysBetween(a as never, b as never),
    nextWorkingDay: (a) => calendar.nextWorkingDay(a as never),
    previousWorkingDay: (a) => calendar.previousWorkingDay(a as never),
    addCalendarDays: (a, b) => calendar.addCalendarDays(a as never, b as never),
    addCalendarMonths: (a, b) => calendar.addCalendarMonths(a as never, b as never),
    bankHolidays: (_a, b) => calendar.bankHolidays(b as never),
    createCalendar: (a) => calendar.createCalendar(a as never),
    createDeadline: (a) => calendar.createDeadline(a as never),
    londonDate: (a) => calendar.londonDate(a as never),
  };
  for (const [name, fn] of Object.entries(calls)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(dateLike, fc.oneof(numberLike, dateLike), async (a, b) => {
          await answerOrInputError(() => fn(a, b));
        }),
        { numRuns: 300 },
      );
    });
  }
});
