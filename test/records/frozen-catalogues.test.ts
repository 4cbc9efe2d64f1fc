/**
 * Every catalogue the library exports is deeply frozen: a caller who tries to
 * change any object reachable from one (a rule's citation, a timescale's
 * amount, a route's text) fails, and later decisions, the catalogues and the
 * ruleset hash are exactly as before.
 */
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as api from '../../src/index.js';

/** Every object reachable through own string keys, each once. */
function reachable(root: unknown, into = new Set<object>()): Set<object> {
  if (root === null || typeof root !== 'object' || into.has(root)) return into;
  into.add(root);
  for (const key of Object.keys(root)) reachable((root as Record<string, unknown>)[key], into);
  return into;
}

/** Tries every way of changing an object; returns the ways that worked. */
function mutations(target: object): string[] {
  const worked: string[] = [];
  for (const key of Object.keys(target)) {
    if (Reflect.set(target, key, 'tampered')) worked.push(`set ${key}`);
    if (Reflect.deleteProperty(target, key)) worked.push(`delete ${key}`);
  }
  if (Reflect.set(target, 'addedByCaller', true)) worked.push('add a key');
  if (Array.isArray(target) && Reflect.set(target, 'length', 0)) worked.push('truncate');
  if (Reflect.setPrototypeOf(target, { injected: true })) worked.push('change the prototype');
  return worked;
}

/** Exported values that are data (not functions, classes or the calendar objects, whose hidden caches are internal). */
const catalogues = Object.entries({ ...api, ...calendar }).filter(
  ([name, value]) => value !== null && typeof value === 'object' && name !== 'englandAndWales',
);

async function decisions() {
  return {
    need: await api.classifyNeed({ indicators: [api.needIndicators[40]!.id, api.needIndicators[120]!.id], significantHarmSuspected: false, immediateRiskOfSignificantHarm: false, childInNeed: false }),
    serious: await api.assessSeriousIncident({ childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: 8, awareOn: '2026-12-18' }),
    timeline: api.statutoryTimeline({ asOf: '2026-06-01', events: [{ type: 'referral-received', date: '2026-05-01' }] }),
  };
}

describe('exported catalogues', () => {
  it('are found (the test walks something)', () => {
    const names = catalogues.map(([name]) => name);
    for (const expected of ['rules', 'needIndicators', 'timescales', 'lcsprCriteria', 'needLevelRoutes', 'specialCircumstances', 'needDomains', 'needLevels', 'mashScreeningOutcomes', 'inputLimits']) {
      expect(names).toContain(expected);
    }
  });

  it('are deeply frozen: no reachable object can be changed, and decisions and hashes stay as they were', async () => {
    const before = await decisions();
    const beforeCatalogues = JSON.stringify(catalogues);
    let objects = 0;
    const changed: string[] = [];
    for (const [name, value] of catalogues) {
      for (const object of reachable(value)) {
        objects++;
        if (!Object.isFrozen(object)) changed.push(`${name}: an object is not frozen`);
        for (const way of mutations(object)) changed.push(`${name}: ${way}`);
      }
    }
    expect(changed.slice(0, 10)).toEqual([]);
    expect(objects).toBeGreaterThan(1_500);
    expect(JSON.stringify(catalogues)).toBe(beforeCatalogues);
    const after = await decisions();
    expect(after).toEqual(before);
    expect(after.serious.ruleset.hash).toBe(before.serious.ruleset.hash);
  });
});
