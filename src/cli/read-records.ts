/**
 * Reads what a decision command is given: one JSON document (pretty-printed
 * or not) or JSON Lines, one record per line, read as a stream so a batch of
 * thousands of lines never has to fit in memory.
 *
 * How the two are told apart: the input is JSON Lines when its first
 * non-blank line is a complete JSON value on its own and another non-blank
 * line follows (or when the caller asks for lines: `--lines`); otherwise the
 * whole input is one JSON document. So one object on one line is answered
 * as one document, and a pretty-printed object (starting with a bare `{`) too.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One record: its 1-based line number (JSON Lines only) and its parsed value, or why it could not be read. */
export type InputRecord = { line: number | undefined } & ({ ok: true; value: unknown } | { ok: false; problem: 'invalid-json' | 'empty-input' });

export interface RecordStream {
  /** `lines` for JSON Lines, `document` for a single JSON document. */
  format(): Promise<'lines' | 'document'>;
  records(): AsyncGenerator<InputRecord>;
}

interface Line {
  number: number;
  text: string;
}

export function readRecords(source: Readable, options: { lines?: boolean } = {}): RecordStream {
  const iterator = createInterface({ input: source, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let count = 0;
  /** Lines read while deciding the format, not yet turned into records. */
  const pending: Line[] = [];
  let detected: 'lines' | 'document' | undefined;

  async function nextLine(): Promise<Line | undefined> {
    const next = await iterator.next();
    if (next.done) return undefined;
    return { number: ++count, text: next.value };
  }
  async function nextNonBlank(): Promise<Line | undefined> {
    for (let line = await nextLine(); line; line = await nextLine()) {
      pending.push(line);
      if (line.text.trim() !== '') return line;
    }
    return undefined;
  }

  async function detect(): Promise<'lines' | 'document'> {
    if (detected) return detected;
    const first = await nextNonBlank();
    if (first === undefined || !tryParse(first.text).ok) return (detected = options.lines && first ? 'lines' : 'document');
    if (options.lines) return (detected = 'lines');
    return (detected = (await nextNonBlank()) === undefined ? 'document' : 'lines');
  }

  async function* records(): AsyncGenerator<InputRecord> {
    const format = await detect();
    if (format === 'document') {
      for (let line = await nextLine(); line; line = await nextLine()) pending.push(line);
      const text = pending.map((l) => l.text).join('\n');
      if (text.trim() === '') {
        yield { line: undefined, ok: false, problem: 'empty-input' };
        return;
      }
      const parsed = tryParse(text);
      yield parsed.ok ? { line: undefined, ok: true, value: parsed.value } : { line: undefined, ok: false, problem: 'invalid-json' };
      return;
    }
    for (let line = pending.shift() ?? (await nextLine()); line; line = pending.shift() ?? (await nextLine())) {
      if (line.text.trim() === '') continue; // a blank line (e.g. at the end of the file) is not a record
      const parsed = tryParse(line.text);
      yield parsed.ok ? { line: line.number, ok: true, value: parsed.value } : { line: line.number, ok: false, problem: 'invalid-json' };
    }
  }

  return { format: detect, records };
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
