/** The zod schema of `PlacementNotificationResult`, what `validatePlacementNotification` returns, valid or not. */
import * as z from 'zod/mini';
import { CitationSchema } from '../schemas/citation-schema.js';
import { placementNotificationKinds, placementNotificationSchemas } from '../schemas/placement-notification.js';
import { described } from '../schemas/schema-metadata.js';
import { RulesetSchema } from './result-parts.js';

const schemas = placementNotificationSchemas();

const base = {
  decision: described(z.literal('placement-notification'), 'Which check this is, so a stored result can be re-run (verifyDecision).'),
  kind: described(z.enum(placementNotificationKinds), 'The notification’s kind, as given: a placement starting, a change of address, or the child leaving the placement.'),
  citation: CitationSchema,
  input: described(schemas.PlacementNotificationInputSchema, 'The notification as given (read once), so a stored result is self-contained.'),
  ruleset: RulesetSchema,
};

export const PlacementNotificationResultSchema = described(
  z.discriminatedUnion('valid', [
    described(
      z.object({
        ...base,
        valid: described(z.literal(true), '`true`: the notification has everything the procedure asks for.'),
        notification: described(schemas.PlacementNotificationSchema, 'The complete, typed notification (the fields the procedure asks for).'),
      }),
      'A notification with everything the procedure asks for.',
    ),
    described(
      z.object({
        ...base,
        valid: described(z.literal(false), '`false`: an item is missing or not acceptable (see `problems`).'),
        problems: described(
          z.array(
            described(
              z.object({
                item: described(
                  z.nullable(z.literal([1, 2, 3, 4])),
                  'The procedure’s item number (1 to 4), or `null` for the unnumbered change-of-address and leaving-placement notifications.',
                ),
                itemWording: described(z.string(), 'The procedure’s wording of the item.'),
                field: described(z.string(), 'Where in the notification, e.g. `placingAuthority.email`.'),
                message: described(z.string(), 'A sentence for the reply to the placing authority; never repeats the value sent.'),
                basis: described(
                  z.enum(['procedure', 'record-update']),
                  '`procedure`: the procedure lists this item; `record-update`: the procedure lists no content for this kind, and the library asks for what Luton needs to update its register.',
                ),
                citation: CitationSchema,
              }),
              'One item of the notification that is missing or not acceptable, worded for the reply to the placing authority.',
            ),
          ),
          'Each missing or unacceptable item, worded for a reply to the placing authority.',
        ),
        summary: described(z.string(), 'The problems as one plain-English paragraph list, for a reply to the placing authority.'),
      }),
      'A notification with an item missing or not acceptable.',
    ),
  ]),
  'Whether a notification of a looked after child placed in Luton (or changing address, or leaving) has what Luton’s procedure asks for, told apart by `valid` (validatePlacementNotification).',
);
