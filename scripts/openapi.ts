/**
 * The web service's OpenAPI 3.1 description, built from the service's own
 * route table (src/server/routes.ts) and the package's JSON Schemas, so it
 * lists exactly the endpoints the service has, with exactly the schemas the
 * package ships (as components, `#/components/schemas/<name>`). Written to
 * openapi.json by `npm run schemas` and served at `GET /openapi.json`.
 */
import { version } from '../package.json';
import { defaultServiceOptions, serviceOptionFlags } from '../src/server/service-options.js';
import { serviceErrorStatus } from '../src/server/responses.js';
import type { Route, SchemaRef } from '../src/server/route.js';
import { routes, rulesetHeaderNames } from '../src/server/routes.js';

type Json = Record<string, unknown>;

/**
 * A schema placed under components: its `$schema` and `title` dropped (the
 * document's dialect is 2020-12) and its internal references
 * (`#/$defs/...`) made absolute, because inside an OpenAPI document `#`
 * means the document, not the schema.
 */
function asComponent(name: string, schema: Json): Json {
  const { $schema: _dialect, title: _title, ...rest } = schema;
  const prefix = `#/components/schemas/${name}/$defs/`;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${prefix}`)) as Json;
}

const errorSchema: Json = {
  type: 'object',
  description: 'What went wrong: the same shape as the command line\'s errors. An input error\'s issues are the library\'s own; no issue repeats free text from the request.',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['type', 'issues'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', enum: Object.keys(serviceErrorStatus), description: 'The kind of error; it decides the HTTP status.' },
        issues: {
          type: 'array',
          description: 'Every problem found.',
          items: {
            type: 'object',
            required: ['path', 'code', 'message'],
            additionalProperties: false,
            properties: {
              path: { type: 'array', items: { type: ['string', 'integer'] }, description: 'Where: the argument (`input`, `options`, a query parameter), then keys and indexes into it. Empty for the request as a whole.' },
              code: { type: 'string', description: 'What is wrong, from a closed list (catalogue error-codes).' },
              message: { type: 'string', description: 'A readable sentence.' },
            },
          },
        },
      },
    },
  },
};

const errorResponses: Record<number, string> = {
  400: 'Bad input: the request body is not JSON, or the input (or a query parameter) is wrong. The issues say where and why.',
  413: 'The request body is over the size limit.',
  415: 'The request body is not of the media type the endpoint reads.',
  500: 'The service failed unexpectedly; nothing was decided. The answer says nothing more.',
  503: 'The service is shutting down; send the request again.',
};

function schemaOf(ref: SchemaRef, schemas: Map<string, Json>): Json {
  if (typeof ref !== 'string') return ref;
  if (!schemas.has(ref)) throw new Error(`no JSON Schema named "${ref}"`);
  return { $ref: `#/components/schemas/${ref}` };
}

function parameterSchema(type: 'integer' | 'date' | 'string'): Json {
  if (type === 'integer') return { type: 'integer' };
  if (type === 'date') return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  return { type: 'string' };
}

function operation(route: Route, schemas: Map<string, Json>): Json {
  const headers = route.rulesetHeaders
    ? {
        [rulesetHeaderNames.version]: { $ref: '#/components/headers/RulesetVersion' },
        [rulesetHeaderNames.hash]: { $ref: '#/components/headers/RulesetHash' },
        [rulesetHeaderNames.calendar]: { $ref: '#/components/headers/RulesetCalendar' },
      }
    : undefined;
  const errors = Object.fromEntries(
    Object.entries(errorResponses)
      .filter(([status]) => route.method === 'POST' || (status !== '413' && status !== '415'))
      .filter(([status]) => status !== '400' || route.method === 'POST' || route.query.length > 0)
      .map(([status, description]) => [status, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ServiceError' } } } }]),
  );
  const op: Json = {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
  };
  if (route.query.length > 0) {
    op.parameters = route.query.map((p) => ({
      name: p.name,
      in: 'query',
      required: p.required === true,
      description: p.description,
      schema: parameterSchema(p.type),
      ...(route.exampleQuery?.[p.name] !== undefined ? { example: route.exampleQuery[p.name] } : {}),
    }));
  }
  if (route.body) {
    op.requestBody = {
      required: true,
      content: { [route.body.mediaType]: { schema: schemaOf(route.body.schema, schemas), example: route.body.example() } },
    };
  }
  op.responses = {
    200: {
      description: route.result.description,
      ...(headers ? { headers } : {}),
      content: { [route.result.mediaType]: { schema: schemaOf(route.result.schema, schemas) } },
    },
    ...errors,
  };
  return op;
}

export function openApiDocument(schemas: Map<string, Json>): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, schemas);
  const limits = serviceOptionFlags.map((o) => `- \`${o.flag}\` (default ${defaultServiceOptions[o.key]}): ${o.description}`).join('\n');
  return {
    openapi: '3.1.0',
    info: {
      title: 'luton-safeguarding-rules',
      version,
      summary: "Luton's children's safeguarding policy and Working Together to Safeguard Children 2026 as explainable, cited decisions, over HTTP.",
      description: [
        'Started with `npx luton-safeguarding-rules serve`. Every decision endpoint takes the input of the library function of the same name and answers with its result, unchanged; `/batch/...` takes and gives JSON Lines, streamed. Nothing is stored between requests and nothing is logged but unexpected failures (without their message); the service has no authentication of its own: run it behind the case system\'s.',
        '',
        'Limits (flags of `serve`):',
        limits,
      ].join('\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: `http://${defaultServiceOptions.host}:${defaultServiceOptions.port}`, description: 'luton-safeguarding-rules serve, with its defaults' }],
    tags: [
      { name: 'decisions', description: 'One decision per request: the body is the function\'s input, the answer its result.' },
      { name: 'batch', description: 'Many inputs per request, as JSON Lines in and out, streamed.' },
      { name: 'calendar', description: 'Working days and bank holidays in England and Wales.' },
      { name: 'catalogues', description: 'Indicators, rules, timescales, interpretations, special circumstances and error codes, as data.' },
      { name: 'service', description: 'Health, versions and this description.' },
    ],
    paths,
    components: {
      schemas: {
        ...Object.fromEntries([...schemas].map(([name, schema]) => [name, asComponent(name, schema)])),
        ServiceError: errorSchema,
      },
      headers: {
        RulesetVersion: { description: 'The `ruleset.version` of the decision: `<package version>+<first 8 hex digits of the hash>`.', schema: { type: 'string' } },
        RulesetHash: { description: 'The `ruleset.hash` of the decision: SHA-256 (hex) of everything it depends on, calendar included.', schema: { type: 'string' } },
        RulesetCalendar: { description: 'The `ruleset.calendar`: the fingerprint of the calendar deadlines are counted on (`none` when the decision computes no date).', schema: { type: 'string' } },
      },
    },
  };
}
