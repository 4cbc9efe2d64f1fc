/**
 * Input of `statutoryTimeline`: the dated events of one child's case and the
 * date to judge them on (`asOf`). Checks between events (order, duplicates,
 * events after `asOf`) are made by the timeline itself, which can name both
 * events in its message.
 */
import * as z from 'zod';
import { IsoDateSchema } from './iso-date-schema.js';

/**
 * The events the timeline understands. "Single" events happen at most once in
 * one case timeline; core group meetings and review conferences repeat.
 */
export const timelineEventTypes = [
  /** Local authority children's social care receives the referral. */
  'referral-received',
  /** Receipt acknowledged to the referrer and next steps decided by a practice supervisor or manager. */
  'referral-decision-made',
  /** The assessment concluded, so that a decision on next steps could be made. */
  'assessment-completed',
  /** The strategy discussion at which section 47 enquiries were initiated (if several were held, that one). */
  'strategy-discussion-s47-initiated',
  /** Section 47 enquiries concluded that no child protection conference is needed. */
  'section-47-concluded-no-conference',
  /** The initial child protection conference; `planMade: false` when it decided not to make a child protection plan. */
  'initial-conference-held',
  'core-group-meeting-held',
  'review-conference-held',
  /** The child stopped being the subject of a child protection plan. */
  'plan-ended',
  /** This (receiving) authority is notified that a child on a child protection plan has moved permanently into its area. */
  'transfer-in-notification-received',
  /** The receiving authority's child protection conference after that notification. */
  'transfer-in-conference-held',
] as const;

export type TimelineEventType = (typeof timelineEventTypes)[number];

/** Events that repeat in one case; every other type may be recorded once. */
export const repeatableEventTypes: readonly TimelineEventType[] = ['core-group-meeting-held', 'review-conference-held'];

/** One object shape for every event (rather than a union) so a wrong `type` gets a plain "expected one of" message. */
export const TimelineEventSchema = z
  .strictObject({
    type: z.enum(timelineEventTypes),
    date: IsoDateSchema,
    /**
     * Only on `initial-conference-held`: whether the conference made a child
     * protection plan. Assumed true when left out, so the plan's deadlines are
     * never silently dropped.
     */
    planMade: z.boolean().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.planMade !== undefined && event.type !== 'initial-conference-held') {
      ctx.addIssue({ code: 'custom', path: ['planMade'], message: 'is only used on an initial-conference-held event', params: { code: 'unexpected-field' } });
    }
  })
  // The same rule for the generated JSON Schema, which cannot see the refinement.
  .meta({
    if: { not: { properties: { type: { const: 'initial-conference-held' } } } },
    then: { properties: { planMade: false } },
  });

export const StatutoryTimelineInputSchema = z.strictObject({
  /** The date to judge the case on: deadlines still open are `due` or `overdue` as of this date. */
  asOf: IsoDateSchema,
  events: z.array(TimelineEventSchema),
});

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type StatutoryTimelineInput = z.infer<typeof StatutoryTimelineInputSchema>;
