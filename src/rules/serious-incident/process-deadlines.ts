/**
 * The five deadlines of the Panel notification's process (notification,
 * rapid review, LCSPR publication, the report before publication, the year
 * the report stays available), each judged by the one deadline judge on
 * `asOf` from the dates the input gives.
 *
 * With `asOf`, a date the input leaves out is an event that has not happened
 * by then. `publicationOn` may be a plan: on or before `asOf` it is the
 * publication, after it a booking (still `due`, or `overdue`, with
 * `scheduledFor`). Without `asOf` the deadlines are judged on the recorded
 * dates alone (see `judge-deadline.ts`): a notification, rapid review or
 * report recorded as sent is `met` or `late`; the rest is `due`, and
 * `publicationOn`, which may be a plan, is read as a booking.
 */
import type { Calendar } from '../../calendar/calendar-types.js';
import type { Deadline } from '../../calendar/deadline-types.js';
import type { IsoDate } from '../../schemas/iso-date.js';
import { inWords } from '../deadlines/deadline-words.js';
import { judgeDeadline, notYetTriggered, readingsReliedOn, type JudgeRequest } from '../deadlines/judge-deadline.js';
import type { JudgedDeadline } from '../deadlines/judged-deadline.js';

/** The input fields that start the clocks of the Panel notification's process. */
export type SeriousIncidentTriggerField = 'awareOn' | 'notifiedOn' | 'lcsprDecisionOn' | 'publicationOn';
/** The input fields that record the work of those deadlines done. */
export type SeriousIncidentDoneOnField = 'notifiedOn' | 'rapidReviewSubmittedOn' | 'publicationOn' | 'reportSentOn' | 'stillPublishedOn';

/** Which input fields a serious incident deadline is read from. */
export interface SeriousIncidentDeadlineFields {
  /** The input field whose date starts the clock (`trigger.date` once given). */
  triggerField: SeriousIncidentTriggerField;
  /** The input field that records the work done (`doneOn`); for keeping the report available, the field that evidences it (`stillPublishedOn`). */
  doneOnField?: SeriousIncidentDoneOnField;
}

/**
 * One deadline of the Panel notification's process, judged
 * (`SeriousIncidentDecision.deadlines`): a `JudgedDeadline` with the input
 * fields it is read from.
 */
export type SeriousIncidentDeadline = JudgedDeadline & SeriousIncidentDeadlineFields;

export interface ProcessDates {
  asOf: IsoDate | undefined;
  awareOn: IsoDate | undefined;
  notifiedOn: IsoDate | undefined;
  rapidReviewSubmittedOn: IsoDate | undefined;
  lcsprDecisionOn: IsoDate | undefined;
  publicationOn: IsoDate | undefined;
  reportSentOn: IsoDate | undefined;
  stillPublishedOn: IsoDate | undefined;
}

/** The deadlines computed from the dates given (each absent while its trigger date is not given). */
export interface ProcessDeadlines {
  notify?: Deadline;
  rapid?: Deadline;
  lcspr?: Deadline;
  report?: Deadline;
  kept?: Deadline;
}

/**
 * Judges the five deadlines, in the process's order, and adds the ids of
 * the timescale readings they rely on to `relied`.
 */
export function judgeProcessDeadlines(dates: ProcessDates, computed: ProcessDeadlines, calendar: Calendar | undefined, relied: Set<string>): SeriousIncidentDeadline[] {
  const { asOf } = dates;
  const notRecorded = (field: string) => `No date is given for it (${field})${asOf !== undefined ? `, so it is taken not to have happened by ${inWords(asOf)}` : ''}.`;
  const judged = (request: Omit<JudgeRequest, 'asOf' | 'calendar'>, fields: SeriousIncidentDeadlineFields): SeriousIncidentDeadline => {
    for (const id of readingsReliedOn(request.deadline)) relied.add(id);
    return Object.assign(judgeDeadline({ ...request, asOf, calendar }), fields);
  };
  const waiting = (id: string, work: string, startsWhen: string, fields: SeriousIncidentDeadlineFields, note: string): SeriousIncidentDeadline =>
    Object.assign(notYetTriggered({ id, work, startsWhen, note }), fields);

  // A publication date after asOf, or any publication date judged without asOf, may be a plan.
  const publication = dates.publicationOn;
  const published = publication !== undefined && asOf !== undefined && publication <= asOf;
  const out: SeriousIncidentDeadline[] = [];

  const notifyFields = { triggerField: 'awareOn', doneOnField: 'notifiedOn' } as const;
  out.push(
    computed.notify
      ? judged(
          {
            deadline: computed.notify,
            work: 'the serious incident notification',
            started: `The safeguarding partners became aware of the incident on ${inWords(computed.notify.trigger.date)}.`,
            ...(dates.notifiedOn !== undefined ? { done: { on: dates.notifiedOn, happened: `the notification was submitted to the Panel on ${inWords(dates.notifiedOn)}` } } : {}),
          },
          notifyFields,
        )
      : waiting('serious-incident.notify-panel', 'the serious incident notification', 'the safeguarding partners become aware of the incident', notifyFields, notRecorded('awareOn')),
  );

  const rapidFields = { triggerField: 'notifiedOn', doneOnField: 'rapidReviewSubmittedOn' } as const;
  out.push(
    computed.rapid
      ? judged(
          {
            deadline: computed.rapid,
            work: 'the rapid review',
            started: `The serious incident notification was submitted to the Panel on ${inWords(computed.rapid.trigger.date)}.`,
            ...(dates.rapidReviewSubmittedOn !== undefined
              ? { done: { on: dates.rapidReviewSubmittedOn, happened: `the rapid review was submitted to the Panel on ${inWords(dates.rapidReviewSubmittedOn)}` } }
              : {}),
          },
          rapidFields,
        )
      : waiting('serious-incident.rapid-review', 'the rapid review', 'the serious incident notification is submitted to the Panel', rapidFields, notRecorded('notifiedOn')),
  );

  const lcsprFields = { triggerField: 'lcsprDecisionOn', doneOnField: 'publicationOn' } as const;
  if (computed.lcspr) {
    const lcspr = computed.lcspr;
    out.push(
      judged(
        {
          deadline: lcspr,
          work: 'publication of the review',
          started: `The safeguarding partners decided to initiate a local child safeguarding practice review on ${inWords(lcspr.trigger.date)}.`,
          ...(published ? { done: { on: publication, happened: `the review was published on ${inWords(publication)}` } } : {}),
          ...(!published && publication !== undefined ? { booking: { scheduledFor: publication, scheduledLate: publication > lcspr.due } } : {}),
        },
        lcsprFields,
      ),
    );
  } else {
    out.push(waiting('serious-incident.lcspr-published', 'publication of the review', 'the safeguarding partners decide to initiate a local child safeguarding practice review', lcsprFields, notRecorded('lcsprDecisionOn')));
  }

  const reportFields = { triggerField: 'publicationOn', doneOnField: 'reportSentOn' } as const;
  if (computed.report && publication !== undefined) {
    out.push(
      judged(
        {
          deadline: computed.report,
          work: 'the full report to the Panel and the Secretary of State',
          started: published
            ? `The review was published on ${inWords(publication)}.`
            : asOf !== undefined
              ? `The review is to be published on ${inWords(publication)}.`
              : `The publication date given is ${inWords(publication)}.`,
          ...(dates.reportSentOn !== undefined
            ? { done: { on: dates.reportSentOn, happened: `the report was sent to the Panel and the Secretary of State on ${inWords(dates.reportSentOn)}` } }
            : {}),
        },
        reportFields,
      ),
    );
  } else {
    out.push(
      waiting('serious-incident.report-to-panel-and-secretary-of-state', 'the full report to the Panel and the Secretary of State', 'a publication date is set', reportFields, notRecorded('publicationOn')),
    );
  }

  const keptFields = { triggerField: 'publicationOn', doneOnField: 'stillPublishedOn' } as const;
  const keptWork = 'keeping the published report publicly available for a year';
  if (computed.kept && publication !== undefined && (published || asOf === undefined)) {
    const kept = computed.kept;
    // A duty that lasts until the due date: met when the report is recorded as still available on or after that day,
    // never from the dates alone (once the year is over without that record it is overdue: the evidence is missing).
    const seen = dates.stillPublishedOn;
    const kept1Year = seen !== undefined && seen >= kept.due;
    const yearOver = asOf !== undefined && asOf > kept.due;
    const publishedSentence = asOf !== undefined ? `The review was published on ${inWords(publication)}.` : `The publication date given is ${inWords(publication)}.`;
    out.push(
      judged(
        {
          deadline: kept,
          work: keptWork,
          started:
            yearOver && !kept1Year
              ? `${publishedSentence} No day on or after ${inWords(kept.due)} is recorded on which it was still publicly available (stillPublishedOn).`
              : publishedSentence,
          ...(kept1Year
            ? {
                done: {
                  on: kept.due,
                  happened: `it was seen still publicly available on ${inWords(seen)}`,
                  metSentence: `It was seen still publicly available on ${inWords(seen)}, so it was kept available for the year, to ${inWords(kept.due)}.`,
                },
              }
            : {}),
          whileDue: `Keep it publicly available at least until ${inWords(kept.due)}, and record a day on or after then when it was still available (stillPublishedOn).`,
        },
        keptFields,
      ),
    );
  } else {
    out.push(
      waiting(
        'serious-incident.publication-kept-available',
        keptWork,
        'the review is published',
        keptFields,
        publication !== undefined ? `The review is to be published on ${inWords(publication)}; the year starts then.` : notRecorded('publicationOn'),
      ),
    );
  }
  return out;
}
