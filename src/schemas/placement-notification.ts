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
import { described, withMetadata } from './schema-metadata.js';
import { lazySchema } from './lazy-schema.js';

/** The three kinds of placement notification (see `PlacementNotificationKind`). */
export const placementNotificationKinds = ['placement-start', 'change-of-address', 'leaving-placement'] as const;
/**
 * Which notification a placing authority sends Luton about a looked after
 * child: `placement-start` (a child placed in Luton), `change-of-address`,
 * or `leaving-placement`.
 */
export type PlacementNotificationKind = (typeof placementNotificationKinds)[number];



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

/** A child cannot be born after the notification about them was received. */
/** A child cannot move or leave a placement before being born. */
function notBeforeBirth(date: string, field: string, n: { child: { dateOfBirth: string } }, ctx: z.core.$RefinementCtx): void {
  if (date < n.child.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: [field], message: "is before the child's date of birth", params: { code: 'date-order' } });
  }
}

function bornBeforeReceived(n: { receivedOn?: string | undefined; child: { dateOfBirth: string } }, ctx: z.core.$RefinementCtx): void {
  if (n.receivedOn !== undefined && n.child.dateOfBirth > n.receivedOn) {
    ctx.addIssue({ code: 'custom', path: ['child', 'dateOfBirth'], message: 'is after the date the notification was received', params: { code: 'date-order' } });
  }
}

/**
 * Every placement notification schema, built together on first use
 * (lazy-schema.ts): the lenient envelope the validator accepts and the
 * complete notifications, which share their parts. `luton-safeguarding-rules/schemas`
 * exports each built, under the name it has here.
 */
export const placementNotificationSchemas = lazySchema(() => {
  /**
   * The zod schema of what `validatePlacementNotification` accepts: any object
   * with a known `kind` (other fields allowed), optionally `receivedOn`. The
   * items are checked by the validator, which words each problem for a reply.
   */
  const PlacementNotificationInputSchema = described(
    z.looseObject({
      /** Which notification this is; it decides which items are required. */
      kind: described(
        z.enum(placementNotificationKinds),
        'Which notification this is: a looked after child placed in Luton, a change of address, or a child leaving the placement. It decides which items the notification must hold.',
      ),
      /** The date the notification was received; when given, dates in the notification must not be after it. */
      receivedOn: described(z.optional(IsoDateSchema), 'The date Luton received the notification (YYYY-MM-DD); no date in the notification may be after it.'),
    }),
    'What validatePlacementNotification accepts: a notification document with a known kind, optionally the date it was received; its items are checked one by one, and a missing or unusable item is a problem in the result, not an error.',
  );
  const Text = z.string().check(z.maxLength(inputLimits.placementText), z.regex(TEXT_PATTERN));
  const Phone = z.string().check(z.maxLength(inputLimits.phone), z.regex(PHONE_PATTERN));
  const Email = z.string().check(z.maxLength(inputLimits.email), z.regex(EMAIL_PATTERN));

  const ChildSchema = described(
    z.object({
      name: described(Text, "The child's full name."),
      dateOfBirth: described(IsoDateSchema, "The child's date of birth (YYYY-MM-DD)."),
    }),
    'Item 1: the child, by name and date of birth.',
  );

  const receivedOn = described(z.optional(IsoDateSchema), 'The date Luton received the notification (YYYY-MM-DD), if known; the child cannot be born after it.');
  const authorityName = described(
    z.object({ name: described(Text, 'The name of the placing authority (the local authority that placed the child).') }),
    'The placing authority: the local authority that placed the child in Luton.',
  );

  /** Who to contact: a name and at least one of phone, email or postal address. */
  const ContactSchema = withMetadata(
    z
      .object({
        name: described(Text, 'The name of the authority, team or person to contact.'),
        phone: described(z.optional(Phone), 'A phone number. Digits, with an optional leading + and spaces, brackets or hyphens; at least seven digits.'),
        email: described(z.optional(Email), 'An email address.'),
        postalAddress: described(z.optional(Text), 'A postal address.'),
      })
      .check(
        z.refine((c) => c.phone !== undefined || c.email !== undefined || c.postalAddress !== undefined, {
          message: 'give at least one of phone, email or postalAddress',
        }),
      ),
    // The same rule for the generated JSON Schema, which cannot see the refinement.
    { anyOf: [{ required: ['phone'] }, { required: ['email'] }, { required: ['postalAddress'] }] },
  );

  const hasPlan = 'True when the child has a statement of special educational needs or an education, health and care (EHC) plan.';
  const SpecialEducationalNeedsSchema = z.discriminatedUnion('hasStatementOrEhcPlan', [
    z.object({ hasStatementOrEhcPlan: described(z.literal(false), hasPlan) }),
    z.object({
      hasStatementOrEhcPlan: described(z.literal(true), hasPlan),
      maintainingAuthority: described(Text, 'The local authority that maintains the statement or EHC plan.'),
    }),
  ]);

  /**
   * A complete notification that a child has been placed in Luton: the child,
   * legal status, the placing authority's and the Independent Reviewing
   * Officer's contact details, and special educational needs.
   */
  const PlacementStartNotificationSchema = z.object({
    kind: described(z.literal('placement-start'), 'A notification that a looked after child has been placed in Luton.'),
    receivedOn,
    /** Item 1. */
    child: ChildSchema,
    /** Item 2. */
    legalStatus: described(
      z.enum(legalStatuses),
      "Item 2: the child's legal status. Accommodated under section 20 of the Children Act 1989, or subject to a care order or a supervision order (the item's words); or subject to an interim care order or a placement order, or remanded to local authority accommodation.",
    ),
    /** Item 3: the placing authority's contact details. */
    placingAuthority: described(ContactSchema, "Item 3: the placing authority's contact details: a name and at least one of phone, email or postal address."),
    /** Item 3: the child's Independent Reviewing Officer's contact details. */
    independentReviewingOfficer: described(
      ContactSchema,
      "Item 3: the child's Independent Reviewing Officer's contact details: a name and at least one of phone, email or postal address.",
    ),
    /** Item 4. Statements of SEN were replaced by education, health and care (EHC) plans; either counts. */
    specialEducationalNeeds: described(
      SpecialEducationalNeedsSchema,
      'Item 4: whether the child has a statement of special educational needs or an EHC plan (either counts), and if so which authority maintains it.',
    ),
  });

  /** A complete notification that a child placed in Luton has moved address: the child, the placing authority, the new address and the date of the move. */
  const ChangeOfAddressNotificationSchema = z.object({
    kind: described(z.literal('change-of-address'), 'A notification that a child placed in Luton has moved address.'),
    receivedOn,
    child: ChildSchema,
    placingAuthority: authorityName,
    /** The child's new address in Luton. */
    newAddress: described(Text, "The child's new address in Luton."),
    /** The date the child moved to the new address. */
    effectiveDate: described(IsoDateSchema, 'The date the child moved to the new address (YYYY-MM-DD).'),
  });

  /** A complete notification that a child has left a placement in Luton: the child, the placing authority and the date they left. */
  const LeavingPlacementNotificationSchema = z.object({
    kind: described(z.literal('leaving-placement'), 'A notification that a child has left a placement in Luton.'),
    receivedOn,
    child: ChildSchema,
    placingAuthority: authorityName,
    /** The date the child left the placement in Luton. */
    leftOn: described(IsoDateSchema, 'The date the child left the placement in Luton (YYYY-MM-DD).'),
  });

  /**
   * A complete, acceptable placement notification of any kind (told apart by
   * `kind`), with the child's date of birth not after `receivedOn` and no move or leaving date before it. What a
   * valid `validatePlacementNotification` result holds, and what a case system
   * can check (here or through the generated JSON Schema) before sending one.
   */
  const PlacementNotificationSchema = z.discriminatedUnion('kind', [
    PlacementStartNotificationSchema.check(z.superRefine(bornBeforeReceived)),
    ChangeOfAddressNotificationSchema.check(z.superRefine(bornBeforeReceived), z.superRefine((n, ctx) => notBeforeBirth(n.effectiveDate, 'effectiveDate', n, ctx))),
    LeavingPlacementNotificationSchema.check(z.superRefine(bornBeforeReceived), z.superRefine((n, ctx) => notBeforeBirth(n.leftOn, 'leftOn', n, ctx))),
  ]);

  return {
    PlacementNotificationInputSchema,
    PlacementStartNotificationSchema,
    ChangeOfAddressNotificationSchema,
    LeavingPlacementNotificationSchema,
    PlacementNotificationSchema,
  };
});

type Schemas = ReturnType<typeof placementNotificationSchemas>;

/** A complete placement-start notification (see `PlacementStartNotificationSchema`). */
export type PlacementStartNotification = z.infer<Schemas['PlacementStartNotificationSchema']>;
/** A complete change-of-address notification (see `ChangeOfAddressNotificationSchema`). */
export type ChangeOfAddressNotification = z.infer<Schemas['ChangeOfAddressNotificationSchema']>;
/** A complete leaving-placement notification (see `LeavingPlacementNotificationSchema`). */
export type LeavingPlacementNotification = z.infer<Schemas['LeavingPlacementNotificationSchema']>;
/** A complete placement notification of any kind, told apart by `kind`: what a valid `validatePlacementNotification` result returns. */
export type PlacementNotification = z.infer<Schemas['PlacementNotificationSchema']>;
