/**
 * Calls a public function with possibly bad input and returns its answer, or
 * `undefined` when it threw the library's input error — failing the test on
 * any other error, or on an input error without readable issues. Used by the
 * fuzz properties ("arbitrary input never gives a TypeError").
 */
import { expect } from 'vitest';
import { SafeguardingInputError } from '../../src/schemas/input-error.js';

export async function answerOrInputError<T>(call: () => T | Promise<T>, argument?: string): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    expect(error).toBeInstanceOf(SafeguardingInputError);
    const issues = (error as SafeguardingInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      if (argument !== undefined) expect(issue.path[0]).toBe(argument);
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return undefined;
  }
}
