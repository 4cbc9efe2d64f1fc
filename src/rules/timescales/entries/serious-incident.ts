/**
 * Statutory timescales of the serious incident process (Working Together
 * 2026, Chapter 5). Counted on the England and Wales working-day calendar:
 * a working day is any day that is not a Saturday, Sunday or bank holiday
 * (footnote to para 407).
 */
import type { Citation } from '../../../schemas/citation.js';
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Timescale } from '../timescale.js';
import { monthsAreCalendarMonths, workingDaysBeforeCountBack } from './shared-interpretations.js';

const WT = 'working-together-2026';

/**
 * The paragraphs these timescales come from. The timescale registry owns
 * them (the serious incident decision's citations refer to these), so the
 * registry does not depend on any decision.
 */
export const seriousIncidentTimescaleCitations = {
  whoNotifies: { document: WT, section: 'Chapter 5, para 372', page: 140 },
  threeStages: { document: WT, section: 'Chapter 5, para 385', page: 142 },
  publishedForOneYear: { document: WT, section: 'Chapter 5, para 405', page: 146 },
  reportBeforePublication: { document: WT, section: 'Chapter 5, para 407', page: 147 },
  lcsprWithinSixMonths: { document: WT, section: 'Chapter 5, para 408', page: 147 },
  summaryNotification: {
    document: WT,
    section: 'Chapter 5, Summary: how to notify a serious incident, rapid review, and local child safeguarding practice review',
    page: 151,
  },
} as const satisfies Record<string, Citation>;
const workingTogether = seriousIncidentTimescaleCitations;

/** Paragraph 372 and the chapter's summary name different people whose awareness starts the five working days. */
export const partnersAwarenessStartsNotification: InterpretationDefinition = {
  id: 'serious-incident.interpretation.partners-awareness-starts-notification',
  says:
    'The five working days to notify the Panel run from the day the safeguarding partners became aware of the incident (awareOn), as paragraph 372 says, not from the day the local authority alone became aware, as the summary at the end of Chapter 5 puts it.',
  why:
    'Paragraph 372 says notifications "are to be submitted within five working days of safeguarding partners becoming aware of the incident"; the summary says they "should be sent within five working days of the local authority becoming aware". The paragraph is the guidance the summary restates, and it makes the notification the partners\' joint duty, so the library follows it. Where the local authority became aware before the other partners, the summary\'s reading would make the notification due earlier; a policy owner who prefers that reading can give the local authority\'s date as awareOn.',
  citation: workingTogether.whoNotifies,
};

export const seriousIncidentTimescales: Timescale[] = [
  {
    id: 'serious-incident.notify-panel',
    title: 'Serious incident notification to the Child Safeguarding Practice Review Panel',
    trigger: 'the safeguarding partners become aware of the incident',
    amount: 5,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: 'must notify the Panel; notifications are to be submitted within five working days',
    responsible: 'the local authority where the incident occurred, on behalf of the three safeguarding partners',
    citation: workingTogether.whoNotifies,
    seeAlso: [workingTogether.summaryNotification],
    interpretations: [partnersAwarenessStartsNotification],
  },
  {
    id: 'serious-incident.rapid-review',
    title: 'Rapid review submitted to the Panel',
    trigger: 'the serious incident notification is submitted',
    amount: 15,
    unit: 'working-days',
    direction: 'after',
    basis: 'non-statutory',
    basisWording: 'This is a non-statutory requirement',
    responsible: 'the safeguarding partners',
    citation: workingTogether.threeStages,
    seeAlso: [workingTogether.summaryNotification],
    note: "Working Together's summary table calls the 15 working days a non-statutory requirement set out in the Panel's practice guidance.",
  },
  {
    id: 'serious-incident.lcspr-published',
    title: 'Local child safeguarding practice review completed and published',
    trigger: 'the safeguarding partners decide to initiate the review',
    amount: 6,
    unit: 'months',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'should be completed and published as soon as possible and no later than six months',
    responsible: 'the safeguarding partners',
    citation: workingTogether.lcsprWithinSixMonths,
    interpretations: [monthsAreCalendarMonths],
  },
  {
    id: 'serious-incident.report-to-panel-and-secretary-of-state',
    title: 'Full LCSPR report (or the information about improvements) sent to the Panel and the Secretary of State',
    trigger: 'the date of publication',
    amount: 7,
    unit: 'working-days',
    direction: 'before',
    basis: 'statutory-must',
    basisWording: 'must send a copy of the full report ... no later than seven working days before the date of publication',
    responsible: 'the safeguarding partners',
    citation: workingTogether.reportBeforePublication,
    note: 'Paragraph 407 adds that the partners "should also provide the report, or information about improvements, to Ofsted within the same timescale": for Ofsted the same date is a "should", not a "must".',
    interpretations: [workingDaysBeforeCountBack],
  },
  {
    id: 'serious-incident.publication-kept-available',
    title: 'Published LCSPR report or information kept publicly available (at least until this date)',
    trigger: 'the date of publication',
    amount: 12,
    unit: 'months',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: 'must be publicly available for at least one year',
    responsible: 'the safeguarding partners',
    citation: workingTogether.publishedForOneYear,
    note: 'A duty that lasts until the due date: it is judged met only on evidence that the report was still publicly available on or after that day (assessSeriousIncident\'s stillPublishedOn), never from the dates alone; once the year is over without that evidence it is overdue.',
    interpretations: [monthsAreCalendarMonths],
  },
];
