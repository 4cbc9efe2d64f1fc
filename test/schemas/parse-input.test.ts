import { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';
import { NeedToKnowInputSchema } from '../../src/schemas/index.js';
import { parseInput, parseInputFields } from '../../src/schemas/parse-input.js';
import { needToKnowInput } from '../../src/testing/decisions/index.js';

const schema = z.strictObject({ name: z.string(), flag: z.boolean().optional(), kind: z.enum(['a', 'b']).optional() });

function issuesOf(input: unknown) {
  try {
    parseInput(schema, input, 'input');
  } catch (e) {
    expect(e).toBeInstanceOf(SafeguardingInputError);
    return (e as SafeguardingInputError).issues;
  }
  throw new Error('expected an input error');
}

describe('parseInput', () => {
  it('returns the parsed value when the input is valid', () => {
    expect(parseInput(schema, { name: 'x', flag: true }, 'input')).toEqual({ name: 'x', flag: true });
  });

  it('says a missing field is required, and a wrong one what kind of value it got', () => {
    expect(issuesOf({})).toEqual([{ path: ['input', 'name'], code: 'required', message: 'input.name: is required (a string)' }]);
    expect(issuesOf({ name: 'x', flag: 'yes' })[0]!.message).toBe('input.flag: expected true or false, got a string');
    expect(issuesOf(null)[0]!.message).toBe('input: expected an object, got null');
  });

  it('counts unknown keys (never repeats them), suggests the nearest known key, and names allowed values without repeating the values given', () => {
    expect(issuesOf({ name: 'x', childName: 'Jane Smith' })[0]!.message).toBe('input: 1 unknown key, not shown (expected name, flag, kind)');
    expect(issuesOf({ name: 'x', falg: true })[0]).toEqual({ path: ['input'], code: 'unknown-key', message: 'input: 1 unknown key, not shown (did you mean "flag"?)' });
    // No key is quoted back, whatever it looks like: counted only.
    const hidden = issuesOf({ name: 'x', 'Jane Smith 2014-05-01': 1 })[0]!;
    expect(hidden.message).toBe('input: 1 unknown key, not shown (expected name, flag, kind)');
    const bad = issuesOf({ name: 'x', kind: 'Jane Smith lives at 1 High Street' })[0]!;
    expect(bad.message).toBe('input.kind: expected one of "a", "b"');
    expect(JSON.stringify(issuesOf({ name: 42, flag: 'Jane Smith' }))).not.toContain('Jane');
  });
});

describe('parseInputFields', () => {
  it("gives the parsed object's own keys and values, in order, when the quick pass answered", () => {
    fc.assert(
      fc.property(needToKnowInput(), (input) => {
        const { parsed, keys, values } = parseInputFields(NeedToKnowInputSchema, input);
        expect(parsed).toStrictEqual(parseInput(NeedToKnowInputSchema, input));
        expect(keys).toEqual(Object.keys(parsed));
        expect(values).toHaveLength(keys!.length);
        keys!.forEach((key, i) => expect(values![i]).toBe((parsed as Record<string, unknown>)[key]));
      }),
      { numRuns: 200 },
    );
  });

  it('gives no keys when zod parsed (here, for an explicit undefined), and the same parsed value as parseInput', () => {
    const input = { asOf: '2026-12-02', childMissing: true, notifiedOn: undefined };
    const { parsed, keys, values } = parseInputFields(NeedToKnowInputSchema, input);
    expect(keys).toBeUndefined();
    expect(values).toBeUndefined();
    expect(parsed).toStrictEqual(parseInput(NeedToKnowInputSchema, input));
  });
});

describe('unknown keys are never repeated back', () => {
  it('whatever their case or shape, in every decision and in the calendar', async () => {
    const { classifyNeed } = await import('../../src/rules/need-level/classify-need.js');
    const { assessNeedToKnow } = await import('../../src/rules/need-to-know/assess-need-to-know.js');
    const { createCalendar } = await import('../../src/calendar/create-calendar.js');
    const { readQuery } = await import('../../src/server/query.js');
    // Marked so the key cannot be a word the message uses anyway.
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_ -]{2,20}$/).map((k) => `zq${k}`);
    const messages = (call: () => unknown): string => {
      try {
        call();
      } catch (error) {
        if (!(error instanceof SafeguardingInputError)) throw error;
        return JSON.stringify(error.issues) + error.message;
      }
      throw new Error('expected an input error');
    };
    fc.assert(
      fc.property(key, (k) => {
        expect(messages(() => classifyNeed({ indicators: [], [k]: true } as never))).not.toContain(k);
        expect(messages(() => assessNeedToKnow({ [k]: 1 } as never))).not.toContain(k);
        expect(messages(() => createCalendar({ [k]: [] } as never))).not.toContain(k);
        expect(messages(() => readQuery(new URLSearchParams([[k, '1']]), [{ name: 'asOf', kind: 'date' } as never]))).not.toContain(k);
      }),
      { numRuns: 150 },
    );
  });
});
