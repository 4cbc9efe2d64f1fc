/**
 * Requests a case system (or an attacker) may send by mistake, over real
 * HTTP on 127.0.0.1: each gets its own status and the error shape, never a
 * hang, a crash or a word of the request repeated back.
 */
import { request } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { decisionEndpoints } from '../../src/server/decisions.js';
import { bodyOf, rawRequest, statusOf, useService } from './support.js';

const LIMIT = 64 * 1024;
const { url } = useService({ bodyLimit: LIMIT, batchBodyLimit: 4 * LIMIT, batchLines: 50, headersTimeout: 600, requestTimeout: 1500 });

const post = (path: string, body: string, contentType = 'application/json') => fetch(`${url()}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
const errorOf = async (response: Response) => ((await response.json()) as { error: { type: string; issues: { path: unknown[]; code: string; message: string }[] } }).error;

describe('bad bodies', () => {
  it('not JSON: 400 invalid-json, without the text', async () => {
    const response = await post('/serious-incident', '{"childDied": true, "name": "Jane Smith"');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { type: 'input-error', issues: [{ path: [], code: 'invalid-json', message: 'the request body is not valid JSON' }] } });
    expect(text).not.toContain('Jane');
  });

  it('an empty body: 400 empty-input', async () => {
    const response = await post('/classify-need', '');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues[0]!.code).toBe('empty-input');
  });

  it("JSON that is a wrong input: 400 with the library's issues, no free text repeated", async () => {
    const response = await post('/national-alert', JSON.stringify({ asOf: '2026-02-30', childProtectionPlan: 'Jane Smith, 07700 900123', notes: 'lives at 1 High Street' }));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.type).toBe('input-error');
    expect(error.issues.map((i) => i.code).sort()).toEqual(['invalid-date', 'invalid-type', 'unknown-key']);
    const text = JSON.stringify(error);
    for (const secret of ['Jane', '07700', 'High Street']) expect(text).not.toContain(secret);
  });

  it('a wrong content type: 415, and no content type at all: 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'not a media type']) {
      const response = await post('/serious-incident', '{}', type);
      expect(response.status, type).toBe(415);
      expect((await errorOf(response)).issues[0]!.code).toBe('unsupported-media-type');
    }
    const raw = await rawRequest(url(), ['POST /serious-incident HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}']);
    expect(statusOf(raw)).toBe(415);
    // JSON Lines to a single-decision endpoint, and JSON to a batch endpoint.
    expect((await post('/serious-incident', '{}\n{}\n', 'application/x-ndjson')).status).toBe(415);
    expect((await post('/batch/serious-incident', '{}', 'application/json')).status).toBe(415);
  });

  it('application/json with charset=utf-8 and +json types are accepted', async () => {
    expect((await post('/classify-need', '{"indicators":[]}', 'application/json; charset=UTF-8')).status).toBe(200);
    expect((await post('/classify-need', '{"indicators":[]}', 'application/vnd.case+json')).status).toBe(200);
  });
});

describe('huge bodies', () => {
  it('a body declared over the limit: 413 before it is read, and the connection closed', async () => {
    const raw = await rawRequest(url(), [`POST /timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${LIMIT * 100}\r\n\r\n`, '{"asOf":']);
    expect(statusOf(raw)).toBe(413);
    expect(raw.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(bodyOf(raw)).error.issues[0].code).toBe('too-large');
  });

  it('a chunked body that grows over the limit: 413 as soon as it passes it', async () => {
    const chunk = `${'x'.repeat(16 * 1024)}`;
    const parts = [`POST /timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`];
    for (let i = 0; i < 8; i++) parts.push(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const raw = await rawRequest(url(), parts, 5);
    expect(statusOf(raw)).toBe(413);
  });

  it('Expect: 100-continue with a body over the limit: 413 instead of 100 Continue', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url()}/timeline`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': LIMIT * 10, expect: '100-continue' } });
      req.on('continue', () => reject(new Error('the service asked for the body')));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', () => undefined);
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('a batch line longer than the body limit, a batch over its size, and over its line count end with a too-large line', async () => {
    const good = JSON.stringify({ indicators: [] });
    const cases = [
      `${good}\n${'{"indicators":["' + 'x'.repeat(LIMIT) + '"]}'}\n${good}\n`,
      Array.from({ length: 60 }, () => good).join('\n'),
    ];
    for (const body of cases) {
      const response = await post('/batch/classify-need', body, 'application/x-ndjson');
      expect(response.status).toBe(200);
      const lines = (await response.text()).trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.at(-1)).toEqual({ error: { type: 'too-large', issues: [{ path: [], code: 'too-large', message: expect.stringMatching(/limit/) }] } });
      expect(lines[0].line).toBe(1);
    }
    // Over the batch's size: declared, it is refused before it is read.
    const tooBig = Array.from({ length: 5 }, () => `${'{"indicators":[],"x":"' + 'y'.repeat(LIMIT - 40) + '"}'}`).join('\n');
    expect((await post('/batch/classify-need', tooBig, 'application/x-ndjson')).status).toBe(413);
  });
});

describe('slow clients', () => {
  it('headers sent too slowly: 408 and the connection closed', async () => {
    const started = Date.now();
    const raw = await rawRequest(url(), ['GET /health HTTP/1.1\r\n', 'Host: x\r\n', 'X-Slow: 1\r\n', 'X-Slow: 2\r\n', 'X-Slow: 3\r\n', 'X-Slow: 4\r\n', '\r\n'], 300);
    expect(statusOf(raw)).toBe(408);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a body sent too slowly: 408', async () => {
    const parts = [`POST /classify-need HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n`, ...'{"indicators":[]}'.split('')];
    const raw = await rawRequest(url(), parts, 200);
    expect(statusOf(raw)).toBe(408);
  });
});

describe('paths, methods, failures', () => {
  it('an unknown path: 404; a wrong method: 405 with Allow', async () => {
    const notFound = await fetch(`${url()}/classify-need/extra`);
    expect(notFound.status).toBe(404);
    expect((await errorOf(notFound)).issues[0]!.code).toBe('not-found');
    const wrong = await fetch(`${url()}/health`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect((await fetch(`${url()}/classify-need`)).status).toBe(405);
  });

  it('a request target that is not a path: 404, and the service goes on', async () => {
    for (const target of ['http://[', '*', '/%E0%A4%A']) {
      expect(statusOf(await rawRequest(url(), [`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`])), target).toBe(404);
    }
    expect((await fetch(`${url()}/health`)).status).toBe(200);
  });

  it('an unknown or repeated query parameter: 400', async () => {
    const unknown = await fetch(`${url()}/calendar/add-working-days?date=2026-12-18&n=5&days=5`);
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).issues[0]).toMatchObject({ code: 'unknown-key', path: ['query'] });
    const repeated = await fetch(`${url()}/calendar/add-working-days?date=2026-12-18&n=5&n=6`);
    expect((await errorOf(repeated)).issues[0]).toMatchObject({ code: 'duplicate', path: ['query', 'n'] });
    const notNamed = await fetch(`${url()}/calendar/bank-holidays?year=2026&${encodeURIComponent('Jane Smith')}=1`);
    expect(JSON.stringify(await errorOf(notNamed))).not.toContain('Jane');
  });

  it("a calendar argument that is wrong: 400 with the library's issue on that argument", async () => {
    const response = await fetch(`${url()}/calendar/add-working-days?date=2026-02-30&n=five`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues.map((i) => i.path)).toEqual([['date']]);
    const missing = await fetch(`${url()}/calendar/working-days-between?start=2026-01-01`);
    expect((await errorOf(missing)).issues[0]!.path).toEqual(['end']);
  });

  it('an unexpected failure: 500 that says nothing of it, and the service goes on', async () => {
    const endpoint = decisionEndpoints.find((d) => d.name === 'serious-incident')!;
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const spy = vi.spyOn(endpoint, 'run').mockImplementation(() => {
      throw new TypeError('cannot read Jane Smith of undefined');
    });
    try {
      const response = await post('/serious-incident', JSON.stringify(endpoint.example()));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { type: 'internal-error', issues: [{ path: [], code: 'internal-error', message: expect.any(String) }] } });
      expect(text).not.toMatch(/Jane|TypeError|at /);
      const logged = stderr.mock.calls.map((c) => String(c[0])).join('');
      expect(logged).toContain('TypeError');
      expect(logged).not.toContain('Jane');
    } finally {
      spy.mockRestore();
      stderr.mockRestore();
    }
    expect((await post('/serious-incident', JSON.stringify(endpoint.example()))).status).toBe(200);
  });
});
