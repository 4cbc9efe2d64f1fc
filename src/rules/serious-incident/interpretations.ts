/**
 * Where the serious incident rules read Working Together 2026 other than
 * literally, for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { workingTogether } from './citations.js';

export const seriousIncidentInterpretations = {
  careLeaverAgeLimit: {
    id: 'serious-incident.interpretation.care-leaver-age-limit',
    says: 'The death of a care leaver is notified to the Secretary of State and Ofsted up to and including the age of 24; a care leaver who dies at 25 or older is not.',
    why: 'Paragraph 382 says "up to and including the age of 24", while paragraph 384 says notifications "should be made for the death of all care leavers aged 18 and above" with no upper limit. The library follows paragraph 382, the paragraph that sets the duty; paragraph 384 reads as saying what follows the notification (no rapid review, no LCSPR).',
    citation: workingTogether.careLeaver18AndOver,
  },
} as const satisfies Record<string, InterpretationDefinition>;
