/**
 * Malformed input to the calendar gets the library's SafeguardingInputError
 * (with a path and a message) and nothing else: not a TypeError, not a
 * RangeError, not a wrong date. Covers what test/fuzz leaves out: the
 * `calendar` argument, `bankHolidayOn`, and near-miss options and specs whose
 * keys are right but whose values are not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cal from '../../src/calendar/index.js';
import { SafeguardingInputError } from '../../src/calendar/index.js';

/** 'ok' or 'input-error'; anything else thrown fails the property. */
function outcomeOf(call: () => unknown): 'ok' | 'input-error' {
  try {
    call();
    return 'ok';
  } catch (error) {
    if (!(error instanceof SafeguardingInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    // One expect over all issues: an error may carry thousands of them.
    const unnamed = error.issues.filter((i) => i.path.length === 0 || !/^\S[^\n]*: /.test(i.message));
    expect(unnamed).toEqual([]);
    return 'input-error';
  }
}

const dateLike = fc.oneof(
  fc.constantFrom('2026-12-18', '2026-12-25', '2012-01-01', '2100-12-31', '2026-02-30', '2026-2-3', '', '2011-12-31', '2101-01-01', '0000-01-01', '9999-12-31'),
  fc.date({ noInvalidDate: true, min: new Date(Date.UTC(2012, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)) }).map((d) => d.toISOString().slice(0, 10)),
  fc.anything(),
);
const numberLike = fc.oneof(
  fc.integer({ min: -30_000, max: 30_000 }),
  fc.constantFrom(0, -0, 0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e300),
  fc.anything(),
);
const holidayLike = fc.oneof(
  fc.record({ date: dateLike, name: fc.oneof(fc.string(), fc.anything()), substitute: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] }),
  fc.anything(),
);
const optionsLike = fc.oneof(
  fc.record(
    {
      additionalHolidays: fc.oneof(fc.array(holidayLike, { maxLength: 5 }), fc.anything()),
      removedHolidays: fc.oneof(fc.array(dateLike, { maxLength: 5 }), fc.constant(['2026-12-28']), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
/** A real calendar, undefined, or something that only looks like one. */
const calendarLike = fc.oneof(
  fc.constant(undefined),
  fc.constant(cal.englandAndWales),
  fc.constant(cal.createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra' }] })),
  fc.constant({ ...cal.englandAndWales }), // same visible fields, no state
  fc.anything(),
);
const specLike = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.constant('serious-incident.notify-panel'), fc.anything()),
      title: fc.oneof(fc.constant('Notify the Panel'), fc.anything()),
      trigger: fc.oneof(fc.record({ event: fc.oneof(fc.string(), fc.anything()), date: dateLike }, { requiredKeys: [] }), fc.anything()),
      period: fc.oneof(
        fc.record(
          {
            amount: numberLike,
            unit: fc.oneof(fc.constantFrom('working-days', 'calendar-days', 'weeks', 'months', 'days'), fc.anything()),
            direction: fc.oneof(fc.constantFrom('after', 'before', 'around'), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      citation: fc.oneof(
        fc.record({ document: fc.oneof(fc.constant('working-together-2026'), fc.anything()), section: fc.oneof(fc.string(), fc.anything()), page: fc.oneof(fc.integer(), fc.anything()) }, { requiredKeys: [] }),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('calendar functions given arbitrary and near-miss input', () => {
  it('working-day functions, including the calendar argument', () => {
    fc.assert(
      fc.property(dateLike, numberLike, dateLike, calendarLike, (d, n, e, c) => {
        outcomeOf(() => cal.isWorkingDay(d as never, c as never));
        outcomeOf(() => cal.addWorkingDays(d as never, n as never, c as never));
        outcomeOf(() => cal.workingDaysBetween(d as never, e as never, c as never));
        outcomeOf(() => cal.nextWorkingDay(d as never, c as never));
        outcomeOf(() => cal.previousWorkingDay(d as never, c as never));
        outcomeOf(() => cal.bankHolidayOn(d as never, c as never));
        outcomeOf(() => cal.bankHolidays(n as never, c as never));
        outcomeOf(() => cal.addCalendarDays(d as never, n as never));
        outcomeOf(() => cal.addCalendarMonths(d as never, n as never));
      }),
      { numRuns: 1500 },
    );
  });

  it('a successful answer is a real date in the served years', () => {
    fc.assert(
      fc.property(dateLike, numberLike, calendarLike, (d, n, c) => {
        let result: string | undefined;
        if (outcomeOf(() => (result = cal.addWorkingDays(d as never, n as never, c as never))) === 'ok') {
          expect(result).toMatch(/^(20[1-9]\d|2100)-\d{2}-\d{2}$/);
          if (n !== 0) expect(cal.isWorkingDay(result!, c as never)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('createCalendar', () => {
    fc.assert(fc.property(optionsLike, (o) => void outcomeOf(() => cal.createCalendar(o as never))), { numRuns: 1000 });
  });

  it('createDeadline', () => {
    fc.assert(fc.property(specLike, calendarLike, (s, c) => void outcomeOf(() => cal.createDeadline(s as never, c as never))), { numRuns: 1500 });
  });

  it('huge arrays are refused early (at the documented limit), never crash', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ date: cal.addCalendarDays('2012-01-01', i % 30_000), name: `Day ${i}` }));
    expect(outcomeOf(() => cal.createCalendar({ additionalHolidays: many }))).toBe('input-error');
    const withDuplicate = [...many.slice(0, 999), many[0]!];
    expect(outcomeOf(() => cal.createCalendar({ additionalHolidays: withDuplicate }))).toBe('input-error');
    const calendar = cal.createCalendar({ additionalHolidays: many.slice(0, 1_000) });
    expect(cal.isWorkingDay('2012-01-03', calendar)).toBe(false);
    expect(outcomeOf(() => cal.createCalendar({ removedHolidays: Array.from({ length: 100_000 }, () => 'x') }))).toBe('input-error');
  });
});
