import { describe, expect, it } from 'vitest';
import { SafeguardingInputError, formatPath, inputError } from '../../src/schemas/input-error.js';
import { describeType, isoDateProblem } from '../../src/schemas/iso-date.js';

describe('SafeguardingInputError', () => {
  it('uses the single issue as its message, and numbers several', () => {
    expect(new SafeguardingInputError([{ path: ['date'], code: 'invalid-date', message: 'date: bad' }]).message).toBe('date: bad');
    const two = new SafeguardingInputError([
      { path: ['a'], code: 'invalid-value' as const, message: 'a: bad' },
      { path: ['b'], code: 'invalid-value' as const, message: 'b: bad' },
    ]);
    expect(two.message).toBe('2 problems with the input:\n- a: bad\n- b: bad');
    expect(two.name).toBe('SafeguardingInputError');
    expect(two).toBeInstanceOf(Error);
  });

  it('keeps every issue but caps how many the message lists', () => {
    const issues = Array.from({ length: 1000 }, (_, i) => ({ path: ['list', i], code: 'invalid-value' as const, message: `list[${i}]: bad` }));
    const error = new SafeguardingInputError(issues);
    expect(error.issues).toHaveLength(1000);
    expect(error.message.split('\n')).toHaveLength(22);
    expect(error.message).toMatch(/and 980 more/);
  });

  it('formats paths as a.b[0].c and names them in single-issue errors', () => {
    expect(formatPath(['input', 'events', 0, 'date'])).toBe('input.events[0].date');
    expect(() => inputError(['awareOn'], 'invalid-date', 'is not a real date')).toThrow('awareOn: is not a real date');
  });
});

describe('isoDateProblem', () => {
  it('accepts real dates and explains the rest without echoing long text', () => {
    expect(isoDateProblem('2024-02-29')).toBeUndefined();
    expect(isoDateProblem('2026-02-29')).toBe('"2026-02-29" is not a real date');
    expect(isoDateProblem('2026-2-3')).toMatch(/not a date in the form YYYY-MM-DD/);
    expect(isoDateProblem('a very long piece of free text about a child')).not.toContain('child');
    expect(isoDateProblem(undefined)).toBe('expected a date as a "YYYY-MM-DD" string, got undefined');
    expect(describeType(null)).toBe('null');
    expect(describeType([])).toBe('an array');
    expect(describeType(3)).toBe('a number');
  });
});

describe('one error class across builds', () => {
  it('instanceof and isSafeguardingInputError recognise an error made by another copy of the module (as the CJS and ESM builds are)', async () => {
    const own = await import('../../src/schemas/input-error.js');
    // A query string makes the module loader evaluate a second, separate copy.
    const secondCopy = '../../src/schemas/input-error.ts?second-copy';
    const other = (await import(/* @vite-ignore */ secondCopy)) as typeof own;
    expect(other.SafeguardingInputError).not.toBe(own.SafeguardingInputError);
    const fromOther = new other.SafeguardingInputError([{ path: ['x'], code: 'invalid-date', message: 'x: bad' }]);
    expect(fromOther).toBeInstanceOf(own.SafeguardingInputError);
    expect(own.isSafeguardingInputError(fromOther)).toBe(true);
    expect(fromOther).toBeInstanceOf(Error);
    expect(own.isSafeguardingInputError(new Error('x'))).toBe(false);
    expect(own.isSafeguardingInputError({ issues: [] })).toBe(false);
    expect(new Error('x')).not.toBeInstanceOf(own.SafeguardingInputError);
  });
});
