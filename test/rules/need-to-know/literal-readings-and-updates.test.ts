/**
 * Need to Know v2: the readings of the guidance that are not literal are
 * returned with the result, every step of the guidance has an action with
 * its owner, and a missing child's weekly update can be overdue.
 */
import { describe, expect, it } from 'vitest';
import { assessNeedToKnow } from '../../../src/rules/need-to-know/index.js';
import { interpretations } from '../../../src/rules/interpretations.js';
import { SafeguardingInputError } from '../../../src/schemas/input-error.js';

const asOf = '2026-03-02'; // a Monday

const ids = (list: { id: string }[]) => list.map((x) => x.id);
const action = (result: { actions: { id: string; role: string; description: string; due?: string }[] }, id: string) =>
  result.actions.find((a) => a.id === id);

describe('assessNeedToKnow: readings that are not literal are shown', () => {
  it('flags the "and" read as "or" on the missing circumstance and in the result', () => {
    const result = assessNeedToKnow({ asOf, childStatus: ['looked-after'], missingMoreThan24Hours: true });
    const circumstance = result.circumstances.find((c) => c.ruleId === 'need-to-know.looked-after.missing')!;
    expect(circumstance.interpretationIds).toEqual(['need-to-know.interpretation.missing-24-hours-or-repeating']);
    // The circumstance refers to its rule, which `reasons` names with its title.
    const rule = result.reasons.find((r) => r.ruleId === circumstance.ruleId)!;
    expect(rule.status === 'fired' && rule.title).toMatch(/"and"/);
    expect(ids(result.interpretations)).toContain('need-to-know.interpretation.missing-24-hours-or-repeating');
  });

  it('says that a looked-after heading is not applied when a child on a child in need plan makes a complaint', () => {
    const result = assessNeedToKnow({ asOf, childStatus: ['child-in-need-plan'], significantComplaint: true });
    expect(result.outcome).toBe('notification-required');
    expect(result.circumstances[0]!.interpretationIds).toEqual(['need-to-know.interpretation.heading-restriction-not-applied']);
    const reading = result.interpretations.find((i) => i.id === 'need-to-know.interpretation.heading-restriction-not-applied')!;
    expect(reading.ruleIds).toContain('need-to-know.financial-and-complaints.significant-complaint');
    expect(reading.citation.section).toMatch(/may a .Need to Know. Notification apply|might a/);
  });

  it('lists every new reading on the interpretations catalogue', () => {
    const catalogue = ids([...interpretations]);
    for (const id of [
      'need-to-know.interpretation.heading-restriction-not-applied',
      'need-to-know.interpretation.staff-heading-restriction-not-applied',
      'need-to-know.interpretation.community-member-risk',
      'need-to-know.interpretation.health-and-safety-role',
      'need-to-know.interpretation.mixed-case-owners',
    ]) {
      expect(catalogue, id).toContain(id);
    }
    const heading = interpretations.find((i) => i.id === 'need-to-know.interpretation.heading-restriction-not-applied')!;
    expect(heading.ruleIds).toHaveLength(17);
  });

  it('asks about a member of the community who poses a risk', () => {
    const open = assessNeedToKnow({ asOf });
    expect(open.missingFacts.map((m) => m.fact)).toContain('communityMemberPosesRisk');
    const result = assessNeedToKnow({ asOf, communityMemberPosesRisk: true });
    expect(result.circumstances.map((c) => c.ruleId)).toEqual(['need-to-know.community.member-poses-risk']);
    expect(ids(result.interpretations)).toContain('need-to-know.interpretation.community-member-risk');
  });
});

describe('assessNeedToKnow: roles the guidance does not name', () => {
  it('says the source names no role instead of asserting one', () => {
    const result = assessNeedToKnow({ asOf, childStatus: ['looked-after'], positionOfTrustAllegation: true });
    for (const id of ['need-to-know.action.record-on-allegations-database', 'need-to-know.action.anonymise-circulation', 'need-to-know.action.consider-ofsted-notification']) {
      expect(action(result, id)!.role, id).toMatch(/^The source names no role; Luton practice: /);
    }
    // Roles the guidance does name are given as it names them.
    expect(action(result, 'need-to-know.action.lado-completes-notification')!.role).toBe('Local Authority Designated Officer (LADO)');
    expect(action(result, 'need-to-know.action.send-to-service-director-and-inbox')!.role).toBe('Service Manager');
  });

  it('adds the Health and Safety procedures for a staff accident, with no named role', () => {
    const result = assessNeedToKnow({ asOf, staffAccidentAtWork: true });
    const step = action(result, 'need-to-know.action.follow-health-and-safety-procedures')!;
    expect(step.role).toMatch(/^The source names no role/);
    expect(ids(result.interpretations)).toContain('need-to-know.interpretation.health-and-safety-role');
    expect(action(assessNeedToKnow({ asOf, staffOrCarerViolence: true }), 'need-to-know.action.follow-health-and-safety-procedures')).toBeUndefined();
  });
});

describe('assessNeedToKnow: every step of the guidance, with its owner', () => {
  it('adds broader circulation, quick updates and monitoring to every notification', () => {
    const result = assessNeedToKnow({ asOf, premisesArson: true });
    expect(action(result, 'need-to-know.action.consider-broader-circulation')!.role).toMatch(/^Service Director/);
    expect(action(result, 'need-to-know.action.consider-broader-circulation')!.description).toMatch(/Safeguarding Board/);
    expect(action(result, 'need-to-know.action.update-if-situation-changes')!.role).toBe('Team Manager');
    expect(action(result, 'need-to-know.action.monitor-updates-and-resolution')!.role).toMatch(/^Administrative support/);
  });

  it("gives no child's-record step when no child is involved, and gives it when one is", () => {
    for (const input of [{ staffOrCarerViolence: true }, { premisesArson: true }, { fraudOrCorruptionInvestigation: true }]) {
      expect(action(assessNeedToKnow({ asOf, ...input }), 'need-to-know.action.record-on-child-record'), JSON.stringify(input)).toBeUndefined();
    }
    for (const input of [{ childStatus: ['looked-after' as const], childDied: true }, { mediaCoverageOfChild: true }, { childStatus: ['child-in-need-plan' as const], significantComplaint: true }]) {
      expect(action(assessNeedToKnow({ asOf, ...input }), 'need-to-know.action.record-on-child-record'), JSON.stringify(input)).toBeDefined();
    }
  });

  it('keeps each completion step with its owner when a missing child and an allegation about staff come together', () => {
    const result = assessNeedToKnow({ asOf, childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true, allegationAboutDirectorateStaff: true });
    expect(action(result, 'need-to-know.action.lado-completes-notification')!.role).toBe('Local Authority Designated Officer (LADO)');
    const teamManager = action(result, 'need-to-know.action.complete-notification-other-circumstances')!;
    expect(teamManager.role).toBe('Team Manager');
    expect(action(result, 'need-to-know.action.weekly-missing-child-update')!.role).toBe('Team Manager');
    expect(ids(result.interpretations)).toContain('need-to-know.interpretation.mixed-case-owners');
    // An allegation alone stays with the LADO, and the mixed reading is not claimed.
    const alone = assessNeedToKnow({ asOf, allegationAboutDirectorateStaff: true });
    expect(ids(alone.actions)).not.toContain('need-to-know.action.complete-notification-other-circumstances');
    expect(ids(alone.actions)).not.toContain('need-to-know.action.complete-notification');
    expect(ids(alone.interpretations)).not.toContain('need-to-know.interpretation.mixed-case-owners');
  });

  it('points a child on a child protection plan who is missing to the national alert assessment', () => {
    const result = assessNeedToKnow({ asOf, childStatus: ['child-protection-plan'], childMissing: true });
    const step = action(result, 'need-to-know.action.consider-national-alert')!;
    expect(step.description).toMatch(/assessNationalAlert/);
    expect(result.actions.find((a) => a.id === step.id)!.citation.section).toMatch(/National Child Protection Alerts/);
    expect(action(assessNeedToKnow({ asOf, childStatus: ['looked-after'], missingMoreThan24Hours: true }), step.id)).toBeUndefined();
  });
});

describe('assessNeedToKnow: weekly updates for a missing child', () => {
  const missing = { childStatus: ['looked-after' as const], childMissing: true, missingMoreThan24Hours: true };

  it('is overdue when the latest update was sent more than a week ago', () => {
    const result = assessNeedToKnow({ ...missing, asOf: '2026-03-20', notifiedOn: '2026-03-02', lastUpdateSentOn: '2026-03-09' });
    expect(result.deadlines).toHaveLength(1);
    expect(result.deadlines[0]).toMatchObject({
      id: 'need-to-know.missing-child-weekly-update',
      trigger: { date: '2026-03-09' },
      due: '2026-03-16',
      status: 'overdue',
      workingDaysOverdue: 4,
      basis: 'local',
      countedFrom: 'lastUpdateSentOn',
    });
    expect(result.deadlines[0]!.explanation).toBe(
      'The latest update of the notification was sent on 9 March 2026. The next weekly update is not yet recorded and is overdue by 4 working days (4 calendar days) on 20 March 2026; it was due by 16 March 2026 (within 1 week).',
    );
    expect(result.interpretations.map((i) => i.id)).toContain('timescales.interpretation.weeks-are-calendar-weeks');
    const step = action(result, 'need-to-know.action.weekly-missing-child-update')!;
    expect(step.due).toBe('2026-03-16');
    expect(step.description).toMatch(/now.*none is recorded since/);
  });

  it('is due, not overdue, on the last day and before it', () => {
    for (const day of ['2026-03-10', '2026-03-16']) {
      const result = assessNeedToKnow({ ...missing, asOf: day, notifiedOn: '2026-03-02', lastUpdateSentOn: '2026-03-09' });
      expect(result.deadlines[0], day).toMatchObject({ due: '2026-03-16', status: 'due', dueToday: day === '2026-03-16', countedFrom: 'lastUpdateSentOn' });
    }
  });

  it('without the latest update, never takes the updates as sent: their date is asked, or counted from the notification when none was sent', () => {
    const unknown = assessNeedToKnow({ ...missing, asOf: '2026-03-20', notifiedOn: '2026-03-02' });
    expect(unknown.outcome).toBe('keep-notification');
    // Not dropped: due or overdue, with the date it would have had no update been sent, and the question that dates it.
    expect(unknown.deadlines).toEqual([
      expect.objectContaining({ id: 'need-to-know.missing-child-weekly-update', status: 'due-date-unknown', dueIfNoneSince: '2026-03-09', mayBeOverdue: true, question: expect.objectContaining({ fields: ['lastUpdateSentOn', 'anyUpdateSent'] }) }),
    ]);
    expect(unknown.furtherQuestions.map((q) => q.fact)).toEqual(['lastUpdateSentOn']);
    expect(action(unknown, 'need-to-know.action.weekly-missing-child-update')!.description).toMatch(/Record when the latest update was sent/);
    expect(unknown.interpretations.map((i) => i.id)).toContain('need-to-know.interpretation.weekly-from-latest-update');
    const none = assessNeedToKnow({ ...missing, asOf: '2026-03-20', notifiedOn: '2026-03-02', anyUpdateSent: false });
    expect(none.deadlines[0]).toMatchObject({ trigger: { date: '2026-03-02' }, due: '2026-03-09', status: 'overdue', countedFrom: 'notifiedOn' });
    expect(none.deadlines[0]!.explanation).toMatch(/^The notification was sent on 2 March 2026, and no update has been sent since\./);
  });

  it('stops once the child has died or is back', () => {
    const died = assessNeedToKnow({ ...missing, childDied: true, asOf, notifiedOn: '2026-02-20' });
    expect(died.deadlines).toEqual([]);
    expect(ids(died.actions)).not.toContain('need-to-know.action.weekly-missing-child-update');
    // Back home: no more weekly updates; whether the notification can be closed is the Service Manager's question.
    const back = assessNeedToKnow({ ...missing, childMissing: false, asOf, notifiedOn: '2026-02-20' });
    expect(back.outcome).toBe('insufficient-information');
    expect(back.missingFacts.map((m) => m.fact)).toEqual(['situationResolved']);
    expect(back.deadlines).toEqual([]);
    expect(ids(back.actions)).not.toContain('need-to-know.action.weekly-missing-child-update');
    expect(ids(back.actions)).not.toContain('need-to-know.action.complete-notification');
  });

  it('rejects an update before the notification, after the decision, or without a notification', () => {
    const cases: [Record<string, string>, string][] = [
      [{ notifiedOn: '2026-03-02', lastUpdateSentOn: '2026-03-01' }, 'lastUpdateSentOn'],
      [{ notifiedOn: '2026-02-01', lastUpdateSentOn: '2026-03-03' }, 'asOf'],
      [{ lastUpdateSentOn: '2026-02-20' }, 'notifiedOn'],
    ];
    for (const [dates, field] of cases) {
      let error: unknown;
      try {
        assessNeedToKnow({ ...missing, asOf, ...dates });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(dates)).toBeInstanceOf(SafeguardingInputError);
      expect((error as SafeguardingInputError).issues.map((i) => i.path.join('.'))).toEqual([`input.${field}`]);
    }
  });
});

describe('assessNeedToKnow: the order of the questions', () => {
  it('for a case about a child, asks about the child before staff, premises or media among questions the answers go as far towards', () => {
    const result = assessNeedToKnow({ asOf: '2026-03-02', childStatus: [], childIsUnborn: true, parentsWhereaboutsUnknown: true });
    expect(result.outcome).toBe('insufficient-information');
    expect(result.missingFacts.slice(0, 3).map((m) => m.fact)).toEqual(['childDied', 'childSeriousInjuryOrAccident', 'unusualCircumstances']);
  });
});
