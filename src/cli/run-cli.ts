/**
 * The command line, as a function so tests can run it: parses the
 * arguments, calls the calendar API and prints. Returns the exit code:
 * 0 for success, 2 for bad arguments (one line on `err`), 1 for anything
 * unexpected. Imports only the calendar, never the rules engine.
 */
import { bankHolidays, SafeguardingInputError, type PeriodUnit } from '../calendar/index.js';
import { explainDeadline } from './explain-deadline.js';
import { formatDeadline, formatHolidays, usage } from './format-output.js';

export type Writer = (line: string) => void;

const UNITS: readonly PeriodUnit[] = ['working-days', 'calendar-days', 'weeks', 'months'];

class UsageError extends Error {}

export function runCli(argv: readonly string[], out: Writer, err: Writer): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('missing command: try `luton-safeguarding-rules --help`');
    if (command === '--help' || command === '-h' || command === 'help') {
      usage.forEach((line) => out(line));
      return 0;
    }
    if (command === 'deadline') return deadlineCommand(rest, out);
    if (command === 'holidays') return holidaysCommand(rest, out);
    throw new UsageError(`unknown command "${clip(command)}": expected deadline or holidays (see --help)`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`error: ${error.message}`);
      return 2;
    }
    if (error instanceof SafeguardingInputError) {
      err(`error: ${error.issues.map((i) => i.message).join('; ')}`);
      return 2;
    }
    err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function deadlineCommand(args: readonly string[], out: Writer): number {
  const positional: string[] = [];
  let unit: PeriodUnit = 'working-days';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      usage.forEach((line) => out(line));
      return 0;
    }
    if (arg === '--unit' || arg.startsWith('--unit=')) {
      const value = arg === '--unit' ? args[++i] : arg.slice('--unit='.length);
      if (value === undefined || !UNITS.includes(value as PeriodUnit)) {
        throw new UsageError(`--unit: expected one of ${UNITS.join(', ')}`);
      }
      unit = value as PeriodUnit;
    } else if (arg.startsWith('--') || (arg.startsWith('-') && !/^-\d+$/.test(arg))) {
      throw new UsageError(`unknown option "${clip(arg)}" (see --help)`);
    } else positional.push(arg);
  }
  if (positional.length !== 2) throw new UsageError('deadline needs a date and a number, e.g. `deadline 2026-12-18 5`');
  const [date, count] = positional as [string, string];
  if (!/^[+-]?\d{1,7}$/.test(count)) throw new UsageError(`n: expected a whole number, got "${clip(count)}"`);
  formatDeadline(explainDeadline(date, Number(count), unit)).forEach((line) => out(line));
  return 0;
}

function holidaysCommand(args: readonly string[], out: Writer): number {
  if (args.length !== 1) throw new UsageError('holidays needs one year, e.g. `holidays 2026`');
  const text = args[0]!;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`year: expected a four-digit year, got "${clip(text)}"`);
  const year = Number(text);
  formatHolidays(year, bankHolidays(year)).forEach((line) => out(line));
  return 0;
}

/** Arguments are echoed in errors only briefly, so a pasted paragraph is not repeated back. */
function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
