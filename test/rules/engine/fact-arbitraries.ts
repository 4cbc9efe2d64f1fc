/**
 * fast-check arbitraries of rule facts, built from the rules themselves:
 * each fact takes the values its rules compare it with (see probe-values),
 * plus one value no rule names, so every region of every comparison is hit.
 */
import fc from 'fast-check';
import type { RuleSet } from '../../../src/rules/engine/rule-set.js';

/** The values a fact can take in these tests (all known). */
export function domainOf(ruleSet: RuleSet, fact: string): unknown[] {
  const probes = [...ruleSet.probeValues(fact)];
  if (ruleSet.isListFact(fact)) return probes;
  // Compared only with another fact: the Intensive threshold option, which is at least 1.
  if (probes.length === 0) return [1, 2, 3];
  if (probes.every((v) => typeof v === 'boolean')) return [true, false];
  if (probes.every((v) => typeof v === 'number')) return [...probes, Math.max(...(probes as number[])) + 5];
  return [...probes, 'none-of-these'];
}

/** A fact set with every fact of the rule set known. */
export function knownFacts(ruleSet: RuleSet): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const fact of Object.keys(ruleSet.facts)) {
    const domain = domainOf(ruleSet, fact);
    shape[fact] = ruleSet.isListFact(fact) ? fc.subarray(domain) : fc.constantFrom(...domain);
  }
  return fc.record(shape);
}

/** A fact set where each fact may also be unknown (left out). */
export function partialFacts(ruleSet: RuleSet): fc.Arbitrary<Record<string, unknown>> {
  return knownFacts(ruleSet).chain((known) =>
    fc.record(Object.fromEntries(Object.keys(known).map((k) => [k, fc.boolean()]))).map((keep) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(known)) if (keep[k]) out[k] = v;
      return out;
    }),
  );
}
