/**
 * `luton-safeguarding-rules <decision> [FILE|-] [--lines] [--summary]`: runs one
 * decision per input record and writes each result.
 *
 * - One JSON document in: the result as indented JSON out (exit 0), or the
 *   input error as one JSON line on stderr (exit 2).
 * - JSON Lines in: `{"line":n,"result":{…}}` per good record on stdout and
 *   `{"line":n,"error":{…}}` per bad record on stderr, in input order,
 *   streamed; a bad record does not stop the batch. The exit code is 2 when
 *   any record was bad, 1 when any failed unexpectedly, else 0.
 * - `--lines`: JSON Lines out even for a single record (a batch that
 *   happens to hold one line keeps its format).
 * - `--summary`: plain English on stdout instead of JSON (errors stay JSON).
 */
import { open } from 'node:fs/promises';
import { SafeguardingInputError } from '../calendar/index.js';
import { clip, UsageError, type CliIo } from './cli-io.js';
import { CommandNotAvailableError, decisionFunction, type DecisionCommandName, type DecisionFunction } from './decision-commands.js';
import { errorJson, unreadableIssue } from './error-json.js';
import { formatSummary } from './format-summary.js';
import { readRecords } from './read-records.js';

export async function runDecision(name: DecisionCommandName, args: readonly string[], io: CliIo): Promise<number> {
  let summary = false;
  let lines = false;
  const positional: string[] = [];
  for (const arg of args) {
    if (arg === '--summary') summary = true;
    else if (arg === '--lines') lines = true;
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${clip(arg)}" for ${name} (see --help)`);
    else positional.push(arg);
  }
  if (positional.length > 1) throw new UsageError(`${name} reads one FILE (or - for standard input)`);
  const file = positional[0] ?? '-';
  if (file === '-' && io.stdin.isTTY) throw new UsageError(`${name} reads JSON from a FILE or from standard input: e.g. \`${name} case.json\` or \`... | ${name} -\``);

  let fn: DecisionFunction;
  try {
    fn = await decisionFunction(name);
  } catch (error) {
    if (!(error instanceof CommandNotAvailableError)) throw error;
    await io.err(errorJson(undefined, 'not-available', [{ path: [], code: 'not-available', message: error.message }]));
    return 1;
  }

  const handle = file === '-' ? undefined : await openFile(file);
  const source = handle ? handle.createReadStream({ encoding: 'utf8' }) : io.stdin;
  try {
    const stream = readRecords(source, { lines });
    const batch = (await stream.format()) === 'lines';
    let badInput = false;
    let failed = false;
    for await (const record of stream.records()) {
      if (!record.ok) {
        badInput = true;
        await io.err(errorJson(record.line, 'input-error', [unreadableIssue[record.problem]]));
        continue;
      }
      let result: unknown;
      try {
        result = await fn(record.value as never);
      } catch (error) {
        if (error instanceof SafeguardingInputError) {
          badInput = true;
          await io.err(errorJson(record.line, 'input-error', error.issues));
        } else {
          failed = true;
          const message = error instanceof Error ? error.message : 'unexpected error';
          await io.err(errorJson(record.line, 'internal-error', [{ path: [], code: 'internal-error', message }]));
        }
        continue;
      }
      if (summary) {
        if (batch) await io.out(`Line ${record.line}:`);
        for (const line of formatSummary(result)) await io.out(batch ? `  ${line}` : line);
        if (batch) await io.out('');
      } else if (batch) {
        await io.out(JSON.stringify({ line: record.line, result }));
      } else {
        await io.out(JSON.stringify(result, null, 2));
      }
    }
    return failed ? 1 : badInput ? 2 : 0;
  } finally {
    await handle?.close();
  }
}

async function openFile(file: string) {
  try {
    return await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read "${clip(file)}"${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
}
