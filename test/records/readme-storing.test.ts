/**
 * The README's "Storing and verifying decisions" example, run as written:
 * each line `expression; // value` must give that value.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as api from '../../src/index.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

function example(): string {
  const start = readme.indexOf('## Storing and verifying decisions');
  expect(start, 'README has a "Storing and verifying decisions" section').toBeGreaterThan(-1);
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(block).not.toBeNull();
  return block![1]!;
}

describe('README: Storing and verifying decisions', () => {
  it('runs as written, and every stated value holds', () => {
    const checks: { expression: string; expected: string }[] = [];
    const body = example()
      .split('\n')
      .filter((line) => !line.startsWith('import '))
      .map((line) => {
        // `expr; // value` (not a declaration) becomes a check of that value.
        const m = /^(?!const |let )(.+?);\s*\/\/ (.+)$/.exec(line);
        if (!m) return line;
        checks.push({ expression: m[1]!, expected: m[2]! });
        return `__check(${checks.length - 1}, ${m[1]});`;
      })
      .join('\n');
    expect(checks.length).toBeGreaterThanOrEqual(5);
    const seen: unknown[] = [];
    const scope = { ...api, ...calendar, __check: (i: number, value: unknown) => (seen[i] = value) };
    // The block is TypeScript (a stored record typed with its decision): its types are removed before it runs.
    const script = transformSync(body, { loader: 'ts' }).code;
    new Function(...Object.keys(scope), script)(...Object.values(scope));
    checks.forEach(({ expression, expected }, i) => {
      // The stated values are JavaScript literals (strings in single quotes, objects with bare keys).
      const value = new Function(`return (${expected});`)() as unknown;
      expect(seen[i], expression).toEqual(value);
    });
  });
});
