/**
 * Two children under one LAchildID: each is judged on its own, and the
 * second carries a warning naming both by position (never the ID), so that
 * the summary's lists of children, which name children by ID, are checked.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeCensus, readCensus } from '../../src/census/index.js';

const fixture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hand-built-2027.xml'), 'utf8');
const repeated = fixture.replace('<LAchildID>HB02</LAchildID>', '<LAchildID>HB01</LAchildID>');

describe('a LAchildID given to two children', () => {
  it('judges both, and warns on the second, naming both by position and not the ID', async () => {
    const warned: { child: number; message: string }[] = [];
    for await (const c of judgeCensus(repeated)) {
      if (!c.ok) continue;
      for (const w of c.result.warnings) if (w.code === 'census.warning.child-id-repeated') warned.push({ child: c.result.child, message: w.message });
    }
    expect(warned.map((w) => w.child)).toEqual([2]);
    expect(warned[0]!.message).toContain('The 2nd child has the same LAchildID as the 1st child');
    expect(warned[0]!.message).not.toContain('HB01');
  });

  it('readCensus gives the same warning; a return with distinct IDs gives none', async () => {
    const codes = async (xml: string) => {
      const out: string[] = [];
      for await (const c of readCensus(xml)) if (c.ok) out.push(...c.warnings.map((w) => w.code));
      return out.filter((c) => c === 'census.warning.child-id-repeated');
    };
    expect(await codes(repeated)).toHaveLength(1);
    expect(await codes(fixture)).toHaveLength(0);
  });
});
