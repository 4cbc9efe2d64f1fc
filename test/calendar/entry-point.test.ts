import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import { importGraph } from '../support/import-graph.js';

const srcCalendar = join(dirname(fileURLToPath(import.meta.url)), '../../src/calendar');

describe('the calendar entry point', () => {
  it('exports the DESIGN.md calendar API', () => {
    for (const name of ['isWorkingDay', 'addWorkingDays', 'workingDaysBetween', 'nextWorkingDay', 'previousWorkingDay', 'addCalendarDays', 'addCalendarMonths', 'bankHolidays', 'createCalendar', 'createDeadline']) {
      expect(typeof (calendar as Record<string, unknown>)[name]).toBe('function');
    }
    expect(calendar.englandAndWales.name).toBe('England and Wales');
    expect(calendar.CONFIRMED_HORIZON_YEAR).toBe(2028);
    expect(new calendar.SafeguardingInputError([])).toBeInstanceOf(Error);
  });

  it('imports no package at run time (no json-rules-engine, zod or date-holidays)', () => {
    const { files, packages } = importGraph(join(srcCalendar, 'index.ts'));
    expect(packages).toEqual([]);
    expect(files.some((f) => f.includes('/rules/'))).toBe(false);
    expect(files.some((f) => f.endsWith('corrections.ts') || f.endsWith('examples.ts'))).toBe(false);
  });
});
