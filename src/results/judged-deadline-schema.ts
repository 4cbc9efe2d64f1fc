/**
 * The zod schema of `JudgedDeadline`, the one shape in which every decision
 * and the case timeline return a deadline, told apart by `status`; and a
 * maker for shapes that add fields to each variant (the timeline's).
 */
import * as z from 'zod/mini';
import { CitationSchema } from '../schemas/citation-schema.js';
import { IsoDateSchema } from '../schemas/iso-date-schema.js';
import { described, withMetadata } from '../schemas/schema-metadata.js';
import { timescaleBases } from '../rules/timescales/timescale.js';
import { DeadlineFields, PeriodSchema, isoDate } from './result-parts.js';

const basis = described(z.enum(timescaleBases), 'How binding the timescale is: statutory-must, statutory-should, non-statutory or local.');
const explanation = described(z.string(), "Plain sentences for the child's record, with dates in words.");
const workingDaysTaken = described(
  z.optional(z.number()),
  'Working days from the trigger (day 0) to the day the work was done, or to asOf (or stoppedOn) while open; never negative: absent for a deadline counted back from its trigger, or whose trigger is still ahead of asOf.',
);

const started = {
  ...DeadlineFields,
  basis,
  lastWorkingDayOnTime: described(
    z.optional(IsoDateSchema),
    'For a period in calendar days, weeks or months whose due date is not a working day: the last working day before it (YYYY-MM-DD).',
  ),
  explanation,
};

const booking = {
  scheduledFor: described(z.optional(IsoDateSchema), 'The date the latest booking still standing is for (YYYY-MM-DD).'),
  scheduledLate: described(z.optional(z.boolean()), 'True when the booking is after the due date.'),
  postponed: described(z.optional(z.array(isoDate('The date a postponed booking was for (YYYY-MM-DD).'))), 'The dates of bookings recorded as postponed.'),
};

const status = <S extends string>(value: S, words: string) => described(z.literal(value), words);

/** Each variant's own fields, by status. */
export const judgedDeadlineVariants = {
  met: {
    ...started,
    status: status('met', 'met: the work was done on or before the due date.'),
    doneOn: isoDate('The date the work was done (YYYY-MM-DD).'),
    workingDaysTaken,
  },
  late: {
    ...started,
    status: status('late', 'late: the work was done after the due date (never counted as overdue).'),
    doneOn: isoDate('The date the work was done, after the due date (YYYY-MM-DD).'),
    workingDaysTaken,
    workingDaysOverdue: described(z.number(), 'Working days after the due date up to and including doneOn.'),
    calendarDaysOverdue: described(z.number(), 'Calendar days from the due date to doneOn.'),
  },
  overdue: {
    ...started,
    ...booking,
    status: status('overdue', 'overdue: the work is not recorded as done and the due date has passed.'),
    workingDaysOverdue: described(z.number(), 'Working days after the due date up to and including asOf (or stoppedOn).'),
    calendarDaysOverdue: described(z.number(), 'Calendar days from the due date to asOf (or stoppedOn).'),
    workingDaysTaken,
    stoppedOn: described(z.optional(IsoDateSchema), 'The date an event ended the duty, after it fell due, with the work never done (YYYY-MM-DD).'),
  },
  due: {
    ...started,
    ...booking,
    status: status('due', 'due: the work is not recorded as done and the due date has not passed.'),
    dueToday: described(z.optional(z.boolean()), 'True when asOf is the due date.'),
    workingDaysRemaining: described(z.optional(z.number()), 'Working days after asOf up to and including the due date.'),
    calendarDaysRemaining: described(z.optional(z.number()), 'Calendar days from asOf to the due date.'),
    workingDaysTaken: described(z.optional(z.number()), 'Working days from the trigger (day 0) to asOf; absent for a deadline counted back from its trigger, or whose trigger is still ahead of asOf.'),
  },
  stopped: {
    ...started,
    status: status('stopped', 'stopped: an event ended the duty before it fell due.'),
    stoppedOn: isoDate('The date the event that ended the duty happened, on or before the due date (YYYY-MM-DD).'),
  },
  'not-required': { ...started, status: status('not-required', "not-required: the source's own condition removed the duty.") },
  'met-inferred': {
    ...started,
    status: status('met-inferred', 'met-inferred (case timeline only): no date is recorded for the work, but a later step that needs it proves it was done.'),
  },
  'not-yet-triggered': {
    status: status('not-yet-triggered', 'not-yet-triggered: the event that starts the clock has not happened (or its date is not given).'),
    id: DeadlineFields.id,
    title: DeadlineFields.title,
    trigger: described(
      z.object({
        event: described(z.string(), 'What will start the clock, in words.'),
        date: described(z.optional(z.never()), 'Never present: the event has not happened.'),
      }),
      'What will start the clock (no date: it has not happened).',
    ),
    period: PeriodSchema,
    due: described(z.optional(z.never()), 'Never present: there is no due date until the clock starts.'),
    provisional: described(z.optional(z.never()), 'Never present: there is no due date yet.'),
    basis,
    citation: CitationSchema,
    explanation,
  },
};

/**
 * Each variant as an object that may carry more fields: a decision extends
 * the shape with its own (the serious incident's `triggerField`, the
 * timeline's `episode`), so the shared schema does not forbid them.
 */
const open = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => withMetadata(z.object(shape), { additionalProperties: true });

export const JudgedDeadlineSchema = described(
  z.discriminatedUnion('status', [
    open(judgedDeadlineVariants.met),
    open(judgedDeadlineVariants.late),
    open(judgedDeadlineVariants.overdue),
    open(judgedDeadlineVariants.due),
    open(judgedDeadlineVariants.stopped),
    open(judgedDeadlineVariants['not-required']),
    open(judgedDeadlineVariants['met-inferred']),
    open(judgedDeadlineVariants['not-yet-triggered']),
  ]),
  'A deadline judged on a date: the deadline and where it stands (status), told apart by status. A decision may add fields of its own.',
);
