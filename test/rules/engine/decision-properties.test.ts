/**
 * The framework's promises, over random inputs of the public decisions:
 * - a decided outcome cannot be changed by the unknowns: every completion of
 *   the unanswered questions gives the same outcome;
 * - `missingFacts` is empty exactly when the outcome is decided;
 * - every counterfactual, applied to the input, gives the outcome it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeed } from '../../../src/rules/need-level/classify-need.js';
import { needIndicators } from '../../../src/rules/need-level/indicators/index.js';
import { assessNeedToKnow } from '../../../src/rules/need-to-know/assess-need-to-know.js';
import { childStatuses, needToKnowCircumstanceFacts } from '../../../src/rules/need-to-know/facts.js';
import { assessNationalAlert } from '../../../src/rules/national-alert/assess-national-alert.js';
import { alertSubjects, nationalAlertQuestionFacts } from '../../../src/rules/national-alert/facts.js';
import { withInputField } from '../../support/apply-counterfactual.js';
import { ReporterRoleSchema } from '../../../src/rules/need-level/input-schema.js';

type Input = Record<string, unknown>;
interface Decision {
  outcome: string;
  missingFacts: unknown[];
  counterfactuals: { fact: string; alternative: unknown; outcome: string; workingTogetherCategory?: string; consent?: string }[];
  /** classifyNeed's: its counterfactuals also name a change of category or of consent rule. */
  workingTogetherCategory?: { id: string };
  route?: { consent: { situation: string } };
}

/** Answers that may each be left out, with the values each can take. */
interface Questions {
  fixed: fc.Arbitrary<Input>;
  optional: Record<string, fc.Arbitrary<unknown>>;
}

function partial(q: Questions): fc.Arbitrary<Input> {
  return fc.tuple(q.fixed, fc.record(q.optional, { requiredKeys: [] })).map(([a, b]) => ({ ...a, ...b }));
}

/** The input with every optional question it leaves out answered. */
function completion(q: Questions, input: Input): fc.Arbitrary<Input> {
  const missing = Object.keys(q.optional).filter((k) => input[k] === undefined);
  return fc.record(Object.fromEntries(missing.map((k) => [k, q.optional[k]!]))).map((answers) => ({ ...input, ...answers }));
}

function checkPromises(name: string, q: Questions, decide: (input: never) => Decision) {
  describe(name, () => {
    it('never decides an outcome that an unanswered question could change', () => {
      fc.assert(
        fc.property(partial(q).chain((input) => fc.tuple(fc.constant(input), fc.array(completion(q, input), { minLength: 1, maxLength: 4 }))), ([input, completions]) => {
          const result = decide(input as never);
          if (result.outcome === 'insufficient-information') {
            expect(result.missingFacts.length).toBeGreaterThan(0);
            return;
          }
          expect(result.missingFacts).toEqual([]);
          for (const complete of completions) expect(decide(complete as never).outcome).toBe(result.outcome);
        }),
        { numRuns: 300 },
      );
    });

    it('lists only counterfactuals that, applied to the input, give the outcome they name', () => {
      fc.assert(
        fc.property(partial(q), (input) => {
          const result = decide(input as never);
          for (const c of result.counterfactuals) {
            const changed = decide(withInputField(input, c.fact, c.alternative) as never);
            expect(changed.outcome, `${c.fact} → ${JSON.stringify(c.alternative)}`).toBe(c.outcome);
            if (c.consent === undefined) {
              expect(c.outcome).not.toBe(result.outcome);
              continue;
            }
            // classifyNeed: a change of outcome, of Working Together category or of consent rule, each as named.
            expect(changed.workingTogetherCategory!.id).toBe(c.workingTogetherCategory);
            expect(changed.route!.consent.situation).toBe(c.consent);
            expect([c.outcome, c.workingTogetherCategory, c.consent]).not.toEqual([result.outcome, result.workingTogetherCategory!.id, result.route!.consent.situation]);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
}

// A pool with indicators of every level, FGM-tagged ones included.
const indicatorPool = needIndicators.filter((_, i) => i % 9 === 0).map((i) => i.id);

checkPromises(
  'classifyNeed',
  {
    // FGM answers are a concern reported when there is one (left out: none
    // raised), not a question every classification must answer.
    fixed: fc.record(
      {
        indicators: fc.subarray(indicatorPool, { maxLength: 6 }),
        fgm: fc.record({ disclosedByGirl: fc.boolean(), physicalSignsObserved: fc.boolean(), atRisk: fc.boolean() }, { requiredKeys: [] }),
      },
      { requiredKeys: ['indicators'] },
    ),
    optional: {
      significantHarmSuspected: fc.boolean(),
      immediateRiskOfSignificantHarm: fc.boolean(),
      childInNeed: fc.boolean(),
      reporterRole: fc.constantFrom(...ReporterRoleSchema.options),
      // Without an age the subject is taken to be a child: completions stay under 18.
      ageInYears: fc.integer({ min: 0, max: 17 }),
      disabled: fc.boolean(),
      lookedAfter: fc.boolean(),
      consentRefused: fc.boolean(),
    },
  },
  classifyNeed,
);

checkPromises(
  'assessNeedToKnow',
  {
    fixed: fc.record({ asOf: fc.constant('2026-12-02'), childStatus: fc.subarray([...childStatuses]) }),
    // Most circumstances are rare: a mostly-false mix (one answer in ten true) reaches the undecided and not-required cases too.
    optional: Object.fromEntries(needToKnowCircumstanceFacts.map((f) => [f, fc.integer({ min: 0, max: 9 }).map((n) => n === 0)])),
  },
  assessNeedToKnow,
);

checkPromises(
  'assessNationalAlert',
  {
    fixed: fc.record({ asOf: fc.constant('2026-12-02') }),
    optional: {
      subject: fc.constantFrom(...alertSubjects),
      missingSince: fc.constantFrom('2026-11-01', '2026-11-11', '2026-11-20', '2026-12-01'),
      ...Object.fromEntries(nationalAlertQuestionFacts.map((f) => [f, fc.boolean()])),
    },
  },
  assessNationalAlert,
);

describe('assessNeedToKnow counterfactuals are complete', () => {
  // The search skips facts that cannot move the outcome (see `movable`): this
  // checks, by trying every single change of an answer, that it skips none that can.
  it('lists every single change of an answer that gives another outcome', () => {
    const answers = fc.record(Object.fromEntries(needToKnowCircumstanceFacts.map((f) => [f, fc.constantFrom(true, false, false, false)])), { requiredKeys: [] });
    fc.assert(
      fc.property(fc.subarray([...childStatuses]), answers, (childStatus, given) => {
        const input = { asOf: '2026-12-02', childStatus, ...given };
        const result = assessNeedToKnow(input);
        const expected: string[] = [];
        for (const fact of needToKnowCircumstanceFacts) {
          const actual = (given as Record<string, boolean | undefined>)[fact];
          if (actual === undefined) continue;
          const outcome = assessNeedToKnow({ ...input, [fact]: !actual }).outcome;
          if (outcome !== result.outcome) expected.push(`${fact}=${!actual}→${outcome}`);
        }
        for (const status of childStatuses) {
          const toggled = childStatus.includes(status) ? childStatus.filter((s) => s !== status) : [...childStatus, status];
          const outcome = assessNeedToKnow({ ...input, childStatus: toggled }).outcome;
          if (outcome !== result.outcome) expected.push(`childStatus=${JSON.stringify(toggled)}→${outcome}`);
        }
        const listed = result.counterfactuals.map((c) => `${c.fact}=${JSON.stringify(c.alternative)}→${c.outcome}`);
        expect(listed.sort()).toEqual(expected.sort());
      }),
      { numRuns: 400 },
    );
  });
});
