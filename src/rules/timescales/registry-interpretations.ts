/**
 * The readings of the sources the timescales themselves rely on (each
 * timescale's own `interpretations`), once each, with the ids of the
 * timescales that rely on it. Decisions that count a deadline return these;
 * the case timeline's own readings are added on top in
 * `timescale-interpretations.ts`, so a decision's bundle does not carry the
 * timeline's.
 */
import type { Interpretation } from '../engine/interpretation.js';
import { deepFreeze } from '../deep-freeze.js';
import { timescales } from './registry.js';

function gather(): Interpretation[] {
  const byId = new Map<string, Interpretation>();
  for (const t of timescales) {
    for (const definition of t.interpretations ?? []) {
      const known = byId.get(definition.id);
      if (known) known.ruleIds.push(t.id);
      else byId.set(definition.id, { ...definition, citation: { ...definition.citation }, ruleIds: [t.id] });
    }
  }
  return [...byId.values()];
}

/** Every timescale's own readings of its source, once each, with the timescales relying on it. */
export const registryInterpretations: readonly Interpretation[] = deepFreeze(gather());
