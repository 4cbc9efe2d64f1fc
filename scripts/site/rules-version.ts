/**
 * Which rules the site shows, for its home page and the sign-off sheet: the
 * package version, each decision's rule set version (the one a stored
 * result names), and the date the rules last changed (the last commit
 * touching src/, or the build date outside a git clone).
 */
import { execFileSync } from 'node:child_process';
import { longDate } from '../../src/cli/format-date.js';
import { version as packageVersion } from '../../package.json';
import { repositoryRoot } from './build-paths.js';

export interface RulesVersion {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  dateInWords: string;
  /** How the date was found, in words. */
  dateSource: string;
}

let cached: RulesVersion | undefined;

export function rulesVersion(): RulesVersion {
  if (cached) return cached;
  let date: string | undefined;
  try {
    date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'src'], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    date = undefined;
  }
  const found = date && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const day = found ? date! : new Date().toISOString().slice(0, 10);
  cached = { version: packageVersion, date: day, dateInWords: longDate(day), dateSource: found ? 'the date the rules last changed' : 'the date this site was built' };
  return cached;
}
