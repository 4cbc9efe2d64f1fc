/**
 * Input of `statutoryTimeline`: the dated events of one child's case history
 * and the date to judge them on (`asOf`). Checks between events (order,
 * duplicates, events after `asOf`) are made by the timeline itself, which can
 * name both events in its message.
 */
import { lazySchema } from '../../schemas/lazy-schema.js';
import { inputLimits } from '../../schemas/limits.js';
import * as z from 'zod/mini';
import { IsoDateSchema } from '../../schemas/iso-date-schema.js';
import { described, withMetadata } from '../../schemas/schema-metadata.js';

/** The events the timeline understands, grouped by the process they belong to. */
export const timelineEventTypes = [
  // Referral and assessment (Working Together 2026, Chapter 3, Section 3)
  /** Local authority children's social care receives the referral. */
  'referral-received',
  /** Receipt acknowledged to the referrer and next steps decided by a practice supervisor or manager; `nextStep` says which. */
  'referral-decision-made',
  /** The assessment concluded, so that a decision on next steps could be made; `reasonForDelay` when it took longer than 45 working days. */
  'assessment-completed',
  // Section 47 enquiries and child protection (Chapter 3, Section 4)
  /** The strategy discussion at which section 47 enquiries were initiated (if several were held, that one). */
  'strategy-discussion-s47-initiated',
  /** A strategy discussion that did not initiate section 47 enquiries: one reconvened while enquiries are open, or one that decided none were needed. It starts no clock. */
  'strategy-discussion-held',
  /** Section 47 enquiries concluded that no child protection conference is needed. */
  'section-47-concluded-no-conference',
  /** The initial child protection conference; `planMade: false` when it decided not to make a plan; `status` for a booking. */
  'initial-conference-held',
  'core-group-meeting-held',
  /** A child protection review conference; `status` for a booking. */
  'review-conference-held',
  /** The child stopped being the subject of a child protection plan. */
  'plan-ended',
  /** This (receiving) authority is notified that a child on a child protection plan has moved permanently into its area. */
  'transfer-in-notification-received',
  /** The receiving authority's child protection conference after that notification; `planMade: false` when the plan was not continued. */
  'transfer-in-conference-held',
  // Events that stop clocks
  /** The children's social care case (this episode) was closed. */
  'case-closed',
  /** The child moved out of the local authority's area (to another area in England or abroad). */
  'child-moved-out-of-area',
  /** The child's 18th birthday; may be dated after `asOf` (the birthday to come). */
  'child-turned-18',
  /** The child died. */
  'child-died',
  /** The child became looked after by the local authority. */
  'child-became-looked-after',
  // A missing child: Luton's Need to Know notification and the national child protection alert
  /** The child (and family) went missing; an alert may not be issued until three weeks later. */
  'child-went-missing',
  /** The missing child was found (located): weekly updates and alert re-issues stop. */
  'child-found',
  /** A Luton Need to Know notification was sent about a missing child: weekly updates are due from it. */
  'need-to-know-missing-child-notified',
  /** A weekly update of that Need to Know notification was sent. */
  'need-to-know-update-sent',
  /** A national child protection alert was issued for the missing child. */
  'national-alert-issued',
  /** The national alert was issued again (the 6-monthly notification while the child is not found). */
  'national-alert-reissued',
  // Allegations against people who work with children (Chapter 4, para 264)
  /** An allegation against a person who works with children came to the employer's attention or was made directly to the police. */
  'allegation-received',
  /** The designated officer (LADO) was informed of that allegation. */
  'designated-officer-informed',
  // Serious incidents and local child safeguarding practice reviews (Chapter 5)
  /** The safeguarding partners became aware of a serious incident. */
  'serious-incident-aware',
  /** The serious incident notification was submitted to the Child Safeguarding Practice Review Panel. */
  'serious-incident-notified',
  /** The rapid review was submitted to the Panel. */
  'rapid-review-submitted',
  /** The safeguarding partners decided to initiate a local child safeguarding practice review (LCSPR). */
  'lcspr-decided',
  /** The full LCSPR report (or the information about improvements) was sent to the Panel and the Secretary of State. */
  'lcspr-report-sent',
  /** The LCSPR report (or information) was published; `status: 'scheduled'` for a planned publication date. */
  'lcspr-published',
  // Private fostering (Luton Guide to Effective Support)
  /** The local authority was notified of (or otherwise learnt of) a private fostering arrangement. */
  'private-fostering-notified',
  /** A local authority visit to the privately fostered child. */
  'private-fostering-visit',
  /** The private fostering arrangement ended. */
  'private-fostering-ended',
  // Child death: the coroner's and the registrar's notifications to the child death review partners (Chapter 6)
  /** The coroner decided to investigate the child's death or to commission a post-mortem. */
  'coroner-decided-to-investigate',
  /** The coroner notified the child death review partners. */
  'coroner-notified-partners',
  /** The child's death was registered (or the entry corrected, or a Certificate of No Liability to Register issued). */
  'death-registered',
  /** The registrar supplied the particulars of the death to the child death review partners. */
  'registrar-notified-partners',
] as const;

/**
 * What happened in a case, as a `TimelineEvent` records it: a referral
 * received, a strategy discussion, a conference held, a notification made,
 * a private fostering visit, ... Every type is listed, with what it means,
 * in `timelineEventTypes`.
 */
export type TimelineEventType = (typeof timelineEventTypes)[number];

/** Next steps a referral decision can record (Working Together 2026, para 167). */
export const referralNextSteps = ['assessment', 'strategy-discussion', 'early-help', 'no-further-action'] as const;
/** What the referral decision chose to do next. */
export type ReferralNextStep = (typeof referralNextSteps)[number];

/** Events that may be recorded as booked (`status: 'scheduled'`, dated in the future of `asOf` if need be) or as a postponed booking. */
export const schedulableEventTypes = ['initial-conference-held', 'review-conference-held', 'transfer-in-conference-held', 'lcspr-published'] as const satisfies readonly TimelineEventType[];

/**
 * Steps a case record (the children in need census, say) may show without the
 * day they happened: recorded with `dateRecorded: false`, dated on the day of
 * the event they follow (the referral, the strategy discussion).
 */
export const undatedEventTypes = ['referral-decision-made', 'section-47-concluded-no-conference'] as const satisfies readonly TimelineEventType[];

/** Events about the child, not one episode: they may not carry `episode`. */
export const childEventTypes = [
  'child-moved-out-of-area',
  'child-turned-18',
  'child-died',
  'child-became-looked-after',
  'child-went-missing',
  'child-found',
] as const satisfies readonly TimelineEventType[];

/** Events that may name the referral they belong to (`referralDate`). */
export const referralStepTypes = ['referral-decision-made', 'assessment-completed'] as const satisfies readonly TimelineEventType[];

/** The most events one history may hold. */
export const maxTimelineEvents = inputLimits.timelineEvents;
/** The longest `reasonForDelay` accepted. */
export const maxReasonForDelayLength = 2000;
/** The longest `episode` id accepted. */
export const maxEpisodeIdLength = 64;

/** The episode of an event recorded without one. */
export const defaultEpisode = 'default';

const episodeSchema = () => z.string().check(
  z.minLength(1, 'is empty; leave episode out for the default episode'),
  z.maxLength(maxEpisodeIdLength, `is longer than ${maxEpisodeIdLength} characters`),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'is not an episode id: use letters, digits and . _ : / - (starting with a letter or digit)'),
);

/** Which optional fields each event type may carry (checked in the refinement and stated in the JSON Schema). */
const fieldsAllowed = {
  planMade: ['initial-conference-held', 'transfer-in-conference-held'],
  nextStep: ['referral-decision-made'],
  reasonForDelay: ['assessment-completed'],
  status: schedulableEventTypes,
  referralDate: referralStepTypes,
  dateRecorded: undatedEventTypes,
} as const satisfies Record<string, readonly TimelineEventType[]>;

const allowedFields = Object.entries(fieldsAllowed) as [keyof typeof fieldsAllowed, readonly TimelineEventType[]][];

/** The fields of an event; what each event type may carry is checked by `TimelineEventSchema`. */
const timelineEventFields = () => z.strictObject({
  /** What happened (one of `timelineEventTypes`). */
  type: described(z.enum(timelineEventTypes), 'What happened.'),
  /**
   * The day it happened; for `status: 'scheduled'`, the day it is booked for;
   * for `'postponed'`, the day that booking was for. Only a booking and
   * `child-turned-18` (the 18th birthday to come, so the review around it can
   * be planned) may be after `asOf`.
   */
  date: described(IsoDateSchema, 'The date it happened. For a booking, the date it is booked for; for a postponed booking, the date it was booked for. Only a booking, or the 18th birthday still to come, may be after the date the case is judged on.'),
  /** Which episode of the case the event belongs to (e.g. the case system's referral or episode id). Events without one form the default episode. */
  episode: described(
    z.optional(episodeSchema()),
    "Which episode of the case the event belongs to, such as the case system's referral number. Leave it out when the history has one episode; events about the child (moving out of the area, turning 18, dying, becoming looked after) apply to every episode.",
  ),
  /**
   * Only on `initial-conference-held` and `transfer-in-conference-held`:
   * whether the conference made (or continued) a child protection plan.
   * Assumed true when left out, so the plan's deadlines are never silently dropped.
   */
  planMade: described(
    z.optional(z.boolean()),
    "For an initial or transfer-in child protection conference: did it make (or continue) a child protection plan? When this is not answered the plan is taken as made, so that its deadlines are never dropped.",
  ),
  /** Only on `referral-decision-made`: the next step decided. */
  nextStep: described(z.optional(z.enum(referralNextSteps)), 'The next step decided for the referral.'),
  /** Only on `assessment-completed`: why the assessment took longer than 45 working days, as recorded by the lead practitioner. */
  reasonForDelay: described(
    z.optional(z.string().check(z.minLength(1, 'is empty'), z.maxLength(maxReasonForDelayLength, `is longer than ${maxReasonForDelayLength} characters`))),
    'For a completed assessment: why it took longer than 45 working days, as the lead practitioner recorded it.',
  ),
  /** Only on conferences and `lcspr-published`: `scheduled` for a booking, `postponed` for a booking that will not go ahead. Left out: it happened. */
  status: described(
    z.optional(z.enum(['scheduled', 'postponed'])),
    'Whether this is a booking: scheduled for the date given, or postponed (booked for that date and not going ahead). Left out, the event happened on the date given.',
  ),
  /**
   * Only on `referral-decision-made` and `assessment-completed`: the date of
   * the referral (a `referral-received` of the same episode, on or before
   * this event) that this decision or assessment belongs to. Needed only when
   * several referrals of the episode are waiting for one: without it a
   * decision goes to the latest referral without a decision, and an
   * assessment to the earliest referral whose assessment is still open.
   */
  referralDate: described(
    z.optional(IsoDateSchema),
    'Only on referral-decision-made and assessment-completed: the date (YYYY-MM-DD) of the referral of the same episode this decision or assessment belongs to, when several referrals are waiting; left out, a decision goes to the latest referral waiting for one and an assessment to the earliest whose assessment is open.',
  ),
  /**
   * Only on `referral-decision-made` and `section-47-concluded-no-conference`:
   * `false` when the record shows the step (and its outcome) but not the day
   * it was taken; `date` is then the day of the event it follows (the
   * referral, the strategy discussion) and places it in the history. A
   * decision without its date is judged `met-inferred`, never met on time.
   */
  dateRecorded: described(
    z.optional(z.literal(false)),
    'The record shows this step but not the day it was taken. The date given is then the date of the event it follows (the referral, or the strategy discussion), and the step is never counted as on time.',
  ),
});

/**
 * One object shape for every event (rather than a union) so a wrong `type`
 * gets a plain "expected one of" message. Built on first use (lazy-schema.ts);
 * `luton-safeguarding-rules/schemas` exports it built, as `TimelineEventSchema`.
 */
export const timelineEventSchema = lazySchema(() => withMetadata(
  timelineEventFields().check(
    z.superRefine((event, ctx) => {
      // Listed once (allowedFields), not with Object.entries per event: a long history has thousands of events.
      for (const [field, types] of allowedFields) {
        if (event[field] !== undefined && !types.includes(event.type)) {
          ctx.addIssue({ code: 'custom', path: [field], message: `is only used on ${types.join(', ')} events`, params: { code: 'unexpected-field' } });
        }
      }
      if (event.episode !== undefined && (childEventTypes as readonly string[]).includes(event.type)) {
        ctx.addIssue({ code: 'custom', path: ['episode'], message: `is not used on ${event.type}: it is about the child, so it applies to every episode`, params: { code: 'unexpected-field' } });
      }
    }),
  ),
  // The same rules for the generated JSON Schema, which cannot see the refinement.
  {
    description:
      'One dated event of a case: its type, its date, optionally the episode it belongs to, and the fields only some types carry (planMade, nextStep, reasonForDelay, status for a booking, referralDate to name the referral a decision or assessment belongs to, dateRecorded: false for a step recorded without its day).',
    allOf: [
      ...Object.entries(fieldsAllowed).map(([field, types]) => ({
        if: { not: { properties: { type: { enum: [...types] } } } },
        then: { properties: { [field]: false } },
      })),
      { if: { properties: { type: { enum: [...childEventTypes] } } }, then: { properties: { episode: false } } },
    ],
  },
));

/**
 * The zod schema of `statutoryTimeline`'s input (`StatutoryTimelineInput`):
 * strict, at most `maxTimelineEvents` events, each checked by
 * `TimelineEventSchema`. Built on first use; `luton-safeguarding-rules/schemas`
 * exports it built, as `StatutoryTimelineInputSchema`.
 */
export const statutoryTimelineInputSchema = lazySchema(() => described(z.strictObject({
  /** The date to judge the case on: deadlines still open are `due` or `overdue` as of this date. */
  asOf: described(IsoDateSchema, 'The date the case is judged on, usually today. Deadlines still open are due or overdue as of this date.'),
  /** The case history, in any order. At most `maxTimelineEvents` (2,000) events. */
  events: described(
    z.array(timelineEventSchema()).check(z.maxLength(maxTimelineEvents, `holds more than ${maxTimelineEvents} events, the most one timeline accepts; judge a long history in parts (by episode)`)),
    `The case history: each dated event, in any order (at most ${maxTimelineEvents.toLocaleString('en-GB')}).`,
  ),
}), "What statutoryTimeline takes: the date to judge the case on (asOf) and the case's events, in any order."));
