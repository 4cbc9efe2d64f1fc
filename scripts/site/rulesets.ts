/**
 * The rule set version each try page runs, as a stored result names it
 * (`ruleset.version`), found by running the page's first rule example (or a
 * small case for the timeline and the placement check).
 */
import { allRuleModules } from './site-data.js';
import { tryDecision, type TryId } from './decisions.js';

const SMALL_CASES: Partial<Record<TryId, unknown>> = {
  timeline: { asOf: '2026-01-05', events: [] },
  'placement-notification': { kind: 'leaving-placement' },
};

const versions = new Map<TryId, string>();

export function rulesetOf(id: TryId): string {
  const known = versions.get(id);
  if (known) return known;
  const example = allRuleModules.find((r) => r.decision === id)?.examples[0]?.input ?? SMALL_CASES[id];
  let version = 'not recorded';
  // Run synchronously: every decision returns its result (the site's `run` wraps it in a Promise for the browser code).
  const result = (tryDecision(id).runSync(example) ?? {}) as { ruleset?: { version?: string } };
  if (result.ruleset?.version) version = result.ruleset.version;
  versions.set(id, version);
  return version;
}
