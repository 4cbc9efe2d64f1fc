/**
 * Reading a request body: its media type checked first (with Node's own
 * `MIMEType` parser), then at most `limit` bytes, then JSON. A body declared
 * larger than the limit is refused before any of it is read; one that turns
 * out larger is refused as soon as it passes the limit, and the rest of it
 * is not read (the connection is closed after the answer).
 */
import type { IncomingMessage } from 'node:http';
import { MIMEType } from 'node:util';
import type { InputIssue } from '../calendar/index.js';
import { requestIssue, type ServiceErrorType } from './responses.js';

/** Why a body could not be read, as the error to answer with. */
export class BodyError extends Error {
  constructor(
    readonly type: ServiceErrorType,
    readonly issue: InputIssue,
    /** True when unread bytes may be left on the connection, so it must not be reused. */
    readonly closeConnection = false,
  ) {
    super(issue.message);
  }
}

/** The media types a JSON endpoint accepts (`application/json`, or any `+json` type), in UTF-8. */
export function isJsonType(type: MIMEType): boolean {
  return type.type === 'application' && (type.subtype === 'json' || type.subtype.endsWith('+json'));
}

/** JSON Lines, as the batch endpoints accept it: `application/x-ndjson`, `application/jsonl` or `application/jsonlines`. */
export function isJsonLinesType(type: MIMEType): boolean {
  return type.type === 'application' && ['x-ndjson', 'ndjson', 'jsonl', 'x-jsonlines', 'jsonlines'].includes(type.subtype);
}

/**
 * Checks the request's `Content-Type` against `accepts`; the charset, when
 * given, must be UTF-8 (what JSON is).
 */
export function checkMediaType(request: IncomingMessage, accepts: (type: MIMEType) => boolean, expected: string): void {
  const header = request.headers['content-type'];
  let type: MIMEType | undefined;
  try {
    type = header === undefined ? undefined : new MIMEType(header);
  } catch {
    type = undefined;
  }
  const charset = type?.params.get('charset')?.toLowerCase();
  if (type === undefined || !accepts(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new BodyError('unsupported-media-type', requestIssue('unsupported-media-type', `expected a body of type ${expected} (UTF-8)`), true);
  }
}

function tooLarge(limit: number): BodyError {
  return new BodyError('too-large', requestIssue('too-large', `the request body is larger than the limit of ${limit} bytes`), true);
}

/**
 * The body as text, refusing more than `limit` bytes. Read with listeners,
 * not `for await`: leaving an async iterator early destroys the request,
 * and with it the connection the 413 must go back on.
 */
export function readText(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      request.pause();
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => {
      stop();
      reject(new Error('the client closed the connection before sending the whole body'));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}

/** The body as parsed JSON (`application/json`). */
export async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  checkMediaType(request, isJsonType, 'application/json');
  const text = await readText(request, limit);
  if (text.trim() === '') throw new BodyError('input-error', requestIssue('empty-input', 'no input: expected a JSON object in the request body'));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text around the mistake: it is not repeated.
    throw new BodyError('input-error', requestIssue('invalid-json', 'the request body is not valid JSON'));
  }
}
