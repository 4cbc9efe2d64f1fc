#!/usr/bin/env node
/** The `luton-safeguarding-rules` command (built to dist/cli.js). All the work is in run-cli.ts. */
import type { Writable } from 'node:stream';
import { runCli, type Writer } from './run-cli.js';

// `luton-safeguarding-rules holidays 2026 | head -1` closes the pipe early: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * Writes a line and, when the pipe is full, waits for it to drain, so a long
 * batch never piles up in memory. Once the stream has failed or closed (the
 * reader of standard error went away, say) its lines are dropped: the
 * errors it would have carried are still counted in the exit code, and the
 * results on standard output go on.
 */
function lineWriter(stream: Writable): Writer {
  let gone = false;
  const stop = () => {
    gone = true;
  };
  stream.on('error', stop);
  stream.on('close', stop);
  return (line) => {
    if (gone || stream.destroyed) return;
    if (stream.write(`${line}\n`)) return;
    return new Promise((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  };
}

process.exitCode = await runCli(process.argv.slice(2), { out: lineWriter(process.stdout), err: lineWriter(process.stderr), stdin: process.stdin });
