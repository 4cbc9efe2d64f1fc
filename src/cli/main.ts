#!/usr/bin/env node
/** The `luton-safeguarding-rules` command (built to dist/cli.js). All the work is in run-cli.ts. */
import { runCli } from './run-cli.js';

process.exitCode = runCli(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
