/** Starting the service on a free port of 127.0.0.1 for a test file, and raw HTTP for the requests fetch will not send. */
import { connect } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createService, type Service } from '../../src/server/service.js';
import type { ServiceOptions } from '../../src/server/service-options.js';

/** A service for the tests of one file; `url()` is its address once started. */
export function useService(options: Partial<ServiceOptions> = {}) {
  let service: Service | undefined;
  let url = '';
  beforeAll(async () => {
    service = createService({ port: 0, host: '127.0.0.1', ...options });
    url = await service.listen();
  });
  afterAll(async () => {
    await service?.close();
  });
  return { url: () => url, service: () => service! };
}

export const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * Sends `parts` over a plain TCP connection, waiting `gapMs` between them,
 * and resolves with everything the server sent back once it closes the
 * connection (or after `timeoutMs`).
 */
export function rawRequest(url: string, parts: (string | Buffer)[], gapMs = 0, timeoutMs = 10_000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(Buffer.concat(received).toString('latin1'));
    }, timeoutMs);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while we are still writing: what it said before is the answer.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(received).toString('latin1'));
    });
    socket.on('connect', async () => {
      for (const part of parts) {
        if (socket.destroyed) break;
        socket.write(part);
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
  });
}

/** The status code of a raw HTTP answer (the first one, when several came on one connection). */
export const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
/** The body of a raw answer (after the blank line). */
export const bodyOf = (raw: string) => raw.slice(raw.indexOf('\r\n\r\n') + 4);
