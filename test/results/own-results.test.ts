/**
 * A result is wholly its caller's: for random inputs of every decision (and
 * every other public function that returns an object), no object in a
 * result is frozen, sealed or shared with the library's catalogues, with
 * another result or with another place in the same result; and a caller who
 * changes every leaf of a result (in strict-mode code, where a refused write
 * is a TypeError), grows its lists and deletes its keys changes nothing else:
 * the same call answers as before and the catalogues are as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cal from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { classifyNeedInput, nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';
import { validPlacementNotifications } from '../rules/placement-notification/examples.js';
import { timelineExamples } from '../rules/timeline/examples.js';

type Call = { name: string; args: fc.Arbitrary<unknown[]>; call: (...args: unknown[]) => unknown };

const customCalendar = cal.createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] });
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Placement notifications complete, and with items missing (whose problems carry citations). */
const placements = fc.oneof(
  fc.constantFrom(...validPlacementNotifications),
  fc.constantFrom(...validPlacementNotifications).chain((n) =>
    fc.subarray(Object.keys(n).filter((k) => k !== 'kind')).map((drop) => Object.fromEntries(Object.entries(n).filter(([k]) => !drop.includes(k)))),
  ),
);

const calls: Call[] = [
  { name: 'classifyNeed', args: fc.tuple(classifyNeedInput(), fc.constantFrom(undefined, { intensiveIndicatorThreshold: 1 })), call: (i, o) => api.classifyNeed(i as never, o as never) },
  { name: 'assessNeedToKnow', args: fc.tuple(needToKnowInput()), call: (i) => api.assessNeedToKnow(i as never) },
  { name: 'assessNationalAlert', args: fc.tuple(nationalAlertInput()), call: (i) => api.assessNationalAlert(i as never) },
  { name: 'assessSeriousIncident', args: fc.tuple(seriousIncidentInput()), call: (i) => api.assessSeriousIncident(i as never) },
  { name: 'statutoryTimeline', args: fc.tuple(fc.constantFrom(...timelineExamples), fc.constantFrom(undefined, { calendar: customCalendar })), call: (i, o) => api.statutoryTimeline(i as never, o as never) },
  { name: 'validatePlacementNotification', args: fc.tuple(placements), call: (i) => api.validatePlacementNotification(i as never) },
  {
    name: 'verifyDecision',
    args: fc.tuple(fc.oneof(classifyNeedInput().map((i) => api.classifyNeed(i)), seriousIncidentInput().map((i) => api.assessSeriousIncident(i))).map(stored)),
    call: (s) => api.verifyDecision(s as never),
  },
  { name: 'bankHolidays', args: fc.tuple(fc.integer({ min: 2012, max: 2100 }), fc.constantFrom(undefined, customCalendar)), call: (y, c) => cal.bankHolidays(y as never, c as never) },
  { name: 'bankHolidayOn', args: fc.tuple(fc.constantFrom('2026-12-25', '2026-12-28', '2026-12-29'), fc.constantFrom(undefined, customCalendar)), call: (d, c) => cal.bankHolidayOn(d as never, c as never) },
  {
    name: 'createDeadline',
    args: fc.tuple(
      fc.record({
        id: fc.constant('x.deadline'),
        title: fc.constant('A deadline'),
        trigger: fc.record({ event: fc.constant('an event'), date: fc.constantFrom('2026-12-18', '2028-12-20') }),
        period: fc.record({ amount: fc.integer({ min: 0, max: 60 }), unit: fc.constantFrom('working-days', 'calendar-days', 'weeks', 'months'), direction: fc.constantFrom('after', 'before') }),
        citation: fc.constant({ document: 'working-together-2026', section: 'Chapter 5', page: 120 }),
      }),
    ),
    call: (s) => cal.createDeadline(s as never),
  },
  { name: 'parseInput', args: fc.tuple(seriousIncidentInput()), call: (i) => schemas.parseInput(schemas.SeriousIncidentInputSchema, i) },
];

/** Every object reachable from a value through own string keys, with the first path to it. */
function objectsOf(root: unknown, path = 'result', into = new Map<object, string>(), twice: string[] = []): { objects: Map<object, string>; twice: string[] } {
  if (root !== null && typeof root === 'object') {
    const earlier = into.get(root);
    if (earlier !== undefined) twice.push(`${path} is ${earlier}`);
    else {
      into.set(root, path);
      for (const key of Object.keys(root)) objectsOf((root as Record<string, unknown>)[key], `${path}.${key}`, into, twice);
    }
  }
  return { objects: into, twice };
}

/** Every object the library exports (catalogues, rule documentation, limits, calendars). */
const libraryObjects = new Set<object>();
for (const entry of [api, cal, schemas] as Record<string, unknown>[]) {
  for (const value of Object.values(entry)) for (const o of objectsOf(value).objects.keys()) libraryObjects.add(o);
}

/**
 * Changes every leaf of every object of a result with plain assignment (a
 * TypeError in this strict-mode module when a write is refused), then grows
 * every list and deletes every key; returns how many writes were made.
 */
function vandalise(result: unknown): number {
  const { objects } = objectsOf(result);
  let writes = 0;
  for (const object of objects.keys()) {
    const record = object as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const old = record[key];
      record[key] = typeof old === 'string' ? `${old} (edited)` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : old === null ? 'edited' : old;
      writes++;
    }
    if (Array.isArray(object)) object.push('added by the caller');
    else record.addedByCaller = true;
  }
  for (const object of objects.keys()) {
    if (Array.isArray(object)) object.reverse();
    else for (const key of Object.keys(object)) delete (object as Record<string, unknown>)[key];
  }
  return writes;
}

const catalogues = () => JSON.stringify([api.rules, api.timescales, api.needIndicators, api.lcsprCriteria, api.interpretations, api.needLevelRoutes, api.specialCircumstances, cal.bankHolidays(2026)]);

describe('a result is wholly its caller\'s', () => {
  for (const { name, args, call } of calls) {
    it(`${name}: no part frozen or shared (with the library, another result or itself); every leaf can be changed, and nothing else changes`, async () => {
      const before = catalogues();
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(args, async (a) => {
          const first = await call(...a);
          const second = await call(...a);
          const baseline = JSON.stringify(second);
          const { objects, twice } = objectsOf(first);
          // One path to each object (F15's shared catalogue entries were reachable from every grouping).
          expect(twice.slice(0, 3)).toEqual([]);
          const problems: string[] = [];
          const others = objectsOf(second).objects;
          for (const [object, path] of objects) {
            if (!Object.isExtensible(object) || Object.isFrozen(object) || Object.isSealed(object)) problems.push(`${path} is frozen or sealed`);
            if (libraryObjects.has(object)) problems.push(`${path} is the library's own`);
            if (others.has(object)) problems.push(`${path} is also ${others.get(object)!.replace('result', 'another result')}`);
          }
          expect(problems.slice(0, 5)).toEqual([]);
          if (objects.size > 0) expect(vandalise(first)).toBeGreaterThan(0);
          expect(JSON.stringify(await call(...a))).toBe(baseline);
          expect(JSON.stringify(second)).toBe(baseline);
          checked++;
        }),
        { numRuns: 60 },
      );
      expect(checked).toBe(60);
      expect(catalogues()).toBe(before);
    });
  }
});

describe('the review\'s cases', () => {
  it('a placement result\'s citation edited by one caller does not reach the next result', () => {
    const a = api.validatePlacementNotification({ kind: 'leaving-placement' } as never);
    a.citation.document = 'changed by another caller';
    if (!a.valid) a.problems[0]!.citation.section = 'changed too';
    const b = api.validatePlacementNotification({ kind: 'change-of-address' } as never);
    expect(b.citation.document).toBe('luton-lac-placement-notification');
    expect(b.valid ? [] : b.problems.map((p) => p.citation.section)).not.toContain('changed too');
  });

  it('a caller can edit the route and the indicators of its own classification', () => {
    const result = api.classifyNeed({ indicators: ['need-level.specialist.health.non-accidental-injury'], ageInYears: 0 } as never);
    result.route.form = 'x';
    result.matchedIndicators.all[0]!.label = 'edited';
    result.workingTogetherCategory.label = 'edited';
    expect(result.route.form).toBe('x');
    expect(api.needIndicatorById('need-level.specialist.health.non-accidental-injury')!.label).not.toBe('edited');
    // Another result of the same input is untouched.
    const again = api.classifyNeed({ indicators: ['need-level.specialist.health.non-accidental-injury'], ageInYears: 0 } as never);
    expect(again.matchedIndicators.all[0]!.label).not.toBe('edited');
    expect(again.route.form).not.toBe('x');
  });
});
