/**
 * `luton-safeguarding-rules census FILE [--as-of DATE] [--summary] [--without-ids] [--timelines]`:
 * judges every child of a children in need census return.
 *
 * - Standard output: one JSON line per child, written as the file is read
 *   (without the full `timeline` unless `--timelines`: `input` reproduces it),
 *   then `{"summary": {...}, "complete": true}`; with `--summary`, the
 *   summary in plain text instead of any JSON.
 * - Standard error: one JSON line per child that could not be judged
 *   (`{"child": n, "line": l, "column": c, "error": {...}}`: `line` and
 *   `column` where the child starts, each issue with those of its own field)
 *   and the run goes
 *   on; a file that is not XML, not a census or truncated ends the run with
 *   `{"line": l, "column": c, "error": {...}}` after every child before it
 *   (and the summary of those, `"complete": false`).
 * - Exit code 2 when any child or the file had an input problem, else 0.
 */
import { open } from 'node:fs/promises';
import { SafeguardingInputError } from '../calendar/index.js';
import { clip, UsageError, type CliIo } from './cli-io.js';

export async function censusCommand(args: readonly string[], io: CliIo): Promise<number> {
  let asOf: string | undefined;
  let summaryText = false;
  let childIds = true;
  let timelines = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--summary') summaryText = true;
    else if (arg === '--without-ids') childIds = false;
    else if (arg === '--timelines') timelines = true;
    else if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      asOf = arg === '--as-of' ? args[++i] : arg.slice('--as-of='.length);
      if (asOf === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of: expected a date, YYYY-MM-DD');
    } else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${clip(arg)}" for census (see --help)`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('census reads one FILE (or - for standard input), e.g. `census cin-census.xml --summary`');
  const file = positional[0]!;
  if (file === '-' && io.stdin.isTTY) throw new UsageError('census reads a CIN census XML file: e.g. `census cin-census.xml`');

  // Loaded when the command runs, like the decisions: the calendar commands never load the XML reader.
  const { judgeCensus, formatCensusSummary } = await import('../census/index.js');
  const handle = file === '-' ? undefined : await openFile(file);
  const source = handle ? handle.createReadStream() : io.stdin;
  let badInput = false;
  try {
    const run = judgeCensus(source, { ...(asOf !== undefined ? { asOf } : {}), childIds });
    const writeSummary = async (complete: boolean) => {
      const summary = run.summary();
      if (summaryText) {
        if (!complete) await io.out('The file ended with an error (see standard error): this summary covers the children read before it.');
        for (const line of formatCensusSummary(summary)) await io.out(line);
      } else await io.out(JSON.stringify({ summary, complete }));
    };
    try {
      for await (const child of run) {
        if (!child.ok) {
          badInput = true;
          await io.err(JSON.stringify({ child: child.child, line: child.line, column: child.column, error: { type: 'input-error', issues: child.problems.map(issueJson) } }));
        } else if (!summaryText) {
          const { timeline, ...line } = child.result;
          await io.out(JSON.stringify(timelines ? child.result : line));
        }
      }
    } catch (error) {
      if (!(error instanceof SafeguardingInputError)) throw error;
      const first = error.issues[0] as { line?: number; column?: number } | undefined;
      await io.err(JSON.stringify({ ...(first?.line !== undefined ? { line: first.line, column: first.column } : {}), error: { type: 'input-error', issues: error.issues.map(issueJson) } }));
      if (run.header) await writeSummary(false);
      return 2;
    }
    await writeSummary(true);
    return badInput ? 2 : 0;
  } finally {
    await handle?.close();
  }
}

/** An issue as printed: with the line and column of the field it is about, where the reader knows them (the line's own `line` and `column` are where the child starts). */
function issueJson(issue: { path: (string | number)[]; code: string; message: string; line?: number; column?: number }) {
  return issue.line === undefined ? { path: issue.path, code: issue.code, message: issue.message } : { path: issue.path, code: issue.code, message: issue.message, line: issue.line, column: issue.column };
}

async function openFile(file: string) {
  try {
    return await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read "${clip(file)}"${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
}
