import { describeUnknownKeys } from '../../src/schemas/unknown-keys.js';
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

  it('names unknown keys and allowed values, without repeating the values given', () => {
    expect(issuesOf({ name: 'x', childName: 'Jane Smith' })[0]!.message).toBe('input: unknown key "childName" (expected name, flag, kind)');
    expect(issuesOf({ name: 'x', falg: true })[0]).toEqual({ path: ['input'], code: 'unknown-key', message: 'input: unknown key "falg" (did you mean "flag"?)' });
    // A key that does not look like a field name is counted, not quoted.
    const hidden = issuesOf({ name: 'x', 'Jane Smith 2014-05-01': 1 })[0]!;
    expect(hidden.message).toBe('input: unknown key whose name is not shown, as it does not look like a field name and may be personal data (expected name, flag, kind)');
    // With more fields than a message can list, it says where they are.
    expect(describeUnknownKeys(['Jane Smith', 'x y'], Array.from({ length: 20 }, (_, i) => `field${i}`))).toBe(
      "unknown keys (2) whose names are not shown, as they do not look like a field name and may be personal data (the fields it takes are listed in the input's JSON Schema)",
    );
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
