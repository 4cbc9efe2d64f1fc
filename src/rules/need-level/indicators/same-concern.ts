/**
 * Bullets that the threshold document prints word for word at two places:
 * the same concern, not two. Each pair is recorded on both indicators as
 * `sameAs`; a classification that records both counts the concern once, at
 * the higher level (the lower copy is left out of the counts).
 */
import type { NeedIndicatorId } from './indicator-id.js';

export const sameConcernPairs: readonly (readonly [lower: NeedIndicatorId, higher: NeedIndicatorId])[] = Object.freeze(([
  ['need-level.additional.emotional-development.engagement-changed', 'need-level.intensive.emotional-development.engagement-changed'],
  [
    'need-level.additional.family-and-social-relationships.reduced-contribution-to-relationships',
    'need-level.intensive.family-and-social-relationships.reduced-contribution-to-relationships',
  ],
  ['need-level.additional.learning.widening-progress-gap', 'need-level.intensive.learning.widening-progress-gap'],
  ['need-level.additional.learning.send-review-decline', 'need-level.intensive.learning.send-review-decline'],
  [
    'need-level.additional.guidance-boundaries-and-stimulation.little-support-for-learning-needs',
    'need-level.intensive.guidance-boundaries-and-stimulation.little-support-for-learning-needs',
  ],
  // Printed under two headings of the same level: counted once there too.
  ['need-level.additional.identity-and-self-esteem.developmentally-inappropriate-behaviour', 'need-level.additional.behavioural-development.developmentally-inappropriate-behaviour'],
] satisfies [NeedIndicatorId, NeedIndicatorId][]).map((pair) => Object.freeze(pair) as readonly [NeedIndicatorId, NeedIndicatorId]));
