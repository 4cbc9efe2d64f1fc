/**
 * A referral not closed as no further action, with nothing after it in the
 * return: its decision on next steps is judged as not yet recorded, and the
 * child's own line carries the reading and a warning that say so.
 */
import { describe, expect, it } from 'vitest';
import { judgeCensus, type CensusChildResult } from '../../src/census/index.js';
import { censusXml } from './support/census-xml.js';

describe('ReferralNFA false with nothing after the referral', () => {
  it('carries the reading and a warning on the child\'s line; an episode with a later step does not warn', async () => {
    const run = judgeCensus(
      censusXml([
        { id: 'N01', birth: '2015-01-01', episodes: [{ referral: '2026-11-02', nfa: false }] },
        { id: 'N02', birth: '2015-01-01', episodes: [{ referral: '2026-11-02', nfa: false, assessment: { start: '2026-11-03', authorised: '2026-11-20' } }] },
      ]),
    );
    const results: CensusChildResult[] = [];
    for await (const c of run) if (c.ok) results.push(c.result);
    const [bare, acted] = results;
    expect(bare!.deadlines.find((d) => d.id === 'referral-and-assessment.decide-next-steps')!.status).toBe('overdue');
    expect(bare!.interpretations).toContain('census.interpretation.referral-nfa-is-the-decision');
    expect(bare!.warnings.map((w) => w.code)).toContain('census.warning.no-step-after-referral');
    expect(acted!.warnings.map((w) => w.code)).not.toContain('census.warning.no-step-after-referral');
  });
});
