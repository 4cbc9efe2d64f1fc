/**
 * ## Decision inputs
 *
 * `luton-safeguarding-rules/testing/decisions` has a valid-input arbitrary
 * per decision, built from the decision's schema: `classifyNeedInput`,
 * `needToKnowInput`, `nationalAlertInput` and `seriousIncidentInput`. Each
 * takes `fixed` (facts set in every input), `unknown` (facts always left
 * out), `known` (facts always answered, and typed so: no `!` needed),
 * `from` and `to` (the dates drawn) and `nearMiss: true`, which draws inputs
 * one small mistake away from valid (a boolean sent as `"yes"`, 30 February,
 * a misspelt key, an unknown indicator id, dates in an impossible order)
 * that the decision, and its schema, must refuse. A failing property shrinks
 * to the facts that matter: an answer shrinks to unknown before its value
 * does, and leaving a date out moves no other date. It is a separate entry
 * because it loads zod and the indicator catalogue.
 */
import fc from 'fast-check';
import { classifyNeed, SafeguardingInputError } from '../../../src/index.js';
import type { ClassifyNeedInput } from '../../../src/schemas/index.js';
import { classifyNeedInput } from '../../../src/testing/decisions/index.js';

export function example() {
  // Suspected significant harm means Specialist need, whatever else is known.
  const specialist = fc.check(
    fc.property(classifyNeedInput({ fixed: { significantHarmSuspected: true } }), (input) => classifyNeed(input).level === 'specialist'),
    { numRuns: 100, seed: 1 },
  );
  // Every near miss is refused with the library's input error, never answered.
  const refused = fc.check(
    fc.property(classifyNeedInput({ nearMiss: true }), (input) => {
      try {
        classifyNeed(input as ClassifyNeedInput); // a near miss is deliberately not a valid input
        return false;
      } catch (error) {
        return error instanceof SafeguardingInputError;
      }
    }),
    { numRuns: 100, seed: 1 },
  );
  return { specialist, refused };
}
