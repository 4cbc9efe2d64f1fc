/**
 * Local authority visits to privately fostered children. Working Together 2026
 * does not give the visit frequencies; Luton's Guide to Effective Support
 * does, summarising the Children (Private Arrangements for Fostering)
 * Regulations 2005. The extracted text of that guide carries only some of its
 * page footers, so the page of this passage is not cited.
 */
import type { Timescale } from '../timescale.js';

const citation = {
  document: 'luton-effective-support-2021',
  section: 'Children in special circumstances: Private fostering (local authority duties)',
};

export const privateFosteringTimescales: Timescale[] = [
  {
    id: 'private-fostering.visit-first-year',
    title: 'Visit the privately fostered child (first year of the arrangement)',
    trigger: 'the previous visit to the child, during the first year of the private fostering arrangement',
    amount: 6,
    unit: 'weeks',
    direction: 'after',
    recurring: true,
    responsible: 'The local authority (the social worker visiting the child)',
    citation,
    note: 'Children should be seen alone unless that is inappropriate.',
  },
  {
    id: 'private-fostering.visit-after-first-year',
    title: 'Visit the privately fostered child (after the first year)',
    trigger: 'the previous visit to the child, after the first year of the private fostering arrangement',
    amount: 12,
    unit: 'weeks',
    direction: 'after',
    recurring: true,
    responsible: 'The local authority (the social worker visiting the child)',
    citation,
  },
];
