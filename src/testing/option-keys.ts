import { inputError } from '../schemas/input-error.js';

/**
 * Refuses an option the function does not know, so a misspelt option (say
 * `numRuns` for `runs`) is an error rather than silently ignored.
 */
export function checkOptionKeys(options: object | undefined, allowed: readonly string[], path: (string | number)[], hints: Record<string, string> = {}): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return; // the caller reports the wrong type
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const shown = /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(key) ? `"${key}"` : 'a key';
    inputError(path, 'unknown-key', `unknown option ${shown}${hints[key] ? ` (${hints[key]})` : ''}; expected ${allowed.join(', ')}`);
  }
}
