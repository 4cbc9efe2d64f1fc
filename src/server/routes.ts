/**
 * Every endpoint of the service, in one table that both the dispatcher
 * (service.ts) and the OpenAPI description (scripts/generate-openapi.ts)
 * read. The handlers are thin: read the request, call the public API,
 * answer with what it returns.
 */
import { version as packageVersion } from '../../package.json';
import { catalogueInfo, catalogueNames } from '../catalogues/catalogues.js';
import { runBatch } from './batch.js';
import { calendarOperations } from './calendar-operations.js';
import { decisionEndpoints, type DecisionEndpoint } from './decisions.js';
import { classifyNeedBatchExample } from './examples.js';
import { readQuery } from './query.js';
import { readJson } from './read-body.js';
import type { Headers } from './responses.js';
import type { Reply, RequestContext, Route } from './route.js';

/** The ruleset headers of a decision's answers. */
export const rulesetHeaderNames = { version: 'luton-ruleset-version', hash: 'luton-ruleset-hash', calendar: 'luton-ruleset-calendar' } as const;

function rulesetHeaders(ruleset: unknown): Headers {
  if (ruleset === null || typeof ruleset !== 'object') return {};
  const { version, hash, calendar } = ruleset as Record<string, unknown>;
  if (typeof version !== 'string' || typeof hash !== 'string') return {};
  const headers: Headers = { [rulesetHeaderNames.version]: version, [rulesetHeaderNames.hash]: hash };
  if (typeof calendar === 'string') headers[rulesetHeaderNames.calendar] = calendar;
  return headers;
}

/** A decision's result is given back with `no-store`: it holds the input, which is about a child. */
const PRIVATE: Headers = { 'cache-control': 'no-store' };

function decisionRoute(endpoint: DecisionEndpoint): Route {
  return {
    method: 'POST',
    path: `/${endpoint.name}`,
    operationId: endpoint.functionName,
    tag: 'decisions',
    summary: endpoint.summary,
    description: `The body is the input of \`${endpoint.functionName}\`; the answer is its result.${endpoint.options.length > 0 ? ' Its options are query parameters.' : ''}`,
    query: endpoint.options,
    body: { mediaType: 'application/json', schema: endpoint.inputSchema, example: endpoint.example },
    result: { mediaType: 'application/json', schema: endpoint.resultSchema, description: `The result of ${endpoint.functionName}.` },
    rulesetHeaders: true,
    async handle(context: RequestContext): Promise<Reply> {
      const options = readQuery(context.query, endpoint.options);
      const input = await readJson(context.request, context.options.bodyLimit);
      const result = endpoint.run(input, options) as Record<string, unknown>;
      // verify answers about the stored decision's ruleset: the one this version decides it with.
      const ruleset = endpoint.name === 'verify' ? context.prepared.rulesets[String((input as Record<string, unknown>).decision)] : result.ruleset;
      return { kind: 'json', body: result, headers: { ...PRIVATE, ...rulesetHeaders(ruleset) } };
    },
  };
}

function batchRoute(endpoint: DecisionEndpoint): Route {
  return {
    method: 'POST',
    path: `/batch/${endpoint.name}`,
    operationId: `${endpoint.functionName}Batch`,
    tag: 'batch',
    summary: `${endpoint.summary}: many inputs, as JSON Lines`,
    description:
      'The body is JSON Lines: one input per line. The answer streams one line per input, in order, as each is decided: `{"line":n,"result":{...}}`, or `{"line":n,"error":{...}}` for a bad line (the batch goes on). A batch over a limit ends with a line `{"error":{"type":"too-large",...}}`.',
    query: [],
    body: {
      mediaType: 'application/x-ndjson',
      schema: { type: 'string', description: `JSON Lines: one input of ${endpoint.functionName} per line.` },
      example: () => (endpoint.name === 'classify-need' ? classifyNeedBatchExample : `${JSON.stringify(endpoint.example())}\n`),
    },
    result: {
      mediaType: 'application/x-ndjson',
      schema: { type: 'string', description: 'JSON Lines: one `{"line":n,"result":...}` or `{"line":n,"error":...}` per input line.' },
      description: 'One line per input line, streamed in order.',
    },
    rulesetHeaders: endpoint.decision !== undefined,
    handle: (context) => runBatch(context, endpoint, endpoint.decision ? rulesetHeaders(context.prepared.rulesets[endpoint.decision]) : {}),
  };
}

const calendarRoutes: Route[] = calendarOperations.map((operation) => ({
  method: 'GET',
  path: `/calendar/${operation.name}`,
  operationId: operation.functionName,
  tag: 'calendar',
  summary: `${operation.summary} (${operation.functionName})`,
  description: 'On the England and Wales calendar. The query parameters are the function\'s arguments, by name.',
  query: operation.parameters,
  result: {
    mediaType: 'application/json',
    schema: { type: 'object', required: ['result'], additionalProperties: false, properties: { result: operation.result } },
    description: `\`{ "result": ... }\`: what ${operation.functionName} returns.`,
  },
  exampleQuery: operation.example,
  handle: (context) => ({ kind: 'json', body: { result: operation.run(readQuery(context.query, operation.parameters)) } }),
}));

const catalogueRoutes: Route[] = [
  {
    method: 'GET',
    path: '/catalogues',
    operationId: 'catalogues',
    tag: 'catalogues',
    summary: 'The catalogues the library publishes as data, with where to get each',
    query: [],
    result: {
      mediaType: 'application/json',
      schema: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'description', 'path', 'schema'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', enum: [...catalogueNames], description: 'The catalogue name.' },
            description: { type: 'string', description: 'What it lists.' },
            path: { type: 'string', description: 'Where the service serves it.' },
            schema: { type: 'string', description: 'Its JSON Schema in the package: luton-safeguarding-rules/json-schema/<schema>.' },
          },
        },
      },
      description: 'One entry per catalogue.',
    },
    handle: () => ({
      kind: 'json',
      body: catalogueNames.map((name) => ({
        name,
        description: catalogueInfo[name].description,
        path: `/catalogues/${name}`,
        schema: `catalogue-${name}.schema.json`,
      })),
    }),
  },
  ...catalogueNames.map(
    (name): Route => ({
      method: 'GET',
      path: `/catalogues/${name}`,
      operationId: `catalogue${name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`,
      tag: 'catalogues',
      summary: catalogueInfo[name].description,
      description: `The same JSON as catalogues/${name}.json in the package and \`luton-safeguarding-rules catalogue ${name}\`.`,
      query: [],
      result: { mediaType: 'application/json', schema: `catalogue-${name}`, description: `The ${name} catalogue.` },
      handle: (context) => ({ kind: 'text', text: context.prepared.catalogues.get(name)!, contentType: 'application/json; charset=utf-8' }),
    }),
  ),
];

const serviceRoutes: Route[] = [
  {
    method: 'GET',
    path: '/health',
    operationId: 'health',
    tag: 'service',
    summary: 'Whether the service is taking requests (503 while it shuts down)',
    query: [],
    result: {
      mediaType: 'application/json',
      schema: { type: 'object', required: ['status'], additionalProperties: false, properties: { status: { const: 'ok', description: 'Always ok: a service shutting down answers 503.' } } },
      description: 'The service is up.',
    },
    handle: () => ({ kind: 'json', body: { status: 'ok' } }),
  },
  {
    method: 'GET',
    path: '/version',
    operationId: 'version',
    tag: 'service',
    summary: 'The package version and the ruleset each decision is made with',
    query: [],
    result: {
      mediaType: 'application/json',
      schema: {
        type: 'object',
        required: ['packageVersion', 'rulesets'],
        additionalProperties: false,
        properties: {
          packageVersion: { type: 'string', description: 'The version of luton-safeguarding-rules the service runs.' },
          rulesets: {
            type: 'object',
            description: "By decision (a result's `decision`): the `ruleset` its results carry on the England and Wales calendar.",
            additionalProperties: {
              type: 'object',
              required: ['version', 'packageVersion', 'hash', 'calendar'],
              additionalProperties: false,
              properties: {
                version: { type: 'string', description: '`<package version>+<first 8 hex digits of the hash>`.' },
                packageVersion: { type: 'string', description: 'The package version.' },
                hash: { type: 'string', description: 'SHA-256 (hex) of everything the decision depends on, calendar included.' },
                calendar: { type: 'string', description: 'The fingerprint of the calendar deadlines are counted on (`none` when the decision computes no date).' },
              },
            },
          },
        },
      },
      description: 'The versions.',
    },
    handle: (context) => ({ kind: 'json', body: { packageVersion, rulesets: context.prepared.rulesets } }),
  },
  {
    method: 'GET',
    path: '/openapi.json',
    operationId: 'openApi',
    tag: 'service',
    summary: 'This description (OpenAPI 3.1), the same as openapi.json in the package',
    query: [],
    result: { mediaType: 'application/json', schema: { type: 'object', description: 'An OpenAPI 3.1 document.' }, description: 'The OpenAPI description.' },
    handle: (context) => ({ kind: 'text', text: context.prepared.openApi, contentType: 'application/json; charset=utf-8' }),
  },
];

export const routes: readonly Route[] = [
  ...serviceRoutes,
  ...decisionEndpoints.map(decisionRoute),
  ...decisionEndpoints.map(batchRoute),
  ...calendarRoutes,
  ...catalogueRoutes,
];
