/**
 * Runs a zod schema over a public function's input and turns zod's issues
 * into the library's `SafeguardingInputError`, with messages that name the
 * field and never echo free-text values.
 */
import type { z } from 'zod';
import { SafeguardingInputError, formatPath, type InputIssue } from './input-error.js';
import { describeType } from './iso-date.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, argument = 'input'): z.infer<S> {
  // reportInput lets a message say what kind of value was given (never the value itself).
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues: InputIssue[] = result.error.issues.map((issue) => {
    const path = [argument, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return { path, code: issueCode(issue), message: `${formatPath(path)}: ${issueMessage(issue)}` };
  });
  throw new SafeguardingInputError(issues);
}

function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return (issue.params?.code as string | undefined) ?? 'invalid-value';
  return issue.code.replace(/_/g, '-');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeType(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}
