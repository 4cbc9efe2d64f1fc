/**
 * Every reading of the sources that is not their literal words, for policy
 * owners to confirm or overrule: the interpretations carried by rule modules,
 * by the actions whose role or step the source does not state, and by the
 * timescales and the case timeline. Each lists the ids of the rules (or
 * actions, or timescales) that rely on it.
 */
import type { Interpretation, InterpretationDefinition } from './engine/interpretation.js';
import { allRuleModules } from './catalogue.js';
import { needToKnowActionInterpretations } from './need-to-know/interpretations.js';
import { nationalAlertActionInterpretations } from './national-alert/interpretations.js';
import { deepFreeze } from './deep-freeze.js';
import { timescaleInterpretations } from './timescales/timescale-interpretations.js';
import { seriousIncidentDecisionReadings } from './serious-incident/interpretations.js';
import { placementReadings } from './placement-notification/interpretations.js';

function collect(): Interpretation[] {
  const byId = new Map<string, Interpretation>();
  const add = (def: InterpretationDefinition, user: string) => {
    const entry = byId.get(def.id);
    if (entry) {
      if (!entry.ruleIds.includes(user)) entry.ruleIds.push(user);
    } else byId.set(def.id, { id: def.id, says: def.says, why: def.why, citation: { ...def.citation }, ruleIds: [user] });
  };
  for (const module of allRuleModules) for (const def of module.interpretations ?? []) add(def, module.id);
  for (const [actionId, def] of Object.entries({ ...needToKnowActionInterpretations, ...nationalAlertActionInterpretations })) add(def, actionId);
  for (const reading of [...seriousIncidentDecisionReadings, ...placementReadings]) for (const id of reading.usedBy) add(reading.definition, id);
  for (const i of timescaleInterpretations) for (const id of i.ruleIds) add(i, id);
  return [...byId.values()];
}

/** Deeply frozen, like every exported catalogue. */
export const interpretations: readonly Interpretation[] = deepFreeze(collect());
