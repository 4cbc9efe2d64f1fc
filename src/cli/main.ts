#!/usr/bin/env node
/** The `luton-safeguarding-rules` command (built to dist/cli.js). All the work is in run-cli.ts. */
import type { Writable } from 'node:stream';
import { runCli, type Writer } from './run-cli.js';

// `luton-safeguarding-rules holidays 2026 | head -1` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Writes a line and, when the pipe is full, waits for it to drain, so a long batch never piles up in memory. */
function lineWriter(stream: Writable): Writer {
  return (line) => {
    if (stream.write(`${line}\n`)) return;
    return new Promise((resolve) => stream.once('drain', resolve));
  };
}

process.exitCode = await runCli(process.argv.slice(2), { out: lineWriter(process.stdout), err: lineWriter(process.stderr), stdin: process.stdin });
