/**
 * The inputs a hostile or careless caller sends, each tried on every public
 * function it can reach: personal data used as a key above a value the
 * reader refuses, phone and NHS numbers in numeric fields and as list
 * lengths, an object carrying the mark a calendar once had, a revoked Proxy,
 * and the developer-facing parameters of `parseInput` and `readOnce`
 * (schema, argument name, limits). Each gets an answer or the library's
 * input error, never anything else, and no message or path repeats the data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cal from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { isSafeguardingInputError, type SafeguardingInputError } from '../../src/schemas/input-error.js';
import { pathsOf, replaceAt, type Path } from './support/hostile.js';
import { targets, type Target } from './support/targets.js';
import { nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';

/** Personal data as a careless caller might key an object with it. */
const PLANTED_KEYS = ['Amina Khan', 'Amina Khan, NHS 943 476 5919', '07700 900123', '9434765919', 'amina.khan@example.org'];
/** What would give any of them away. */
const GIVEAWAYS = [/amina/i, /khan/i, /943 ?476 ?5919/, /07700 ?900123/, /7700900123/, /943476591/];

/** Values the reader refuses, each found at the end of a path through a planted key. */
function refusedValues(): Record<string, unknown> {
  let deep: unknown = 1;
  for (let i = 0; i < 20; i++) deep = [deep];
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const sparse: unknown[] = [];
  sparse.length = 10_001;
  return {
    'a Date': new Date(0),
    'a Map': new Map([['a', 1]]),
    'a cycle': cycle,
    'nesting 20 deep': deep,
    'a sparse list of 10,001': sparse,
    'an object of 201 keys': Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])),
  };
}

/** The text of a thrown library error (message and issues), or undefined for an answer; anything else thrown fails. */
async function errorText(call: () => unknown): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    if (!isSafeguardingInputError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) for (const step of issue.path) expect(['string', 'number']).toContain(typeof step);
    return `${error.message}\n${JSON.stringify(error.issues)}`;
  }
}

function expectNoGiveaway(text: string | undefined, where: string): void {
  if (text === undefined) return;
  for (const g of GIVEAWAYS) expect(g.test(text), `${where}: ${text.slice(0, 300)}`).toBe(false);
}

/**
 * The places of a target's arguments to plant at: all of them, or for a
 * stored result the parts verifyDecision reads as data (the rest is only
 * compared; see `Target.plantEveryWayAt`).
 */
function places(target: Target): Path[] {
  return pathsOf(target.args).filter((p) => p.length > 0 && (target.plantEveryWayAt?.(p) ?? true));
}

/** Those that hold a plain object (where a key can be added). */
function objectPlaces(target: Target): Path[] {
  const args = target.args;
  return places(target).filter((p) => {
    let v: unknown = args;
    for (const k of p) v = (v as Record<string | number, unknown>)[k];
    return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
  });
}

describe('personal data used as a key is never written into a message or a path', () => {
  for (const target of targets) {
    it(target.name, async () => {
      let refused = 0;
      for (const place of objectPlaces(target)) {
        for (const key of PLANTED_KEYS) {
          for (const [kind, value] of Object.entries(refusedValues())) {
            const args = replaceAt(target.args, place, (o) => ({ ...(o as object), [key]: value })) as unknown[];
            const text = await errorText(() => target.call(...args));
            if (text !== undefined) refused++;
            expectNoGiveaway(text, `${target.name}: ${place.join('.')} gets key ${key} = ${kind}`);
          }
        }
      }
      if (objectPlaces(target).length > 0 && target.refusesPlantedNames !== false) expect(refused).toBeGreaterThan(0);
    });
  }

  it('the review\'s examples', async () => {
    const cases: (() => unknown)[] = [
      () => api.classifyNeed({ indicators: [], 'Amina Khan': new Date() } as never),
      () => api.validatePlacementNotification({ kind: 'leaving-placement', 'Amina Khan, NHS 943 476 5919': [[[[[[[[[[[[[1]]]]]]]]]]]]] } as never),
      () => cal.createCalendar({ additionalHolidays: [{ date: '2026-06-12', name: 'x', '07700 900123': new Map() }] } as never),
    ];
    for (const call of cases) {
      const text = await errorText(call);
      expect(text).toBeDefined();
      expectNoGiveaway(text, 'example');
    }
  });
});

describe('a long number is never repeated back', () => {
  const numbers = [7_700_900_123, 9_434_765_919, 7_700_900_123.5, 943_476_591.9, 20_140_517];
  for (const target of targets) {
    it(target.name, async () => {
      for (const place of places(target)) {
        for (const n of numbers) {
          const args = replaceAt(target.args, place, () => n) as unknown[];
          const text = await errorText(() => target.call(...args));
          expectNoGiveaway(text, `${target.name}: ${place.join('.')} = ${n}`);
          expect(text ?? '').not.toContain('20140517');
        }
        // A list whose length is the number (sparse: nothing is in it).
        const sparse: unknown[] = [];
        sparse.length = 943_476_591;
        const args = replaceAt(target.args, place, () => sparse) as unknown[];
        expectNoGiveaway(await errorText(() => target.call(...args)), `${target.name}: ${place.join('.')} = a list of length 943476591`);
      }
    });
  }

  it('the review\'s examples say what is wrong without the number', async () => {
    expect(await errorText(() => cal.bankHolidays(7_700_900_123))).toContain('year: is outside the years the calendar serves (2012 to 2100)');
    expect(await errorText(() => api.classifyNeed({ indicators: [], ageInYears: 7_700_900_123.5 } as never))).toContain('expected a whole number, got a number with a fractional part');
    // Small numbers, which cannot be a phone or NHS number, are still quoted.
    expect(await errorText(() => cal.bankHolidays(2011))).toContain('year: 2011 is outside');
    expect(await errorText(() => cal.addWorkingDays('2026-01-01', 0.5))).toContain('got 0.5');
  });
});

describe('no object can pass for a calendar, or skip input reading, by carrying a mark', () => {
  const MARK = Symbol.for('luton-safeguarding-rules.calendar-state.v1');
  const forgedStates = [
    1,
    { added: new Map([[20_600, null]]), removed: new Set(), years: [] },
    { added: new Map(), removed: new Set(), years: [], table: { holiday: new Uint8Array(1), cum: new Int32Array(1), work: new Int32Array(1) } },
    { added: new Map(), removed: new Set(), years: [], fingerprint: 'anything' },
  ];
  const forged = forgedStates.map((state) => {
    const calendar = { name: 'England and Wales', firstYear: 2012, lastYear: 2100, confirmedThrough: 2028 };
    Object.defineProperty(calendar, MARK, { value: state });
    return calendar;
  });

  it('an input carrying the mark is read like any other (a copy, its getters read once)', () => {
    const input = { indicators: [], childInNeed: false, significantHarmSuspected: false, immediateRiskOfSignificantHarm: false };
    Object.defineProperty(input, MARK, { value: 1 });
    const result = api.classifyNeed(input as never);
    expect(result.input).not.toBe(input);
    expect(result.input).toEqual({ indicators: [], childInNeed: false, significantHarmSuspected: false, immediateRiskOfSignificantHarm: false });
  });

  it('a forged calendar is refused by every function that takes one', async () => {
    const calls: ((c: unknown) => unknown)[] = [
      (c) => cal.isWorkingDay('2026-01-01', c as never),
      (c) => cal.addWorkingDays('2026-01-01', 5, c as never),
      (c) => cal.workingDaysBetween('2026-01-01', '2026-02-01', c as never),
      (c) => cal.nextWorkingDay('2026-01-01', c as never),
      (c) => cal.previousWorkingDay('2026-01-01', c as never),
      (c) => cal.bankHolidays(2026, c as never),
      (c) => cal.bankHolidayOn('2026-01-01', c as never),
      (c) => cal.calendarFingerprint(c as never),
      (c) => cal.createDeadline({ id: 'x', title: 'x', trigger: { event: 'x', date: '2026-01-01' }, period: { amount: 5, unit: 'working-days', direction: 'after' }, citation: { document: 'x', section: 'x' } }, c as never),
      (c) => api.assessSeriousIncident({ awareOn: '2026-01-01', childDied: true } as never, { calendar: c } as never),
      (c) => api.assessNeedToKnow({ asOf: '2026-01-01' } as never, { calendar: c } as never),
      (c) => api.assessNationalAlert({ asOf: '2026-01-01' } as never, { calendar: c } as never),
      (c) => api.statutoryTimeline({ asOf: '2026-06-01', events: [] } as never, { calendar: c } as never),
    ];
    for (const calendar of [...forged, new Proxy(cal.englandAndWales, {}), { ...cal.englandAndWales }, Object.create(cal.englandAndWales)]) {
      for (const call of calls) {
        let error: unknown;
        try {
          call(calendar);
        } catch (e) {
          error = e;
        }
        expect(isSafeguardingInputError(error)).toBe(true);
        expect((error as SafeguardingInputError).issues[0]!.code).toBe('invalid-calendar');
      }
    }
    // The library's own calendars still work everywhere, englandAndWales and made ones alike.
    const made = cal.createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra' }] });
    for (const call of calls) for (const c of [cal.englandAndWales, made, undefined]) expect(await errorText(() => call(c))).toBeUndefined();
    expect(cal.addWorkingDays('2026-12-24', 1, made)).toBe('2026-12-30');
  });
});

describe('a revoked Proxy gets the library\'s error, wherever it is passed', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  for (const target of targets) {
    it(target.name, async () => {
      for (const place of places(target)) {
        const args = replaceAt(target.args, place, revoked) as unknown[];
        await errorText(() => target.call(...args));
      }
      // And as an argument the function does not expect.
      await errorText(() => target.call(...target.args, revoked()));
    });
  }

  it('the review\'s example', async () => {
    expect(await errorText(() => cal.addWorkingDays(revoked() as never, 1))).toContain('date:');
  });
});

describe('the developer-facing parameters of parseInput and readOnce get the library\'s error', () => {
  const revokedProxy = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const huge: unknown[] = [];
  huge.length = 2 ** 32 - 1;
  const notSchemas: unknown[] = [undefined, null, {}, [], 1, 'schema', Symbol('s'), () => 1, revokedProxy(), { _zod: {} }, { _zod: { def: { type: 'object' } } }, { _zod: { def: { type: 'object' }, run: () => { throw new TypeError('x'); } } }, new Proxy({}, { get() { throw new Error('trap'); } })];
  const badLabels: unknown[] = [Symbol('label'), 42, null, {}, [], huge, { toString: () => { throw new Error('Amina Khan'); } }, '', 'Amina Khan', 'x'.repeat(65), '1input', revokedProxy()];
  const badLimits: unknown[] = [null, 5, 'x', [], revokedProxy(), { maxDepth: -1 }, { maxDepth: 1.5 }, { maxValues: 7_700_900_123 }, { maxArrayLength: NaN }, { maxKeys: '5' }, { 'Amina Khan': 1 }, { get maxDepth() { throw new Error('getter'); } }];

  it('a schema that is not a zod 4 schema, or throws while checking', async () => {
    for (const schema of notSchemas) {
      const text = await errorText(() => schemas.parseInput(schema as never, { indicators: [] }));
      expect(text).toContain('schema');
    }
  });

  it('an argument name that is not a short label (quickly, and never quoted)', async () => {
    for (const label of badLabels) {
      const started = performance.now();
      for (const call of [() => schemas.parseInput(schemas.ClassifyNeedInputSchema, { indicators: 5 }, label as never), () => schemas.readOnce(new Date(), label as never)]) {
        const text = await errorText(call);
        expect(text).toContain('argument');
        expectNoGiveaway(text, 'label');
      }
      expect(performance.now() - started).toBeLessThan(100);
    }
    // Labels as they are meant: still the first step of every path.
    expect(await errorText(() => schemas.parseInput(schemas.ClassifyNeedInputSchema, { indicators: 5 }, 'request.body'))).toContain('request.body.indicators');
  });

  it('limits: each field defaults on its own, and a bad one is refused', async () => {
    // A limit tightened alone leaves the others in force: a sparse list of 2^32 - 1 is refused, not walked.
    const started = performance.now();
    const text = await errorText(() => schemas.readOnce({ list: huge }, 'input', { maxDepth: 5 }));
    expect(text).toContain('more than 10000 entries');
    expect(performance.now() - started).toBeLessThan(100);
    expect(await errorText(() => schemas.readOnce([[[[[[1]]]]]], 'input', { maxDepth: 3 }))).toContain('nested more than 3 levels');
    for (const limits of badLimits) {
      const message = await errorText(() => schemas.readOnce({ a: 1 }, 'input', limits as never));
      expect(message).toContain('limits');
      expectNoGiveaway(message, 'limits');
    }
  });
});

describe('at the end of the years the calendar serves, an error names a field of the input', () => {
  /** Whether the path leads to a value the input has (or, for `required`, to where it is missing). */
  const namesAField = (input: unknown, path: (string | number)[], code: string): boolean => {
    let value: unknown = { input };
    for (const step of path.slice(0, code === 'required' ? -1 : undefined)) {
      if (value === null || typeof value !== 'object' || !(step in value)) return false;
      value = (value as Record<string | number, unknown>)[step];
    }
    return true;
  };
  const lastDays = { from: '2100-06-01', to: '2100-12-31' };
  const decisions: [string, fc.Arbitrary<unknown>, (input: unknown) => unknown][] = [
    ['assessNeedToKnow', needToKnowInput(lastDays), (i) => api.assessNeedToKnow(i as never)],
    ['assessNationalAlert', nationalAlertInput(lastDays), (i) => api.assessNationalAlert(i as never)],
    ['assessSeriousIncident', seriousIncidentInput(lastDays), (i) => api.assessSeriousIncident(i as never)],
    [
      'statutoryTimeline',
      fc
        .record({ type: fc.constantFrom(...schemas.timelineEventTypes), day: fc.integer({ min: 0, max: 200 }) })
        .map(({ type, day }) => {
          const date = cal.addCalendarDays('2100-06-01', day);
          return { asOf: cal.addCalendarDays(date, Math.min(1, cal.workingDaysBetween(date, '2100-12-31'))), events: [{ type, date }] };
        }),
      (i) => api.statutoryTimeline(i as never),
    ],
  ];
  for (const [name, inputs, decide] of decisions) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          try {
            decide(input);
          } catch (error) {
            if (!isSafeguardingInputError(error)) throw error;
            for (const issue of error.issues) expect(namesAField(input, issue.path, issue.code), `${JSON.stringify(input)}: ${issue.message}`).toBe(true);
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('the review\'s example: an LCSPR decided in July 2100 is refused at its event\'s date', () => {
    let error: unknown;
    try {
      api.statutoryTimeline({ asOf: '2100-07-06', events: [{ type: 'lcspr-decided', date: '2100-07-05' }] } as never);
    } catch (e) {
      error = e;
    }
    expect((error as SafeguardingInputError).issues[0]).toMatchObject({ path: ['input', 'events', 0, 'date'], code: 'out-of-range' });
  });
});

describe('a huge string costs no more than a short one: its length is checked before it is read', () => {
  // 40 million characters, one beyond Latin-1 (so the string is stored two bytes a character): a
  // regular expression or trim() over it takes well over 100 ms; a length check takes none.
  const huge = `${'x'.repeat(20_000_000)}\u2603${'y'.repeat(20_000_000)}`;
  for (const target of targets) {
    it(target.name, async () => {
      const slow: string[] = [];
      for (const place of places(target)) {
        const args = replaceAt(target.args, place, () => huge) as unknown[];
        let best = Infinity;
        for (let run = 0; run < 3 && best >= 40; run++) {
          const started = performance.now();
          await errorText(() => target.call(...args));
          best = Math.min(best, performance.now() - started);
        }
        if (best >= 40) slow.push(`${place.join('.')}: ${best.toFixed(0)} ms`);
      }
      expect(slow).toEqual([]);
    });
  }
});
