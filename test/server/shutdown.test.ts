/**
 * Graceful shutdown over real connections: a request in flight when the
 * service is told to stop is answered in full; a new connection is refused;
 * a request that comes on a connection already open gets 503; a request
 * that never finishes is cut off after the grace period.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/server/service.js';
import { rawRequest } from './support.js';

/** Resolves when the server has a request (and, with `answered`, once it has answered it): no timing guesses on a busy machine. */
function nextRequest(server: Server, answered = false): Promise<void> {
  return new Promise((resolve) =>
    server.once('request', (_request: IncomingMessage, response: ServerResponse) => (answered ? response.once('finish', () => resolve()) : resolve())),
  );
}

const line = JSON.stringify({ indicators: ['need-level.intensive.health.self-harm'], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false });

describe('graceful shutdown', () => {
  it('a batch in flight is finished; a new connection is refused; a request after it on the same connection gets 503', async () => {
    const service = createService({ port: 0, shutdownGrace: 5000 });
    const url = await service.listen();
    const body = `${line}\n${line}\n${line}\n`;
    const head = `POST /batch/classify-need HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${body.length}\r\n\r\n`;
    let closed = false;
    // The head and the first line now; close() while the rest is on its way; then the rest, and a second request on the same connection.
    const started = nextRequest(service.server);
    const answer = rawRequest(url, [head + `${line}\n`, `${line}\n${line}\n`, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n'], 400);
    await started;
    const closing = service.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    expect(closed).toBe(false);
    const raw = await answer;
    await closing;
    const [first, second] = raw.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    const lines = first!.split('\r\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { line: number; result: { outcome: string } });
    expect(lines.map((l) => [l.line, l.result.outcome])).toEqual([
      [1, 'additional'],
      [2, 'additional'],
      [3, 'additional'],
    ]);
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second!.toLowerCase()).toContain('connection: close');
    expect(second).toContain('"code":"unavailable"');
  });

  it('an idle keep-alive connection is closed at once, and close() resolves', async () => {
    const service = createService({ port: 0, shutdownGrace: 60_000 });
    const url = await service.listen();
    const answered = nextRequest(service.server, true);
    const answer = rawRequest(url, ['GET /health HTTP/1.1\r\nHost: x\r\n\r\n'], 0, 30_000);
    await answered;
    const started = Date.now();
    await service.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('a request that never finishes is cut off after the grace period', async () => {
    const service = createService({ port: 0, shutdownGrace: 300, requestTimeout: 60_000 });
    const url = await service.listen();
    const inFlight = nextRequest(service.server);
    const answer = rawRequest(url, ['POST /classify-need HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{'], 0, 30_000);
    await inFlight;
    const started = Date.now();
    await service.close();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(5000);
    expect(await answer).toBe('');
  });
});
