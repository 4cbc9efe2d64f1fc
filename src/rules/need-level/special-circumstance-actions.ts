/**
 * The actions that follow from the special circumstances a classification
 * touches (from its indicators' tags and any FGM facts given), taken from
 * the cited special-circumstances catalogue (each citation a copy of its
 * own: the catalogue's are frozen and shared).
 */
import { copyCitation } from '../../schemas/citation.js';
import type { Action } from '../engine/decision-result.js';
import { specialCircumstances, type SpecialCircumstance } from './special-circumstances.js';

export function specialCircumstanceActions(tags: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()): Action[] {
  const actions: Action[] = [];
  for (const circumstance of specialCircumstances) {
    if (!tags.has(circumstance.id)) continue;
    for (const duty of circumstance.duties) {
      if (skip.has(duty.id)) continue;
      actions.push({ id: duty.id, description: duty.description, role: duty.role, citation: copyCitation(duty.citation) });
    }
  }
  return actions;
}

export type { SpecialCircumstance };
