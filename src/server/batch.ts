/**
 * `POST /batch/<decision>`: JSON Lines in, JSON Lines out, streamed. Each
 * line of the body is one input; each gets one line back, in order, as soon
 * as it is decided: `{"line":n,"result":{...}}`, or `{"line":n,"error":{...}}`
 * for a bad line (the batch goes on), exactly as the command line writes
 * them. A batch that passes a limit (its size, a line's length, its number
 * of lines) ends with one `{"error":{"type":"too-large",...}}` line and the
 * connection is closed. The lines are read by the command line's own reader
 * (src/cli/read-records.ts).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SafeguardingInputError } from '../calendar/index.js';
import { readRecords } from '../cli/read-records.js';
import type { DecisionEndpoint } from './decisions.js';
import { lineLimits, LimitExceeded } from './line-limits.js';
import { BodyError, checkMediaType, isJsonLinesType } from './read-body.js';
import { errorBody, internalIssue, requestIssue, type Headers } from './responses.js';
import type { Reply, RequestContext } from './route.js';
import { writeLine } from './write-line.js';

/** Lines decided between two turns of the event loop, so a long batch never holds up other requests for long. */
const LINES_PER_TURN = 32;

const unreadable = {
  'invalid-json': requestIssue('invalid-json', 'not valid JSON'),
  'empty-input': requestIssue('empty-input', 'no input: expected JSON Lines, one JSON object per line'),
};

export async function runBatch(context: RequestContext, endpoint: DecisionEndpoint, headers: Headers): Promise<Reply> {
  const { request, response, options } = context;
  checkMediaType(request, isJsonLinesType, 'application/x-ndjson');
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.batchBodyLimit) {
    throw new BodyError('too-large', requestIssue('too-large', `the batch body is larger than the limit of ${options.batchBodyLimit} bytes`), true);
  }

  const limited = lineLimits(options.batchBodyLimit, options.bodyLimit);
  request.pipe(limited);
  // A client that disconnects mid-batch: stop reading (pipe does not pass the end on).
  request.once('close', () => {
    if (!request.complete) limited.destroy(new Error('the client closed the connection'));
  });

  response.writeHead(200, { ...context.baseHeaders(), ...headers, 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  let lines = 0;
  let stopped = false;
  try {
    for await (const record of readRecords(limited, { lines: true }).records()) {
      if (response.destroyed) break;
      if (++lines > options.batchLines) {
        stopped = true;
        await writeLine(response, JSON.stringify(errorBody('too-large', [requestIssue('too-large', `the batch has more than the limit of ${options.batchLines} lines`)])));
        break;
      }
      const line = record.line;
      if (!record.ok) {
        const body = errorBody('input-error', [unreadable[record.problem]]);
        await writeLine(response, JSON.stringify(line === undefined ? body : { line, ...body }));
        continue;
      }
      let out: string;
      try {
        out = JSON.stringify({ line, result: endpoint.run(record.value, {}) });
      } catch (error) {
        out =
          error instanceof SafeguardingInputError
            ? JSON.stringify({ line, ...errorBody('input-error', error.issues) })
            : JSON.stringify({ line, ...errorBody('internal-error', [internalIssue]) });
        if (!(error instanceof SafeguardingInputError)) reportFailure(error);
      }
      await writeLine(response, out);
      if (lines % LINES_PER_TURN === 0) await nextTurn();
    }
  } catch (error) {
    if (!(error instanceof LimitExceeded)) {
      // The client went away: there is no one to answer.
      response.destroy();
      return { kind: 'streamed' };
    }
    stopped = true;
    await writeLine(response, JSON.stringify(errorBody('too-large', [requestIssue('too-large', error.message)])));
  }
  if (stopped) {
    // The rest of the body is not read: the connection cannot carry another request.
    request.unpipe(limited);
    response.once('finish', () => request.socket.destroy());
  }
  response.end();
  return { kind: 'streamed' };
}

/**
 * An unexpected failure goes to the operator's log (standard error): its
 * kind and where it happened, without its message, which could quote the
 * input.
 */
export function reportFailure(error: unknown): void {
  const where = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n') : '';
  const kind = error instanceof Error ? error.name : typeof error;
  process.stderr.write(`luton-safeguarding-rules serve: unexpected failure (${kind})${where ? `\n${where}` : ''}\n`);
}
