import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { checkDeadlineArithmetic, type DeadlinePropertyName } from '../../src/testing/index.js';
import { classifyNeed } from '../../src/index.js';
import { workedExamples } from './examples/index.js';
import * as checkCaseSystem from './examples/check-case-system.js';
import * as decisionInputs from './examples/decision-inputs.js';
import { checkPinned } from './examples/pin-ruleset-hash.js';
import { exampleSource } from '../../scripts/docs/testing.js';

describe('worked examples printed in docs/testing.md', () => {
  for (const worked of workedExamples) {
    it(`${worked.property}: the library passes and the mistake fails (${worked.file})`, () => {
      const { library, mistaken } = worked.example();
      expect(library.failed).toBe(false);
      expect(mistaken.failed).toBe(true);
    });
  }

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
    for (const file of [...workedExamples.map((w) => w.file), 'check-case-system.ts', 'decision-inputs.ts', 'pin-ruleset-hash.ts']) {
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
