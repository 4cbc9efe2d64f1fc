/**
 * Child protection conference, core group and review timescales
 * (Working Together 2026, Chapter 3, Section 4: Multi-agency child protection).
 * That section has no numbered paragraphs, so entries cite its headings.
 * The extracted text prints no page numbers there either: each `page` is the
 * printed page on which the cited heading starts (from the table of
 * contents). The passage sits under that heading and may run onto the next
 * page; a page estimated from the passage's position would be a guess.
 */
import type { Timescale } from '../timescale.js';

export const childProtectionTimescales: Timescale[] = [
  {
    id: 'child-protection.initial-conference',
    title: 'Hold the initial child protection conference',
    trigger: 'the strategy discussion at which section 47 enquiries were initiated',
    amount: 15,
    unit: 'working-days',
    direction: 'after',
    responsible: 'The lead practitioner (social worker), who convenes the conference',
    citation: {
      document: 'working-together-2026',
      section: 'Chapter 3, Section 4: Outcome of section 47 enquiries (where concerns of significant harm are substantiated)',
      page: 99,
    },
    note:
      "Where more than one strategy discussion was held, the clock runs from the one at which section 47 enquiries were initiated. Luton's Guide to Effective Support says the conference is usually within fifteen days of the strategy meeting without saying working days; this entry follows the statutory guidance (15 working days).",
    seeAlso: [{ document: 'luton-effective-support-2021', section: 'What happens to a request for Specialist support', page: 20 }],
  },
  {
    id: 'child-protection.first-core-group',
    title: 'First core group meeting',
    trigger: 'the initial child protection conference (when the child becomes the subject of a child protection plan)',
    amount: 10,
    unit: 'working-days',
    direction: 'after',
    responsible: 'The core group, led by the lead practitioner',
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 4: The child protection plan (the core group should)', page: 105 },
  },
  {
    id: 'child-protection.first-review-conference',
    title: 'First child protection review conference',
    trigger: 'the initial child protection conference',
    amount: 3,
    unit: 'months',
    direction: 'after',
    responsible: 'The lead practitioner, who organises the review conference',
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 4: Child protection review conference', page: 107 },
    seeAlso: [{ document: 'working-together-2026', section: 'Chapter 3, Section 4: The child protection plan (lead practitioners should)', page: 105 }],
  },
  {
    id: 'child-protection.subsequent-review-conference',
    title: 'Next child protection review conference',
    trigger: 'the previous child protection review conference',
    amount: 6,
    unit: 'months',
    direction: 'after',
    recurring: true,
    responsible: 'The lead practitioner, who organises the review conference',
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 4: Child protection review conference', page: 107 },
    note: 'Six months is the longest interval allowed; reviews continue for as long as the child remains the subject of a child protection plan.',
  },
  {
    id: 'child-protection.transfer-in-conference',
    title: 'Child protection conference after a permanent move into the area',
    trigger: 'the receiving local authority is notified that a child subject to a child protection plan has moved permanently into its area',
    amount: 15,
    unit: 'working-days',
    direction: 'after',
    responsible: 'The receiving local authority; the original authority may discontinue its plan only after this conference',
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 4: Discontinuing the child protection plan', page: 108 },
  },
];
