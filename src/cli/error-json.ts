/**
 * Errors as JSON for programs that drive the command line: one object per
 * line on stderr, `{ line?, error: { type, issues } }`, with the library's
 * structured issues (`path`, `code`, `message`) so a case system can show the
 * problem against the field. Never includes the input text itself.
 */
import type { InputIssue } from '../calendar/index.js';
import { MAX_RECORD_LENGTH, type RecordProblem } from './read-records.js';

export type CliErrorType = 'input-error' | 'internal-error' | 'not-available';

export interface CliError {
  line?: number;
  error: { type: CliErrorType; issues: InputIssue[] };
}

export function errorJson(line: number | undefined, type: CliErrorType, issues: InputIssue[]): string {
  const body: CliError = line === undefined ? { error: { type, issues } } : { line, error: { type, issues } };
  return JSON.stringify(body);
}

export const unreadableIssue = {
  'invalid-json': { path: [], code: 'invalid-json', message: 'not valid JSON' },
  'empty-input': { path: [], code: 'empty-input', message: 'no input: expected a JSON object, or JSON Lines with one object per line' },
  'line-too-long': { path: [], code: 'too-long', message: `the line is longer than ${MAX_RECORD_LENGTH} characters, more than any input may be; it was not read` },
  'document-too-long': {
    path: [],
    code: 'too-long',
    message: `the input is one JSON document longer than ${MAX_RECORD_LENGTH} characters, more than any input may be: give a batch as JSON Lines, one record per line`,
  },
} satisfies Record<RecordProblem, InputIssue>;
