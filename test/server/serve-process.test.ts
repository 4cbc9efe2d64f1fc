/**
 * `luton-safeguarding-rules serve` and `catalogue` as a case system runs
 * them: a real process. serve says where it listens, answers, and on SIGTERM
 * finishes what is in flight and exits 0.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueNames } from '../../src/catalogues/catalogues.js';
import { runCli } from '../../src/cli/run-cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function start(...argv: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...argv], { cwd: root });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const stderr = createInterface({ input: child.stderr });
  const stdout: string[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => stdout.push(l));
  return { child, exit, stderr, stdout };
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: process.stdin });
  return { code, out, err };
}

describe('luton-safeguarding-rules serve', () => {
  it('listens where told, answers, and stops on SIGTERM with exit code 0 after the request in flight', async () => {
    const p = start('serve', '--port', '0', '--host', '127.0.0.1', '--shutdown-grace', '5000');
    const first = await new Promise<string>((resolve) => p.stderr.once('line', resolve));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(first)?.[1];
    expect(url, first).toBeDefined();
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    // A request whose body is still coming when SIGTERM arrives.
    const body = new Readable({ read() {} });
    const push = (chunk: string | null) => body.push(chunk);
    const inFlight = fetch(`${url}/classify-need`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Readable.toWeb(body) as ReadableStream, duplex: 'half' } as RequestInit);
    push('{"indicators":[],');
    // Time for the process to take the request (nothing outside it can tell when it has), then SIGTERM.
    await new Promise((r) => setTimeout(r, 1000));
    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    push('"significantHarmSuspected":true}');
    push(null);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { outcome: string }).outcome).toBe('specialist');
    expect(await p.exit).toBe(0);
  }, 30_000);

  it('a bad option or a port in use: a clear error and a non-zero exit', async () => {
    // Like every error of the command line, one JSON line on stderr.
    const usage = (message: string) => [JSON.stringify({ error: { type: 'input-error', issues: [{ path: [], code: 'usage', message }] } })];
    expect(await run('serve', '--bogus')).toEqual({ code: 2, out: [], err: usage('unknown option "--bogus" for serve (see --help)') });
    expect(await run('serve', '--port', 'eighty')).toEqual({ code: 2, out: [], err: usage('--port: expected a port number, 0 to 65535, got "eighty"') });
    expect(await run('serve', '--body-limit', '0')).toEqual({ code: 2, out: [], err: usage('--body-limit: expected a whole number above 0, got "0"') });
    expect(await run('serve', '--port')).toEqual({ code: 2, out: [], err: usage('--port needs a value (N)') });
    // A port another program holds: exit code 1 and the same JSON form.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const taken = await run('serve', '--port', String(port), '--host', '127.0.0.1');
      expect({ code: taken.code, out: taken.out }).toEqual({ code: 1, out: [] });
      expect(JSON.parse(taken.err[0]!)).toEqual({ error: { type: 'input-error', issues: [{ path: [], code: 'usage', message: `cannot listen on 127.0.0.1 port ${port} (EADDRINUSE): choose another --port or --host` }] } });
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

describe('luton-safeguarding-rules catalogue', () => {
  it('prints each catalogue as its shipped file, and the list without a name', async () => {
    for (const name of catalogueNames) {
      const { code, out } = await run('catalogue', name);
      expect(code).toBe(0);
      expect(`${out.join('\n')}\n`).toBe(readFileSync(join(root, 'catalogues', `${name}.json`), 'utf8'));
    }
    const list = await run('catalogue');
    expect(list.out.map((l) => l.split(' ')[0])).toEqual([...catalogueNames]);
  });

  it('an unknown catalogue: exit code 2 naming the catalogues', async () => {
    const { code, err } = await run('catalogue', 'indicator');
    expect(code).toBe(2);
    expect(JSON.parse(err[0]!)).toEqual({ error: { type: 'input-error', issues: [{ path: [], code: 'usage', message: `unknown catalogue "indicator": expected ${catalogueNames.join(', ')}` }] } });
  });
});
