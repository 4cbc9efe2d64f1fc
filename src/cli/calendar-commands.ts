/**
 * `deadline` and `holidays`: the calendar on the command line, as text or,
 * with `--json`, as JSON for scripts. Import only the calendar entry.
 */
import { bankHolidays, CONFIRMED_HORIZON_YEAR, type PeriodUnit } from '../calendar/index.js';
import { clip, UsageError, type CliIo } from './cli-io.js';
import { explainDeadline } from './explain-deadline.js';
import { formatDeadline, formatHolidays } from './format-output.js';

const UNITS: readonly PeriodUnit[] = ['working-days', 'calendar-days', 'weeks', 'months'];

export async function deadlineCommand(args: readonly string[], io: CliIo): Promise<number> {
  const positional: string[] = [];
  let unit: PeriodUnit = 'working-days';
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--unit' || arg.startsWith('--unit=')) {
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
  const explanation = explainDeadline(date, Number(count), unit);
  if (json) await io.out(JSON.stringify(explanation, null, 2));
  else for (const line of formatDeadline(explanation)) await io.out(line);
  return 0;
}

export async function holidaysCommand(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const option = rest.find((a) => a.startsWith('-'));
  if (option !== undefined) throw new UsageError(`unknown option "${clip(option)}" (see --help)`);
  if (rest.length !== 1) throw new UsageError('holidays needs one year, e.g. `holidays 2026`');
  const text = rest[0]!;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`year: expected a four-digit year, got "${clip(text)}"`);
  const year = Number(text);
  const holidays = bankHolidays(year);
  if (json) {
    // `provisional`: computed from the recurring rules, past the last year GOV.UK has published.
    await io.out(JSON.stringify({ year, provisional: year > CONFIRMED_HORIZON_YEAR, holidays }, null, 2));
  } else for (const line of formatHolidays(year, holidays)) await io.out(line);
  return 0;
}
