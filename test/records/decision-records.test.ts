/**
 * Decision records a case system can store, verify and trust: results are
 * the caller's own, survive a JSON round trip unchanged, name the calendar
 * their deadlines were counted on, carry a hash of everything they depend
 * on, and can be re-run from what was stored (`verifyDecision`).
 */
import { describe, expect, it } from 'vitest';
import { calendarFingerprint, createCalendar } from '../../src/calendar/index.js';
import * as api from '../../src/index.js';
import { createRuleSet } from '../../src/rules/engine/rule-set.js';
import { nationalAlertHashData, nationalAlertRuleSet } from '../../src/rules/national-alert/rule-set.js';
import { needLevelHashData, needLevelRuleSet } from '../../src/rules/need-level/rule-set.js';
import { needToKnowHashData, needToKnowRuleSet } from '../../src/rules/need-to-know/rule-set.js';
import { seriousIncidentHashData, seriousIncidentRuleSet } from '../../src/rules/serious-incident/rule-set.js';
import type { RuleSet } from '../../src/rules/engine/rule-set.js';
import { targets } from '../fuzz/support/targets.js';
import { missingChildOnPlan } from '../../src/rules/national-alert/rules/example-cases.js';

const decisions = targets.filter((t) => ['classifyNeed', 'assessNeedToKnow', 'assessNationalAlert', 'assessSeriousIncident', 'statutoryTimeline'].includes(t.name));
const extraHoliday = createCalendar({ additionalHolidays: [{ date: '2026-12-29', name: 'Extra bank holiday' }] });
const seriousIncident = { childDied: true, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true, normallyResidentInEngland: true, ageInYears: 8, awareOn: '2026-12-18' };

/** Every object reachable from a value. */
function reachable(root: unknown, into = new Set<object>()): Set<object> {
  if (root === null || typeof root !== 'object' || into.has(root)) return into;
  into.add(root);
  for (const key of Object.keys(root)) reachable((root as Record<string, unknown>)[key], into);
  return into;
}

/** Changes every object reachable from a result wherever it lets itself be changed (frozen shared parts refuse). */
function vandalise(result: unknown): number {
  let changed = 0;
  for (const object of reachable(result)) {
    for (const key of Object.keys(object)) {
      const old = (object as Record<string, unknown>)[key];
      const replacement = typeof old === 'string' ? 'tampered' : typeof old === 'number' ? -1 : typeof old === 'boolean' ? !old : Array.isArray(old) ? [] : 'tampered';
      if (Reflect.set(object, key, replacement)) changed++;
    }
    if (Array.isArray(object) && Reflect.set(object, object.length, 'extra')) changed++;
  }
  return changed;
}

describe('results are the caller\'s own', () => {
  for (const target of decisions) {
    it(`${target.name}: changing every reachable object of one result changes no later result, catalogue or hash`, async () => {
      const baseline = JSON.stringify(await target.call(...target.args));
      const catalogues = JSON.stringify([api.rules, api.timescales, api.needIndicators, api.lcsprCriteria, api.interpretations]);
      const victim = await target.call(...target.args);
      expect(vandalise(victim)).toBeGreaterThan(20);
      expect(JSON.stringify(await target.call(...target.args))).toBe(baseline);
      expect(JSON.stringify([api.rules, api.timescales, api.needIndicators, api.lcsprCriteria, api.interpretations])).toBe(catalogues);
    });
  }

  it('within one result, no mutable object is reachable by two paths (changing an action leaves the trace as it was)', async () => {
    for (const target of decisions) {
      const first = new Map<object, string>();
      const twice: string[] = [];
      const walk = (value: unknown, path: string): void => {
        if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
        const earlier = first.get(value);
        if (earlier !== undefined) {
          twice.push(`${path} is ${earlier}`);
          return;
        }
        first.set(value, path);
        for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
      };
      walk(await target.call(...target.args), 'result');
      expect(twice, target.name).toEqual([]);
    }
  });

  it('two results share no mutable object', async () => {
    for (const target of decisions) {
      const a = reachable(await target.call(...target.args));
      const shared = [...reachable(await target.call(...target.args))].filter((o) => a.has(o) && !Object.isFrozen(o));
      expect(shared, target.name).toEqual([]);
    }
  });
});

describe('results survive a JSON round trip unchanged', () => {
  for (const target of [...decisions, ...targets.filter((t) => t.name.startsWith('validatePlacementNotification'))]) {
    it(target.name, async () => {
      const result = await target.call(...target.args);
      // toStrictEqual: an undefined value (which JSON drops) would make the two differ.
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    });
  }
});

describe('options.calendar on every decision that computes a date', () => {
  it('assessSeriousIncident counts the Panel deadline on the given calendar and names it', () => {
    const plain = api.assessSeriousIncident(seriousIncident);
    const custom = api.assessSeriousIncident(seriousIncident, { calendar: extraHoliday });
    expect(plain.deadlines[0]!.due).toBe('2026-12-29');
    expect(custom.deadlines[0]!.due).toBe('2026-12-30');
    expect(custom.ruleset.calendar).toBe(calendarFingerprint(extraHoliday));
    expect(plain.ruleset.calendar).toBe(calendarFingerprint());
    expect(custom.ruleset.hash).not.toBe(plain.ruleset.hash);
    expect(custom.ruleset.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('assessNeedToKnow and assessNationalAlert take it too', () => {
    const ntk = { asOf: '2026-12-22', notifiedOn: '2026-12-22', childStatus: ['looked-after'] as ['looked-after'], childMissing: true, missingMoreThan24Hours: true };
    const a = api.assessNeedToKnow(ntk);
    const b = api.assessNeedToKnow(ntk, { calendar: extraHoliday });
    expect(b.ruleset.calendar).toBe(calendarFingerprint(extraHoliday));
    expect(b.ruleset.hash).not.toBe(a.ruleset.hash);
    const alert = { asOf: '2026-12-18', subject: 'child' as const, missingSince: '2026-11-01' };
    expect(api.assessNationalAlert(alert, { calendar: extraHoliday }).ruleset.calendar).toBe(calendarFingerprint(extraHoliday));
  });

  it('refuses what is not a calendar, and unknown options, with the library error', () => {
    for (const options of [{ calendar: {} }, { calendar: 'England' }, { calender: extraHoliday }, 'x']) {
      expect(() => api.assessSeriousIncident(seriousIncident, options as never)).toThrow(api.SafeguardingInputError);
    }
  });
});

describe('ruleset.hash covers everything a decision depends on', () => {
  /** The hash of a rule set built from the same modules with `data` changed in a copy. */
  const rehash = (set: RuleSet, data: unknown) => createRuleSet({ area: set.area, modules: set.modules, facts: set.facts, data }).version.hash;
  const cases: [string, RuleSet, unknown, (copy: any) => void][] = [
    ['the Panel notification timescale (5 to 10 working days)', seriousIncidentRuleSet, seriousIncidentHashData, (c) => (c.timescales.find((t: { id: string }) => t.id === 'serious-incident.notify-panel').amount = 10)],
    ['an LCSPR criterion', seriousIncidentRuleSet, seriousIncidentHashData, (c) => (c.lcsprCriteria[0].label += '.')],
    ['a citation', seriousIncidentRuleSet, seriousIncidentHashData, (c) => (c.citations.workingTogether.lcsprCriteria.section += ' (amended)')],
    ['the national alert\'s three weeks', nationalAlertRuleSet, nationalAlertHashData, (c) => (c.timescales.find((t: { id: string }) => t.id === 'national-alert.three-week-threshold').amount = 28)],
    ['a sign-off role', nationalAlertRuleSet, nationalAlertHashData, (c) => (c.roles[Object.keys(c.roles)[0]!] = 'Someone else')],
    ['the weekly missing-child update', needToKnowRuleSet, needToKnowHashData, (c) => (c.timescales[0].amount += 1)],
    ['the default intensive indicator threshold', needLevelRuleSet, needLevelHashData, (c) => (c.defaults.intensiveIndicatorThreshold = 3)],
    ['a route text', needLevelRuleSet, needLevelHashData, (c) => (c.routes.byLevel.additional.contact += ' (changed)')],
    ['an indicator\'s level', needLevelRuleSet, needLevelHashData, (c) => (c.needIndicators[0].level = 'specialist')],
  ];
  it('the copies hash as the real rule sets do', () => {
    for (const set of [seriousIncidentRuleSet, nationalAlertRuleSet, needToKnowRuleSet, needLevelRuleSet]) {
      const data = { seriousIncident: seriousIncidentHashData, nationalAlert: nationalAlertHashData, needToKnow: needToKnowHashData, needLevel: needLevelHashData };
      const own = { 'serious-incident': data.seriousIncident, 'national-alert': data.nationalAlert, 'need-to-know': data.needToKnow, 'need-level': data.needLevel }[set.area];
      expect(rehash(set, structuredClone(own))).toBe(set.version.hash);
    }
  });
  it.each(cases)('changes with %s', (_name, set, data, change) => {
    const copy = structuredClone(data);
    change(copy);
    expect(rehash(set, copy)).not.toBe(set.version.hash);
  });
  it('changes with a holiday (through the calendar fingerprint)', () => {
    const a = api.assessSeriousIncident(seriousIncident).ruleset;
    const b = api.assessSeriousIncident(seriousIncident, { calendar: createCalendar({ removedHolidays: ['2026-08-31'] }) }).ruleset;
    expect(b.hash).not.toBe(a.hash);
    expect(b.calendar).not.toBe(a.calendar);
  });
});

describe('verifyDecision', () => {
  it('reproduces every decision from what was stored', async () => {
    for (const target of decisions.filter((t) => t.name !== 'statutoryTimeline')) {
      const stored = JSON.parse(JSON.stringify(await target.call(...target.args)));
      expect(api.verifyDecision(stored), target.name).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    }
  });

  it('reproduces stored results whose deadlines are judged, in every status, and names a status changed in storage', () => {
    const judged = [
      api.assessSeriousIncident({ ...seriousIncident, notifiedOn: '2027-01-04', lcsprDecisionOn: '2027-02-01', publicationOn: '2027-09-15', asOf: '2027-06-01' }),
      api.assessSeriousIncident({ ...seriousIncident, notifiedOn: '2026-12-21' }),
      api.assessNeedToKnow({ asOf: '2026-03-20', childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true, notifiedOn: '2026-03-02', lastUpdateSentOn: '2026-03-09' }),
      api.assessNationalAlert({ ...missingChildOnPlan, asOf: '2026-09-03', alertIssuedOn: '2026-03-02' }),
      api.statutoryTimeline({
        asOf: '2027-06-01',
        events: [
          { type: 'referral-received', date: '2026-11-02' },
          { type: 'assessment-completed', date: '2027-01-20' },
          { type: 'strategy-discussion-s47-initiated', date: '2026-11-04' },
          { type: 'case-closed', date: '2027-05-04' },
          { type: 'allegation-received', date: '2027-05-20' },
          { type: 'referral-received', date: '2027-05-03', episode: 'B' },
          { type: 'referral-decision-made', date: '2027-05-04', episode: 'B', nextStep: 'assessment' },
          { type: 'case-closed', date: '2027-05-10', episode: 'B' },
          { type: 'referral-received', date: '2027-05-03', episode: 'C' },
          { type: 'referral-decision-made', date: '2027-05-04', episode: 'C', nextStep: 'no-further-action' },
        ],
      }),
    ];
    const statuses = new Set(judged.flatMap((r) => ('episodes' in r ? r.episodes.flatMap((e) => e.deadlines) : r.deadlines).map((d) => d.status)));
    expect([...statuses].sort()).toEqual(['due', 'due-date-unknown', 'late', 'met', 'met-inferred', 'not-required', 'not-yet-triggered', 'overdue', 'stopped']);
    for (const result of judged) {
      const stored = JSON.parse(JSON.stringify(result));
      expect(api.verifyDecision(stored), result.decision).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    }
    const stored = JSON.parse(JSON.stringify(judged[0]));
    stored.deadlines[1].status = 'late';
    expect(api.verifyDecision(stored).differences).toEqual([{ path: 'deadlines[1].status', stored: 'late', now: 'overdue' }]);
  });

  it('says where a stored result differs, and when only the ruleset changed', () => {
    const stored = JSON.parse(JSON.stringify(api.assessSeriousIncident(seriousIncident)));
    const tampered = { ...stored, outcome: 'not-required', deadlines: [{ ...stored.deadlines[0], due: '2026-12-24' }, ...stored.deadlines.slice(1)] };
    const result = api.verifyDecision(tampered);
    expect(result.reproduced).toBe(false);
    expect(result.rulesetChanged).toBe(false);
    expect(result.differences).toEqual([
      { path: 'outcome', stored: 'not-required', now: stored.outcome },
      { path: 'deadlines[0].due', stored: '2026-12-24', now: '2026-12-29' },
    ]);
    const olderRules = { ...stored, ruleset: { ...stored.ruleset, hash: '0'.repeat(64) } };
    expect(api.verifyDecision(olderRules)).toMatchObject({ reproduced: true, rulesetChanged: true, differences: [{ path: 'ruleset.hash' }] });
  });

  it('re-runs on the calendar it is given, and notices a different one', () => {
    const stored = JSON.parse(JSON.stringify(api.assessSeriousIncident(seriousIncident, { calendar: extraHoliday })));
    expect(api.verifyDecision(stored, { calendar: extraHoliday })).toEqual({ reproduced: true, rulesetChanged: false, differences: [] });
    const onDefault = api.verifyDecision(stored);
    expect(onDefault.rulesetChanged).toBe(true);
    expect(onDefault.reproduced).toBe(false);
    expect(onDefault.differences).toContainEqual({ path: 'deadlines[0].due', stored: '2026-12-30', now: '2026-12-29' });
  });

  it('refuses what is not a stored decision with the library error', () => {
    for (const bad of [null, 'x', {}, { decision: 'horoscope', input: {} }, { decision: 'serious-incident' }, { decision: 'serious-incident', input: { childDied: 'yes' } }]) {
      expect(() => api.verifyDecision(bad)).toThrow(api.SafeguardingInputError);
    }
  });
});
