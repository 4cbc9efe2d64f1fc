/**
 * The one error class the library throws for bad input, and its vocabulary
 * of issue codes.
 *
 * Every public function validates its arguments and, when they are wrong,
 * throws a `SafeguardingInputError` whose `issues` say where (`path`), what
 * (`code`, from a closed list) and how to fix it (`message`), in the style of
 * zod's structured issues. Messages are the library's own words. They never
 * repeat a value the caller wrote unless it comes from a closed vocabulary (a
 * known id, an enum value, a number, a boolean, a date in `YYYY-MM-DD` form):
 * any other value could be a child's personal data.
 */

/**
 * What is wrong, as a stable machine-readable code. The same problem has the
 * same code in every function (calendar and decisions alike):
 *
 * - `required`: a field or event that must be given is missing.
 * - `invalid-type`: the value is of the wrong kind (a string for a boolean, an array for an object, …).
 * - `invalid-value`: not one of the allowed values (an enum or literal).
 * - `invalid-date`: not a real calendar date in the form `YYYY-MM-DD`.
 * - `invalid-instant`: not a timestamp with an offset, or milliseconds (`londonDate`).
 * - `invalid-integer`: a number that is not a whole number of safe size.
 * - `invalid-calendar`: not `englandAndWales` or a calendar made by `createCalendar`.
 * - `out-of-range`: a number or date outside the range accepted (including years the calendar does not serve).
 * - `too-long`: a list or text longer than the documented maximum.
 * - `too-short`: a list with fewer entries than needed.
 * - `empty`: text that is empty or only white space where text is needed.
 * - `unknown-key`: a key the input does not have (named when it looks like an identifier).
 * - `unknown-id`: an id that is not in the library's catalogue (e.g. a need indicator id).
 * - `unexpected-field`: a known key used where it does not apply.
 * - `duplicate`: the same entry listed more than once where it may appear once.
 * - `contradiction`: two answers that cannot both be true.
 * - `date-order`: dates in an impossible order (a notification before the incident, an event after `asOf`).
 * - `not-a-bank-holiday`: a removed holiday that is not an England and Wales bank holiday.
 * - `not-removable`: a holiday that may not be removed (Christmas Day, Good Friday).
 * - `not-plain-data`: not plain JSON-like data: a getter, a Proxy, a class instance, a cycle or a symbol key.
 * - `empty-range`: a range of dates with no day of the kind asked for (the testing kit's arbitraries).
 * - `fingerprint-mismatch`: a stored result or record whose input or outcome is not the one its fingerprint was taken of (changed after the decision).
 * - `not-reproduced`: a stored record that this version of the library no longer decides the same way (`explainRecord`).
 * - `invalid-xml`: a file that is not well-formed XML (the census reader; with the line and column).
 * - `not-a-census`: well-formed XML that is not a children in need census return.
 * - `truncated`: a file that ends before its XML does.
 * - `invalid-json`, `empty-input`: input that is not JSON, or no input (command line and web service).
 * - `usage`, `not-available`: a bad command line; a command this version lacks.
 * - `internal-error`: the library or service failed unexpectedly (a bug, never the input's fault).
 * - `not-found`, `method-not-allowed`, `unsupported-media-type`, `too-large`, `unavailable`: the web service's
 *   answers to a path or method it does not have, a body that is not JSON (or JSON Lines) or is over the size
 *   limit, and a request that arrives while it shuts down.
 */
export type InputIssueCode =
  | 'required'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'invalid-instant'
  | 'invalid-integer'
  | 'invalid-calendar'
  | 'out-of-range'
  | 'too-long'
  | 'too-short'
  | 'empty'
  | 'unknown-key'
  | 'unknown-id'
  | 'unexpected-field'
  | 'duplicate'
  | 'contradiction'
  | 'date-order'
  | 'not-a-bank-holiday'
  | 'not-removable'
  | 'not-plain-data'
  | 'empty-range'
  | 'fingerprint-mismatch'
  | 'not-reproduced'
  | 'invalid-xml'
  | 'not-a-census'
  | 'truncated'
  // The command line's own: a line that is not JSON, no input, wrong arguments,
  // a command this version lacks, and a failure inside the library.
  | 'invalid-json'
  | 'empty-input'
  | 'usage'
  | 'not-available'
  | 'internal-error'
  // The web service's own (`serve`): a path or method it does not have, a
  // body of the wrong media type or over the size limit, and a service
  // shutting down.
  | 'not-found'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'too-large'
  | 'unavailable';

/** Every code, for documentation and tests. */
export const inputIssueCodes: readonly InputIssueCode[] = Object.freeze([
  'required',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'invalid-instant',
  'invalid-integer',
  'invalid-calendar',
  'out-of-range',
  'too-long',
  'too-short',
  'empty',
  'unknown-key',
  'unknown-id',
  'unexpected-field',
  'duplicate',
  'contradiction',
  'date-order',
  'not-a-bank-holiday',
  'not-removable',
  'not-plain-data',
  'empty-range',
  'fingerprint-mismatch',
  'not-reproduced',
  'invalid-xml',
  'not-a-census',
  'truncated',
  'invalid-json',
  'empty-input',
  'usage',
  'not-available',
  'internal-error',
  'not-found',
  'method-not-allowed',
  'unsupported-media-type',
  'too-large',
  'unavailable',
] as const);

/** One problem with the input. */
export interface InputIssue {
  /** Where the problem is: the argument name, then keys and indexes into it. */
  path: (string | number)[];
  /** A readable sentence, e.g. `awareOn: "2026-02-30" is not a real date`. */
  message: string;
  /** What is wrong, from a closed list (see `InputIssueCode`). */
  code: InputIssueCode;
}

/**
 * A registered symbol, not a module-local one, so the ES module and CommonJS
 * builds (two copies of this class when an application loads both) recognise
 * each other's errors.
 */
const BRAND = Symbol.for('luton-safeguarding-rules.input-error.v1');

/**
 * Thrown, and only this, when a public function's input is wrong.
 *
 * `error instanceof SafeguardingInputError` holds for an error thrown by either
 * build of the library (ES module or CommonJS) in the same process; so does
 * `isSafeguardingInputError(error)`.
 */
export class SafeguardingInputError extends Error {
  /** Every problem found, each with its path, code and message. */
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    super(formatIssues(issues));
    this.name = 'SafeguardingInputError';
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /** Recognises errors of both builds (see `BRAND`). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isSafeguardingInputError(value);
  }
}

/**
 * Whether `value` is a `SafeguardingInputError` thrown by any build of the
 * library (ES module or CommonJS).
 *
 * @param value - Anything caught.
 * @returns True when `value` is the library's input error.
 * @example
 * try { addWorkingDays('2026-02-30', 1) } catch (e) { if (isSafeguardingInputError(e)) console.log(e.issues) }
 */
export function isSafeguardingInputError(value: unknown): value is SafeguardingInputError {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    // A Proxy whose trap throws is not the library's error; a type guard in a catch block must not throw.
    return false;
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

/** One issue whose message is the path and the detail: `input.awareOn: is not a real date`. */
export function issueAt(path: (string | number)[], code: InputIssueCode, detail: string): InputIssue {
  const where = formatPath(path);
  return { path, code, message: where ? `${where}: ${detail}` : detail };
}

/** Throws a single-issue input error. */
export function inputError(path: (string | number)[], code: InputIssueCode, detail: string): never {
  throw new SafeguardingInputError([issueAt(path, code, detail)]);
}
