/**
 * The command line, as a function so tests can run it: parses the command,
 * runs it and returns the exit code: 0 for success, 2 for a bad command line
 * or bad input, 1 for anything unexpected. Errors of every kind are JSON on
 * stderr (`{ error: { type, issues } }`, see error-json.ts). The calendar commands load only
 * the calendar; a decision command loads the rules when it runs.
 */
import { SafeguardingInputError } from '../calendar/index.js';
import { version } from '../../package.json';
import { deadlineCommand, holidaysCommand } from './calendar-commands.js';
import { catalogueCommand } from './catalogue-command.js';
import { censusCommand } from './census-command.js';
import { clip, UsageError, type CliIo } from './cli-io.js';
import { decisionCommandNames, isDecisionCommand } from './decision-commands.js';
import { errorJson } from './error-json.js';
import { usage } from './format-output.js';
import { runDecision } from './run-decision.js';
import { serveCommand } from './serve-command.js';

export type { CliIo, Writer } from './cli-io.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('missing command: try `luton-safeguarding-rules --help`');
    if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
      for (const line of usage) await io.out(line);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      await io.out(version);
      return 0;
    }
    if (command === 'deadline') return await deadlineCommand(rest, io);
    if (command === 'holidays') return await holidaysCommand(rest, io);
    if (command === 'census') return await censusCommand(rest, io);
    if (command === 'catalogue') return await catalogueCommand(rest, io);
    if (command === 'serve') return await serveCommand(rest, io);
    if (isDecisionCommand(command)) return await runDecision(command, rest, io);
    throw new UsageError(`unknown command "${clip(command)}": expected deadline, holidays, census, catalogue, serve, ${decisionCommandNames.join(', ')} (see --help)`);
  } catch (error) {
    // Every error is one JSON line on stderr, whatever the command and output
    // format, so a program driving the command reads them all the same way.
    if (error instanceof UsageError) {
      await io.err(errorJson(undefined, 'input-error', [{ path: [], code: 'usage', message: error.message }]));
      return 2;
    }
    if (error instanceof SafeguardingInputError) {
      await io.err(errorJson(undefined, 'input-error', error.issues));
      return 2;
    }
    await io.err(errorJson(undefined, 'internal-error', [{ path: [], code: 'internal-error', message: error instanceof Error ? error.message : 'unexpected error' }]));
    return 1;
  }
}
