/**
 * The properties that make the timeline safe on extracts as case systems
 * export them: the result never depends on the order of the rows, a row
 * exported twice changes nothing but a warning, no deadline is overdue once
 * its work is recorded, and a late one always has its completion date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statutoryTimeline as typedTimeline, type CaseTimeline } from '../../../src/rules/timeline/index.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { messyHistoryArb, permutationOf, rowKey, type History } from './messy-histories.js';
import { rowsOf, type Event } from './support.js';

const statutoryTimeline = typedTimeline as (input: unknown) => CaseTimeline;

/** The timeline, or undefined when the history does not fit together (any other error fails the test). */
function judge(input: History): CaseTimeline | undefined {
  try {
    return statutoryTimeline(input);
  } catch (error) {
    if (error instanceof SafeguardingInputError) return undefined;
    throw error;
  }
}

/**
 * The result with every event position replaced by the position of the first
 * row of the original history identical to the row named, so results of the
 * same rows in another order (or with a row repeated) can be compared.
 * `input`, which echoes the rows as given, and `fingerprint`, its hash, are left out.
 */
function canonical(timeline: CaseTimeline, rows: Event[], original: Event[]): unknown {
  const first = new Map<string, number>();
  original.forEach((e, i) => {
    if (!first.has(rowKey(e))) first.set(rowKey(e), i);
  });
  const at = (index: number) => first.get(rowKey(rows[index]!))!;
  // `input` echoes the rows as given, and `fingerprint` hashes them in that order: both are left out.
  const { input: _input, fingerprint: _fingerprint, ...rest } = timeline;
  return JSON.parse(
    JSON.stringify(rest, (key, value) => {
      if (key === 'index' && typeof value === 'number') return at(value);
      // Warnings name rows in their facts, and a repeated row in its message too.
      if (typeof value === 'string' && (key === 'message' || /^events\[\d+\]$/.test(value))) return value.replace(/events\[(\d+)\]/g, (_m, i: string) => `events[${at(Number(i))}]`);
      return value;
    }),
  );
}

describe('histories as case systems export them', () => {
  it('the timeline of a history is the same whatever the order of its rows', () => {
    let judged = 0;
    fc.assert(
      fc.property(
        messyHistoryArb.chain((h) => fc.tuple(fc.constant(h), permutationOf(h.events.length))),
        ([history, order]) => {
          const timeline = judge(history);
          const shuffled = { asOf: history.asOf, events: order.map((i) => history.events[i]!) };
          const again = judge(shuffled);
          // Whether a history fits together does not depend on the order of its rows either.
          expect(again === undefined).toBe(timeline === undefined);
          if (!timeline || !again) return;
          judged++;
          expect(canonical(again, shuffled.events, history.events)).toEqual(canonical(timeline, history.events, history.events));
        },
      ),
      { numRuns: Number(process.env.TIMELINE_RUNS ?? 400) },
    );
    expect(judged).toBeGreaterThan(100);
  });

  it('a row exported twice changes nothing but a warning naming both rows (and the reading that counts them once)', () => {
    fc.assert(
      fc.property(
        messyHistoryArb.chain((h) => fc.tuple(fc.constant(h), fc.nat(h.events.length - 1), fc.nat(h.events.length))),
        ([history, which, where]) => {
          const timeline = judge(history);
          fc.pre(timeline !== undefined && history.events.length > 0);
          const events = [...history.events];
          events.splice(where, 0, { ...history.events[which]! });
          const twice = judge({ asOf: history.asOf, events })!;
          expect(twice).toBeDefined();
          const copy = where;
          const original = which >= where ? which + 1 : which;
          const before = canonical(timeline!, history.events, history.events) as CaseTimeline;
          const after = canonical(twice, events, history.events) as CaseTimeline;
          const duplicate = 'timeline.warning.duplicate-event';
          expect(after.episodes).toEqual(before.episodes);
          expect(after.notStarted).toEqual(before.notStarted);
          expect(after.warnings.filter((w) => w.code !== duplicate)).toEqual(before.warnings.filter((w) => w.code !== duplicate));
          expect(after.interpretations.filter((i) => i.id !== 'timeline.interpretation.identical-rows-are-one-event')).toEqual(
            before.interpretations.filter((i) => i.id !== 'timeline.interpretation.identical-rows-are-one-event'),
          );
          // The new warning names both rows, as given.
          const named = twice.warnings.filter((w) => w.code === duplicate && w.facts.includes(`events[${copy}]`));
          expect(named).toHaveLength(1);
          expect(named[0]!.facts).toContain(`events[${Math.min(copy, original, ...indicesOf(events, events[copy]!))}]`);
          expect(named[0]!.facts.length).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: Number(process.env.TIMELINE_RUNS ?? 300) },
    );
  });

  it('no deadline is overdue once its work is recorded, and a late one always has its completion date', () => {
    fc.assert(
      fc.property(messyHistoryArb, (history) => {
        const timeline = judge(history);
        fc.pre(timeline !== undefined);
        for (const row of rowsOf(timeline!)) {
          if (row.status === 'late') {
            expect(row.doneOn > row.due).toBe(true);
            expect(row.doneOn <= history.asOf).toBe(true);
          }
          if (row.status === 'met') expect(row.doneOn <= row.due).toBe(true);
          if (row.status === 'overdue') expect(row).not.toHaveProperty('doneOn');
        }
        // Recording the work of each open overdue deadline, on asOf, in its episode, makes it late, done that day. A
        // referral's step names its referral (referralDate); a step of another process belongs to the latest cycle of its
        // episode (a second allegation or incident gets its own episode), so only that cycle's rows are tried.
        const rows = rowsOf(timeline!);
        for (const row of rows) {
          if (row.status !== 'overdue' || row.stoppedOn !== undefined) continue;
          const referralStep = row.satisfiedBy === 'assessment-completed' || row.satisfiedBy === 'referral-decision-made';
          const laterCycle = rows.some((r) => r.id === row.id && r.episode === row.episode && r.status !== 'not-yet-triggered' && r.trigger.date > row.trigger.date);
          if (!referralStep && laterCycle) continue;
          const done: Event = { type: row.satisfiedBy, date: history.asOf, ...(row.episode === 'default' ? {} : { episode: row.episode }) };
          if (referralStep) done.referralDate = row.trigger.date;
          const after = judge({ asOf: history.asOf, events: [...history.events, done] });
          // The step does not fit this history: an error (a second conference for one enquiry, say), or set aside as out of sequence.
          const setAside = after?.warnings.some((w) => w.code === 'timeline.warning.out-of-sequence' && w.facts.includes(`events[${history.events.length}]`));
          if (!after || setAside) continue;
          const same = rowsOf(after).find((r) => r.id === row.id && r.status !== 'not-yet-triggered' && r.startedBy.index === row.startedBy.index);
          expect(same, `${row.id} ${row.trigger.date}`).toMatchObject({ status: 'late', doneOn: history.asOf });
        }
      }),
      { numRuns: Number(process.env.TIMELINE_RUNS ?? 300) },
    );
  });
});

function indicesOf(events: Event[], event: Event): number[] {
  return events.flatMap((e, i) => (rowKey(e) === rowKey(event) ? [i] : []));
}
