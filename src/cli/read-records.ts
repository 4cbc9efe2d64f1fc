/**
 * Reads what a decision command is given: one JSON document (pretty-printed
 * or not) or JSON Lines, one record per line, read as a stream so a batch of
 * any size never has to fit in memory.
 *
 * Lines: a line ends at a line feed (LF, or CR LF); a carriage return alone
 * inside a line is part of that line, so line numbers are the file's own (as
 * `wc -l`, an editor or a case system counts them). Byte-order marks at
 * the start of a line (as Windows tools write at the start of a file, and
 * as joined files carry at the start of each) are ignored.
 *
 * How the two formats are told apart, without trusting the first line: the
 * input is one document when the whole of it is one JSON value. Otherwise it
 * is JSON Lines as soon as it has two non-blank lines and one of them holds
 * a whole record on its own: the first non-blank line parsing by itself (the
 * usual batch), or any line that is a JSON object starting at its first
 * column (a batch whose first line is bad). So a bad or truncated first line
 * is an error for line 1 and the batch goes on, while a pretty-printed
 * document with a mistake in it (its inner lines indented) stays one
 * document with one error. The decision is made as early as the text
 * allows (json-prefix.ts says when what was read can no longer start one
 * document), usually at the second line; only a document is held whole, and
 * only up to `maxRecordLength` characters. A line longer than that is an
 * error of its own and is never held.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { JsonPrefixCheck } from './json-prefix.js';

/** Why a record could not be read. */
export type RecordProblem = 'invalid-json' | 'empty-input' | 'line-too-long' | 'document-too-long';

/** One record: its 1-based line number (JSON Lines only) and its parsed value, or why it could not be read. */
export type InputRecord = { line: number | undefined } & ({ ok: true; value: unknown } | { ok: false; problem: RecordProblem });

export interface RecordStream {
  /** `lines` for JSON Lines, `document` for a single JSON document. */
  format(): Promise<'lines' | 'document'>;
  records(): AsyncGenerator<InputRecord>;
}

/** The longest line, or document, read (in characters): far beyond any input the library accepts. */
export const MAX_RECORD_LENGTH = 16_000_000;

interface Line {
  number: number;
  /** The text without its line end and leading byte-order mark ('' for a line over the limit). */
  text: string;
  tooLong: boolean;
  /** JSON.parse of the text, once tried. */
  parsed?: { ok: true; value: unknown } | { ok: false };
}

/** The lines of a stream of text or bytes (UTF-8), each at most `max` characters kept. */
async function* linesOf(source: AsyncIterable<unknown>, max: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  /** The line read so far, ended by a line feed (`lf`) or by the end of the input. */
  const line = (lf: boolean): Line => {
    let text = tooLong ? '' : parts.length === 1 ? parts[0]! : parts.join('');
    // CR LF ends a line as LF does (the CR may have come in the chunk before the LF).
    if (lf && text.charCodeAt(text.length - 1) === 0x0d) text = text.slice(0, -1);
    // Byte-order marks at the start of a line (of the file, or of files joined together) are not text.
    if (text.charCodeAt(0) === 0xfeff) text = text.replace(/^\uFEFF+/, '');
    const out: Line = { number: ++number, text, tooLong };
    parts = [];
    length = 0;
    tooLong = false;
    return out;
  };
  const add = (piece: string) => {
    if (tooLong || piece === '') return;
    length += piece.length;
    if (length > max) {
      // Beyond the limit the line is dropped as it arrives, never held.
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    // Only a line feed ends a line: a carriage return alone stays in it.
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      add(text.slice(start, end));
      yield line(true);
      start = end + 1;
    }
    add(text.slice(start));
  }
  add(decoder.end());
  if (parts.length > 0 || tooLong) yield line(false);
}

export function readRecords(source: Readable, options: { lines?: boolean; maxRecordLength?: number } = {}): RecordStream {
  const max = options.maxRecordLength ?? MAX_RECORD_LENGTH;
  const lines = linesOf(source, max);
  /** Lines read while deciding the format, not yet turned into records. */
  const pending: Line[] = [];
  /** The format, once decided; a document's one record, and whether the rest of the input is still to be read (and dropped). */
  let decided: { format: 'lines' } | { format: 'document'; record: InputRecord; drain?: true } | undefined;

  async function decide(): Promise<'lines' | 'document'> {
    if (decided) return decided.format;
    const check = new JsonPrefixCheck();
    let held = 0;
    let nonBlank = 0;
    let wholeRecordSeen = false;
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      const line = next.value;
      pending.push(line);
      if (line.tooLong) check.failed = true; // a document this long is refused anyway
      else if (!check.failed) check.feed(`${line.text}\n`);
      held += line.text.length;
      if (line.tooLong || line.text.trim() !== '') {
        nonBlank++;
        if (options.lines) return (decided = { format: 'lines' }).format;
        if (!wholeRecordSeen && !line.tooLong && (nonBlank === 1 || line.text.charCodeAt(0) === 0x7b) && parse(line).ok) {
          wholeRecordSeen = nonBlank === 1 || isObject((line.parsed as { value: unknown }).value);
        }
      }
      if (check.failed && wholeRecordSeen && nonBlank >= 2) return (decided = { format: 'lines' }).format;
      if (held > max) {
        // Too much for one document: if it could still be one, it is a document too long; if not, lines.
        if (!check.failed) {
          pending.length = 0;
          return (decided = { format: 'document', record: { line: undefined, ok: false, problem: 'document-too-long' }, drain: true }).format;
        }
        return (decided = { format: 'lines' }).format;
      }
    }
    // The whole input has been read.
    if (nonBlank === 0) {
      pending.length = 0;
      return (decided = { format: 'document', record: { line: undefined, ok: false, problem: 'empty-input' } }).format;
    }
    if (!check.failed) {
      const whole = tryParse(pending.map((l) => l.text).join('\n'));
      if (whole.ok) {
        pending.length = 0;
        return (decided = { format: 'document', record: { line: undefined, ok: true, value: whole.value } }).format;
      }
    }
    if (wholeRecordSeen && nonBlank >= 2) return (decided = { format: 'lines' }).format;
    pending.length = 0;
    return (decided = { format: 'document', record: { line: undefined, ok: false, problem: 'invalid-json' } }).format;
  }

  async function* records(): AsyncGenerator<InputRecord> {
    await decide();
    if (decided!.format === 'document') {
      // A document too long to hold: the rest is read (so a writer is not cut off) but not kept.
      if (decided!.drain) for await (const _ of lines) void _;
      yield decided!.record;
      return;
    }
    for (let line = pending.shift() ?? (await next()); line; line = pending.shift() ?? (await next())) {
      if (line.tooLong) yield { line: line.number, ok: false, problem: 'line-too-long' };
      else if (line.text.trim() === '') continue; // a blank line (e.g. at the end of the file) is not a record
      else {
        const parsed = parse(line);
        yield parsed.ok ? { line: line.number, ok: true, value: parsed.value } : { line: line.number, ok: false, problem: 'invalid-json' };
      }
    }
  }

  async function next(): Promise<Line | undefined> {
    const n = await lines.next();
    return n.done ? undefined : n.value;
  }

  return { format: decide, records };
}

function parse(line: Line): { ok: true; value: unknown } | { ok: false } {
  return (line.parsed ??= tryParse(line.text));
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
