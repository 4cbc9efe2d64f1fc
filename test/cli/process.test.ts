/**
 * The command as a case system runs it: a real process, JSON in on stdin,
 * JSON out on stdout, errors on stderr, the exit code. Batches stream: a
 * result comes back before the input has ended.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function start(...argv: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...argv], { cwd: root, env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const outLines = createInterface({ input: child.stdout });
  outLines.on('line', (l) => stdout.push(l));
  createInterface({ input: child.stderr }).on('line', (l) => stderr.push(l));
  return { child, exit, stdout, stderr, outLines };
}

const incident = { childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' };

describe('luton-safeguarding-rules <decision> as a process', () => {
  it('one JSON object on stdin: the result on stdout, exit 0', async () => {
    const p = start('serious-incident');
    p.child.stdin.end(JSON.stringify(incident, null, 2));
    expect(await p.exit).toBe(0);
    expect(p.stderr).toEqual([]);
    const result = JSON.parse(p.stdout.join('\n'));
    expect(result.outcome).toBe('notify-panel');
    expect(result.deadlines[0]).toMatchObject({ id: 'serious-incident.notify-panel', due: '2026-12-29' });
  }, 30_000);

  it('a batch of 3,000 lines streams: the first result arrives before the input ends; bad lines go to stderr and the batch goes on', async () => {
    const p = start('serious-incident');
    const line = (i: number) =>
      i % 1000 === 7 ? '{"childDied": tru' : JSON.stringify({ ...incident, ageInYears: i % 18, awareOn: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` });
    p.child.stdin.write(`${line(0)}\n${line(1)}\n`);
    const first = await new Promise<string>((resolve) => p.outLines.once('line', resolve));
    expect(JSON.parse(first)).toMatchObject({ line: 1, result: { outcome: 'notify-panel' } });
    expect(JSON.parse(first).result.deadlines[0]).toMatchObject({ due: '2026-12-08' });
    const rest = Array.from({ length: 2998 }, (_, k) => line(k + 2)).join('\n');
    p.child.stdin.end(`${rest}\n`);
    expect(await p.exit).toBe(2);
    const bad = [8, 1008, 2008];
    expect(p.stderr.map((l) => JSON.parse(l).line)).toEqual(bad);
    expect(p.stdout).toHaveLength(3000 - bad.length);
    const numbers = p.stdout.map((l) => JSON.parse(l).line as number);
    expect(numbers).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1).filter((n) => !bad.includes(n)));
  }, 60_000);

  it('--summary and --version', async () => {
    const p = start('serious-incident', '-', '--summary');
    p.child.stdin.end(JSON.stringify(incident));
    expect(await p.exit).toBe(0);
    expect(p.stdout[0]).toBe('Outcome: notify-panel');
    const v = start('--version');
    v.child.stdin.end();
    expect(await v.exit).toBe(0);
    expect(v.stdout).toEqual([(await import('../../package.json')).version]);
  }, 30_000);
});
