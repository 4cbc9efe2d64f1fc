/**
 * Every public input schema by name, for the generated JSON Schemas
 * (`json-schema/<name>.schema.json`, see `scripts/generate-json-schemas.ts`),
 * so case systems written in other languages can validate the same inputs.
 * Names are kebab-case and public: renaming one renames its file.
 */
import type * as z from 'zod/mini';
import { nationalAlertInputSchema } from '../rules/national-alert/input-schema.js';
import { classifyNeedInputSchema, classifyNeedOptionsSchema } from '../rules/need-level/input-schema.js';
import { needToKnowInputSchema } from '../rules/need-to-know/input-schema.js';
import { placementNotificationSchemas } from './placement-notification.js';
import { seriousIncidentInputSchema } from '../rules/serious-incident/input-schema.js';
import { statutoryTimelineInputSchema } from './timeline.js';

/**
 * The library's public schemas by their kebab-case name (`classify-need-input`,
 * `statutory-timeline-input`, `placement-notification`, ...): the names of
 * the JSON Schema files shipped in `json-schema/`. Loop over it to validate
 * or document every input.
 *
 * @example
 * Object.keys(publicSchemas).includes('need-to-know-input') // true
 */
export const publicSchemas: Record<string, z.ZodMiniType> = {
  'classify-need-input': classifyNeedInputSchema(),
  'classify-need-options': classifyNeedOptionsSchema(),
  'need-to-know-input': needToKnowInputSchema(),
  'national-alert-input': nationalAlertInputSchema(),
  'serious-incident-input': seriousIncidentInputSchema(),
  'statutory-timeline-input': statutoryTimelineInputSchema(),
  // The complete notification (what a valid result returns), not the lenient
  // envelope `validatePlacementNotification` accepts: that is the one worth
  // checking before a notification is sent.
  'placement-notification': placementNotificationSchemas().PlacementNotificationSchema,
  // What `validatePlacementNotification` accepts (and the service's `POST /placement` reads):
  // any notification with a known kind, complete or not; its result lists what is missing.
  'placement-notification-input': placementNotificationSchemas().PlacementNotificationInputSchema,
};
