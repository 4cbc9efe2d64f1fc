/** The zod schema of `PlacementNotificationResult`, what `validatePlacementNotification` returns, valid or not. */
import * as z from 'zod/mini';
import { CitationSchema } from '../schemas/citation-schema.js';
import { placementNotificationKinds, placementNotificationSchemas } from '../schemas/placement-notification.js';
import { described } from '../schemas/schema-metadata.js';
import { ActionSchema } from './decision-result-schema.js';
import { InterpretationSchema, RulesetSchema, WarningSchema } from './result-parts.js';

const schemas = placementNotificationSchemas();

const base = {
  decision: described(z.literal('placement-notification'), 'Which check this is, so a stored result can be re-run (verifyDecision).'),
  kind: described(z.enum(placementNotificationKinds), 'The notification’s kind, as given: a placement starting, a change of address, or the child leaving the placement.'),
  citation: CitationSchema,
  recipient: described(
    z.object({
      service: described(z.string(), 'The service the procedure names.'),
      by: described(z.literal('secure email'), 'How the procedure says it is sent.'),
      citation: CitationSchema,
    }),
    'Who in Luton receives the notification, and how it is sent.',
  ),
  actions: described(z.array(ActionSchema), 'What Luton does next with the notification (the register, the referrals, the electronic record, the reply), and which role does it.'),
  warnings: described(z.array(WarningSchema), 'What looks wrong without making the notification unusable (an address that may be outside Luton, a legal status read from words, a date after the notification arrived).'),
  interpretations: described(z.array(InterpretationSchema), 'The readings of the procedure (not its literal words) that this result relied on.'),
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
