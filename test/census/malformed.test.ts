/**
 * A malformed return at every level: not XML, not a census, truncated, broken
 * XML inside one child, a bad value inside one child. Each gets its
 * documented error (line and column, the child by position, no value from the
 * file), and no other child is lost.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeCensus, readCensus, SafeguardingInputError } from '../../src/census/index.js';
import { runCli } from '../../src/cli/run-cli.js';

const fixture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hand-built-2027.xml'), 'utf8');

async function collect(source: string | Iterable<string>) {
  const run = judgeCensus(source);
  const judged: string[] = [];
  const problems: { child: number; codes: string[]; messages: string[] }[] = [];
  let error: SafeguardingInputError | undefined;
  try {
    for await (const c of run) {
      if (c.ok) judged.push(c.result.LAchildID!);
      else problems.push({ child: c.child, codes: c.problems.map((p) => p.code), messages: c.problems.map((p) => p.message) });
    }
  } catch (e) {
    if (!(e instanceof SafeguardingInputError)) throw e;
    error = e;
  }
  return { judged, problems, error, run };
}

describe('a birth date with no 18th birthday in the calendar', () => {
  it('is judged with the rest, not an error that ends the run (it named an argument the caller never gave)', async () => {
    const late = fixture.replace(/<PersonBirthDate>[^<]*<\/PersonBirthDate>/, '<PersonBirthDate>9995-01-01</PersonBirthDate>');
    const { judged, error } = await collect(late);
    expect(error).toBeUndefined();
    expect(judged.length).toBe((await collect(fixture)).judged.length);
  });
});

describe('a malformed return', () => {
  it('not XML at all: invalid-xml at line 1, nothing judged', async () => {
    const { judged, error } = await collect('{"children": []}');
    expect(judged).toEqual([]);
    expect(error!.issues).toEqual([expect.objectContaining({ code: 'invalid-xml', line: 1, path: ['file'] })]);
    expect(error!.message).toMatch(/^line 1, column \d+: the file is not XML/);
  });

  it('an empty file', async () => {
    const { error } = await collect('');
    expect(error!.issues[0]!.code).toBe('invalid-xml');
  });

  it('XML that is not a census: the wrong root, or another collection', async () => {
    expect((await collect('<?xml version="1.0"?>\n<Invoice><Total>3</Total></Invoice>')).error!.issues[0]).toMatchObject({ code: 'not-a-census', line: 2 });
    const other = fixture.replace('<Collection>CIN</Collection>', '<Collection>SSDA903</Collection>');
    const { error, judged } = await collect(other);
    expect(judged).toEqual([]);
    expect(error!.issues[0]!.message).toContain('Collection is not CIN (its value is not shown)');
    expect(error!.issues[0]!.message).not.toContain('SSDA903');
    const noDate = fixture.replace('<ReferenceDate>2027-03-31</ReferenceDate>', '');
    expect((await collect(noDate)).error!.issues[0]!.message).toContain('no CollectionDetails/ReferenceDate');
  });

  it('truncated: every complete child before the cut is judged, then the error says where it ended', async () => {
    const cut = fixture.slice(0, fixture.indexOf('<LAchildID>HB18</LAchildID>'));
    const { judged, error, run } = await collect(cut);
    expect(judged).toHaveLength(17);
    expect(error!.issues[0]!.code).toBe('truncated');
    expect(error!.issues[0]!.message).toMatch(/the file ends inside the 18th child, before the XML is complete \(truncated\?\); the 17 children before it were read/);
    expect(run.summary().census.children).toBe(17);
  });

  it('broken XML inside one child: that child is reported, the others are judged', async () => {
    const broken = fixture.replace('<LAchildID>HB02</LAchildID>', '<LAchildID>HB02</LAchildID><Note>Smith & Jones</Note>');
    const { judged, problems } = await collect(broken);
    expect(judged).toHaveLength(31);
    expect(judged).not.toContain('HB02');
    expect(problems[0]).toMatchObject({ child: 2, codes: ['invalid-xml'] });
    expect(problems[0]!.messages[0]).toMatch(/^line \d+, column \d+: the 2nd child: the XML is not well-formed here/);
    expect(JSON.stringify(problems)).not.toMatch(/Smith|Jones|HB02/);
  });

  it('a close tag misspelt inside the first child loses that child only', async () => {
    const broken = fixture.replace('</CINreferralDate>', '</CINreferralDat>');
    const { judged, problems } = await collect(broken);
    expect(judged).toHaveLength(31);
    expect(problems.map((p) => p.child)).toEqual([1, 27, 28]);
    // Each problem once, though the parser meets the broken tag again at every tag it recovers over.
    for (const p of problems) expect(new Set(p.messages).size).toBe(p.messages.length);
  });

  it('a bad date inside one child: invalid-date, the value not shown', async () => {
    const bad = fixture.replace('<PersonBirthDate>2016-03-04</PersonBirthDate>', '<PersonBirthDate>04/03/2016</PersonBirthDate>');
    const { problems, judged } = await collect(bad);
    expect(judged).toHaveLength(31);
    expect(problems[0]).toMatchObject({ child: 1, codes: ['invalid-date'] });
    expect(problems[0]!.messages[0]).toContain('PersonBirthDate is not a date in the form YYYY-MM-DD (the text is not shown)');
    expect(problems[0]!.messages[0]).not.toContain('2016');
  });

  it('reads the same from a stream of byte chunks of any size (split inside tags and characters)', async () => {
    const bytes = Buffer.from(fixture.replace('Hand built', 'Hand built ✓'));
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const whole = await collect(fixture);
    const streamed = judgeCensus(Readable.from(chunks));
    const ids: string[] = [];
    for await (const c of streamed) if (c.ok) ids.push(c.result.LAchildID!);
    expect(ids).toEqual(whole.judged);
  });

  it('refuses a bad asOf before reading', () => {
    expect(() => judgeCensus(fixture, { asOf: '2027-02-30' })).toThrow(SafeguardingInputError);
  });

  it('readCensus gives each child its timeline input and where each event came from', async () => {
    const inputs = [];
    for await (const c of readCensus(fixture)) if (c.ok && c.LAchildID === 'HB10') inputs.push(c);
    expect(inputs[0]!.input.events).toEqual([
      // The 18th birthday to come (born 4 April 2018), which the timeline accepts after asOf.
      { type: 'child-turned-18', date: '2036-04-04' },
      { type: 'referral-received', date: '2026-10-05', episode: 'cin-1' },
      { type: 'referral-decision-made', date: '2026-10-05', episode: 'cin-1', nextStep: 'assessment', dateRecorded: false },
      { type: 'assessment-completed', date: '2026-11-20', episode: 'cin-1' },
      { type: 'strategy-discussion-s47-initiated', date: '2026-10-06', episode: 'cin-1' },
      { type: 'section-47-concluded-no-conference', date: '2026-10-06', episode: 'cin-1', dateRecorded: false },
    ]);
    expect(inputs[0]!.eventSources).toEqual([
      'ChildIdentifiers/PersonBirthDate (18th birthday)',
      'CINdetails[1]/CINreferralDate',
      'CINdetails[1]/ReferralNFA',
      'CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate',
      'CINdetails[1]/Section47[1]/S47ActualStartDate',
      'CINdetails[1]/Section47[1]/ICPCnotRequired',
    ]);
  });
});

describe('luton-safeguarding-rules census', () => {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hand-built-2027.xml');
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => void out.push(l), err: (l) => void err.push(l), stdin: Readable.from([]) });
    return { code, out, err };
  }

  it('one JSON line per child, then the summary; exit code 2 because two children had input problems', async () => {
    const { code, out, err } = await run('census', file);
    expect(code).toBe(2);
    expect(out).toHaveLength(33);
    const first = JSON.parse(out[0]!);
    expect(first).toMatchObject({ child: 1, LAchildID: 'HB01', asOf: '2027-03-31' });
    expect(first.timeline).toBeUndefined();
    const last = JSON.parse(out[32]!);
    expect(last.complete).toBe(true);
    expect(last.summary.census.notJudged).toEqual([27, 28]);
    expect(err.map((l) => JSON.parse(l).child)).toEqual([27, 28]);
    // The line's own line and column are where the child starts; each issue has its field's, the same its message starts with.
    for (const l of err) {
      const line = JSON.parse(l);
      for (const issue of line.error.issues) {
        expect(issue.message.startsWith(`line ${issue.line}, column ${issue.column}: `)).toBe(true);
        expect(issue.line).toBeGreaterThan(line.line);
      }
    }
  });

  it('--summary prints plain text; --without-ids names children by position only; --as-of judges another day', async () => {
    const { out } = await run('census', file, '--summary', '--without-ids', '--as-of', '2027-03-30');
    const text = out.join('\n');
    expect(text).toContain('Judged on 2027-03-30');
    expect(text).toContain("The Department for Education's own measures");
    expect(text).not.toMatch(/HB\d\d/);
    expect(text).toMatch(/child 4 \(cin-1\)/);
  });

  it('a file that is not a census: the error on standard error with the line, exit code 2', async () => {
    const { code, err } = await run('census', join(dirname(file), '..', 'malformed.test.ts'));
    expect(code).toBe(2);
    expect(JSON.parse(err[0]!)).toMatchObject({ line: 1, error: { type: 'input-error', issues: [{ code: 'invalid-xml' }] } });
  });

  it('--timelines adds the full timeline, which statutoryTimeline reproduces from the line\'s input', async () => {
    const { out } = await run('census', file, '--timelines');
    const line = JSON.parse(out[7]!);
    const { statutoryTimeline } = await import('../../src/index.js');
    expect(line.timeline).toEqual(JSON.parse(JSON.stringify(statutoryTimeline(line.input))));
  });
});
