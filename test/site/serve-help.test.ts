/** `scripts/site/serve.ts` (npm run site:serve): --help prints how to use it and starts nothing; a bad PORT is refused. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const serve = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/site/serve.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

describe('npm run site:serve', () => {
  it.each(['--help', '-h'])('%s prints the help, PORT included, and exits without serving', (flag) => {
    const run = serve([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/PORT=8081 npm run site:serve/);
    expect(run.stdout).not.toMatch(/Serving site\//);
  });

  it('an unknown argument or a PORT that is not a port is refused with exit code 2', () => {
    const unknown = serve(['--port', '9000']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/the port is set with PORT/);
    const port = serve([], { PORT: 'eighty' });
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/PORT must be a whole number/);
  });
});
