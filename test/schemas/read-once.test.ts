/**
 * The read-once snapshot: own enumerable data only, every property read
 * exactly once, and anything that is not plain data refused with the
 * library's error (never a TypeError, never a second read).
 */
import { describe, expect, it } from 'vitest';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';
import { readOnce } from '../../src/schemas/read-once.js';
import { createCalendar, createDeadline, addWorkingDays } from '../../src/calendar/index.js';
import { validatePlacementNotification } from '../../src/index.js';

function issueOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SafeguardingInputError);
    return (error as SafeguardingInputError).issues[0]!;
  }
  throw new Error('expected an input error');
}

describe('readOnce', () => {
  it('copies plain data into objects and arrays of its own', () => {
    const input = { a: [1, { b: 'x' }], c: null, d: undefined };
    const copy = readOnce(input, 'input') as typeof input;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    expect(copy.a[1]).not.toBe(input.a[1]);
  });

  it('ignores inherited, non-enumerable and symbol-keyed properties', () => {
    const inherited = Object.create({ childDied: true }) as Record<string, unknown>;
    inherited.own = 1;
    Object.defineProperty(inherited, 'hidden', { value: 2, enumerable: false });
    (inherited as Record<symbol, unknown>)[Symbol('s')] = 3;
    expect(readOnce(inherited, 'input')).toEqual({ own: 1 });
  });

  it('keeps a "__proto__" key as a plain key, without changing the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"childDied": true}, "a": 1}') as object;
    const copy = readOnce(parsed, 'input') as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect((copy as { childDied?: unknown }).childDied).toBeUndefined();
  });

  it('calls a getter exactly once, and a Proxy trap once per property', () => {
    let reads = 0;
    const input = {
      get asOf() {
        reads++;
        return reads === 1 ? '2026-12-18' : 'changed';
      },
    };
    expect(readOnce(input, 'input')).toEqual({ asOf: '2026-12-18' });
    expect(reads).toBe(1);
    const gets: PropertyKey[] = [];
    const proxy = new Proxy({ a: 1, b: [2] }, {
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === 'string') gets.push(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(readOnce(proxy, 'input')).toEqual({ a: 1, b: [2] });
    expect(gets).toEqual(['a', 'b']);
  });

  it('refuses throwing getters and traps, cycles, class instances and odd array lengths with not-plain-data', () => {
    const throwing = { get a() { throw new Error('boom'); } };
    expect(issueOf(() => readOnce(throwing, 'input'))).toMatchObject({ path: ['input'], code: 'not-plain-data' });
    const trap = new Proxy({}, { ownKeys() { throw new TypeError('trap'); } });
    expect(issueOf(() => readOnce(trap, 'input')).code).toBe('not-plain-data');
    const cyclic: Record<string, unknown> = { a: {} };
    (cyclic.a as Record<string, unknown>).back = cyclic;
    expect(issueOf(() => readOnce(cyclic, 'input', undefined, ['a', 'back']))).toMatchObject({ path: ['input', 'a', 'back'], code: 'not-plain-data' });
    for (const value of [new Date(), new Map(), /x/, new (class Case {})()]) {
      expect(issueOf(() => readOnce({ value }, 'input', undefined, ['value']))).toMatchObject({ path: ['input', 'value'], code: 'not-plain-data' });
    }
    const badLength = new Proxy([1, 2], { getOwnPropertyDescriptor: (t, k) => (k === 'length' ? { value: 'two', writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(t, k)) });
    expect(issueOf(() => readOnce(badLength, 'input')).code).toBe('not-plain-data');
  });

  it('refuses an over-long list before reading any element, and deep nesting', () => {
    let touched = 0;
    const huge = new Proxy(new Array(1_000_000), {
      getOwnPropertyDescriptor(target, key) {
        if (key !== 'length' && typeof key === 'string') touched++;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const started = performance.now();
    expect(issueOf(() => readOnce({ list: huge }, 'input', undefined, ['list']))).toMatchObject({ path: ['input', 'list'], code: 'too-long' });
    expect(touched).toBe(0);
    expect(performance.now() - started).toBeLessThan(50);
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(issueOf(() => readOnce(deep, 'input')).code).toBe('not-plain-data');
    const shared = Array.from({ length: 1_000 }, (_, i) => i);
    expect(issueOf(() => readOnce(Array.from({ length: 1_000 }, () => shared), 'input')).code).toBe('too-long');
  });
});

describe('public functions decide on what they validated', () => {
  it('createDeadline uses the trigger read once, even when a getter changes it', () => {
    let reads = 0;
    const trigger = {
      get event() {
        return reads++ === 0 ? 'aware of the incident' : '';
      },
      date: '2026-12-18',
    };
    const deadline = createDeadline({
      id: 'x.y',
      title: 'T',
      trigger,
      period: { amount: 5, unit: 'working-days', direction: 'after' },
      citation: { document: 'working-together-2026', section: 's' },
    });
    expect(deadline.trigger.event).toBe('aware of the incident');
    expect(reads).toBe(1);
  });

  it('createCalendar and validatePlacementNotification give the library error for Proxies that throw', () => {
    const hostile = new Proxy({}, { getOwnPropertyDescriptor() { throw new Error('no'); }, ownKeys: () => ['additionalHolidays'] });
    expect(issueOf(() => createCalendar(hostile as never)).code).toBe('not-plain-data');
    expect(issueOf(() => validatePlacementNotification(hostile as never)).code).toBe('not-plain-data');
    let reads = 0;
    const changing = { get date() { return reads++ === 0 ? '2026-12-29' : 'not a date'; }, name: 'Extra' };
    const calendar = createCalendar({ additionalHolidays: [changing] });
    expect(addWorkingDays('2026-12-24', 1, calendar)).toBe('2026-12-30');
  });
});
