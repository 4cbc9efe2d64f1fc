/**
 * The web service: Node's own HTTP server, the route table, and a graceful
 * shutdown. Node's server gives the time limits (headers, whole request,
 * idle connections), keep-alive and the closing of idle connections; what it
 * does not do, the service adds in a few lines: the body size limits
 * (read-body.ts, line-limits.ts) and the media type checks (with Node's
 * `MIMEType`).
 *
 * Stateless: nothing is kept between requests but what was worked out at
 * start (the serialised catalogues and OpenAPI description, each decision's
 * ruleset), which no request changes. Nothing is logged but unexpected
 * failures, and those without their message.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import openApiDocument from '../../openapi.json';
import { version as packageVersion } from '../../package.json';
import { SafeguardingInputError } from '../calendar/index.js';
import { catalogueJson, catalogueNames } from '../catalogues/catalogues.js';
import { reportFailure } from './batch.js';
import { decisionEndpoints } from './decisions.js';
import { BodyError } from './read-body.js';
import { internalIssue, requestIssue, sendError, sendJson, sendText, type Headers } from './responses.js';
import type { Prepared, RequestContext, Route } from './route.js';
import { routes } from './routes.js';
import { defaultServiceOptions, type ServiceOptions } from './service-options.js';

export interface Service {
  server: Server;
  options: Readonly<ServiceOptions>;
  /** Starts listening; resolves with the address, e.g. `http://127.0.0.1:8080`. */
  listen(): Promise<string>;
  /**
   * Stops taking connections, lets the requests in flight finish (new
   * requests on open connections get 503), and after `shutdownGrace` closes
   * whatever is left. Resolves when the server has closed.
   */
  close(): Promise<void>;
}

/** Works out once what every request reads. */
export function prepare(): Prepared {
  const rulesets: Record<string, never> = {};
  for (const endpoint of decisionEndpoints) {
    if (!endpoint.decision) continue;
    const result = endpoint.run(endpoint.example(), {}) as { ruleset: never };
    rulesets[endpoint.decision] = result.ruleset;
  }
  return {
    openApi: JSON.stringify(openApiDocument),
    catalogues: new Map(catalogueNames.map((name) => [name, catalogueJson(name)])),
    rulesets,
  };
}

const byPath = new Map<string, Route[]>();
for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

export function createService(overrides: Partial<ServiceOptions> = {}): Service {
  const options: Readonly<ServiceOptions> = Object.freeze({ ...defaultServiceOptions, ...overrides });
  const prepared = prepare();
  let closing = false;

  const baseHeaders = (): Headers => ({
    'luton-safeguarding-rules-version': packageVersion,
    'x-content-type-options': 'nosniff',
    ...(closing ? { connection: 'close' } : {}),
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://service.invalid');
    } catch {
      return sendError(response, 'not-found', [requestIssue('not-found', 'no endpoint at this path: see /openapi.json')], baseHeaders());
    }
    if (closing) return sendError(response, 'unavailable', [requestIssue('unavailable', 'the service is shutting down: send the request again')], baseHeaders());
    const candidates = byPath.get(url.pathname);
    if (!candidates) return sendError(response, 'not-found', [requestIssue('not-found', 'no endpoint at this path: see /openapi.json')], baseHeaders());
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      const allowed = candidates.map((r) => r.method).join(', ');
      return sendError(response, 'method-not-allowed', [requestIssue('method-not-allowed', `this endpoint takes ${allowed}`)], { ...baseHeaders(), allow: allowed });
    }
    const context: RequestContext = { request, response, query: url.searchParams, options, prepared, baseHeaders };
    try {
      const reply = await route.handle(context);
      if (reply.kind === 'json') sendJson(response, 200, reply.body, { ...baseHeaders(), ...reply.headers });
      else if (reply.kind === 'text') sendText(response, 200, reply.text, reply.contentType, { ...baseHeaders(), ...reply.headers });
    } catch (error) {
      if (response.destroyed || request.socket.destroyed) {
        // The client went away (or its time ran out) while sending: there is no one to answer.
        return;
      }
      if (response.headersSent) {
        // A streamed answer failed part way: the client sees it cut short.
        reportFailure(error);
        response.destroy();
      } else if (error instanceof SafeguardingInputError) {
        sendError(response, 'input-error', error.issues, baseHeaders());
      } else if (error instanceof BodyError) {
        sendError(response, error.type, [error.issue], { ...baseHeaders(), ...(error.closeConnection ? { connection: 'close' } : {}) });
      } else {
        reportFailure(error);
        sendError(response, 'internal-error', [internalIssue], baseHeaders());
      }
    }
  }

  const server = createServer(
    {
      headersTimeout: options.headersTimeout,
      requestTimeout: options.requestTimeout,
      // How often Node checks the two limits above (30 s by default, which would let a slow client hold on for that long).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(options.headersTimeout / 4))),
    },
    (request, response) => void handle(request, response),
  );
  server.timeout = options.idleTimeout;
  // `Expect: 100-continue` (curl sends it for large bodies): a body declared over the limit is refused before it is sent.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url?.split('?')[0] ?? '/';
    const limit = path.startsWith('/batch/') ? options.batchBodyLimit : options.bodyLimit;
    if (!(Number(request.headers['content-length']) > limit) && !closing) response.writeContinue();
    void handle(request, response);
  });

  return {
    server,
    options,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const { address, port } = server.address() as AddressInfo;
          resolve(`http://${address.includes(':') ? `[${address}]` : address}:${port}`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        closing = true;
        // Stops listening and closes idle connections; requests in flight go on.
        server.close(() => resolve());
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), options.shutdownGrace);
        force.unref();
        server.once('close', () => clearTimeout(force));
      }),
  };
}
