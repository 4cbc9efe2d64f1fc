// Runs every command of the README's "Command line" section exactly as
// printed (the `sh` code blocks), from the repository root, and checks each
// exits with the code its comment states (`# exit code 2: ...`) or 0, and
// prints something. Then replays the section's terminal transcripts (`text`
// blocks of `$ command` lines, each followed by what it prints) in a
// scratch directory and checks that each command prints exactly what the
// README shows, standard error included. CI runs it right after `npm ci`,
// before any explicit build, so it also proves that installing a fresh clone
// builds the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Command line');
const end = readme.indexOf('\n## ', start + 1);
if (start < 0) throw new Error('README.md has no "## Command line" section');
const section = readme.slice(start, end < 0 ? undefined : end);
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')).filter((line) => line.trim() !== '');

let failures = 0;
for (const line of commands) {
  const hash = line.indexOf(' # ');
  const command = (hash < 0 ? line : line.slice(0, hash)).trim();
  const expected = Number(/exit code (\d+)/.exec(hash < 0 ? '' : line.slice(hash))?.[1] ?? 0);
  const run = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8' });
  const ok = run.status === expected && run.stdout.trim() !== '';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${command} (exit ${run.status}${expected ? `, expected ${expected}` : ''})`);
  if (!ok) {
    failures++;
    console.log(run.stderr.split('\n').slice(0, 5).map((l) => `       ${l}`).join('\n'));
  }
}
if (commands.length === 0) throw new Error('no commands found in the README\'s "Command line" section');

// Transcripts: the files they write go to a scratch directory that sees the repository's examples/;
// `npx luton-safeguarding-rules` there is the command this clone built.
const transcripts = [...section.matchAll(/```text\n(\$ [\s\S]*?)```/g)].map((m) => m[1]);
const scratch = mkdtempSync(join(tmpdir(), 'readme-cli-'));
symlinkSync(join(root, 'examples'), join(scratch, 'examples'), 'dir');
let replayed = 0;
try {
  for (const transcript of transcripts) {
    const steps = transcript.split(/^\$ /m).filter((step) => step !== '');
    for (const step of steps) {
      const [command, ...shown] = step.replace(/\n$/, '').split('\n');
      const local = command.replaceAll('npx luton-safeguarding-rules', `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'dist/cli.js'))}`);
      const run = spawnSync('sh', ['-c', `${local} 2>&1`], { cwd: scratch, encoding: 'utf8' });
      const printed = run.stdout.replace(/\n$/, '');
      const ok = printed === shown.join('\n');
      replayed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} $ ${command} (prints what the README shows)`);
      if (!ok) {
        failures++;
        console.log(`       README: ${shown.join('\n               ')}\n       prints: ${printed.split('\n').join('\n               ')}`);
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (transcripts.length === 0) throw new Error('no transcripts found in the README\'s "Command line" section');

if (failures > 0) {
  console.error(`\n${failures} README command(s) failed.`);
  process.exit(1);
}
console.log(`\nAll ${commands.length} README commands work as printed, and the ${replayed} commands of its transcripts print what it shows.`);
