/**
 * How big results and records are, as JSON: for each decision, a fixed
 * sample of distinct inputs (every indicator level, answers known and
 * unknown, dates set), each result's JSON and its record's (`toRecord`), and
 * the budgets they must stay within. `npm run bench` prints the sizes; the
 * test suite (test/records/result-sizes.test.ts) fails when a result or a
 * record is over its budget.
 *
 * Budgets are the largest size in each sample, in bytes of JSON (UTF-8),
 * rounded up with some room: they catch a result that starts repeating data
 * again, not the growth of a new rule or answer.
 */
import { addCalendarDays } from '../../src/calendar/index.js';
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, needIndicators, statutoryTimeline, toRecord } from '../../src/index.js';
import { childStatuses, needToKnowCircumstanceFacts } from '../../src/rules/need-to-know/facts.js';
import { nationalAlertQuestionFacts } from '../../src/rules/national-alert/facts.js';

/** A deterministic pseudo-random generator, so every run measures the same inputs. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `true`, `false` or left out (unknown). */
function answer(random: () => number, pTrue: number, pUnknown: number): boolean | undefined {
  const r = random();
  return r < pTrue ? true : r < pTrue + pUnknown ? undefined : false;
}

/** A classifyNeed input with `count` distinct indicators drawn from the whole catalogue (every level), and the statutory answers known or not. */
export function classifyNeedCase(random: () => number, count: number): Record<string, unknown> {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(needIndicators[Math.floor(random() * needIndicators.length)]!.id);
  const input: Record<string, unknown> = { indicators: [...ids] };
  for (const [fact, pTrue] of [['significantHarmSuspected', 0.1], ['immediateRiskOfSignificantHarm', 0.03], ['childInNeed', 0.1]] as const) {
    const a = answer(random, pTrue, 0.4);
    if (a !== undefined) input[fact] = a;
  }
  if (random() < 0.5) input.ageInYears = Math.floor(random() * 18);
  return input;
}

/** An assessNeedToKnow input: some groups, each circumstance answered yes (rarely), no, or not at all. */
export function needToKnowCase(random: () => number): Record<string, unknown> {
  const input: Record<string, unknown> = { asOf: '2026-12-02', childStatus: childStatuses.filter(() => random() < 0.3) };
  for (const fact of needToKnowCircumstanceFacts) {
    const a = answer(random, 0.03, 0.5);
    if (a !== undefined) input[fact] = a;
  }
  return input;
}

function nationalAlertCase(random: () => number): Record<string, unknown> {
  const missingSince = addCalendarDays('2026-10-01', Math.floor(random() * 60));
  const input: Record<string, unknown> = { asOf: '2026-12-02', subject: 'child', missingSince };
  for (const fact of nationalAlertQuestionFacts) {
    const a = answer(random, 0.5, 0.3);
    if (a !== undefined) input[fact] = a;
  }
  return input;
}

function seriousIncidentCase(random: () => number): Record<string, unknown> {
  const awareOn = addCalendarDays('2026-09-01', Math.floor(random() * 60));
  const input: Record<string, unknown> = { incidentInEngland: true, awareOn, asOf: addCalendarDays(awareOn, 30 + Math.floor(random() * 60)) };
  for (const [fact, p] of [['childDied', 0.5], ['seriouslyHarmed', 0.5], ['abuseOrNeglectKnownOrSuspected', 0.6], ['lookedAfter', 0.2], ['careLeaver', 0.1], ['normallyResidentInEngland', 0.9]] as const) {
    const a = answer(random, p, 0.3);
    if (a !== undefined) input[fact] = a;
  }
  if (input.childDied === true) delete input.seriouslyHarmed;
  if (input.lookedAfter === true) delete input.careLeaver;
  if (random() < 0.7) input.ageInYears = Math.floor(random() * 18);
  // A care leaver is 16 or over (the decision refuses a younger one).
  if (input.careLeaver === true && typeof input.ageInYears === 'number' && input.ageInYears < 16) input.ageInYears = 16 + (input.ageInYears % 2);
  if (random() < 0.5) input.notifiedOn = addCalendarDays(awareOn, Math.floor(random() * 8));
  return input;
}

function timelineCase(random: () => number): Record<string, unknown> {
  const start = addCalendarDays('2024-01-01', Math.floor(random() * 600));
  const events: Record<string, unknown>[] = [{ type: 'referral-received', date: start }];
  let day = 0;
  const add = (type: string, after: number, extra: Record<string, unknown> = {}) => {
    day += after;
    events.push({ type, date: addCalendarDays(start, day), ...extra });
  };
  add('referral-decision-made', Math.floor(random() * 3), { nextStep: 'strategy-discussion' });
  add('strategy-discussion-s47-initiated', Math.floor(random() * 5));
  add('initial-conference-held', 5 + Math.floor(random() * 20), { planMade: true });
  for (let i = Math.floor(random() * 4); i > 0; i--) add('review-conference-held', 60 + Math.floor(random() * 150));
  return { asOf: addCalendarDays(start, day + Math.floor(random() * 100)), events };
}

export interface SizeSample {
  /** What was measured, e.g. `classifyNeed, 20 indicators`. */
  name: string;
  /** JSON bytes (UTF-8) of each result, in input order. */
  results: number[];
  /** JSON bytes of each result's record (`toRecord`). */
  records: number[];
  /** The most a result and a record may take, in bytes. */
  budget: { result: number; record: number };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

function sample(name: string, count: number, make: (random: () => number) => unknown, decide: (input: never) => unknown, budget: SizeSample['budget'], seed: number): SizeSample {
  const random = lcg(seed);
  const results: number[] = [];
  const records: number[] = [];
  for (let i = 0; i < count; i++) {
    const result = decide(make(random) as never);
    results.push(bytes(result));
    records.push(bytes(toRecord(result)));
  }
  return { name, results, records, budget };
}

/**
 * Every sample and its budget. classifyNeed with 20 indicators is the size
 * DESIGN.md sets a target for (12 kB for a result, 4 kB for a record); the
 * record meets it, the result does not (see the README's "Storing and
 * verifying decisions"): its budget here is what it takes today, so that
 * repeated data cannot creep back.
 */
export function resultSizeSamples(count = 200): SizeSample[] {
  return [
    // classifyNeed's results carry what each indicator is evidence of, the readings they rely on (with their
    // words) and the counterfactuals of category and consent: 57.4 kB and 42.0 kB at most on these inputs, and
    // their records 3,989 and 2,477 bytes (the record of 20 indicators within DESIGN.md's 4 kB).
    sample('classifyNeed, 20 indicators', count, (r) => classifyNeedCase(r, 20), classifyNeed, { result: 58_000, record: 4_000 }, 20),
    sample('classifyNeed, 0–8 indicators', count, (r) => classifyNeedCase(r, Math.floor(r() * 9)), classifyNeed, { result: 42_500, record: 2_500 }, 8),
    // A notification's record names each step and reading: the strategic-response step and its reading bring the largest to 3,378 bytes.
    sample('assessNeedToKnow', count, needToKnowCase, assessNeedToKnow, { result: 48_000, record: 3_500 }, 7),
    // The readings of the re-issue and "found" notification, returned wherever the advice describes them, bring the largest to 25.6 kB.
    sample('assessNationalAlert', count, nationalAlertCase, assessNationalAlert, { result: 26_000, record: 2_400 }, 11),
    sample('assessSeriousIncident', count, seriousIncidentCase, assessSeriousIncident, { result: 34_000, record: 2_400 }, 13),
    // The timeline reading histories as case systems export them (same-day readings, processes not started, conventions) took up to 21.9 kB here;
    // the reading that section 47 enquiries do not complete the assessment, returned where it decides a row, brings the largest to 23.2 kB.
    sample('statutoryTimeline, 4–7 events', count, timelineCase, statutoryTimeline, { result: 24_000, record: 2_400 }, 17),
  ];
}

/** Median and largest of a list of sizes. */
export function spread(sizes: readonly number[]): { median: number; max: number } {
  const sorted = [...sizes].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** The `npm run bench` section: sizes of results and records, against their budgets. */
export function benchResultSizes(): void {
  console.log('## Result sizes: JSON bytes of each result and of its record (toRecord), 200 distinct inputs each (median / largest; budget)');
  for (const s of resultSizeSamples()) {
    const result = spread(s.results);
    const record = spread(s.records);
    const ok = result.max <= s.budget.result && record.max <= s.budget.record;
    console.log(
      `  ${s.name.padEnd(30)} result ${kB(result.median).padStart(8)} / ${kB(result.max).padStart(8)} (budget ${kB(s.budget.result)})   record ${kB(record.median).padStart(7)} / ${kB(record.max).padStart(7)} (budget ${kB(s.budget.record)})  ${ok ? 'ok' : 'OVER'}`,
    );
  }
  console.log('  DESIGN.md target for classifyNeed with 20 indicators: result ≤ 12 kB, record ≤ 4 kB');
}
