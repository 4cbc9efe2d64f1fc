/**
 * Schemas for notifications that another authority has placed a looked after
 * child in Luton (`luton-lac-placement-notification`).
 *
 * Two schemas, on purpose:
 * - `PlacementNotificationInputSchema` is what `validatePlacementNotification`
 *   accepts: any object with a known `kind`. The rest of the document is
 *   checked item by item by the validator, because a notification with a
 *   missing item is a normal document to reply to, not a programming error.
 * - `PlacementNotificationSchema` is a complete, acceptable notification: what
 *   a valid result returns, and what a case system (in any language, through
 *   the generated JSON Schema) can check before sending one. Fields the
 *   procedure does not ask for are allowed (a notification may say more) and
 *   dropped from the typed result.
 */
import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date-schema.js';
import { inputLimits } from './limits.js';
import { withMetadata } from './schema-metadata.js';

/** The three kinds of placement notification (see `PlacementNotificationKind`). */
export const placementNotificationKinds = ['placement-start', 'change-of-address', 'leaving-placement'] as const;
/**
 * Which notification a placing authority sends Luton about a looked after
 * child: `placement-start` (a child placed in Luton), `change-of-address`,
 * or `leaving-placement`.
 */
export type PlacementNotificationKind = (typeof placementNotificationKinds)[number];

/**
 * The zod schema of what `validatePlacementNotification` accepts: any object
 * with a known `kind` (other fields allowed), optionally `receivedOn`. The
 * items are checked by the validator, which words each problem for a reply.
 */
export const PlacementNotificationInputSchema = z.looseObject({
  /** Which notification this is; it decides which items are required. */
  kind: z.enum(placementNotificationKinds),
  /** The date the notification was received; when given, dates in the notification must not be after it. */
  receivedOn: z.optional(IsoDateSchema),
});
/** What `validatePlacementNotification` accepts: a notification document with a known `kind`; its items are checked one by one. */
export type PlacementNotificationInput = z.input<typeof PlacementNotificationInputSchema>;

/**
 * The procedure's item 2: its own three alternatives, then the legal statuses
 * of a looked after child its wording leaves out, accepted as the answer to
 * the item (see `placement-notification.interpretation.legal-statuses-beyond-item-2`):
 * an interim care order (a care order for this purpose: Children Act 1989
 * s31(11)), a placement order (Adoption and Children Act 2002 s21) and a
 * remand to local authority accommodation (Legal Aid, Sentencing and
 * Punishment of Offenders Act 2012 s104).
 */
export const legalStatuses = ['section-20', 'care-order', 'supervision-order', 'interim-care-order', 'placement-order', 'remand'] as const;
/**
 * The child's legal status, item 2 of a placement-start notification:
 * accommodated under section 20 of the Children Act 1989, subject to a care
 * order or a supervision order (the item's words), or subject to an interim
 * care order or a placement order, or remanded to local authority
 * accommodation (statuses the item's words leave out).
 */
export type LegalStatus = (typeof legalStatuses)[number];
/** The legal statuses item 2 names in its own words. */
export const itemTwoLegalStatuses: readonly LegalStatus[] = ['section-20', 'care-order', 'supervision-order'];

/**
 * Patterns are plain regular expressions (no refinements) so the generated
 * JSON Schema checks exactly what zod checks. Each is written so that no
 * quantified group repeats once per character: such a group (the earlier
 * `(?:[0-9][ ()-]*){7,}`) makes the regular expression engine recurse per
 * character and throw `RangeError` on a value of a few million characters,
 * and the values have length limits besides (`inputLimits`).
 *
 * A phone number: digits with optional leading `+`, spaces, brackets and
 * hyphens, at least seven digits (loose enough for UK and international numbers).
 */
export const PHONE_PATTERN = /^(?=(?:[^0-9]*[0-9]){7})\+?[0-9 ()-]+$/;
/**
 * An email address: a local part, `@`, and a domain of at least two
 * dot-separated labels (no empty label, no trailing dot). Each character can
 * match in only one way, so a long, dotted non-address is refused in linear time.
 */
export const EMAIL_PATTERN = /^[^\s@]+@(?![^@]*\.\.)[^\s@.]+\.[^\s@]*[^\s@.]$/;
/** Text with at least one character that is not white space. */
export const TEXT_PATTERN = /\S/;

const Text = z.string().check(z.maxLength(inputLimits.placementText), z.regex(TEXT_PATTERN));
const Phone = z.string().check(z.maxLength(inputLimits.phone), z.regex(PHONE_PATTERN));
const Email = z.string().check(z.maxLength(inputLimits.email), z.regex(EMAIL_PATTERN));

const ChildSchema = z.object({ name: Text, dateOfBirth: IsoDateSchema });

/** Who to contact: a name and at least one of phone, email or postal address. */
const ContactSchema = withMetadata(
  z
    .object({
      name: Text,
      phone: z.optional(Phone),
      email: z.optional(Email),
      postalAddress: z.optional(Text),
    })
    .check(
      z.refine((c) => c.phone !== undefined || c.email !== undefined || c.postalAddress !== undefined, {
        message: 'give at least one of phone, email or postalAddress',
      }),
    ),
  // The same rule for the generated JSON Schema, which cannot see the refinement.
  { anyOf: [{ required: ['phone'] }, { required: ['email'] }, { required: ['postalAddress'] }] },
);

const SpecialEducationalNeedsSchema = z.discriminatedUnion('hasStatementOrEhcPlan', [
  z.object({ hasStatementOrEhcPlan: z.literal(false) }),
  z.object({ hasStatementOrEhcPlan: z.literal(true), maintainingAuthority: Text }),
]);

/**
 * A complete notification that a child has been placed in Luton: the child,
 * legal status, the placing authority's and the Independent Reviewing
 * Officer's contact details, and special educational needs.
 */
export const PlacementStartNotificationSchema = z.object({
  kind: z.literal('placement-start'),
  receivedOn: z.optional(IsoDateSchema),
  /** Item 1. */
  child: ChildSchema,
  /** Item 2. */
  legalStatus: z.enum(legalStatuses),
  /** Item 3: the placing authority's contact details. */
  placingAuthority: ContactSchema,
  /** Item 3: the child's Independent Reviewing Officer's contact details. */
  independentReviewingOfficer: ContactSchema,
  /** Item 4. Statements of SEN were replaced by education, health and care (EHC) plans; either counts. */
  specialEducationalNeeds: SpecialEducationalNeedsSchema,
});

/** A complete notification that a child placed in Luton has moved address: the child, the placing authority, the new address and the date of the move. */
export const ChangeOfAddressNotificationSchema = z.object({
  kind: z.literal('change-of-address'),
  receivedOn: z.optional(IsoDateSchema),
  child: ChildSchema,
  placingAuthority: z.object({ name: Text }),
  /** The child's new address in Luton. */
  newAddress: Text,
  /** The date the child moved to the new address. */
  effectiveDate: IsoDateSchema,
});

/** A complete notification that a child has left a placement in Luton: the child, the placing authority and the date they left. */
export const LeavingPlacementNotificationSchema = z.object({
  kind: z.literal('leaving-placement'),
  receivedOn: z.optional(IsoDateSchema),
  child: ChildSchema,
  placingAuthority: z.object({ name: Text }),
  /** The date the child left the placement in Luton. */
  leftOn: IsoDateSchema,
});

/** A child cannot be born after the notification about them was received. */
function bornBeforeReceived(n: { receivedOn?: string | undefined; child: { dateOfBirth: string } }, ctx: z.core.$RefinementCtx): void {
  if (n.receivedOn !== undefined && n.child.dateOfBirth > n.receivedOn) {
    ctx.addIssue({ code: 'custom', path: ['child', 'dateOfBirth'], message: 'is after the date the notification was received', params: { code: 'date-order' } });
  }
}

/**
 * A complete, acceptable placement notification of any kind (told apart by
 * `kind`), with the child's date of birth not after `receivedOn` and no move
 * or leaving date before it. What a
 * valid `validatePlacementNotification` result holds, and what a case system
 * can check (here or through the generated JSON Schema) before sending one.
 */
export const PlacementNotificationSchema = z.discriminatedUnion('kind', [
  PlacementStartNotificationSchema.check(z.superRefine(bornBeforeReceived)),
  ChangeOfAddressNotificationSchema.check(z.superRefine(bornBeforeReceived), z.superRefine((n, ctx) => notBeforeBirth(n.effectiveDate, 'effectiveDate', n, ctx))),
  LeavingPlacementNotificationSchema.check(z.superRefine(bornBeforeReceived), z.superRefine((n, ctx) => notBeforeBirth(n.leftOn, 'leftOn', n, ctx))),
]);

/** A child cannot move or leave a placement before being born. */
function notBeforeBirth(date: string, field: string, n: { child: { dateOfBirth: string } }, ctx: z.core.$RefinementCtx): void {
  if (date < n.child.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: [field], message: "is before the child's date of birth", params: { code: 'date-order' } });
  }
}

/** A complete placement-start notification (see `PlacementStartNotificationSchema`). */
export type PlacementStartNotification = z.infer<typeof PlacementStartNotificationSchema>;
/** A complete change-of-address notification (see `ChangeOfAddressNotificationSchema`). */
export type ChangeOfAddressNotification = z.infer<typeof ChangeOfAddressNotificationSchema>;
/** A complete leaving-placement notification (see `LeavingPlacementNotificationSchema`). */
export type LeavingPlacementNotification = z.infer<typeof LeavingPlacementNotificationSchema>;
/** A complete placement notification of any kind, told apart by `kind`: what a valid `validatePlacementNotification` result returns. */
export type PlacementNotification = z.infer<typeof PlacementNotificationSchema>;
