import { expect } from 'vitest';
import { SafeguardingInputError } from '../../../src/calendar/index.js';

/** Asserts that `fn` throws the library's input error, and that a message matches. */
export function expectInputError(fn: () => unknown, message: RegExp | string, path?: (string | number)[]): SafeguardingInputError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SafeguardingInputError);
  const error = caught as SafeguardingInputError;
  expect(error.message).toMatch(message);
  if (path) expect(error.issues.map((i) => i.path)).toContainEqual(path);
  return error;
}
