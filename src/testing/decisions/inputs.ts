/**
 * One valid-input arbitrary per decision, each built from the decision's
 * zod schema (imported through the schemas entry, so a move of the schema
 * files does not break it) and the few facts its schema cannot express.
 */
import * as fc from 'fast-check';
import {
  ClassifyNeedInputSchema,
  NationalAlertInputSchema,
  NeedToKnowInputSchema,
  SeriousIncidentInputSchema,
  type ClassifyNeedInput,
  type NationalAlertInput,
  type NeedToKnowInput,
  type SeriousIncidentInput,
} from '../../schemas/index.js';
import { needIndicators } from '../../rules/need-level/indicators/index.js';
import { decisionInput, type DecisionInputOptions, type DecisionInputSpec, type WithKnown } from './decision-input.js';

const indicatorIds: readonly string[] = needIndicators.map((i) => i.id);

const classifyNeedSpec: DecisionInputSpec = {
  name: 'classifyNeed',
  schema: ClassifyNeedInputSchema,
  // Mostly a handful of indicators, as a referral has; sometimes none.
  values: { indicators: fc.uniqueArray(fc.constantFrom(...indicatorIds), { maxLength: 8 }) },
  decisionNearMisses: [
    {
      description: 'indicators: an id mistyped (not in the catalogue)',
      // Refused by the schema's enum of ids; listed because random spoiling rarely types a near-miss id.
      apply(input, choice) {
        const ids = [...(input.indicators as string[])];
        const real = indicatorIds[choice % indicatorIds.length]!;
        const typo = choice % 2 === 0 ? real.slice(0, -1) : real.replace('.', '_');
        if (indicatorIds.includes(typo)) return undefined;
        ids.splice(choice % (ids.length + 1), 0, typo);
        return { ...structuredClone(input), indicators: ids };
      },
    },
  ],
};

const needToKnowSpec: DecisionInputSpec = {
  name: 'assessNeedToKnow',
  schema: NeedToKnowInputSchema,
  dateChains: [['notifiedOn', 'lastUpdateSentOn', 'asOf']],
};

const nationalAlertSpec: DecisionInputSpec = {
  name: 'assessNationalAlert',
  schema: NationalAlertInputSchema,
  dateChains: [['missingSince', 'alertIssuedOn', 'lastFollowUpOn', 'asOf']],
  // A follow-up needs a first alert.
  repair(input) {
    if (input.alertIssuedOn === undefined) delete input.lastFollowUpOn;
  },
  decisionNearMisses: [
    {
      description: 'alertIssuedOn: before the family went missing',
      apply(input, choice) {
        if (typeof input.missingSince !== 'string') return undefined;
        const copy = structuredClone(input);
        delete copy.lastFollowUpOn;
        copy.alertIssuedOn = shiftDays(input.missingSince, -1 - (choice % 30));
        return copy;
      },
    },
    {
      description: 'lastFollowUpOn: given without alertIssuedOn',
      apply(input) {
        if (typeof input.alertIssuedOn !== 'string') return undefined;
        const copy = structuredClone(input);
        copy.lastFollowUpOn = copy.lastFollowUpOn ?? input.alertIssuedOn;
        delete copy.alertIssuedOn;
        return copy;
      },
    },
    {
      description: 'missingSince: after the date of the decision',
      apply(input, choice) {
        const copy = structuredClone(input);
        delete copy.alertIssuedOn;
        delete copy.lastFollowUpOn;
        copy.missingSince = shiftDays(input.asOf as string, 1 + (choice % 30));
        return copy;
      },
    },
  ],
};

const seriousIncidentSpec: DecisionInputSpec = {
  name: 'assessSeriousIncident',
  schema: SeriousIncidentInputSchema,
  // One story, earliest first; every date but a planned publication is on or before asOf.
  dateChains: [['awareOn', 'notifiedOn', 'rapidReviewSubmittedOn', 'lcsprDecisionOn', 'publicationOn', 'reportSentOn', 'stillPublishedOn', 'asOf']],
  decisionNearMisses: [
    {
      description: 'diedBySuicide: true, but childDied: false',
      // Refused by the schema's refinement; listed because random spoiling rarely finds it.
      apply: (input) => ({ ...structuredClone(input), diedBySuicide: true, childDied: false }),
    },
    {
      description: 'lookedAfter and careLeaver both true',
      apply: (input) => ({ ...structuredClone(input), lookedAfter: true, careLeaver: true }),
    },
    {
      description: 'notifiedOn: before awareOn',
      apply(input, choice) {
        const aware = typeof input.awareOn === 'string' ? input.awareOn : '2026-03-02';
        return { ...structuredClone(input), awareOn: aware, notifiedOn: shiftDays(aware, -1 - (choice % 30)) };
      },
    },
  ],
};

function shiftDays(date: string, days: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Options of every decision input arbitrary: fix facts, leave them unknown, insist they are known, or draw near misses. */
export type { DecisionInputOptions, WithKnown };

/**
 * Valid inputs of `classifyNeed`: indicator ids from the catalogue (each at
 * most once), statutory facts answered or left unknown.
 *
 * @param options - `fixed` facts, facts always `unknown` or always `known`,
 *   `from`/`to` for the dates (default 2013 to 2095), and `nearMiss` (see the
 *   other overload).
 * @returns A fast-check arbitrary of inputs the decision accepts.
 * @throws {SafeguardingInputError} when an option is malformed: an unknown
 *   field, a fixed value the schema refuses, a required field left unknown,
 *   or a field both known and unknown.
 * @example
 * import * as fc from 'fast-check';
 * import { classifyNeed } from 'luton-safeguarding-rules';
 * fc.assert(fc.property(classifyNeedInput({ fixed: { significantHarmSuspected: true } }), (input) => classifyNeed(input).level === 'specialist'), { numRuns: 100 });
 */
export function classifyNeedInput<const K extends keyof ClassifyNeedInput & string = never>(options?: DecisionInputOptions<ClassifyNeedInput, K> & { nearMiss?: false }): fc.Arbitrary<WithKnown<ClassifyNeedInput, K>>;
/**
 * With `nearMiss: true`: inputs one small mistake away from valid (a wrong
 * type, an unknown key, a date out of order, ...), each of which `classifyNeed`
 * must refuse with a `SafeguardingInputError`.
 *
 * @param options - As for valid inputs, with `nearMiss: true`.
 * @returns A fast-check arbitrary of invalid inputs (typed `unknown`: they do not fit `ClassifyNeedInput`).
 * @throws {SafeguardingInputError} when an option is malformed.
 */
export function classifyNeedInput(options: DecisionInputOptions<ClassifyNeedInput> & { nearMiss: true }): fc.Arbitrary<unknown>;
export function classifyNeedInput(options?: DecisionInputOptions<ClassifyNeedInput>): fc.Arbitrary<unknown> {
  return decisionInput(classifyNeedSpec, options, 'classifyNeedInput');
}

/**
 * Valid inputs of `assessNeedToKnow`: a decision date, the child's groups
 * and yes/no/unknown answers to every circumstance, with `notifiedOn` (when
 * given) on or before `asOf`.
 *
 * @param options - `fixed` facts, facts always `unknown` or always `known`,
 *   `from`/`to` for the dates (default 2013 to 2095), and `nearMiss` (see the
 *   other overload).
 * @returns A fast-check arbitrary of inputs the decision accepts.
 * @throws {SafeguardingInputError} when an option is malformed: an unknown
 *   field, a fixed value the schema refuses, a required field left unknown,
 *   or a field both known and unknown.
 * @example
 * import * as fc from 'fast-check';
 * import { assessNeedToKnow } from 'luton-safeguarding-rules';
 * // Without a deciding answer the advice is never a silent "not required".
 * fc.assert(fc.property(needToKnowInput(), (input) => {
 *   const result = assessNeedToKnow(input);
 *   return result.outcome !== 'insufficient-information' || result.missingFacts.length > 0;
 * }), { numRuns: 100 });
 */
export function needToKnowInput<const K extends keyof NeedToKnowInput & string = never>(options?: DecisionInputOptions<NeedToKnowInput, K> & { nearMiss?: false }): fc.Arbitrary<WithKnown<NeedToKnowInput, K>>;
/**
 * With `nearMiss: true`: inputs one small mistake away from valid (a wrong
 * type, an unknown key, a date out of order, ...), each of which `assessNeedToKnow`
 * must refuse with a `SafeguardingInputError`.
 *
 * @param options - As for valid inputs, with `nearMiss: true`.
 * @returns A fast-check arbitrary of invalid inputs (typed `unknown`: they do not fit `NeedToKnowInput`).
 * @throws {SafeguardingInputError} when an option is malformed.
 */
export function needToKnowInput(options: DecisionInputOptions<NeedToKnowInput> & { nearMiss: true }): fc.Arbitrary<unknown>;
export function needToKnowInput(options?: DecisionInputOptions<NeedToKnowInput>): fc.Arbitrary<unknown> {
  return decisionInput(needToKnowSpec, options, 'needToKnowInput');
}

/**
 * Valid inputs of `assessNationalAlert`: dates in a possible order (missing,
 * then alerted, then followed up, all by `asOf`), gaps often near the
 * three-week threshold, answers yes, no or unknown.
 *
 * @param options - `fixed` facts, facts always `unknown` or always `known`,
 *   `from`/`to` for the dates (default 2013 to 2095), and `nearMiss` (see the
 *   other overload).
 * @returns A fast-check arbitrary of inputs the decision accepts.
 * @throws {SafeguardingInputError} when an option is malformed: an unknown
 *   field, a fixed value the schema refuses, a required field left unknown,
 *   or a field both known and unknown.
 * @example
 * import * as fc from 'fast-check';
 * import { assessNationalAlert, isSafeguardingInputError } from 'luton-safeguarding-rules';
 * // Every near miss is refused with the library's error, never a wrong answer.
 * fc.assert(fc.property(nationalAlertInput({ nearMiss: true }), (input) => {
 *   try {
 *     assessNationalAlert(input as never);
 *     return false;
 *   } catch (error) {
 *     return isSafeguardingInputError(error);
 *   }
 * }), { numRuns: 100 });
 */
export function nationalAlertInput<const K extends keyof NationalAlertInput & string = never>(options?: DecisionInputOptions<NationalAlertInput, K> & { nearMiss?: false }): fc.Arbitrary<WithKnown<NationalAlertInput, K>>;
/**
 * With `nearMiss: true`: inputs one small mistake away from valid (a wrong
 * type, an unknown key, a date out of order, ...), each of which `assessNationalAlert`
 * must refuse with a `SafeguardingInputError`.
 *
 * @param options - As for valid inputs, with `nearMiss: true`.
 * @returns A fast-check arbitrary of invalid inputs (typed `unknown`: they do not fit `NationalAlertInput`).
 * @throws {SafeguardingInputError} when an option is malformed.
 */
export function nationalAlertInput(options: DecisionInputOptions<NationalAlertInput> & { nearMiss: true }): fc.Arbitrary<unknown>;
export function nationalAlertInput(options?: DecisionInputOptions<NationalAlertInput>): fc.Arbitrary<unknown> {
  return decisionInput(nationalAlertSpec, options, 'nationalAlertInput');
}

/**
 * Valid inputs of `assessSeriousIncident`: consistent facts (no
 * contradictions the schema refuses), notification on or after awareness,
 * publication on or after the review decision.
 *
 * @param options - `fixed` facts, facts always `unknown` or always `known`,
 *   `from`/`to` for the dates (default 2013 to 2095), and `nearMiss` (see the
 *   other overload).
 * @returns A fast-check arbitrary of inputs the decision accepts.
 * @throws {SafeguardingInputError} when an option is malformed: an unknown
 *   field, a fixed value the schema refuses, a required field left unknown,
 *   or a field both known and unknown.
 * @example
 * import * as fc from 'fast-check';
 * import { assessSeriousIncident } from 'luton-safeguarding-rules';
 * // Facts are missing exactly when the outcome waits for them, whichever facts are known.
 * fc.assert(fc.property(seriousIncidentInput({ known: ['childDied'] }), (input) => {
 *   const result = assessSeriousIncident(input);
 *   return (result.outcome === 'insufficient-information') === (result.missingFacts.length > 0);
 * }), { numRuns: 100 });
 */
export function seriousIncidentInput<const K extends keyof SeriousIncidentInput & string = never>(options?: DecisionInputOptions<SeriousIncidentInput, K> & { nearMiss?: false }): fc.Arbitrary<WithKnown<SeriousIncidentInput, K>>;
/**
 * With `nearMiss: true`: inputs one small mistake away from valid (a wrong
 * type, an unknown key, a date out of order, ...), each of which `assessSeriousIncident`
 * must refuse with a `SafeguardingInputError`.
 *
 * @param options - As for valid inputs, with `nearMiss: true`.
 * @returns A fast-check arbitrary of invalid inputs (typed `unknown`: they do not fit `SeriousIncidentInput`).
 * @throws {SafeguardingInputError} when an option is malformed.
 */
export function seriousIncidentInput(options: DecisionInputOptions<SeriousIncidentInput> & { nearMiss: true }): fc.Arbitrary<unknown>;
export function seriousIncidentInput(options?: DecisionInputOptions<SeriousIncidentInput>): fc.Arbitrary<unknown> {
  return decisionInput(seriousIncidentSpec, options, 'seriousIncidentInput');
}
