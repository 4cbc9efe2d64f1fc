/**
 * The timeline's event types in the library's own words, for the case
 * history form: "The referral was received", listed under the process whose
 * clock the event starts or meets ("Referral and assessment"), and events
 * that stop clocks together.
 */
import { timelineProcesses, timelineTimescales } from '../../src/rules/timeline/index.js';
import { happenedUndated } from '../../src/rules/timeline/event-words.js';
import { clocksStoppedBy } from '../../src/rules/timeline/processes.js';
import type { TimelineEventType } from '../../src/rules/timeline/input-schema.js';
import type { Choice } from './form/form-model.js';

const STOPS = 'Events that stop or end clocks';
const OTHER = 'Other events';

/** The process an event type starts or meets, by title. */
function groupOf(type: string): string {
  const process =
    timelineProcesses.find((p) => p.startedBy === type)?.id ??
    timelineTimescales.find((t) => t.satisfiedBy === type || t.startedBy === type)?.process;
  if (process) return timelineProcesses.find((p) => p.id === process)!.title;
  return type in clocksStoppedBy || /-(ended|closed)$/.test(type) ? STOPS : OTHER;
}

/** "The referral was received", under its process. */
export function timelineEventChoice(type: string): Omit<Choice, 'value'> {
  const sentence = happenedUndated(type as TimelineEventType);
  return { label: sentence.charAt(0).toUpperCase() + sentence.slice(1), group: groupOf(type) };
}

/** A booking's status in words, and what no status means. */
const STATUS: Record<string, string> = { scheduled: 'Booked for the date given', postponed: 'Postponed: it was booked for the date given and will not go ahead' };

export function timelineChoice(path: string[], value: string): Omit<Choice, 'value'> | undefined {
  const field = path.join('.');
  if (field === 'events.type') return timelineEventChoice(value);
  if (field === 'events.status' && STATUS[value]) return { label: STATUS[value] };
  return undefined;
}

export function timelineUnanswered(path: string[]): string | undefined {
  return path.join('.') === 'events.status' ? 'It happened on the date given' : undefined;
}
