/**
 * An assessment authorised before it started (census validation 8608) has
 * negative working days: the Department's measure neither bands it nor
 * counts it within 45, and the summary lists it apart (not as open, not as
 * authorised), beside the warning that names it.
 */
import { describe, expect, it } from 'vitest';
import { judgeCensus, type CensusChildResult } from '../../src/census/index.js';
import type { AssessmentDurationMeasure } from '../../src/census/department-measures.js';
import { formatCensusSummary } from '../../src/census/format-census-summary.js';
import { censusXml, type ChildXml } from './support/census-xml.js';

async function judge(children: ChildXml[]) {
  const run = judgeCensus(censusXml(children));
  const results: CensusChildResult[] = [];
  for await (const child of run) if (child.ok) results.push(child.result);
  return { results, summary: run.summary() };
}

describe('an assessment authorised before it started', () => {
  it('is neither banded nor within 45, and the summary lists it apart', async () => {
    const { results, summary } = await judge([
      { id: 'D01', birth: '2015-01-01', episodes: [{ referral: '2026-11-02', assessment: { start: '2026-11-06', authorised: '2026-11-03' } }] },
      { id: 'D02', birth: '2015-01-01', episodes: [{ referral: '2026-11-02', assessment: { start: '2026-11-03', authorised: '2026-11-20' } }] },
    ]);
    const [m] = results[0]!.departmentMeasures.filter((x): x is AssessmentDurationMeasure => x.measure === 'dfe.assessment-duration');
    expect(m).toMatchObject({ datesOutOfOrder: true, authorisationDate: '2026-11-03', open: false });
    expect(m!.band).toBeUndefined();
    expect(m!.within45).toBeUndefined();
    expect(results[0]!.warnings.map((w) => w.code)).toContain('census.warning.authorised-before-start');
    expect(results[0]!.interpretations).toContain('census.interpretation.out-of-order-assessment-not-measured');
    expect(results[1]!.interpretations).not.toContain('census.interpretation.out-of-order-assessment-not-measured');
    const a = summary.departmentMeasures.assessmentDuration;
    expect(a.datesOutOfOrder.map((r) => r.child)).toEqual([1]);
    expect({ authorised: a.authorised, within45: a.within45, open: a.open }).toEqual({ authorised: 1, within45: 1, open: 0 });
    expect(formatCensusSummary(summary)).toContain('  Assessments authorised before they started (validation 8608), not counted above: 1');
  });
});
