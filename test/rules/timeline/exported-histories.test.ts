/**
 * Every history of exported-histories.ts (the patterns of real case-system
 * extracts, printed on docs/timeline.md) gives exactly the rows and warnings
 * written beside it, and names its readings.
 */
import { describe, expect, it } from 'vitest';
import { statutoryTimeline } from '../../../src/rules/timeline/index.js';
import { exportedHistories } from './exported-histories.js';
import { rowsOf } from './support.js';

/** A row as the histories write it: `timescale-id [episode] trigger status due`. */
export function rowLine(d: ReturnType<typeof rowsOf>[number]): string {
  if (d.status === 'not-yet-triggered') return `${d.id} ${d.episode} not-yet-triggered`;
  return `${d.id}${d.episode === 'default' ? '' : ` ${d.episode}`} ${d.trigger.date} ${d.status} ${d.due}`;
}

describe('case histories as case systems export them', () => {
  it('have distinct ids', () => {
    const ids = exportedHistories.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(exportedHistories.map((h) => [h.id, h] as const))('%s', (_, history) => {
    const timeline = statutoryTimeline(history.input);

    it('gives the rows and warnings written beside it', () => {
      expect(rowsOf(timeline).filter((d) => d.status !== 'not-yet-triggered').map(rowLine)).toEqual(history.expect.rows);
      expect(timeline.warnings.map((w) => w.code)).toEqual(history.expect.warnings);
    });

    it('names the readings it relied on, and every warning names rows of the input', () => {
      const ids = timeline.interpretations.map((i) => i.id);
      for (const id of history.expect.interpretations ?? []) expect(ids).toContain(id);
      for (const warning of timeline.warnings) {
        expect(warning.facts.length).toBeGreaterThan(0);
        for (const fact of warning.facts) {
          const index = Number(/^events\[(\d+)\]$/.exec(fact)?.[1]);
          expect(index).toBeLessThan(history.input.events.length);
        }
      }
    });

    it('explains every row in sentences, without ids or ISO dates', () => {
      for (const row of rowsOf(timeline)) {
        expect(row.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(row.explanation.endsWith('.')).toBe(true);
      }
    });
  });

  it('a late row always has its completion date; an overdue one never has one, and none counts negative working days', () => {
    for (const history of exportedHistories) {
      for (const row of rowsOf(statutoryTimeline(history.input))) {
        if (row.status === 'late') expect(row.doneOn > row.due).toBe(true);
        if (row.status === 'overdue') expect(row).not.toHaveProperty('doneOn');
        if ('workingDaysTaken' in row && row.workingDaysTaken !== undefined) expect(row.workingDaysTaken).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('a deadline counted back from publication has no working days taken, and says how many before', () => {
    const history = exportedHistories.find((h) => h.id === 'report-before-publication')!;
    const report = rowsOf(statutoryTimeline(history.input)).find((d) => d.id === 'serious-incident.report-to-panel-and-secretary-of-state')!;
    expect(report).toMatchObject({ status: 'met', doneOn: '2027-02-17' });
    expect(report).not.toHaveProperty('workingDaysTaken');
    expect(report.explanation).toContain('17 February 2027, 7 working days before, on time');
  });

  it('a booked publication reads as the publication booked', () => {
    const history = exportedHistories.find((h) => h.id === 'publication-booked-late')!;
    const timeline = statutoryTimeline(history.input);
    const published = rowsOf(timeline).find((d) => d.id === 'serious-incident.lcspr-published')!;
    expect(published.explanation).toContain('Publication of the review is not yet recorded');
    expect(published.explanation).toContain('Publication of the review is booked for 14 April 2027, after the due date.');
    expect(timeline.warnings[0]!.message).toBe('Publication of the review is booked for 14 April 2027, after it is due on 28 February 2027.');
  });

  it('the warning on rows recorded twice names both rows', () => {
    const history = exportedHistories.find((h) => h.id === 'referral-exported-twice')!;
    const [warning] = statutoryTimeline(history.input).warnings;
    expect(warning).toEqual({
      code: 'timeline.warning.duplicate-event',
      message:
        'The referral was received on 2 November 2026: recorded twice with the same details (events[0], events[1]), and counted once: one referral, with one decision and one assessment due. Two referrals on one day in one episode are read as one; give separate referrals their own episodes.',
      facts: ['events[0]', 'events[1]'],
    });
  });

  it('the 18th birthday row reads as the review around the birthday', () => {
    const ahead = exportedHistories.find((h) => h.id === 'turns-18-ahead')!;
    const row = rowsOf(statutoryTimeline(ahead.input)).find((d) => d.id === 'child-protection.review-around-18th-birthday')!;
    expect(row).toMatchObject({ status: 'due', due: '2026-12-15', startedBy: { type: 'child-turned-18', date: '2026-12-15' }, satisfiedBy: 'plan-ended', basis: 'statutory-should' });
    expect(row).not.toHaveProperty('workingDaysTaken');
    expect(row.explanation).toBe(
      'The child turns 18 on 15 December 2026, while the subject of the child protection plan made on 1 October 2026. Working Together asks for a review around the birthday, planned in advance, to end the plan: it is due by 15 December 2026, the 18th birthday. Record plan-ended when the plan is ended.',
    );
  });
});
