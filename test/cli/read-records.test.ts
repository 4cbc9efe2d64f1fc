/**
 * Reading a decision command's input: one document or JSON Lines, decided
 * without trusting the first line; line numbers that are the file's own
 * (LF and CR LF end a line, a CR alone does not); byte-order marks ignored;
 * nothing held whole. A property over generated batches (bad lines, BOMs,
 * CRs, CR LFs, blank lines, any split into chunks) checks that every good
 * line gets its result under its own number, and every bad line its error.
 */
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecords, type InputRecord } from '../../src/cli/read-records.js';
import { runCli } from '../../src/cli/run-cli.js';
import { classifyNeed, needIndicators } from '../../src/index.js';

async function recordsOf(text: string | Buffer[], options: { lines?: boolean; maxRecordLength?: number } = {}) {
  const stream = readRecords(Readable.from(typeof text === 'string' ? [text] : text), options);
  const format = await stream.format();
  const records: InputRecord[] = [];
  for await (const r of stream.records()) records.push(r);
  return { format, records: records.map((r) => (r.ok ? { line: r.line, value: r.value } : { line: r.line, problem: r.problem })) };
}

async function run(argv: string[], chunks: (string | Buffer)[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: Readable.from(chunks) });
  return { code, out, err };
}

const a = '{"indicators":[]}';
const b = '{"indicators":[],"childInNeed":true}';

describe('the format, decided without trusting line 1', () => {
  it('a byte-order mark before a batch is ignored: every line is answered', async () => {
    const batch = Array.from({ length: 2_000 }, () => a).join('\n');
    const { format, records } = await recordsOf(`\uFEFF${batch}\n`);
    expect(format).toBe('lines');
    expect(records).toHaveLength(2_000);
    expect(records.every((r, i) => r.line === i + 1 && 'value' in r)).toBe(true);
  });

  it('a bad first line is an error for line 1, and the batch goes on', async () => {
    expect(await recordsOf(`{"indicators": [\n${a}\n${b}\n`)).toEqual({
      format: 'lines',
      records: [
        { line: 1, problem: 'invalid-json' },
        { line: 2, value: { indicators: [] } },
        { line: 3, value: { indicators: [], childInNeed: true } },
      ],
    });
    // A truncated first line, a header, or a lone bracket alike.
    for (const first of ['{"childDied": tru', 'caseId,indicators', '[', '{', '"unterminated']) {
      const { format, records } = await recordsOf(`${first}\n${a}\n${b}`);
      expect(format, first).toBe('lines');
      expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
      expect(records[0]).toEqual({ line: 1, problem: 'invalid-json' });
    }
  });

  it('is decided at the third line of such a batch, before the input ends (nothing is held whole)', async () => {
    const input = new PassThrough();
    const stream = readRecords(input);
    input.write(`{"indicators": [\n${a}\n${b}\n`);
    const format = await Promise.race([stream.format(), new Promise((resolve) => setTimeout(() => resolve('undecided'), 1_000))]);
    expect(format).toBe('lines');
    input.end(`${a}\n`);
    const lines: (number | undefined)[] = [];
    for await (const r of stream.records()) lines.push(r.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it('one document, pretty-printed or not, is one document; with a mistake in it, one error, and nothing inside it is decided', async () => {
    const doc = { asOf: '2026-06-01', events: [{ type: 'referral-received', date: '2026-03-02' }, { type: 'assessment-completed', date: '2026-04-01' }] };
    expect(await recordsOf(JSON.stringify(doc, null, 2))).toEqual({ format: 'document', records: [{ line: undefined, value: doc }] });
    expect(await recordsOf(`\uFEFF${JSON.stringify(doc)}\r\n`)).toEqual({ format: 'document', records: [{ line: undefined, value: doc }] });
    // A list whose entries are one object a line, indented: a missing comma makes it no document, and still not a batch.
    const broken = '{\n  "asOf": "2026-06-01",\n  "events": [\n    { "type": "referral-received", "date": "2026-03-02" }\n    { "type": "assessment-completed", "date": "2026-04-01" }\n  ]\n}\n';
    expect(await recordsOf(broken)).toEqual({ format: 'document', records: [{ line: undefined, problem: 'invalid-json' }] });
    // Unindented entries in a valid document stay in the document.
    expect((await recordsOf(`[\n${a},\n${b}\n]`)).format).toBe('document');
    expect(await recordsOf('not json at all\n')).toEqual({ format: 'document', records: [{ line: undefined, problem: 'invalid-json' }] });
    expect(await recordsOf('\uFEFF\n  \n')).toEqual({ format: 'document', records: [{ line: undefined, problem: 'empty-input' }] });
  });

  it('a line or a document longer than the limit is an error of its own, never held', async () => {
    const long = `{"indicators":["${'x'.repeat(200)}"]}`;
    expect(await recordsOf(`${long}\n${a}\n`, { maxRecordLength: 100 })).toEqual({
      format: 'lines',
      records: [
        { line: 1, problem: 'line-too-long' },
        { line: 2, value: { indicators: [] } },
      ],
    });
    const pretty = JSON.stringify({ indicators: Array.from({ length: 50 }, (_, i) => `id-${i}`) }, null, 2);
    expect(await recordsOf(pretty, { maxRecordLength: 100 })).toEqual({ format: 'document', records: [{ line: undefined, problem: 'document-too-long' }] });
  });
});

describe('line numbers are the file\'s own', () => {
  it('a carriage return alone inside a line does not end it', async () => {
    // The review's case: the second line holds a raw CR inside a string (not valid JSON), the third is good.
    const { records } = await recordsOf(`${a}\n{"indicators":[],"note":"a\rb"}\n${b}\n`);
    expect(records).toEqual([
      { line: 1, value: { indicators: [] } },
      { line: 2, problem: 'invalid-json' },
      { line: 3, value: { indicators: [], childInNeed: true } },
    ]);
    // Between tokens a CR is JSON white space: the line is good.
    expect((await recordsOf(`${a}\n{"indicators":[],\r"childInNeed":true}\n`)).records[1]).toEqual({ line: 2, value: { indicators: [], childInNeed: true } });
  });

  it('CR LF ends a line, even when the CR and the LF arrive in different chunks; a multi-byte character may be split too', async () => {
    const chunks = [Buffer.from(`${a}\r`), Buffer.from(`\n${b}\r\n"caf`), Buffer.from([0xc3]), Buffer.from([0xa9, 0x22, 0x0a]), Buffer.from(a)];
    const { format, records } = await recordsOf(chunks);
    expect(format).toBe('lines');
    expect(records).toEqual([
      { line: 1, value: { indicators: [] } },
      { line: 2, value: { indicators: [], childInNeed: true } },
      { line: 3, value: 'café' },
      { line: 4, value: { indicators: [] } },
    ]);
  });
});

describe('every good line of a generated batch gets its result under its own number', () => {
  const ids = needIndicators.map((i) => i.id);
  const good = fc
    .record({ indicators: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }), childInNeed: fc.boolean() })
    .chain((record) =>
      fc.constantFrom<(text: string) => string>(
        (t) => t,
        // A lone CR between tokens is JSON white space.
        (t) => t.replace(',', ',\r'),
        (t) => t.replace(':', ' : '),
      ).map((style) => ({ kind: 'good' as const, record, text: style(JSON.stringify(record)) })),
    );
  const bad = fc
    .constantFrom('not json', '{"indicators": [', '[', '{', '{"childDied": tru', '"unterminated', '{"a":1}x', '}', '{"note":"a\rb"}', 'café, naïve', '\r', 'a\rb\rc')
    .map((text) => ({ kind: 'bad' as const, text }));
  const blank = fc.constantFrom('', ' ', '\t', '  \r').map((text) => ({ kind: 'blank' as const, text }));
  const batch = fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: bad }, { weight: 1, arbitrary: blank }), { minLength: 0, maxLength: 25 }),
      good,
      good,
      fc.nat(),
    )
    // At least two good lines, anywhere.
    .map(([lines, g1, g2, at]) => {
      const all = [...lines];
      all.splice(at % (all.length + 1), 0, g1);
      all.splice((at * 7) % (all.length + 1), 0, g2);
      return all;
    });
  const endings = fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 30, maxLength: 30 });

  it('whatever the bad lines, BOMs, CRs, CR LFs, blank lines and chunks', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(batch, endings, fc.boolean(), fc.boolean(), fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), async (lines, ends, bom, lastEnds, bomAt, cuts) => {
        const texts = lines.map((l, i) => (i === bomAt % lines.length && bomAt % 3 === 0 ? `\uFEFF${l.text}` : l.text));
        const text = (bom ? '\uFEFF' : '') + texts.map((t, i) => t + (i < texts.length - 1 || lastEnds ? ends[i % ends.length] : '')).join('');
        const bytes = Buffer.from(text, 'utf8');
        const positions = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        const chunks: Buffer[] = [];
        let from = 0;
        for (const p of positions) {
          chunks.push(bytes.subarray(from, p));
          from = p;
        }
        chunks.push(bytes.subarray(from));
        const { out, err, code } = await run(['classify-need'], chunks.filter((c) => c.length > 0));
        const results = out.map((l) => JSON.parse(l) as { line: number; result: unknown });
        const errors = err.map((l) => JSON.parse(l) as { line: number; error: { issues: { code: string }[] } });
        const goodLines = lines.flatMap((l, i) => (l.kind === 'good' ? [i + 1] : []));
        const badLines = lines.flatMap((l, i) => (l.kind === 'bad' && l.text.trim() !== '' ? [i + 1] : []));
        expect(results.map((r) => r.line)).toEqual(goodLines);
        for (const r of results) {
          const line = lines[r.line - 1] as { record: object };
          expect(JSON.stringify(r.result)).toBe(JSON.stringify(classifyNeed(line.record as never)));
        }
        expect(errors.map((e) => e.line)).toEqual(badLines);
        for (const e of errors) expect(e.error.issues[0]!.code).toBe('invalid-json');
        expect(code).toBe(badLines.length > 0 ? 2 : 0);
      }),
      { numRuns: Number(process.env.CLI_BATCH_RUNS ?? 150) },
    );
  });
});
