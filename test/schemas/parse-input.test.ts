import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';
import { parseInput } from '../../src/schemas/parse-input.js';

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
    expect(hidden.message).toBe('input: unknown key 1 not shown (expected name, flag, kind)');
    const bad = issuesOf({ name: 'x', kind: 'Jane Smith lives at 1 High Street' })[0]!;
    expect(bad.message).toBe('input.kind: expected one of "a", "b"');
    expect(JSON.stringify(issuesOf({ name: 42, flag: 'Jane Smith' }))).not.toContain('Jane');
  });
});
