/**
 * Query parameters: the options of a decision and the arguments of a
 * calendar operation. Each endpoint lists the parameters it takes; an
 * unknown or repeated one is an input error (as an unknown key in a JSON
 * input is). Values are handed to the library, which checks them: a whole
 * number written as one becomes a number, anything else stays the text
 * given, so the library's own issue says what is wrong with it.
 */
import { describeUnknownKeys } from '../schemas/unknown-keys.js';
import { SafeguardingInputError, type InputIssue } from '../calendar/index.js';

export interface QueryParameter {
  name: string;
  type: 'integer' | 'date' | 'string';
  description: string;
  /** Left out, the library reports it missing (calendar arguments); otherwise it is an option left to its default. */
  required?: boolean;
}

const WHOLE_NUMBER = /^[+-]?\d{1,15}$/;


export function readQuery(search: URLSearchParams, parameters: readonly QueryParameter[]): Record<string, unknown> {
  const issues: InputIssue[] = [];
  const values: Record<string, unknown> = {};
  const known = parameters.map((p) => p.name);
  for (const name of new Set(search.keys())) {
    const parameter = parameters.find((p) => p.name === name);
    if (!parameter) {
      // Never repeated back, as with an input's unknown keys: a parameter name is caller-written text.
      issues.push({ path: ['query'], code: 'unknown-key', message: `query: ${describeUnknownKeys([name], known, 'parameter')}` });
      continue;
    }
    const all = search.getAll(name);
    if (all.length > 1) {
      issues.push({ path: ['query', name], code: 'duplicate', message: `query: ${name} is given ${all.length} times; give it once` });
      continue;
    }
    const text = all[0]!;
    values[name] = parameter.type === 'integer' && WHOLE_NUMBER.test(text) ? Number(text) : text;
  }
  if (issues.length > 0) throw new SafeguardingInputError(issues);
  return values;
}
