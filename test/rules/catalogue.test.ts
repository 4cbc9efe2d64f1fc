import { describe, expect, it } from 'vitest';
import { allRuleModules, decisionAreas, rules } from '../../src/rules/catalogue.js';
import { assertValidRuleModules } from '../../src/rules/engine/rule-module-schema.js';
import { Engine } from 'json-rules-engine';
import { readFileSync } from 'node:fs';
import { interpretations } from '../../src/rules/interpretations.js';
import { ruleModules as nationalAlertRules } from '../../src/rules/national-alert/index.js';
import { ruleModules as needLevelRules } from '../../src/rules/need-level/index.js';
import { ruleModules as needToKnowRules } from '../../src/rules/need-to-know/index.js';
import { ruleModules as seriousIncidentRules } from '../../src/rules/serious-incident/index.js';
import { needLevelRuleSet } from '../../src/rules/need-level/rule-set.js';
import { needToKnowRuleSet } from '../../src/rules/need-to-know/rule-set.js';
import { nationalAlertRuleSet } from '../../src/rules/national-alert/rule-set.js';
import { seriousIncidentRuleSet } from '../../src/rules/serious-incident/rule-set.js';

describe('the rule catalogue', () => {
  it('holds every rule exactly once, each valid, cited and with examples', () => {
    const ids = allRuleModules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    assertValidRuleModules('need-level', needLevelRules, needLevelRuleSet.facts);
    assertValidRuleModules('need-to-know', needToKnowRules, needToKnowRuleSet.facts);
    assertValidRuleModules('national-alert', nationalAlertRules, nationalAlertRuleSet.facts);
    assertValidRuleModules('serious-incident', seriousIncidentRules, seriousIncidentRuleSet.facts);
    for (const rule of allRuleModules) {
      expect(rule.citation.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.decision}.`), `${rule.id} is named for its area`).toBe(true);
    }
  });

  it('is exactly the rule lists whose examples the area tests run (describeRuleExamples)', () => {
    expect(allRuleModules).toEqual([...needLevelRules, ...needToKnowRules, ...nationalAlertRules, ...seriousIncidentRules]);
  });

  it('has rules for every decision area', () => {
    for (const area of Object.keys(decisionAreas)) {
      expect(allRuleModules.some((r) => r.decision === area), area).toBe(true);
    }
  });

  it('documents every rule in plain English, with no JSON conditions', () => {
    expect(rules.map((r) => r.id)).toEqual(allRuleModules.map((r) => r.id));
    for (const doc of rules) {
      expect(doc.conditions.text.length).toBeGreaterThan(3);
      expect(JSON.stringify(doc.conditions)).not.toMatch(/"(fact|operator)"/);
    }
  });

  it("gives each rule's engineRule as JSON that loads unchanged into a json-rules-engine Engine", () => {
    const engine = new Engine();
    for (const doc of rules) {
      const json = JSON.parse(JSON.stringify(doc.engineRule));
      expect(json).toEqual(doc.engineRule);
      expect(() => engine.addRule(json), doc.id).not.toThrow();
    }
  });
});

describe('the interpretations catalogue', () => {
  it('lists every interpretation of every rule, once, with the rules that rely on it', () => {
    const ids = interpretations.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRuleModules) {
      for (const def of rule.interpretations ?? []) {
        const entry = interpretations.find((i) => i.id === def.id);
        expect(entry, def.id).toBeDefined();
        expect(entry!.ruleIds).toContain(rule.id);
        expect({ id: entry!.id, says: entry!.says, why: entry!.why, citation: entry!.citation }).toEqual(def);
      }
    }
  });

  it('shows each interpretation on its rule page and on docs/interpretations.md', () => {
    const page = readFileSync(new URL('../../docs/interpretations.md', import.meta.url), 'utf8');
    for (const i of interpretations) {
      expect(page).toContain(`\`${i.id}\``);
      for (const ruleId of i.ruleIds) {
        const rule = allRuleModules.find((r) => r.id === ruleId);
        if (rule) expect(readFileSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url), 'utf8')).toContain(`\`${i.id}\``);
      }
    }
  });
});
