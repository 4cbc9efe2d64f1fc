/**
 * Every reading of a source that a timescale relies on, once each, with the
 * ids of the timescales that rely on it, for the `interpretations` catalogue
 * and the docs: the timescales' own `interpretations` (so one cannot be listed
 * without the timescale that uses it), then the case timeline's readings of
 * what events do to those timescales' clocks.
 */
import type { Interpretation } from '../engine/interpretation.js';
import { timelineInterpretations } from './timeline-interpretations.js';
import { deepFreeze } from '../deep-freeze.js';
import { registryInterpretations } from './registry-interpretations.js';

function gather(): Interpretation[] {
  const byId = new Map<string, Interpretation>();
  for (const i of registryInterpretations) byId.set(i.id, { ...i, citation: { ...i.citation }, ruleIds: [...i.ruleIds] });
  // The timeline's readings of what events do to these timescales' clocks.
  for (const i of timelineInterpretations) byId.set(i.id, { ...i, citation: { ...i.citation }, ruleIds: [...i.ruleIds] });
  return [...byId.values()];
}

/**
 * Every reading of a source that a timescale (or the case timeline's
 * handling of one) relies on, once each, with the ids of the timescales that
 * rely on it: the timescale part of the `interpretations` catalogue, for
 * policy owners to confirm.
 *
 * @example
 * timescaleInterpretations.every((i) => interpretations.some((j) => j.id === i.id)) // true
 */
export const timescaleInterpretations: readonly Interpretation[] = deepFreeze(gather());
