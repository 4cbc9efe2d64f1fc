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
    expect(issuesOf({})).toEqual([{ path: ['input', 'name'], code: 'invalid-type', message: 'input.name: is required (expected string)' }]);
    expect(issuesOf({ name: 'x', flag: 'yes' })[0]!.message).toBe('input.flag: expected boolean, got a string');
    expect(issuesOf(null)[0]!.message).toBe('input: expected object, got null');
  });

  it('names unknown keys and allowed values, without repeating the values given', () => {
    expect(issuesOf({ name: 'x', childName: 'Jane Smith' })[0]!.message).toBe('input: unknown key "childName"');
    const bad = issuesOf({ name: 'x', kind: 'Jane Smith lives at 1 High Street' })[0]!;
    expect(bad.message).toBe('input.kind: expected one of "a", "b"');
    expect(JSON.stringify(issuesOf({ name: 42, flag: 'Jane Smith' }))).not.toContain('Jane');
  });
});
