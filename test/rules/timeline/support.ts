/** Helpers for reading a CaseTimeline in tests. */
import { statutoryTimeline } from '../../../src/rules/timeline/index.js';
import type { CaseTimeline, TimelineDeadline } from '../../../src/rules/timeline/index.js';

/** Every deadline of every episode, in order. */
export function rowsOf(timeline: CaseTimeline): TimelineDeadline[] {
  return timeline.episodes.flatMap((e) => e.deadlines);
}

/** The rows with this timescale id (in the given episode, when named). */
export function rowsWithId(timeline: CaseTimeline, id: string, episode?: string): TimelineDeadline[] {
  return rowsOf(timeline).filter((d) => d.id === id && (episode === undefined || d.episode === episode));
}

/** The one row with this id; fails the test when there is none or more than one. */
export function rowOf(timeline: CaseTimeline, id: string, episode?: string): TimelineDeadline & Record<string, unknown> {
  const rows = rowsWithId(timeline, id, episode);
  if (rows.length !== 1) throw new Error(`expected one ${id} row${episode ? ` in ${episode}` : ''}, found ${rows.length}`);
  return rows[0] as TimelineDeadline & Record<string, unknown>;
}

export interface Event {
  type: string;
  date: string;
  episode?: string;
  [field: string]: unknown;
}

export function timelineOf(asOf: string, events: Event[]): CaseTimeline {
  return statutoryTimeline({ asOf, events } as never);
}
