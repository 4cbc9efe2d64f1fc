/** What a command reads and writes, so the same code serves the real process and in-process tests. */
import type { Readable } from 'node:stream';

/** Writes one line; a returned promise means "wait before writing more" (the pipe is full). */
export type Writer = (line: string) => void | Promise<void>;

export interface CliIo {
  out: Writer;
  err: Writer;
  /** Where `-` (or no FILE) reads from. */
  stdin: Readable & { isTTY?: boolean };
}

/** A bad command line (exit code 2, one line on stderr). */
export class UsageError extends Error {}

/** Arguments are echoed in errors only briefly, so a pasted paragraph is not repeated back. */
export function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
