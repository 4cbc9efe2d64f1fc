/**
 * The shape of one endpoint: what the dispatcher needs to answer it and what
 * the OpenAPI description says of it. Both read the same table (routes.ts),
 * so the description cannot list an endpoint the service lacks or miss one
 * it has.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResultRuleset } from '../index.js';
import type { QueryParameter } from './query.js';
import type { Headers } from './responses.js';
import type { ServiceOptions } from './service-options.js';

/** A JSON Schema: the name of a file in json-schema/ (without `.schema.json`), or the schema itself. */
export type SchemaRef = string | Record<string, unknown>;

export type Reply =
  | { kind: 'json'; body: unknown; headers?: Headers }
  | { kind: 'text'; text: string; contentType: string; headers?: Headers }
  /** The handler wrote the whole answer itself (a streamed batch). */
  | { kind: 'streamed' };

/** What the service works out once, at start, and every request reads (never writes). */
export interface Prepared {
  /** The OpenAPI description, serialised. */
  openApi: string;
  /** Each catalogue, serialised. */
  catalogues: ReadonlyMap<string, string>;
  /** The ruleset each decision's results carry (by the result's `decision`), as its example's result shows. */
  rulesets: Readonly<Record<string, ResultRuleset>>;
}

export interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  query: URLSearchParams;
  options: Readonly<ServiceOptions>;
  prepared: Prepared;
  /** Headers every answer carries (the package version; `connection: close` while shutting down). */
  baseHeaders(): Headers;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  tag: 'service' | 'decisions' | 'batch' | 'calendar' | 'catalogues';
  summary: string;
  description?: string;
  query: readonly QueryParameter[];
  /** The request body, for POST. */
  body?: { mediaType: 'application/json' | 'application/x-ndjson'; schema: SchemaRef; example: () => unknown };
  /** The successful answer (200). */
  result: { mediaType: string; schema: SchemaRef; description: string };
  /** Query arguments of the example request. */
  exampleQuery?: Record<string, string>;
  /** True when the answer carries the ruleset headers. */
  rulesetHeaders?: boolean;
  handle(context: RequestContext): Promise<Reply> | Reply;
}
