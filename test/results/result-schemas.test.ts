/**
 * Result schemas: each zod schema's type is the library's TypeScript type
 * (checked by `npm run typecheck`), and real results validate against the
 * shipped JSON Schemas (ajv, draft 2020-12): every rule example of every
 * decision, random inputs of every decision (fast-check), the timeline
 * tests' histories, placement notifications valid and not, their records
 * (toRecord) and their verifications (verifyDecision). Every object of a
 * result schema is closed, so a field a result gains without its schema
 * fails here until it is described.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  CaseTimeline,
  DecisionRecord,
  DecisionVerification,
  JudgedDeadline,
  NationalAlertDecision,
  NeedClassification,
  NeedToKnowDecision,
  PlacementNotificationResult,
  SeriousIncidentDecision,
} from '../../src/index.js';
import {
  assessNationalAlert,
  assessNeedToKnow,
  assessSeriousIncident,
  classifyNeed,
  statutoryTimeline,
  toRecord,
  validatePlacementNotification,
  verifyDecision,
} from '../../src/index.js';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { DecisionRecordSchema } from '../../src/results/decision-record-schema.js';
import { DecisionVerificationSchema } from '../../src/results/decision-verification-schema.js';
import { JudgedDeadlineSchema } from '../../src/results/judged-deadline-schema.js';
import { NationalAlertDecisionSchema } from '../../src/results/national-alert-result-schema.js';
import { NeedClassificationSchema } from '../../src/results/need-level-result-schema.js';
import { NeedToKnowDecisionSchema } from '../../src/results/need-to-know-result-schema.js';
import { PlacementNotificationResultSchema } from '../../src/results/placement-notification-result-schema.js';
import { resultSchemas } from '../../src/results/result-schemas.js';
import { SeriousIncidentDecisionSchema } from '../../src/results/serious-incident-result-schema.js';
import { CaseTimelineSchema } from '../../src/results/timeline-result-schema.js';
import { classifyNeedInput, nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';
import { validPlacementNotifications } from '../rules/placement-notification/examples.js';
import { timelineExamples } from '../rules/timeline/examples.js';
import { exportedHistories } from '../rules/timeline/exported-histories.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => {
  let validate = compiled.get(name);
  if (!validate) compiled.set(name, (validate = ajv.compile(JSON.parse(readFileSync(join(root, 'json-schema', `${name}.schema.json`), 'utf8')) as object)));
  return validate;
};
/** What a case system stores and reads back: the result after a JSON round trip. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
/** Asserts that a result validates, naming the first errors (a field the schema lacks shows as `additionalProperties`). */
function expectValid(name: string, value: unknown, what = name): void {
  const validate = validator(name);
  const ok = validate(stored(value));
  expect(ok, `${what}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

/** Each decision: its function, its result schema, and fast-check inputs. */
const decisions = {
  'need-level': { decide: (input: never) => classifyNeed(input), schema: 'classify-need-result', inputs: classifyNeedInput() },
  'need-to-know': { decide: (input: never) => assessNeedToKnow(input), schema: 'need-to-know-result', inputs: needToKnowInput() },
  'national-alert': { decide: (input: never) => assessNationalAlert(input), schema: 'national-alert-result', inputs: nationalAlertInput() },
  'serious-incident': { decide: (input: never) => assessSeriousIncident(input), schema: 'serious-incident-result', inputs: seriousIncidentInput() },
} satisfies Record<DecisionArea, unknown>;

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

describe('result schemas', () => {
  // A decision result's `input` is typed `unknown` and its `decision` is any DecisionArea; the schema
  // gives each the decision's own (its input schema's type, its one name). Deadlines are compared apart.
  type Narrowed = 'input' | 'decision' | 'deadlines';
  it("each result schema's type is the library's type", () => {
    expectTypeOf<z.output<typeof CaseTimelineSchema>>().toEqualTypeOf<CaseTimeline>();
    expectTypeOf<z.output<typeof JudgedDeadlineSchema>>().toEqualTypeOf<JudgedDeadline>();
    expectTypeOf<Omit<z.output<typeof NeedClassificationSchema>, Narrowed>>().toEqualTypeOf<Omit<NeedClassification, Narrowed>>();
    expectTypeOf<z.output<typeof NeedClassificationSchema>['decision']>().toExtend<NeedClassification['decision']>();
    expectTypeOf<z.output<typeof NeedClassificationSchema>['deadlines']>().toEqualTypeOf<NeedClassification['deadlines']>();
    expectTypeOf<Omit<z.output<typeof NeedToKnowDecisionSchema>, Narrowed>>().toEqualTypeOf<Omit<NeedToKnowDecision, Narrowed>>();
    expectTypeOf<z.output<typeof NeedToKnowDecisionSchema>['decision']>().toExtend<NeedToKnowDecision['decision']>();
    expectTypeOf<z.output<typeof NeedToKnowDecisionSchema>['deadlines']>().toEqualTypeOf<NeedToKnowDecision['deadlines']>();
    expectTypeOf<Omit<z.output<typeof NationalAlertDecisionSchema>, Narrowed>>().toEqualTypeOf<Omit<NationalAlertDecision, Narrowed>>();
    expectTypeOf<z.output<typeof NationalAlertDecisionSchema>['decision']>().toExtend<NationalAlertDecision['decision']>();
    expectTypeOf<z.output<typeof NationalAlertDecisionSchema>['deadlines']>().toEqualTypeOf<NationalAlertDecision['deadlines']>();
    expectTypeOf<Omit<z.output<typeof SeriousIncidentDecisionSchema>, Narrowed>>().toEqualTypeOf<Omit<SeriousIncidentDecision, Narrowed>>();
    expectTypeOf<z.output<typeof SeriousIncidentDecisionSchema>['decision']>().toExtend<SeriousIncidentDecision['decision']>();
    expectTypeOf<z.output<typeof SeriousIncidentDecisionSchema>['deadlines']>().toEqualTypeOf<SeriousIncidentDecision['deadlines']>();
    expectTypeOf<z.output<typeof PlacementNotificationResultSchema>>().toEqualTypeOf<PlacementNotificationResult>();
    expectTypeOf<z.output<typeof DecisionVerificationSchema>>().toEqualTypeOf<DecisionVerification>();
    // A record is told apart by decision, each with its own input and outcomes: narrower than the library's one interface.
    expectTypeOf<z.output<typeof DecisionRecordSchema>>().toExtend<DecisionRecord>();
  });

  it('every result schema is shipped as a JSON Schema', () => {
    for (const name of Object.keys(resultSchemas)) expect(() => validator(name), name).not.toThrow();
  });

  it('every decision has a result schema, and every result schema is closed (no field goes unchecked)', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.properties !== undefined && n.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(n)) walk(child, `${path}/${key}`);
    };
    for (const name of Object.keys(resultSchemas)) {
      // The shared judged deadline is open on purpose: each decision adds fields to it, closed in its own schema.
      if (name === 'judged-deadline') continue;
      walk(JSON.parse(readFileSync(join(root, 'json-schema', `${name}.schema.json`), 'utf8')), name);
    }
    // The one open object is what validatePlacementNotification accepts and keeps as `input`: any
    // document with a known kind, whatever else it holds (its problems are the answer, not an error).
    expect(open.sort()).toEqual(['placement-notification-result/oneOf/0/properties/input', 'placement-notification-result/oneOf/1/properties/input']);
  });
});

describe('real results validate against their result schemas', () => {
  for (const [area, { decide, schema }] of Object.entries(decisions)) {
    it(`${area}: every rule example's result, its record and its verification`, () => {
      const modules = allRuleModules.filter((m) => m.decision === area);
      let examples = 0;
      const outcomes = new Set<string>();
      for (const module of modules) {
        for (const example of module.examples) {
          const result = decide(example.input as never);
          outcomes.add(result.outcome);
          expectValid(schema, result, `${module.id}: ${example.name}`);
          const record = toRecord(result);
          expectValid('decision-record', record, `record of ${module.id}: ${example.name}`);
          expectValid('verify-decision-result', verifyDecision(stored(result)), `verification of ${module.id}: ${example.name}`);
          expectValid('verify-decision-result', verifyDecision(record), `verification of the record of ${module.id}: ${example.name}`);
          examples++;
        }
      }
      expect(examples).toBeGreaterThanOrEqual(modules.length);
      expect(outcomes.size).toBeGreaterThanOrEqual(2);
    });
  }

  for (const [area, { decide, schema, inputs }] of Object.entries(decisions)) {
    it(`${area}: random inputs (fast-check), and their records`, () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const result = decide(input as never);
          expectValid(schema, result);
          expectValid('decision-record', toRecord(result));
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it('statutoryTimeline: the timelines of the test histories, their records and verifications', () => {
    let deadlines = 0;
    for (const input of [...timelineExamples, ...exportedHistories.map((h) => h.input)]) {
      const result = statutoryTimeline(input as never);
      deadlines += result.episodes.reduce((n, e) => n + e.deadlines.length, 0);
      expectValid('statutory-timeline-result', result);
      expectValid('decision-record', toRecord(result));
      expectValid('verify-decision-result', verifyDecision(stored(result)));
    }
    expect(deadlines).toBeGreaterThanOrEqual(20);
  });

  it('validatePlacementNotification: valid notifications, and each with items taken out or spoiled (fast-check)', () => {
    for (const notification of validPlacementNotifications) {
      const result = validatePlacementNotification(notification as never);
      expect(result.valid).toBe(true);
      expectValid('placement-notification-result', result);
      expectValid('verify-decision-result', verifyDecision(stored(result)));
    }
    const spoiled = fc
      .tuple(fc.constantFrom(...validPlacementNotifications), fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(undefined, '', 'x', 'not an email', '2026-02-30', 7)), { maxLength: 4 }))
      .map(([notification, changes]) => {
        const copy = structuredClone(notification) as Record<string, unknown>;
        const keys = Object.keys(copy).filter((k) => k !== 'kind');
        changes.forEach(([pick, value], i) => {
          const key = keys[(pick.length + i) % keys.length]!;
          const target = copy[key];
          if (target !== null && typeof target === 'object') {
            const inner = Object.keys(target);
            if (inner.length > 0) (target as Record<string, unknown>)[inner[pick.length % inner.length]!] = value;
          } else if (key !== 'receivedOn') copy[key] = value;
        });
        return copy;
      });
    let invalid = 0;
    fc.assert(
      fc.property(spoiled, (notification) => {
        const result = validatePlacementNotification(notification as never);
        if (!result.valid) invalid++;
        expectValid('placement-notification-result', result);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(invalid).toBeGreaterThan(0);
  });

  it('every judged deadline of random inputs of every decision validates against judged-deadline', () => {
    const validate = validator('judged-deadline');
    const statuses = new Set<string>();
    const check = (deadlines: unknown[]) => {
      for (const deadline of stored(deadlines) as { status: string }[]) {
        statuses.add(deadline.status);
        expect(validate(deadline), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }
    };
    fc.assert(fc.property(seriousIncidentInput(), (input) => check(assessSeriousIncident(input).deadlines)), { numRuns: 300 });
    fc.assert(fc.property(needToKnowInput(), (input) => check(assessNeedToKnow(input).deadlines)), { numRuns: 200 });
    fc.assert(fc.property(nationalAlertInput(), (input) => check(assessNationalAlert(input).deadlines)), { numRuns: 200 });
    for (const input of timelineExamples) check(statutoryTimeline(input as never).episodes.flatMap((e) => e.deadlines));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });
});

describe('the result schemas can fail', () => {
  const seriousIncident = () =>
    stored(assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18', asOf: '2026-12-21' })) as Record<string, unknown>;

  it('a field the schema does not know (a decision gained a field): refused at the top, in a deadline, in a trace', () => {
    const validate = validator('serious-incident-result');
    expect(validate(seriousIncident())).toBe(true);
    const top = seriousIncident();
    top.newField = true;
    expect(validate(top)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
    const deadline = seriousIncident();
    (deadline.deadlines as Record<string, unknown>[])[0]!.newField = 1;
    expect(validate(deadline)).toBe(false);
    const trace = seriousIncident();
    (trace.reasons as { conditions: Record<string, unknown> }[])[0]!.conditions.newField = 1;
    expect(validate(trace)).toBe(false);
  });

  it('an outcome, rule id or status the library does not give; a field left out; an input the input schema refuses', () => {
    const validate = validator('serious-incident-result');
    const outcome = seriousIncident();
    outcome.outcome = 'notify-someone';
    expect(validate(outcome)).toBe(false);
    const ruleId = seriousIncident();
    (ruleId.reasons as Record<string, unknown>[])[0]!.ruleId = 'serious-incident.no-such-rule';
    expect(validate(ruleId)).toBe(false);
    const status = seriousIncident();
    (status.deadlines as Record<string, unknown>[])[0]!.status = 'pending';
    expect(validate(status)).toBe(false);
    const missing = seriousIncident();
    delete missing.fingerprint;
    expect(validate(missing)).toBe(false);
    const input = seriousIncident();
    (input.input as Record<string, unknown>).childDied = 'yes';
    expect(validate(input)).toBe(false);
  });

  it('a record of one decision with the outcome of another; a placement result valid with problems', () => {
    const record = stored(toRecord(assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, ageInYears: 9, awareOn: '2026-12-18' }))) as Record<string, unknown>;
    const validate = validator('decision-record');
    expect(validate(record)).toBe(true);
    record.outcome = 'intensive';
    expect(validate(record)).toBe(false);
    const placement = stored(validatePlacementNotification({ kind: 'placement-start' } as never)) as Record<string, unknown>;
    const validatePlacement = validator('placement-notification-result');
    expect(validatePlacement(placement)).toBe(true);
    placement.valid = true;
    expect(validatePlacement(placement)).toBe(false);
  });

  it('statutoryTimeline: a status the library does not use, a deadline without its due date', () => {
    const validate = validator('statutory-timeline-result');
    const result = stored(statutoryTimeline(timelineExamples[0] as never)) as { episodes: { deadlines: Record<string, unknown>[] }[] };
    const first = result.episodes[0]!.deadlines[0]!;
    first.status = 'pending';
    expect(validate(result)).toBe(false);
    first.status = 'met';
    delete first.due;
    expect(validate(result)).toBe(false);
  });
});
