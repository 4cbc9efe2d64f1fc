/**
 * Timescales from a referral into local authority children's social care:
 * the one-working-day acknowledgement and decision, and the 45-working-day
 * maximum for the assessment.
 */
import type { Timescale } from '../timescale.js';

export const referralAndAssessmentTimescales: Timescale[] = [
  {
    id: 'referral-and-assessment.decide-next-steps',
    title: 'Acknowledge the referral and decide next steps',
    trigger: "the referral is received by local authority children's social care",
    amount: 1,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'should acknowledge receipt ... and ... should decide next steps',
    responsible:
      "Local authority children's social care acknowledges receipt to the referrer; a social work qualified practice supervisor or manager decides next steps and the type of response",
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 3: Timeliness, paragraph 167', page: 62 },
  },
  {
    id: 'referral-and-assessment.assessment-complete',
    title: 'Conclude the assessment so a decision on next steps can be made',
    trigger: "the referral is received by local authority children's social care",
    amount: 45,
    unit: 'working-days',
    direction: 'after',
    basis: 'statutory-should',
    basisWording: 'should be no longer than 45 working days from the point of referral',
    responsible: 'The lead practitioner (social worker), who records the reasons if the assessment takes longer',
    citation: { document: 'working-together-2026', section: 'Chapter 3, Section 3: Timeliness, paragraph 169', page: 63 },
    note:
      "Working Together sets 45 working days from referral as the maximum for every assessment, section 47 assessments included. Luton's Guide to Effective Support describes the single assessment being extended to 45 working days when the situation is complex, which is the same limit; this entry follows Working Together.",
    seeAlso: [
      { document: 'working-together-2026', section: 'Chapter 3, Section 4: Strategy discussion (timescale for section 47 assessments)' },
      { document: 'luton-effective-support-2021', section: 'What happens to a request for Specialist support', page: 20 },
    ],
  },
];
