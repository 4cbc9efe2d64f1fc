/**
 * The sources the serious incident decision cites, in one place so every rule,
 * timescale and action points at the same paragraph and page.
 *
 * Working Together 2026 prints no page numbers in the body of the extracted
 * text; the pages below are the printed pages of the table of contents for each
 * heading, and for a paragraph the page its footnotes place it on (a footnote
 * sits at the foot of the page that cites it). The paragraphs that set a
 * timescale are owned by the timescale registry and referred to here.
 */
import type { Citation } from '../../schemas/citation.js';
import { deepFreeze } from '../deep-freeze.js';
import { seriousIncidentTimescaleCitations as timescale } from '../timescales/entries/serious-incident.js';

const WT = 'working-together-2026';

export const workingTogether = deepFreeze({
  s16cCriteria: { document: WT, section: 'Chapter 5, Criteria for notifying (Children Act 2004 s16C(1))', page: 138 },
  seriousHarm: { document: WT, section: 'Chapter 5, para 367', page: 139 },
  partnersDecideNotification: { document: WT, section: 'Chapter 5, para 370', page: 139 },
  whoNotifies: timescale.whoNotifies,
  allChildrenInNotification: { document: WT, section: 'Chapter 5, para 374', page: 140 },
  notificationType: { document: WT, section: 'Chapter 5, para 375', page: 140 },
  widerRisk: { document: WT, section: 'Chapter 5, para 376', page: 140 },
  adultsHarmedInChildhood: { document: WT, section: 'Chapter 5, para 377', page: 140 },
  criteriaNotMet: { document: WT, section: 'Chapter 5, para 378', page: 141 },
  lookedAfterChildDeath: { document: WT, section: 'Chapter 5, para 381', page: 141 },
  careLeaverDeath: { document: WT, section: 'Chapter 5, para 382', page: 141 },
  careLeaverUnder18: { document: WT, section: 'Chapter 5, para 383', page: 141 },
  careLeaver18AndOver: { document: WT, section: 'Chapter 5, para 384', page: 142 },
  threeStages: timescale.threeStages,
  leadArea: { document: WT, section: 'Chapter 5, para 388', page: 143 },
  rapidReview: { document: WT, section: 'Chapter 5, para 392', page: 143 },
  tellPanelOfLcsprDecision: { document: WT, section: 'Chapter 5, para 393', page: 143 },
  lcsprCriteria: { document: WT, section: 'Chapter 5, para 395', page: 144 },
  publishedForOneYear: timescale.publishedForOneYear,
  reportBeforePublication: timescale.reportBeforePublication,
  lcsprWithinSixMonths: timescale.lcsprWithinSixMonths,
  summaryNotification: timescale.summaryNotification,
} as const satisfies Record<string, Citation>);

export const luton = deepFreeze({
  needToKnowDeathOrInjury: {
    document: 'luton-need-to-know',
    section: "Circumstances (Not Exclusive) which Require a 'Need To Know' Notification: Children who are subject to CIN and CP",
  },
  childDeathCsprConsideration: {
    document: 'luton-need-to-know',
    section: "Management of 'Need to Know' Notification (child death: consideration of a CSPR)",
  },
} as const satisfies Record<string, Citation>);
