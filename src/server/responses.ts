/**
 * Writing answers. Every error has the command line's shape,
 * `{ "error": { "type", "issues": [{ "path", "code", "message" }] } }`, so a
 * case system reads errors from the service and the CLI with one parser;
 * the issues of an input error are the library's own (they never repeat the
 * caller's free text), and an unexpected failure says only that it happened.
 */
import type { ServerResponse } from 'node:http';
import type { InputIssue } from '../calendar/index.js';

/** What went wrong, each with its HTTP status. */
export const serviceErrorStatus = {
  'input-error': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-large': 413,
  'unsupported-media-type': 415,
  'internal-error': 500,
  unavailable: 503,
} as const;

export type ServiceErrorType = keyof typeof serviceErrorStatus;

export interface ServiceError {
  error: { type: ServiceErrorType; issues: InputIssue[] };
}

/** Headers every answer carries besides its own. */
export type Headers = Record<string, string | number>;

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  sendText(response, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

/** A body already serialised (the catalogues and the OpenAPI description are serialised once, at start). */
export function sendText(response: ServerResponse, status: number, text: string, contentType: string, headers: Headers = {}): void {
  response.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function errorBody(type: ServiceErrorType, issues: InputIssue[]): ServiceError {
  return { error: { type, issues } };
}

/** One issue that is not about a field of the input (the path is empty). */
export function requestIssue(code: InputIssue['code'], message: string): InputIssue {
  return { path: [], code, message };
}

export function sendError(response: ServerResponse, type: ServiceErrorType, issues: InputIssue[], headers: Headers = {}): void {
  sendJson(response, serviceErrorStatus[type], errorBody(type, issues), headers);
}

/** The one thing an unexpected failure says: no message, stack or input, which could hold internals or personal data. */
export const internalIssue: InputIssue = { path: [], code: 'internal-error', message: 'the service failed unexpectedly; the request was not decided' };
