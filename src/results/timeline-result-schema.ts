/** The zod schema of `CaseTimeline`, what `statutoryTimeline` returns. */
import * as z from 'zod/mini';
import { described } from '../schemas/schema-metadata.js';
import { timelineEventTypes } from '../rules/timeline/input-schema.js';
import { timelineProcesses, type TimelineProcessId } from '../rules/timeline/processes.js';
import { statutoryTimelineInputSchema } from '../rules/timeline/input-schema.js';
import { judgedDeadlineVariants } from './judged-deadline-schema.js';
import { InterpretationSchema, RulesetSchema, WarningSchema, isoDate } from './result-parts.js';

const eventType = (words: string) => described(z.enum(timelineEventTypes), words);
const processId = described(
  z.enum(timelineProcesses.map((p) => p.id) as [TimelineProcessId, ...TimelineProcessId[]]),
  'The statutory process the deadline belongs to (a referral, a section 47 enquiry, a plan, ...).',
);

const EventReferenceSchema = (words: string) =>
  described(
    z.object({
      type: eventType('The type of the event.'),
      date: isoDate('The date of the event (YYYY-MM-DD).'),
      index: described(z.number(), 'Its position in the input events (from 0).'),
    }),
    words,
  );

const timelineFields = {
  episode: described(z.string(), 'The episode the deadline belongs to (`default` for events without one).'),
  process: processId,
  startedBy: EventReferenceSchema('The event that started the clock.'),
  satisfiedBy: eventType('The event type that meets the deadline when it is recorded.'),
};

const v = judgedDeadlineVariants;
export const TimelineDeadlineSchema = described(
  z.discriminatedUnion('status', [
    z.object({ ...v.met, ...timelineFields }),
    z.object({ ...v.late, ...timelineFields, reasonForDelay: described(z.optional(z.string()), 'The reason for the delay recorded on the assessment, as given.') }),
    z.object({ ...v['met-inferred'], ...timelineFields, inferredFrom: EventReferenceSchema('The later event that proves the work was done.') }),
    z.object({
      ...v.due,
      ...timelineFields,
      dueToday: described(z.boolean(), 'True when asOf is the due date.'),
      workingDaysRemaining: described(z.number(), 'Working days after asOf up to and including the due date.'),
      calendarDaysRemaining: described(z.number(), 'Calendar days from asOf to the due date.'),
      workingDaysTaken: described(z.optional(z.number()), 'Working days from the trigger (day 0) to asOf; absent when the trigger is still ahead of asOf (an 18th birthday to come) or the deadline is counted back from it.'),
    }),
    z.object({ ...v.overdue, ...timelineFields, stoppedBy: z.optional(EventReferenceSchema('The event that ended the duty after it fell due, if one did.')) }),
    z.object({ ...v.stopped, ...timelineFields, stoppedBy: EventReferenceSchema('The event that ended the duty before it fell due.') }),
    z.object({ ...v['not-required'], ...timelineFields, notRequiredBecause: EventReferenceSchema('The event whose decision removed the duty.') }),
    z.object({
      ...v['not-yet-triggered'],
      episode: timelineFields.episode,
      process: processId,
      waitingFor: eventType('The event type that will start the clock.'),
      satisfiedBy: timelineFields.satisfiedBy,
    }),
  ]),
  'One deadline of the case, judged on asOf, with the events that started, met, stopped or removed it.',
);

export const CaseTimelineSchema = described(
  z.object({
    decision: described(z.literal('timeline'), 'What this result is: a case timeline.'),
    asOf: isoDate('The date the case was judged on (YYYY-MM-DD).'),
    input: described(statutoryTimelineInputSchema(), 'The input the timeline was judged from, as validated.'),
    episodes: described(
      z.array(
        described(
          z.object({
            id: described(z.string(), 'The episode id (`default` for events without one).'),
            deadlines: described(z.array(TimelineDeadlineSchema), "The episode's deadlines, by due date."),
          }),
          'One episode of the case and its deadlines.',
        ),
      ),
      'The deadlines of the case, by episode, in the order of each episode\'s first event.',
    ),
    notStarted: described(
      z.array(
        described(
          z.object({
            process: processId,
            title: described(z.string(), 'The process, in words.'),
            startedBy: eventType('The event type that would start it.'),
            timescales: described(z.array(z.string()), 'The ids of the timescales it would bring.'),
          }),
          'A statutory process no event of the case started.',
        ),
      ),
      'The processes no event started, so a reader sees what the timeline did not judge.',
    ),
    warnings: described(
      z.array(WarningSchema),
      'Data problems in the history and repairs made (rows recorded twice, events after the death or 18th birthday, a second section 47 initiation, a late assessment without a reason, a booking after the due date, ...), each naming the rows in facts.',
    ),
    interpretations: described(z.array(InterpretationSchema), 'The readings of the sources these statuses rely on.'),
    conventions: described(z.array(z.string()), 'How the timeline counts and judges, in sentences.'),
    ruleset: RulesetSchema,
    fingerprint: described(
      z.string().check(z.regex(/^[0-9a-f]{16}$/)),
      'A 64-bit hash (16 hex digits) of the canonical JSON of the decision and its input: verifyDecision reports an input edited after the timeline was judged. A check, not a signature.',
    ),
  }),
  'Every statutory deadline of one case history, judged on asOf (statutoryTimeline).',
);
