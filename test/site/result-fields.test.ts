/**
 * The try pages keep up with the results: every field a decision returns
 * (over every rule example) is shown on the page or deliberately left to
 * the download, and every outcome the rules reach has a sentence of its own.
 */
import { describe, expect, it } from 'vitest';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { LEFT_TO_THE_DOWNLOAD, SHOWN_FIELDS } from '../../scripts/site/client/render-result.js';
import { outcomeInWords } from '../../scripts/site/client/outcome-words.js';
import { siteDecisions, tryDecision } from '../../scripts/site/decisions.js';
import { personCases } from './support/person-cases.js';

const areas = Object.keys(siteDecisions) as DecisionArea[];

describe('what a try page shows of a result', () => {
  it.each(areas)('%s: every field of every example’s result is shown or left to the download', (area) => {
    const known = new Set([...SHOWN_FIELDS.common!, ...(SHOWN_FIELDS[area] ?? []), ...LEFT_TO_THE_DOWNLOAD.common!, ...(LEFT_TO_THE_DOWNLOAD[area] ?? [])]);
    const unknown = new Set<string>();
    for (const rule of allRuleModules.filter((r) => r.decision === area)) {
      for (const example of rule.examples) {
        const result = siteDecisions[area].runSync(example.input) as Record<string, unknown>;
        for (const key of Object.keys(result)) if (!known.has(key)) unknown.add(key);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it.each(['timeline', 'placement-notification'] as const)('%s: every field of its result is shown or left to the download', (id) => {
    const known = new Set([...SHOWN_FIELDS[id]!, ...LEFT_TO_THE_DOWNLOAD.common!, ...(LEFT_TO_THE_DOWNLOAD[id] ?? [])]);
    const valid = {
      kind: 'leaving-placement',
      child: { name: 'Alex Example', dateOfBirth: '2014-05-17' },
      placingAuthority: { name: 'Example Borough Council' },
      leftOn: '2026-11-02',
    };
    const inputs = id === 'timeline' ? [personCases.timeline!.expectedInput] : [personCases['placement-notification']!.expectedInput, valid];
    for (const input of inputs) {
      const result = tryDecision(id).runSync(input) as Record<string, unknown>;
      expect(Object.keys(result).filter((k) => !known.has(k))).toEqual([]);
    }
  });

  it.each(areas)('%s: every outcome its rules reach reads as a sentence', (area) => {
    const outcomes = new Set(allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.map((e) => e.expect.outcome).filter((o): o is string => o !== undefined)));
    expect(outcomes.size).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(outcomeInWords(area, outcome), outcome).not.toBe(outcome.replace(/-/g, ' '));
  });
});
