/**
 * Local authority visits to privately fostered children. Working Together 2026
 * does not give the visit frequencies; Luton's Guide to Effective Support
 * does, summarising the Children (Private Arrangements for Fostering)
 * Regulations 2005 ("requiring them to ... visit"), so the basis is the
 * statutory duty. The extracted text of that guide carries only some of its
 * page footers (the last one before this passage is page 26, several
 * sections earlier), so the page of this passage is not cited.
 */
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Timescale } from '../timescale.js';
import { weeksAreCalendarWeeks } from './shared-interpretations.js';

const citation = {
  document: 'luton-effective-support-2021',
  section: 'Children in special circumstances: Private fostering (local authority duties)',
};

/** The source gives intervals only; the timeline needs a start and a year boundary. */
export const visitYearsFromNotification: InterpretationDefinition = {
  id: 'private-fostering.interpretation.visits-run-from-notification',
  says:
    'The first interval runs from the day the local authority is notified of (or otherwise learns of) the arrangement, and each visit starts the next interval. A visit made within a year of that day starts a 6-week interval; a later visit starts a 12-week interval.',
  why:
    'The guide says visits are at six-weekly intervals "in the first year" and 12-weekly "in subsequent years" without saying when the first interval starts or when the year is counted from. The notification is the earliest date the authority can act on; the Regulations\' own limit for the first visit is not among the library\'s sources, so a case system should also follow it.',
  citation,
};

export const privateFosteringTimescales: Timescale[] = [
  {
    id: 'private-fostering.visit-first-year',
    title: 'Visit the privately fostered child (first year of the arrangement)',
    trigger: 'the notification of the arrangement, or the previous visit to the child, during the first year of the private fostering arrangement',
    amount: 6,
    unit: 'weeks',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: 'the Regulations ... strengthen the duties upon local authorities ... by requiring them to visit',
    recurring: true,
    responsible: 'The local authority (the social worker visiting the child)',
    citation,
    note: 'Children should be seen alone unless that is inappropriate.',
    interpretations: [weeksAreCalendarWeeks, visitYearsFromNotification],
  },
  {
    id: 'private-fostering.visit-after-first-year',
    title: 'Visit the privately fostered child (after the first year)',
    trigger: 'the previous visit to the child, after the first year of the private fostering arrangement',
    amount: 12,
    unit: 'weeks',
    direction: 'after',
    basis: 'statutory-must',
    basisWording: 'the Regulations ... strengthen the duties upon local authorities ... by requiring them to visit',
    recurring: true,
    responsible: 'The local authority (the social worker visiting the child)',
    citation,
    interpretations: [weeksAreCalendarWeeks, visitYearsFromNotification],
  },
];
