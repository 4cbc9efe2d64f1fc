/**
 * The one error class the library throws for bad input.
 *
 * Every public function validates its arguments and, when they are wrong,
 * throws a `SafeguardingInputError` whose `issues` say where (`path`) and what
 * (`message`), in the style of zod's structured issues. Messages name the
 * argument or field and describe the problem; they never repeat free-text
 * values (which could be a child's personal data), only short technical
 * values such as a malformed date or an unknown id.
 */
export interface InputIssue {
  /** Where the problem is: the argument name, then keys and indexes into it. */
  path: (string | number)[];
  /** A readable sentence, e.g. `awareOn: "2026-02-30" is not a real date`. */
  message: string;
  /** A stable machine-readable code, e.g. `invalid-date`, `unknown-id`. */
  code: string;
}

/**
 * The one error the library throws for bad input. `issues` lists every
 * problem with its `path`, a stable `code` and a readable `message`; messages
 * never repeat free-text values, which could be a child's personal data.
 *
 * @example
 * // What the calendar throws for addWorkingDays('2026-02-30', 5):
 * const error = new SafeguardingInputError([{ path: ['date'], code: 'invalid-date', message: 'date: "2026-02-30" is not a real date' }]);
 * error instanceof SafeguardingInputError; // true: catch it by class
 * error.issues[0].message; // 'date: "2026-02-30" is not a real date'
 */
export class SafeguardingInputError extends Error {
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    super(formatIssues(issues));
    this.name = 'SafeguardingInputError';
    this.issues = issues;
  }
}

/** The message lists at most this many issues; `issues` always has them all. */
const MESSAGE_ISSUE_LIMIT = 20;

function formatIssues(issues: InputIssue[]): string {
  if (issues.length === 0) return 'Invalid input';
  if (issues.length === 1) return issues[0]!.message;
  const shown = issues.slice(0, MESSAGE_ISSUE_LIMIT).map((i) => `- ${i.message}`);
  if (issues.length > MESSAGE_ISSUE_LIMIT) shown.push(`- … and ${issues.length - MESSAGE_ISSUE_LIMIT} more (see the error's issues)`);
  return `${issues.length} problems with the input:\n` + shown.join('\n');
}

/** Formats a path as `a.b[0].c` for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** Throws a single-issue input error. */
export function inputError(path: (string | number)[], code: string, detail: string): never {
  const where = formatPath(path);
  throw new SafeguardingInputError([{ path, code, message: where ? `${where}: ${detail}` : detail }]);
}
