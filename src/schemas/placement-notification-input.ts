/**
 * The input types of `PlacementNotificationInputSchema`, written from the schemas by `npm run
 * schemas` (scripts/generate-input-types.ts): edit the schemas and their descriptions, not this
 * file. Each type is exactly the schema's `z.input`, with every field documented
 * (test/types/input-types.test.ts).
 */
import type { IsoDate } from './iso-date.js';
import type { PlacementNotificationKind } from './placement-notification.js';

/**
 * What validatePlacementNotification accepts: a notification document with a known kind, optionally
 * the date it was received; its items are checked one by one, and a missing or unusable item is a
 * problem in the result, not an error.
 */
export type PlacementNotificationInput = {
  /**
   * Which notification this is: a looked after child placed in Luton, a change of address, or a
   * child leaving the placement. It decides which items the notification must hold.
   */
  kind: PlacementNotificationKind;
  /**
   * The date Luton received the notification (YYYY-MM-DD); no date in the notification may be after
   * it.
   */
  receivedOn?: IsoDate | undefined;
  /** Any other field of the document, checked by the function rather than by this type. */
  [key: string]: unknown;
};
