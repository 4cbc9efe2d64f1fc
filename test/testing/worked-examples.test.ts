import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { checkDeadlineArithmetic, type DeadlinePropertyName } from '../../src/testing/index.js';
import { classifyNeed } from '../../src/index.js';
import { workedExamples } from './examples/index.js';
import * as checkCaseSystem from './examples/check-case-system.js';
import * as assertCaseSystem from './examples/assert-case-system.js';
import fc from 'fast-check';
import * as decisionInputs from './examples/decision-inputs.js';
import { checkPinned } from './examples/pin-ruleset-hash.js';
import { exampleSource } from '../../scripts/docs/testing.js';

describe('worked examples printed in docs/testing.md', () => {
  for (const worked of workedExamples) {
    it(`${worked.property}: the library passes and the mistake fails (${worked.file})`, () => {
      const { library, mistaken } = worked.example();
      expect(library.failed).toBe(false);
      expect(mistaken.failed).toBe(true);
      // The message the page prints carries the property's sentence, and no stack trace into the kit.
      const message = fc.defaultReportMessage(mistaken)!;
      expect(message).toContain(`Got error: ${(mistaken.errorInstance as Error).message}\n`);
      expect(message).toMatch(/Got error: [a-z0-9 ]+: (addWorkingDays|workingDaysBetween)\(/);
      expect(message).not.toMatch(/\n\s+at /);
    });
  }

  it('a case system that fails: the thrown message has each failed property\'s sentence and replay', () => {
    const report = checkDeadlineArithmetic(assertCaseSystem.startDayIsDayOne, { runs: 1000, seed: 1 });
    let thrown = '';
    try {
      assertCaseSystem.example();
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown).toBe(report.message);
    // The README shows this failure's first property, word for word.
    const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Testing with the library'));
    const shown = /```text\n([\s\S]*?)\n```/.exec(section)![1]!;
    expect(shown.startsWith('FAIL roundTrip\n')).toBe(true);
    expect(thrown).toContain(shown);
    expect(report.failures.length).toBeGreaterThan(0);
    for (const f of report.failures) {
      expect(thrown).toContain(`FAIL ${f.name}\n  ${f.failure}\n  Counterexample: `);
      expect(f.failure).toMatch(/^(round trip|monotonic in n|agreement with the reference): addWorkingDays\(/);
    }
  });

  it('every deadline property has its worked example', () => {
    expect(workedExamples.map((w) => w.property).sort()).toEqual(checkCaseSystem.example().properties.map((p) => p.name).sort());
  });

  it('checking a case system in one call passes the library', () => {
    expect(checkCaseSystem.example().failed).toBe(false);
  });

  it('decision inputs: the fixed-fact property holds and every near miss is refused', () => {
    const { specialist, refused } = decisionInputs.example();
    expect(specialist.failed).toBe(false);
    expect(refused.failed).toBe(false);
  });

  it('pinning: passes on the current ruleset hash, fails loudly on another', () => {
    const current = classifyNeed({ indicators: [] }).ruleset.hash;
    expect(() => checkPinned(current)).not.toThrow();
    expect(() => checkPinned('0000000')).toThrow(/rules changed/);
  });

  it('the page shows the examples with published import paths only', () => {
    for (const file of [...workedExamples.map((w) => w.file), 'check-case-system.ts', 'assert-case-system.ts', 'decision-inputs.ts', 'pin-ruleset-hash.ts']) {
      const { code } = exampleSource(file);
      expect(code).not.toMatch(/from '\./);
      expect(code).toMatch(/from 'luton-safeguarding-rules/);
    }
  });
});

describe('the "where other tools count differently" table of docs/testing.md', () => {
  const failing = (impl: Parameters<typeof checkDeadlineArithmetic>[0]) => checkDeadlineArithmetic(impl, { runs: 300, seed: 3 }).failures.map((f) => f.name);
  const expectCaught = (impl: Parameters<typeof checkDeadlineArithmetic>[0], names: DeadlinePropertyName[]) => expect(failing(impl)).toEqual(expect.arrayContaining(names));

  it('a validator that counts the start day as day 1', () => {
    expectCaught({ addWorkingDays: (d, n) => (n > 0 && isWorkingDay(d) ? addWorkingDays(d, n - 1) : addWorkingDays(d, n)), workingDaysBetween }, ['roundTrip', 'monotonicInN', 'agreesWithReference']);
  });

  it('each worked mistake is caught by the properties the table names', () => {
    const claims: Record<string, DeadlinePropertyName[]> = {
      roundTrip: ['roundTrip', 'agreesWithReference'],
      dueDatesAreWorkingDays: ['dueDatesAreWorkingDays', 'agreesWithReference'],
      monotonicInN: ['monotonicInN', 'agreesWithReference'],
      agreesWithReference: ['agreesWithReference'],
      zeroIsIdentity: ['zeroIsIdentity'],
      negativeCountsBack: ['negativeCountsBack'],
    };
    for (const worked of workedExamples) expectCaught(worked.mistake, claims[worked.property]!);
  });
});
