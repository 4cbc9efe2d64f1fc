/**
 * Results and records stay within their size budgets (scripts/bench/result-sizes.ts):
 * a result names each catalogue entry once and keeps, for each rule, only
 * the conditions that decided it, so it must not grow back towards the
 * repeated data it once held; a record stays a few kilobytes.
 */
import { describe, expect, it } from 'vitest';
import { resultSizeSamples, spread } from '../../scripts/bench/result-sizes.js';

describe('result and record sizes', () => {
  const samples = resultSizeSamples();
  it.each(samples.map((s) => [s.name, s] as const))('%s: every result and every record within its budget', (_name, s) => {
    expect(spread(s.results).max, `largest result of ${s.results.length}`).toBeLessThanOrEqual(s.budget.result);
    expect(spread(s.records).max, `largest record of ${s.records.length}`).toBeLessThanOrEqual(s.budget.record);
  });

  it('a record of classifyNeed with 20 indicators is at most 4 kB (DESIGN.md)', () => {
    const s = samples.find((x) => x.name === 'classifyNeed, 20 indicators')!;
    expect(spread(s.records).max).toBeLessThanOrEqual(4_000);
  });
});
