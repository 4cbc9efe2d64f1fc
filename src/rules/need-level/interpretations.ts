/**
 * Where the need-level rules read the threshold document other than
 * literally, for policy owners to confirm.
 */
import type { InterpretationDefinition } from '../engine/interpretation.js';
import { luton } from './citations.js';

export const needLevelInterpretations = {
  intensiveThresholdTwo: {
    id: 'need-level.interpretation.intensive-threshold-two',
    says: 'Two or more Intensive indicators make Intensive need by default (a case system may choose another number with the intensiveIndicatorThreshold option); a single one makes at least Additional need, with a prompt to consider Intensive.',
    why: 'The document says "a number of these indicators would need to be present" for Intensive need and gives no number. Two is the smallest number that is more than one; the count is a prompt for professional judgement, since the indicators are not weighted.',
    citation: luton.atAGlance,
  },
} as const satisfies Record<string, InterpretationDefinition>;
