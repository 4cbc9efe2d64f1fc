/**
 * The indicators that the threshold document itself describes as significant
 * harm. Recording one is reasonable cause to suspect significant harm, so the
 * classification gives the section 47 category and the child protection route
 * whatever the practitioner answered to the general significant-harm
 * question (an explicit "no" beside one is a contradiction and is warned
 * about, see rules/warning-harm-indicator-without-harm.ts).
 *
 * Each entry says where the document calls the concern significant harm and
 * records, as an interpretation, that the library reads the indicator as
 * such: the document lists these bullets as indicators, not as findings, so
 * reading them as a suspicion of significant harm is the library's step.
 */
import type { InterpretationDefinition } from '../../engine/interpretation.js';
import type { Citation } from '../../../schemas/citation.js';
import { luton } from '../citations.js';
import { deepFreeze } from '../../deep-freeze.js';
import type { NeedIndicatorId } from './indicator-id.js';

export interface HarmIndicator {
  indicatorId: NeedIndicatorId;
  /** Where the document describes this concern as significant harm. */
  citation: Citation;
  interpretation: InterpretationDefinition;
}

const singleEvent: Citation = { document: 'luton-effective-support-2021', section: 'Access to services — Specialist (what constitutes significant harm)', page: 18 };
const glanceSpecialist = (heading: string): Citation => ({
  document: 'luton-effective-support-2021',
  section: `Effective Support at a Glance — Specialist — ${heading}`,
  page: 36,
});

function harm(indicatorId: NeedIndicatorId, slug: string, concern: string, why: string, citation: Citation): HarmIndicator {
  return {
    indicatorId,
    citation,
    interpretation: {
      id: `need-level.interpretation.harm-indicator.${slug}`,
      says: `Recording "${concern}" is read as reasonable cause to suspect significant harm: section 47 (child protection) and the child protection route follow, whatever the answer to the general significant-harm question.`,
      why,
      citation,
    },
  };
}

export const harmIndicators: readonly HarmIndicator[] = deepFreeze([
  harm(
    'need-level.specialist.health.sexual-abuse',
    'sexual-abuse',
    'sexual abuse',
    'The document gives sexual abuse as its example of a single event that can be significant harm ("a single event, such as a violent assault or sexual abuse"). The bullet is an indicator, not a finding, so the library reads it as a suspicion of significant harm rather than proof.',
    singleEvent,
  ),
  harm(
    'need-level.specialist.health.non-accidental-injury',
    'non-accidental-injury',
    'non-accidental or unexplained injuries',
    'The document names a violent assault as a single event that can be significant harm; a non-accidental or unexplained injury is what such an assault leaves. The library reads the indicator as a suspicion of significant harm; whether the injury was inflicted is for the section 47 enquiry.',
    singleEvent,
  ),
  harm(
    'need-level.specialist.health.significant-harm-or-neglect',
    'significant-harm-or-neglect',
    'evidence of significant harm or neglect',
    'The bullet names significant harm itself. Read with the rest of the Specialist row ("children who have suffered or are likely to suffer significant harm as a result of abuse or neglect"), the library treats the neglect half of the bullet the same way.',
    luton.categories,
  ),
  harm(
    'need-level.specialist.family-and-social-relationships.subject-to-abuse-or-neglect',
    'subject-to-abuse-or-neglect',
    'subject to physical, emotional or sexual abuse or neglect',
    'The Specialist row of the categories table is children who "have suffered or are likely to suffer significant harm as a result of abuse or neglect"; a child subject to abuse or neglect is the case it describes. The library reads the indicator as that suspicion.',
    luton.categories,
  ),
  harm(
    'need-level.specialist.basic-care-safety-and-protection.fabricated-or-induced-illness',
    'fabricated-or-induced-illness',
    'suspected or evidenced fabricated or induced illness',
    'Fabricated or induced illness is abuse by a carer; the Specialist row treats abuse that harms a child as significant harm. The indicator says "suspected or evidenced", which is the reasonable-cause-to-suspect test itself.',
    glanceSpecialist('Basic care, ensuring safety and protection'),
  ),
  harm(
    'need-level.specialist.family-functioning.child-in-need-with-protection-concerns',
    'child-in-need-with-protection-concerns',
    'a child in need with child protection concerns',
    'Child protection concerns are concerns about significant harm (the document: children\'s social care "must make enquiries under section 47 … to determine whether a child is suffering or is likely to suffer significant harm"). The library reads the indicator as that suspicion.',
    { document: 'luton-effective-support-2021', section: 'Access to services — Specialist (section 47 child protection)', page: 18 },
  ),
  harm(
    'need-level.specialist.health.sexual-exploitation',
    'sexual-exploitation',
    'sexual exploitation',
    'The Specialist row counts "children at high risk of sexual and criminal exploitation" among those who have suffered or are likely to suffer significant harm. The indicator does not say "high risk", so the library reads a recorded exploitation as at least that.',
    luton.categories,
  ),
]);

export const harmIndicatorIds: ReadonlySet<string> = new Set(harmIndicators.map((h) => h.indicatorId));
