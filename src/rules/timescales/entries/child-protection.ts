/**
 * Child protection conference, core group and review timescales
 * (Working Together 2026, Chapter 3, Section 4: Multi-agency child protection).
 * Section 4's numbered paragraphs (242-256) are its introduction and practice
 * standards; the timescales themselves are set in bulleted lists under later
 * headings ("lead practitioners should", "the core group should"), so entries
 * cite the heading and the list.
 *
 * Pages: the table of contents gives the printed page of each heading; the
 * extracted text shows a page break where a sentence or list item is split by
 * a blank line or a block of footnotes ends a page. "Outcome of section 47
 * enquiries" starts on p99 and a list item split before "chapter 1 of this
 * guidance" marks p100, on which the initial conference sentence falls. "The
 * child protection plan" starts on p105 and "Child protection review
 * conference" on p107; the core group and "first review within three months"
 * lists end the former section, just before the latter heading, so they are
 * placed on p106 (no break is visible in between; this is the most likely
 * page, and `docs/timescales.md` says how pages are counted).
 */
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Timescale } from '../timescale.js';
import { monthsAreCalendarMonths } from './shared-interpretations.js';

const section4 = 'Chapter 3, Section 4';

/** The receiving authority's conference after a move in starts the plan's review chain as an initial conference would. */
export const transferInStartsReviewChain: InterpretationDefinition = {
  id: 'child-protection.interpretation.transfer-in-conference-starts-review-chain',
  says:
    'After a transfer-in conference that keeps the child on a child protection plan, the first core group is due within 10 working days and the first review within 3 months of that conference, then reviews at most every 6 months, as after an initial conference.',
  why:
    'Working Together says the receiving authority convenes a conference within 15 working days of the move, but not when its first review falls. Reviews continue at most every six months for as long as the child is on a plan; the library reads the receiving conference as starting the receiving authority\'s plan and applies the 3-month first review (the shorter of the two readings), so a review is never left without a date.',
  citation: { document: 'working-together-2026', section: `${section4}: Discontinuing the child protection plan`, page: 108 },
};

/** "A review around the child's birthday" (to end the plan at 18) read as due by the birthday. */
export const reviewByTheEighteenthBirthday: InterpretationDefinition = {
  id: 'child-protection.interpretation.plan-ended-by-18th-birthday',
  says:
    "A child protection plan still open on the child's 18th birthday should be ended at a review around the birthday: the library reads this as due on the 18th birthday itself, met when the plan is recorded as ended on that day, late when it is ended after it, and overdue while it is not recorded as ended. A plan ended before the birthday needs no such review. A case closed on or after the birthday with the plan not recorded as ended does not stop it (closing the case is not the review that ends the plan): it stays overdue, as when the plan is not ended at all; a death stops it. The birthday may be recorded before it comes: the review then shows as due once the birthday falls before the plan's next review is due, while it can still be planned.",
  why:
    "Working Together defines a child as anyone who has not reached their 18th birthday, lists reaching 18 among the reasons a child is no longer the subject of a plan, and asks for a review \"around the child's birthday\", planned in advance, to end it. \"Around\" sets no day. The plan cannot outlast the birthday, so the library takes the birthday as the last day on time, the stricter reading: a plan ended a few days after it is shown as late (with its date), never left without a date or silently stopped.",
  citation: { document: 'working-together-2026', section: `${section4}: Discontinuing the child protection plan`, page: 108 },
};

export const childProtectionTimescales: Timescale[] = [
  {
    id: 'child-protection.initial-conference',
    title: 'Hold the initial child protection conference',
    trigger: 'the strategy discussion at which section 47 enquiries were initiated',
    amount: 15,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'should take place within 15 working days of a strategy discussion',
    responsible: 'The lead practitioner (social worker), who convenes the conference',
    citation: {
      document: 'working-together-2026',
      section: `${section4}: Outcome of section 47 enquiries (where concerns of significant harm are substantiated, lead practitioners should)`,
      page: 100,
    },
    note:
      "Where more than one strategy discussion was held, the clock runs from the one at which section 47 enquiries were initiated. Luton's Guide to Effective Support says the conference is usually within fifteen days of the strategy meeting without saying working days; this entry follows the statutory guidance (15 working days).",
    seeAlso: [{ document: 'luton-effective-support-2021', section: 'What happens to a request for Specialist support', page: 20 }],
  },
  {
    id: 'child-protection.first-core-group',
    title: 'First core group meeting',
    trigger: 'the child protection conference at which the child became the subject of a child protection plan (initial, or transfer-in after a move)',
    amount: 10,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'The core group should ... meet within 10 working days from the initial child protection conference',
    responsible: 'The core group, led by the lead practitioner',
    citation: { document: 'working-together-2026', section: `${section4}: The child protection plan (the core group should)`, page: 106 },
    interpretations: [transferInStartsReviewChain],
  },
  {
    id: 'child-protection.first-review-conference',
    title: 'First child protection review conference',
    trigger: 'the child protection conference at which the child became the subject of a child protection plan (initial, or transfer-in after a move)',
    amount: 3,
    unit: 'months',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'The first review should be held within three months of the initial conference',
    responsible: 'The lead practitioner, who organises the review conference',
    citation: { document: 'working-together-2026', section: `${section4}: Child protection review conference (lead practitioners should)`, page: 107 },
    seeAlso: [{ document: 'working-together-2026', section: `${section4}: The child protection plan (lead practitioners should)`, page: 106 }],
    interpretations: [monthsAreCalendarMonths, transferInStartsReviewChain],
  },
  {
    id: 'child-protection.subsequent-review-conference',
    title: 'Next child protection review conference',
    trigger: 'the previous child protection review conference',
    amount: 6,
    unit: 'months',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'further reviews at intervals of no more than six months (in a list of what lead practitioners should do)',
    recurring: true,
    responsible: 'The lead practitioner, who organises the review conference',
    citation: { document: 'working-together-2026', section: `${section4}: Child protection review conference (lead practitioners should)`, page: 107 },
    seeAlso: [{ document: 'working-together-2026', section: `${section4}: The child protection plan (lead practitioners should)`, page: 106 }],
    note: 'Six months is the longest interval allowed; reviews continue for as long as the child remains the subject of a child protection plan.',
    interpretations: [monthsAreCalendarMonths],
  },
  {
    id: 'child-protection.review-around-18th-birthday',
    title: "End the child protection plan at a review around the child's 18th birthday",
    trigger: "the child's 18th birthday, while the child is the subject of a child protection plan",
    amount: 0,
    unit: 'calendar-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: "to end the child protection plan, the local authority should have a review around the child's birthday, and this should be planned in advance",
    responsible: 'The local authority (the lead practitioner organises the review)',
    citation: { document: 'working-together-2026', section: `${section4}: Discontinuing the child protection plan`, page: 108 },
    note: 'Working Together gives no number of days: "around the child\'s birthday", planned in advance. The due date is the birthday itself (see the interpretation).',
    interpretations: [reviewByTheEighteenthBirthday],
  },
  {
    id: 'child-protection.transfer-in-conference',
    title: 'Child protection conference after a permanent move into the area',
    trigger: 'the receiving local authority is notified that a child subject to a child protection plan has moved permanently into its area',
    amount: 15,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'the receiving local authority should convene a child protection conference within 15 working days',
    responsible: 'The receiving local authority; the original authority may discontinue its plan only after this conference',
    citation: { document: 'working-together-2026', section: `${section4}: Discontinuing the child protection plan`, page: 108 },
  },
];
