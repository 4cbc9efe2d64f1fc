/**
 * The authority's summary as plain text for a performance lead: Working
 * Together's timescales as the library judges them first, then the
 * Department's own measures under their own heading, then data quality. Each
 * figure names up to `listed` children (position, LAchildID, episode); the
 * JSON summary has them all.
 */
import type { CensusChildReference, CensusSummary } from './census-summary.js';
import type { CensusDeadlineStatus } from './judge-child.js';

const STATUS_WORDS: Record<CensusDeadlineStatus, string> = {
  overdue: 'overdue (not done, past due)',
  late: 'late (done after it was due)',
  due: 'due (not done, not yet past due)',
  met: 'met',
  'met-inferred': 'met-inferred (done; the return has no date for it)',
  'not-required': 'not required',
  stopped: 'stopped (the clock stopped before it was due)',
  'not-yet-triggered': 'not yet triggered',
  'not-in-return': 'not in the return (cannot be judged from it)',
};

/** Statuses whose children are listed: the ones that need someone to look. */
const LISTED: readonly CensusDeadlineStatus[] = ['overdue', 'late', 'due'];

/**
 * The authority's summary as lines of plain text (what `census FILE --summary` prints).
 *
 * @param summary - What `CensusJudgement.summary()` returns.
 * @param options - `listed`: how many children to name for each figure that needs someone to look (10 when left out).
 * @returns The lines, Working Together's timescales first, then the Department's measures, then data quality.
 * @example
 * const run = judgeCensus('<Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2027-03-31</ReferenceDate></CollectionDetails></Header><Children></Children></Message>');
 * for await (const child of run) console.log(child);
 * formatCensusSummary(run.summary())[1] // 'Judged on 2027-03-31: 0 children, 0 judged.'
 */
export function formatCensusSummary(summary: CensusSummary, options: { listed?: number } = {}): string[] {
  const listed = options.listed ?? 10;
  const c = summary.census;
  const lines: string[] = [];
  lines.push(`Children in need census${c.year ? ` ${c.year}` : ''}${c.lea ? `, authority ${c.lea}` : ''}: reference date ${c.referenceDate} (census year ${c.censusYear.from} to ${c.censusYear.to})`);
  lines.push(`Judged on ${c.asOf}: ${c.children} ${c.children === 1 ? 'child' : 'children'}, ${c.judged} judged${c.notJudged.length ? `, ${c.notJudged.length} not judged because of input problems (children ${c.notJudged.slice(0, listed).join(', ')}${c.notJudged.length > listed ? ', …' : ''})` : ''}.`);
  if (c.asOf > c.referenceDate) lines.push(`asOf is after the reference date: nothing after ${c.referenceDate} is in the return, so work done since then shows as not done.`);
  lines.push('');
  lines.push("Working Together 2026 timescales, as this library judges them (the trigger day is day 0):");
  for (const t of summary.timescales) {
    const total = Object.values(t.counts).reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    lines.push(`  ${t.title} (${t.id}): ${total}`);
    for (const [status, count] of Object.entries(t.counts) as [CensusDeadlineStatus, number][]) {
      if (count === 0) continue;
      const who = LISTED.includes(status) ? `: ${names(t.children[status], listed)}` : '';
      lines.push(`    ${String(count).padStart(7)}  ${STATUS_WORDS[status]}${who}`);
    }
  }
  const dm = summary.departmentMeasures;
  const pct = (n: number, of: number) => (of === 0 ? '' : ` (${((100 * n) / of).toFixed(1)}%)`);
  lines.push('');
  lines.push("The Department for Education's own measures of the same dates (not Working Together's clocks):");
  const a = dm.assessmentDuration;
  lines.push(`  Assessments authorised, AssessmentActualStartDate to AssessmentAuthorisationDate: ${a.authorised}; within 45 working days of the start: ${a.within45}${pct(a.within45, a.authorised)}`);
  lines.push(`    ${Object.entries(a.bands).map(([band, n]) => `${band === 'same-day' ? 'same day' : `${band} days`} ${n}`).join(' · ')}`);
  if (a.datesOutOfOrder.length > 0) lines.push(`  Assessments authorised before they started (validation 8608), not counted above: ${a.datesOutOfOrder.length}`);
  lines.push(`  Assessments not authorised: ${a.open}. Validation query 8670Q (started more than 45 working days before the reference date, not authorised):`);
  lines.push(`    ${a.query8670Q.flagged.length} counting the reference date as working day 1 (as the open-source validator does); ${a.query8670Q.flaggedCountingFromDay0.length} counting from day 0 (as this library does)${differ(a.query8670Q, listed)}`);
  lines.push('    (Working Together runs the 45 working days from the referral, not from the assessment start: see the timescale above.)');
  const s = dm.section47ToInitialConference;
  lines.push(`  Initial conferences held, S47ActualStartDate to DateOfInitialCPC: ${s.held}; within 15 working days: ${s.within15}${pct(s.within15, s.held)}; no conference needed: ${s.notRequired}`);
  lines.push(`    ${Object.entries(s.bands).map(([band, n]) => `${band} working days ${n}`).join(' · ')}`);
  lines.push(`    Validation query 8675Q: ${s.query8675Q.flagged.length} counting the reference date as working day 1; ${s.query8675Q.flaggedCountingFromDay0.length} counting from day 0${differ(s.query8675Q, listed)}`);
  if (s.targetDiffers.length) lines.push(`    InitialCPCtarget differs from 15 working days after the start (day 0): ${s.targetDiffers.length}: ${names(s.targetDiffers, listed)}`);
  const r = dm.childProtectionReviews;
  lines.push(`  Child protection plans: ${r.plans}; reviews judged from CPPstartDate (first within 3 months, then 6): ${r.reviews}, on time ${r.reviewsOnTime}${pct(r.reviewsOnTime, r.reviews)}`);
  if (r.reviewsLate.length) lines.push(`    late reviews: ${names(r.reviewsLate, listed)}`);
  if (r.nextReviewOverdue.length) lines.push(`    next review not held by its due date (overdue on ${c.asOf}, or missed before the plan stopped): ${names(r.nextReviewOverdue, listed)}`);
  lines.push('');
  lines.push('Data quality (warnings by kind):');
  if (summary.warnings.length === 0) lines.push('  none');
  for (const w of summary.warnings) lines.push(`  ${String(w.count).padStart(7)}  ${w.code}: ${names(w.children, listed)}`);
  return lines;
}

function names(children: CensusChildReference[], listed: number): string {
  const shown = children.slice(0, listed).map((r) => `child ${r.child}${r.LAchildID !== undefined ? ` (${r.LAchildID}${r.episode ? `, ${r.episode}` : ''})` : r.episode ? ` (${r.episode})` : ''}`);
  return shown.join(', ') + (children.length > listed ? `, and ${children.length - listed} more (see the JSON summary)` : '');
}

function differ(q: { flagged: CensusChildReference[]; flaggedCountingFromDay0: CensusChildReference[] }, listed: number): string {
  const day0 = new Set(q.flaggedCountingFromDay0.map((r) => `${r.child}/${r.episode}`));
  const only = q.flagged.filter((r) => !day0.has(`${r.child}/${r.episode}`));
  return only.length ? `; flagged only by the day-1 count: ${names(only, listed)}` : '';
}
