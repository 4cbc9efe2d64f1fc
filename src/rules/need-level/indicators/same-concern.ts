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

/**
 * Bullets that describe one concern in nearly the same words, at one level or
 * at two (see the interpretation `need-level.interpretation.near-duplicate-bullets`).
 * Each group has a stable id; recorded together, its members count once, at
 * the highest level recorded. Exact twins (above) that belong to a group are
 * listed in it too.
 */
export const nearDuplicateGroups: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'changed-engagement': Object.freeze([
    'need-level.additional.emotional-development.engagement-changed',
    'need-level.intensive.emotional-development.engagement-changed',
    'need-level.intensive.emotional-development.marked-change-in-engagement',
    'need-level.intensive.identity-and-self-esteem.changed-attention-engagement-behaviour',
  ]),
  'out-of-character-behaviour': Object.freeze([
    'need-level.additional.behavioural-development.atypical-behaviour-changes',
    'need-level.intensive.behavioural-development.increasing-atypical-behaviour-changes',
    'need-level.intensive.behavioural-development.escalating-uncharacteristic-behaviour',
  ]),
  'developmentally-inappropriate-behaviour': Object.freeze([
    'need-level.additional.behavioural-development.developmentally-inappropriate-behaviour',
    'need-level.additional.identity-and-self-esteem.developmentally-inappropriate-behaviour',
    'need-level.intensive.behavioural-development.repeated-developmentally-inappropriate-behaviour',
    'need-level.intensive.behavioural-development.brook-tool-concern',
  ]),
  'part-in-relationships': Object.freeze([
    'need-level.additional.family-and-social-relationships.changed-contribution-to-relationships',
    'need-level.additional.family-and-social-relationships.reduced-contribution-to-relationships',
    'need-level.intensive.family-and-social-relationships.several-changes-in-contribution-to-relationships',
    'need-level.intensive.family-and-social-relationships.reduced-contribution-to-relationships',
  ]),
  'missing-school': Object.freeze([
    'need-level.additional.learning.poor-punctuality-or-absence',
    'need-level.intensive.family-and-social-relationships.misses-school-consistently',
    'need-level.intensive.learning.poor-attendance-and-punctuality',
  ]),
});
