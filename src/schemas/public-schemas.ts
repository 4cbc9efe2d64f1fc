/**
 * Every public input schema by name, for the generated JSON Schemas
 * (`json-schema/<name>.schema.json`, see `scripts/generate-json-schemas.ts`),
 * so case systems written in other languages can validate the same inputs.
 * Names are kebab-case and public: renaming one renames its file.
 */
import type * as z from 'zod/mini';
import { NationalAlertInputSchema } from '../rules/national-alert/input-schema.js';
import { ClassifyNeedInputSchema, ClassifyNeedOptionsSchema } from '../rules/need-level/input-schema.js';
import { NeedToKnowInputSchema } from '../rules/need-to-know/input-schema.js';
import { PlacementNotificationInputSchema, PlacementNotificationSchema } from './placement-notification.js';
import { SeriousIncidentInputSchema } from '../rules/serious-incident/input-schema.js';
import { StatutoryTimelineInputSchema } from './timeline.js';

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
  'classify-need-input': ClassifyNeedInputSchema,
  'classify-need-options': ClassifyNeedOptionsSchema,
  'need-to-know-input': NeedToKnowInputSchema,
  'national-alert-input': NationalAlertInputSchema,
  'serious-incident-input': SeriousIncidentInputSchema,
  'statutory-timeline-input': StatutoryTimelineInputSchema,
  // The complete notification (what a valid result returns), not the lenient
  // envelope `validatePlacementNotification` accepts: that is the one worth
  // checking before a notification is sent.
  'placement-notification': PlacementNotificationSchema,
  // What `validatePlacementNotification` accepts (and the service's `POST /placement` reads):
  // any notification with a known kind, complete or not; its result lists what is missing.
  'placement-notification-input': PlacementNotificationInputSchema,
};
