/**
 * Timescales from a referral into local authority children's social care:
 * the one-working-day acknowledgement and decision, and the 45-working-day
 * maximum for the assessment.
 */
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Timescale } from '../timescale.js';

/** Paragraph 167 sets two duties on the one working day; the library has one event for both. */
export const acknowledgeAndDecideOneEvent: InterpretationDefinition = {
  id: 'referral-and-assessment.interpretation.acknowledge-and-decide-one-event',
  says:
    'The one working day after a referral covers both duties of paragraph 167, acknowledging receipt to the referrer and deciding next steps, and one recorded event (the decision on next steps, referral-decision-made) meets both: the acknowledgement is not judged on its own.',
  why:
    'Paragraph 167 says that within one working day children\'s social care "should acknowledge receipt to the referrer" and a social work qualified practice supervisor or manager "should decide next steps and the type of response required": two duties, by different people, with one timescale. Case records and the census record the decision, not the acknowledgement, so the library judges the timescale on the decision; an acknowledgement sent late, or not at all, is not shown.',
  citation: { document: 'working-together-2026', section: 'Chapter 3, Section 3: Timeliness, paragraph 167', page: 62 },
};

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
    interpretations: [acknowledgeAndDecideOneEvent],
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
