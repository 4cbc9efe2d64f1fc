/**
 * Result schemas: each zod schema's type equals the library's TypeScript
 * type (checked by `npm run typecheck`), and real results validate against
 * the shipped JSON Schemas (ajv, draft 2020-12): every timeline of the
 * timeline tests' histories and of the rule examples, and every judged
 * deadline of random inputs of every decision.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { CaseTimeline, JudgedDeadline } from '../../src/index.js';
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, statutoryTimeline } from '../../src/index.js';
import { JudgedDeadlineSchema } from '../../src/results/judged-deadline-schema.js';
import { resultSchemas } from '../../src/results/result-schemas.js';
import { CaseTimelineSchema } from '../../src/results/timeline-result-schema.js';
import { classifyNeedInput, nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';
import { timelineExamples } from '../rules/timeline/examples.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
const validator = (name: string) => ajv.compile(JSON.parse(readFileSync(join(root, 'json-schema', `${name}.schema.json`), 'utf8')) as object);
/** What a case system stores and reads back: the result after a JSON round trip. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('result schemas', () => {
  it("each result schema's type is the library's type", () => {
    expectTypeOf<z.output<typeof CaseTimelineSchema>>().toEqualTypeOf<CaseTimeline>();
    expectTypeOf<z.output<typeof JudgedDeadlineSchema>>().toEqualTypeOf<JudgedDeadline>();
  });

  it('every result schema is shipped as a JSON Schema', () => {
    for (const name of Object.keys(resultSchemas)) expect(() => validator(name), name).not.toThrow();
  });

  it('statutoryTimeline: the timelines of the test histories validate against statutory-timeline-result', () => {
    const validate = validator('statutory-timeline-result');
    let deadlines = 0;
    for (const input of timelineExamples) {
      const result = statutoryTimeline(input as never);
      deadlines += result.episodes.reduce((n, e) => n + e.deadlines.length, 0);
      expect(validate(stored(result)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    expect(deadlines).toBeGreaterThanOrEqual(20);
  });

  it('statutoryTimeline: the schema can fail (a status the library does not use, a deadline without its due date)', () => {
    const validate = validator('statutory-timeline-result');
    const result = stored(statutoryTimeline(timelineExamples[0] as never)) as { episodes: { deadlines: Record<string, unknown>[] }[] };
    const first = result.episodes[0]!.deadlines[0]!;
    first.status = 'pending';
    expect(validate(result)).toBe(false);
    first.status = 'met';
    delete first.due;
    expect(validate(result)).toBe(false);
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
    fc.assert(fc.property(classifyNeedInput(), (input) => check(classifyNeed(input).deadlines)), { numRuns: 100 });
    for (const input of timelineExamples) check(statutoryTimeline(input as never).episodes.flatMap((e) => e.deadlines));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });
});
