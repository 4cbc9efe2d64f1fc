#!/usr/bin/env node
/** The `luton-safeguarding-rules` command (built to dist/cli.js). All the work is in run-cli.ts. */
import { runCli } from './run-cli.js';

// `luton-safeguarding-rules holidays 2026 | head -1` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = runCli(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
