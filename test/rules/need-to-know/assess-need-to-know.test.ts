import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessNeedToKnow, ruleModules } from '../../../src/rules/need-to-know/index.js';
import { needToKnowCircumstanceFacts } from '../../../src/rules/need-to-know/facts.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';
import { timescales } from '../../../src/rules/timescales/registry.js';
import { answerOrInputError } from '../../support/answer-or-input-error.js';
import { needToKnowInput } from '../../../src/testing/decisions/index.js';

const asOf = '2026-03-02'; // a Monday

function actionIds(result: { actions: { id: string }[] }): string[] {
  return result.actions.map((a) => a.id);
}

describe('assessNeedToKnow: outcomes', () => {
  it('advises a notification when a looked after child has been missing for more than 24 hours, with the next weekly update', async () => {
    const result = await assessNeedToKnow({ asOf, childStatus: ['looked-after'], missingMoreThan24Hours: true });
    expect(result.outcome).toBe('notification-required');
    expect(result.circumstances.map((c) => c.ruleId)).toEqual(['need-to-know.looked-after.missing']);
    const rule = result.reasons.find((r) => r.ruleId === result.circumstances[0]!.ruleId)!;
    expect(rule.status === 'fired' && rule.citation[0]!.document).toBe('luton-need-to-know');
    expect(result.deadlines).toHaveLength(1);
    expect(result.deadlines[0]).toMatchObject({
      id: 'need-to-know.missing-child-weekly-update',
      trigger: { date: '2026-03-02' },
      period: { amount: 1, unit: 'weeks', direction: 'after' },
      due: '2026-03-09',
      provisional: false,
    });
    const update = result.actions.find((a) => a.id === 'need-to-know.action.weekly-missing-child-update')!;
    expect(update).toMatchObject({ role: 'Team Manager', due: '2026-03-09', deadlineId: 'need-to-know.missing-child-weekly-update' });
  });

  it('counts weekly updates from the date the notification was sent', async () => {
    const base = { childStatus: ['child-protection-plan'] as const, childMissing: true, notifiedOn: '2026-02-10' };
    // 2026-02-10 + 7k: 02-17, 02-24, 03-03, ...
    const cases: [string, string, string][] = [
      ['2026-02-10', '2026-02-10', '2026-02-17'],
      ['2026-02-17', '2026-02-10', '2026-02-17'], // due today
      ['2026-02-18', '2026-02-17', '2026-02-24'],
      ['2026-03-02', '2026-02-24', '2026-03-03'],
    ];
    for (const [day, trigger, due] of cases) {
      const result = await assessNeedToKnow({ ...base, childStatus: [...base.childStatus], asOf: day });
      expect(result.deadlines[0], `asOf ${day}`).toMatchObject({ trigger: { date: trigger }, due });
    }
  });

  it('drops the weekly update once the child is known to be back, but keeps the notification', async () => {
    const back = await assessNeedToKnow({ asOf, childStatus: ['care-leaver'], repeatedlyMissing: true, childMissing: false });
    expect(back.outcome).toBe('notification-required');
    expect(back.circumstances.map((c) => c.ruleId)).toEqual(['need-to-know.looked-after.missing']);
    expect(back.deadlines).toEqual([]);
    expect(actionIds(back)).not.toContain('need-to-know.action.weekly-missing-child-update');
    expect(actionIds(back)).toContain('need-to-know.action.finalise-when-resolved');
    // Still missing, or not said: the weekly update stays.
    for (const childMissing of [true, undefined]) {
      const result = await assessNeedToKnow({ asOf, childStatus: ['care-leaver'], repeatedlyMissing: true, ...(childMissing === undefined ? {} : { childMissing }) });
      expect(result.deadlines.map((d) => d.id), `childMissing ${childMissing}`).toEqual(['need-to-know.missing-child-weekly-update']);
    }
  });

  it('says not required only when every circumstance is answered no', async () => {
    const result = await assessNeedToKnow({ asOf, childStatus: ['looked-after'], otherCircumstancesRuledOut: true });
    expect(result.outcome).toBe('not-required');
    expect(result.missingFacts).toEqual([]);
    expect(result.circumstances).toEqual([]);
    expect(actionIds(result)).toEqual(['need-to-know.action.discuss-with-line-manager']);
    expect(result.decidedBy).toBe('Service Manager');
  });

  it('answers every circumstance explicitly the same as ruling the others out', async () => {
    const allNo = Object.fromEntries(needToKnowCircumstanceFacts.map((f) => [f, false]));
    const result = await assessNeedToKnow({ asOf, childStatus: [], ...allNo });
    expect(result.outcome).toBe('not-required');
  });

  it('is insufficient information when nothing fired and circumstances are unanswered, listing the questions', async () => {
    const result = await assessNeedToKnow({ asOf, childStatus: ['looked-after'], childDied: false });
    expect(result.outcome).toBe('insufficient-information');
    const facts = result.missingFacts.map((m) => m.fact);
    expect(facts).toContain('missingMoreThan24Hours');
    expect(facts).toContain('premisesArson');
    expect(facts).not.toContain('childDied');
    const arson = result.missingFacts.find((m) => m.fact === 'premisesArson')!;
    expect(arson.question).toMatch(/arson/);
    expect(arson.neededBy).toEqual(['need-to-know.premises.arson']);
    expect(actionIds(result)).toContain('need-to-know.action.answer-missing-questions');
  });

  it('treats an unknown child status as unknown, not as "none"', async () => {
    const result = await assessNeedToKnow({ asOf, childDied: true });
    // The unusual-circumstances rule and the looked after rule both wait for answers.
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.map((m) => m.fact)).toEqual(expect.arrayContaining(['childStatus', 'unusualCircumstances']));
  });

  it('does not apply the looked after list to a child who is only on a child in need plan', async () => {
    const result = await assessNeedToKnow({
      asOf,
      childStatus: ['child-in-need-plan'],
      significantRisk: true,
      otherCircumstancesRuledOut: true,
    });
    expect(result.outcome).toBe('not-required');
  });

  it('decides as soon as one circumstance matches, and keeps the other open questions as further questions', async () => {
    const result = await assessNeedToKnow({ asOf, premisesArson: true });
    expect(result.outcome).toBe('notification-required');
    expect(result.missingFacts).toEqual([]);
    expect(result.furtherQuestions.map((q) => q.fact)).toContain('childDied');
    expect(result.furtherQuestions.map((q) => q.fact)).not.toContain('premisesArson');
  });
});

describe('assessNeedToKnow: what follows', () => {
  it('names who consults, decides, completes, receives, records and reviews', async () => {
    const result = await assessNeedToKnow({ asOf, premisesArson: true });
    const byId = new Map(result.actions.map((a) => [a.id, a]));
    expect(byId.get('need-to-know.action.team-manager-consults-service-manager')!.role).toBe('Team Manager');
    expect(byId.get('need-to-know.action.service-manager-decides')!.role).toBe('Service Manager');
    expect(byId.get('need-to-know.action.complete-notification')!.role).toBe('Team Manager');
    const send = byId.get('need-to-know.action.send-to-service-director-and-inbox')!;
    expect(send.role).toBe('Service Manager');
    expect(send.description).toContain('LBCLutonNeedtoKnow@luton.gov.uk');
    expect(send.description).toContain('Service Director, Operations, Statutory Social Work and Early Help & Prevention');
    expect(byId.get('need-to-know.action.tell-on-call-service-manager')!.description).toMatch(/on-call Service Manager/);
    // Arson at premises involves no child: there is no child's record to place it on.
    expect(byId.has('need-to-know.action.record-on-child-record')).toBe(false);
    expect(byId.get('need-to-know.action.weekly-dmt-review')!.role).toBe('Children, Families & Education DMT');
    expect(byId.get('need-to-know.action.consider-ofsted-notification')).toBeDefined();
    // Nothing about allegations, missing children or a death.
    expect(byId.has('need-to-know.action.record-on-allegations-database')).toBe(false);
    expect(byId.has('need-to-know.action.weekly-missing-child-update')).toBe(false);
    expect(byId.has('need-to-know.action.inform-safeguarding-partnership')).toBe(false);
    expect(result.deadlines).toEqual([]);
    for (const action of result.actions) expect(action.citation.document).toMatch(/^(luton-need-to-know|working-together-2026)$/);
  });

  it('adds LADO completion, anonymised circulation and the allegations database for an adult in a position of trust', async () => {
    const result = await assessNeedToKnow({ asOf, allegationAboutDirectorateStaff: true });
    expect(result.outcome).toBe('notification-required');
    const ids = actionIds(result);
    expect(ids).toContain('need-to-know.action.lado-completes-notification');
    expect(ids).not.toContain('need-to-know.action.complete-notification');
    expect(ids).toContain('need-to-know.action.anonymise-circulation');
    expect(ids).toContain('need-to-know.action.consult-lado-before-wider-circulation');
    expect(ids).toContain('need-to-know.action.record-on-allegations-database');
  });

  it('has the Head of Service inform the safeguarding partnership of a looked after child’s death, and points to the Ofsted notification', async () => {
    const result = await assessNeedToKnow({ asOf, childStatus: ['looked-after'], childDied: true });
    const inform = result.actions.find((a) => a.id === 'need-to-know.action.inform-safeguarding-partnership')!;
    expect(inform.role).toBe('Head of Service for Strategic Safeguarding, Quality Assurance and Practice Improvement');
    expect(inform.description).toMatch(/Child Safeguarding Practice Review/);
    const ofsted = result.actions.find((a) => a.id === 'need-to-know.action.notify-secretary-of-state-and-ofsted')!;
    expect(ofsted.citation).toEqual({ document: 'working-together-2026', section: 'Chapter 5, paragraph 381' });
  });

  it('cites the care leaver paragraph for a care leaver’s death, and no Ofsted line for other children', async () => {
    const careLeaver = await assessNeedToKnow({ asOf, childStatus: ['care-leaver'], childDied: true });
    expect(careLeaver.actions.find((a) => a.id === 'need-to-know.action.notify-secretary-of-state-and-ofsted')!.citation.section).toBe(
      'Chapter 5, paragraph 382',
    );
    const other = await assessNeedToKnow({ asOf, childStatus: [], childDied: true, unusualCircumstances: true });
    expect(other.outcome).toBe('notification-required');
    expect(actionIds(other)).toContain('need-to-know.action.inform-safeguarding-partnership');
    expect(actionIds(other)).not.toContain('need-to-know.action.notify-secretary-of-state-and-ofsted');
  });

  it('registers its weekly update timescale with a citation', () => {
    const t = timescales.find((x) => x.id === 'need-to-know.missing-child-weekly-update')!;
    expect(t).toMatchObject({ amount: 1, unit: 'weeks', recurring: true, responsible: 'Team Manager' });
    expect(t.citation.document).toBe('luton-need-to-know');
  });
});

describe('assessNeedToKnow: bad input', () => {
  async function issuesOf(input: unknown) {
    try {
      await assessNeedToKnow(input as never);
    } catch (error) {
      expect(error).toBeInstanceOf(SafeguardingInputError);
      return (error as SafeguardingInputError).issues;
    }
    throw new Error('expected a SafeguardingInputError');
  }

  it('requires asOf and names it', async () => {
    const issues = await issuesOf({ childDied: true });
    expect(issues.map((i) => i.message)).toContain('input.asOf: is required (a string)');
  });

  it('rejects an impossible date', async () => {
    const issues = await issuesOf({ asOf: '2026-02-30' });
    expect(issues[0]!.message).toBe('input.asOf: "2026-02-30" is not a real date');
  });

  it('rejects unknown keys, wrong types, unknown statuses and duplicates, naming each field', async () => {
    const issues = await issuesOf({ asOf, childDied: 'yes', childStatus: ['looked-after', 'looked-after', 'adopted'], nickname: 'Sam' });
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.childDied', 'input.childStatus.2', 'input']));
    const text = issues.map((i) => i.message).join('\n');
    expect(text).toContain('1 unknown key, not shown');
    expect(text).not.toContain('Sam');
    expect(text).not.toContain('"yes"');
  });

  it('rejects a status list longer than the four statuses with one issue, however long', async () => {
    const issues = await issuesOf({ asOf, childStatus: Array(100_000).fill('looked-after') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['input', 'childStatus'], code: 'too-long' });
    expect((await issuesOf({ asOf, childStatus: Array(5).fill('looked-after') }))[0]!.message).toBe('input.childStatus: lists more than 4 entries');
    const numbers = await issuesOf({ asOf, childStatus: Array(100_000).fill(7) });
    expect(numbers).toHaveLength(1);
  });

  it('blames the input date when the next weekly update would fall after the year 9999', async () => {
    const missing = { childStatus: ['looked-after'] as ['looked-after'], missingMoreThan24Hours: true };
    const late = await issuesOf({ ...missing, asOf: '9999-12-30' });
    expect(late.map((i) => i.path)).toEqual([['input', 'asOf']]);
    expect(late[0]!.message).toMatch(/^input\.asOf: /);
    const notified = await issuesOf({ ...missing, asOf, notifiedOn: '9999-12-28' });
    expect(notified.map((i) => i.path)).toEqual([['input', 'notifiedOn']]);
  });

  it('rejects a missing or non-object input', async () => {
    expect(() => assessNeedToKnow(undefined as never)).toThrow(SafeguardingInputError);
    expect(() => assessNeedToKnow('child died' as never)).toThrow(SafeguardingInputError);
  });
});

describe('assessNeedToKnow: properties', () => {
  const answer = fc.option(fc.boolean(), { nil: undefined });
  const inputArb = fc.record(
    {
      childStatus: fc.option(fc.subarray(['looked-after', 'care-leaver', 'child-in-need-plan', 'child-protection-plan'] as const), {
        nil: undefined,
      }),
      otherCircumstancesRuledOut: answer,
      ...Object.fromEntries(needToKnowCircumstanceFacts.map((f) => [f, answer])),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;

  /** Inputs that make one rule fire on its own: each rule's firing example, without `asOf`. */
  const firingInputs = ruleModules.flatMap((m) => m.examples.filter((e) => e.expect.rule === 'fired').map((e) => e.input));

  it('adding a circumstance that requires notification never turns "notification-required" into "not-required"', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.constantFrom(...firingInputs), async (input, firing) => {
        const before = await assessNeedToKnow({ ...input, asOf } as never);
        const combined: Record<string, unknown> = { ...input, ...firing, asOf };
        // The firing example's status is added to the child's statuses, not swapped for it.
        if (Array.isArray(firing.childStatus)) {
          combined.childStatus = [...new Set([...((input.childStatus as string[] | undefined) ?? []), ...(firing.childStatus as string[])])];
        }
        const after = await assessNeedToKnow(combined as never);
        expect(after.outcome).toBe('notification-required');
        if (before.outcome === 'notification-required') expect(after.circumstances.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('answering an open question "yes" never takes away a notification', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.constantFrom(...needToKnowCircumstanceFacts), async (input, fact) => {
        const before = await assessNeedToKnow({ ...input, asOf } as never);
        fc.pre(before.outcome === 'notification-required');
        const after = await assessNeedToKnow({ ...input, [fact]: true, asOf } as never);
        expect(after.outcome).toBe('notification-required');
        for (const c of before.circumstances) expect(after.circumstances.map((x) => x.ruleId)).toContain(c.ruleId);
      }),
      { numRuns: 150 },
    );
  });

  it('is "not-required" only when no rule fired and none is unknown', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        const result = await assessNeedToKnow({ ...input, asOf } as never);
        const statuses = result.reasons.map((r) => r.status);
        if (result.outcome === 'not-required') expect(statuses.every((s) => s === 'not-fired')).toBe(true);
        if (result.outcome === 'insufficient-information') {
          expect(statuses).toContain('unknown');
          expect(statuses).not.toContain('fired');
          expect(result.missingFacts.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('assessNeedToKnow: any input at all', () => {
  /** Real keys with wrong, odd or borderline values, so the schema's every branch is hit. */
  const nearMiss = fc.record(
    {
      asOf: fc.oneof(fc.constantFrom('2026-03-02', '2026-02-30', '2026-2-3', '9999-12-31', '0000-01-01', ''), fc.anything()),
      notifiedOn: fc.oneof(fc.constantFrom('2026-02-10', '2026-02-29', '9999-12-30'), fc.anything()),
      childStatus: fc.oneof(
        fc.subarray(['looked-after', 'care-leaver', 'child-in-need-plan', 'child-protection-plan']),
        fc.array(fc.constantFrom('looked-after', 'adopted', 1, null)),
        fc.anything(),
      ),
      otherCircumstancesRuledOut: fc.oneof(fc.boolean(), fc.anything()),
      childMissing: fc.oneof(fc.boolean(), fc.anything()),
      missingMoreThan24Hours: fc.oneof(fc.boolean(), fc.anything()),
      childDied: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, null)),
      nickname: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('answers or throws SafeguardingInputError with a path and a message, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearMiss), async (input) => {
        const result = await answerOrInputError(() => assessNeedToKnow(input as never), 'input');
        if (result === undefined) return;
        expect(['notification-required', 'not-required', 'insufficient-information']).toContain(result.outcome);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assessNeedToKnow: the facts are the same however the input was parsed', () => {
  it('gives the same decision from the quick pass (facts from the keys and values read) as from zod (facts from its output)', () => {
    // An explicit undefined sends the input to zod, and the facts are read
    // from zod's output; without it the quick pass answers, and the facts
    // come from the keys and values read from the caller's object. Both must
    // agree, with and without otherCircumstancesRuledOut.
    fc.assert(
      fc.property(needToKnowInput(), fc.constantFrom(undefined, true, false), (input, ruledOut) => {
        const given = ruledOut === undefined ? input : { ...input, otherCircumstancesRuledOut: ruledOut };
        const absent = ['lastUpdateSentOn', 'notifiedOn', ...needToKnowCircumstanceFacts].find((key) => !(key in given));
        fc.pre(absent !== undefined);
        const quick = assessNeedToKnow(given);
        const viaZod = assessNeedToKnow({ ...given, [absent!]: undefined });
        expect(JSON.parse(JSON.stringify(viaZod))).toEqual(JSON.parse(JSON.stringify(quick)));
      }),
      { numRuns: 200 },
    );
  });
});
