/**
 * `NeedIndicatorId`: every indicator id of the catalogue as a union of
 * string literals, read from the level files' tables, so an editor completes
 * the ids and a mistyped one is a compile error. It follows the catalogue:
 * a bullet added to or renamed in a level file changes it with no other edit.
 */
import type { additionalIndicators } from './additional.js';
import type { intensiveIndicators } from './intensive.js';
import type { specialistIndicators } from './specialist.js';
import type { universalIndicators } from './universal.js';

/**
 * The id of an indicator in `needIndicators`, e.g.
 * `'need-level.intensive.health.self-harm'`: `need-level.<level>.<domain>.<slug>`.
 * `classifyNeed` takes these in `input.indicators`. Ids are public API:
 * renaming one is a breaking change.
 */
export type NeedIndicatorId =
  | (typeof universalIndicators)[number]['id']
  | (typeof additionalIndicators)[number]['id']
  | (typeof intensiveIndicators)[number]['id']
  | (typeof specialistIndicators)[number]['id'];
