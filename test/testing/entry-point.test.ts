import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index.js';
import { importGraph } from '../support/import-graph.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '../../src');

describe('the testing entry point', () => {
  it('exports the arbitraries, the reference and the deadline properties', () => {
    for (const name of ['isoDate', 'workingDay', 'nonWorkingDay', 'bankHoliday', 'workingDayCount', 'period', 'holidayDates', 'checkDeadlineArithmetic', 'assertDeadlineArithmetic', 'roundTrip', 'dueDatesAreWorkingDays', 'monotonicInN', 'agreesWithReference', 'zeroIsIdentity', 'negativeCountsBack']) {
      expect(typeof (testing as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(testing.reference).sort()).toEqual(['addWorkingDays', 'isWorkingDay', 'nextWorkingDay', 'previousWorkingDay', 'workingDaysBetween']);
    expect(Object.isFrozen(testing.reference) && Object.isFrozen(testing.deadlineProperties)).toBe(true);
  });

  it('loads fast-check and the calendar only: no rules engine, no zod, no decision', () => {
    const { files, packages } = importGraph(join(src, 'testing/index.ts'));
    expect(packages).toEqual(['fast-check']);
    expect(files.some((f) => f.includes('/rules/'))).toBe(false);
    expect(files.some((f) => f.includes('/testing/decisions/'))).toBe(false);
    expect(files.every((f) => f.includes('/testing/') || f.includes('/calendar/') || f.includes('/schemas/'))).toBe(true);
  });

  it('the decisions entry loads zod and the catalogues, but not the rules engine', () => {
    const { files, packages } = importGraph(join(src, 'testing/decisions/index.ts'));
    expect(packages.sort()).toEqual(['fast-check', 'zod/mini']);
    expect(files.some((f) => f.includes('/rules/engine/'))).toBe(false);
    expect(files.some((f) => /assess-|classify-need/.test(f))).toBe(false);
  });

  it('no other entry point loads it', () => {
    for (const entry of ['index.ts', 'calendar/index.ts', 'schemas/index.ts', 'cli/main.ts']) {
      expect(importGraph(join(src, entry)).files.some((f) => f.includes('/testing/')), entry).toBe(false);
    }
  });
});
