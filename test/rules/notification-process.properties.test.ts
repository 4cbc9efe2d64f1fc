/**
 * Notifications as processes, over random valid inputs from the testing kit:
 * - a follow-up result never orders a "found" notification for a child not
 *   located;
 * - no weekly update, re-issue or deletion is judged on an assumed date: a
 *   judged one counts from a date the caller gave, from the notification only
 *   when no later one was sent or none was yet due;
 * - with a notification or an alert already out, the first form is never
 *   asked for again;
 * - every action that passes the case to another decision names it, its
 *   answers are a valid input of that decision, and every action that names
 *   another decision passes the case to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessNationalAlert } from '../../src/rules/national-alert/index.js';
import { assessNeedToKnow } from '../../src/rules/need-to-know/index.js';
import { assessSeriousIncident } from '../../src/rules/serious-incident/index.js';
import { nationalAlertInput, needToKnowInput, seriousIncidentInput } from '../../src/testing/decisions/index.js';
import type { Action } from '../../src/rules/engine/decision-result.js';

const runs = { numRuns: 300 };
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const monthsLater = (date: string, n: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m - 1 + n;
  const year = y + Math.floor(month / 12);
  const last = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/** Alerts already issued, with the follow-up answers a case system records. */
const followUps = nationalAlertInput({ known: ['alertIssuedOn'], from: '2015-01-01', to: '2035-12-31' });
/** Notifications already sent, with the answers a case system records. */
const sentNotifications = needToKnowInput({ known: ['notifiedOn'], from: '2015-01-01', to: '2035-12-31' });

describe('national alerts as a process', () => {
  it('never orders a "found" notification unless the child is located', () => {
    fc.assert(
      fc.property(followUps, (input) => {
        const result = assessNationalAlert(input);
        const found = result.actions.some((a) => a.id === 'national-alert.action.send-found-notification');
        if (found) {
          expect(input.childLocated).toBe(true);
          expect(result.outcome).toBe('end-alert');
        }
        if (input.childLocated !== true) expect(result.outcome).not.toBe('end-alert');
      }),
      runs,
    );
  });

  it('judges a re-issue or deletion only from the latest notification whose date is known', () => {
    fc.assert(
      fc.property(followUps, (input) => {
        const result = assessNationalAlert(input);
        for (const d of result.deadlines) {
          if (d.status === 'not-yet-triggered' || d.status === 'due-date-unknown') continue;
          if (input.lastFollowUpOn !== undefined) {
            expect(d.trigger.date).toBe(input.lastFollowUpOn);
          } else {
            expect(d.trigger.date).toBe(input.alertIssuedOn);
            // From the alert only when no re-issue was sent, or the first was not yet due.
            expect(input.anyFollowUpSent === false || input.asOf <= monthsLater(input.alertIssuedOn!, 6)).toBe(true);
          }
        }
        // And an alert advised but not yet issued has no dated clock at all.
        const advised = assessNationalAlert({ ...input, alertIssuedOn: undefined, lastFollowUpOn: undefined, foundNotificationSentOn: undefined, anyFollowUpSent: undefined, childLocated: undefined });
        for (const d of advised.deadlines) expect(d.status).toBe('not-yet-triggered');
      }),
      runs,
    );
  });

  it('never starts the first alert again for an alert already issued', () => {
    fc.assert(
      fc.property(followUps, (input) => {
        const result = assessNationalAlert(input);
        expect(['issue-alert', 'not-yet', 'not-really-missing', 'not-eligible']).not.toContain(result.outcome);
        expect(result.actions.map((a) => a.id)).not.toContain('national-alert.action.1-complete-template');
      }),
      runs,
    );
  });
});

describe('Need to Know as a process', () => {
  it('judges a weekly update only from the latest update whose date is known', () => {
    fc.assert(
      fc.property(sentNotifications, (input) => {
        const result = assessNeedToKnow(input);
        for (const d of result.deadlines) {
          if (d.status === 'not-yet-triggered' || d.status === 'due-date-unknown') continue;
          if (input.lastUpdateSentOn !== undefined) expect(d.trigger.date).toBe(input.lastUpdateSentOn);
          else {
            expect(d.trigger.date).toBe(input.notifiedOn);
            expect(input.anyUpdateSent === false || days(input.notifiedOn!, input.asOf) <= 7).toBe(true);
          }
          // Only while the child is missing now (an unborn child whose parents cannot be found is).
          expect(input.childMissing === true || (input.childIsUnborn === true && input.parentsWhereaboutsUnknown === true)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('never closes a notification while an answer says the child is still missing or the matter unresolved', () => {
    const stillMissing = (i: Record<string, unknown>) =>
      i.childDied !== true && (i.childMissing === true || (i.childIsUnborn === true && i.parentsWhereaboutsUnknown === true));
    fc.assert(
      fc.property(sentNotifications, (input) => {
        const result = assessNeedToKnow(input);
        if (result.outcome === 'close-notification' || result.outcome === 'notification-closed') {
          expect(stillMissing(input)).toBe(false);
          expect(input.situationResolved).not.toBe(false);
        }
        // A finalisation recorded against a child still missing, or a matter the Service Manager says is
        // unresolved, is refused as a contradiction: never read as closed.
        const finalised = { ...input, finalisedOn: input.asOf, lastUpdateSentOn: undefined, anyUpdateSent: undefined };
        expect(() => assessNeedToKnow({ ...finalised, childDied: undefined, childMissing: true, situationResolved: undefined })).toThrow(/still missing/);
        expect(() => assessNeedToKnow({ ...finalised, situationResolved: false })).toThrow(/situationResolved is false/);
      }),
      runs,
    );
  });

  it('keeps the Head of Service\'s CSPR step and the quick update for a child who dies after the notification, whatever the other answers', () => {
    fc.assert(
      fc.property(needToKnowInput({ known: ['notifiedOn'], fixed: { childDied: true }, from: '2015-01-01', to: '2035-12-31' }), (input) => {
        const result = assessNeedToKnow(input);
        const byId = new Map(result.actions.map((a) => [a.id, a]));
        const partnership = byId.get('need-to-know.action.inform-safeguarding-partnership');
        expect(partnership?.role).toMatch(/Head of Service/);
        expect(partnership?.passesTo).toMatchObject({ function: 'assessSeriousIncident', input: { childDied: true } });
        if (result.outcome !== 'notification-closed') expect(byId.has('need-to-know.action.update-on-child-death')).toBe(true);
      }),
      runs,
    );
  });

  it('no weekly update or re-issue disappears because its date is unknown: it is reported as due-date-unknown, with the question', () => {
    fc.assert(
      fc.property(sentNotifications, (input) => {
        const result = assessNeedToKnow(input);
        const stillMissing = input.childDied !== true && (input.childMissing === true || (input.childIsUnborn === true && input.parentsWhereaboutsUnknown === true));
        if (!stillMissing || result.outcome !== 'keep-notification') return;
        // A missing child's open notification always lists its next update, dated or not.
        expect(result.deadlines.map((d) => d.id)).toEqual(['need-to-know.missing-child-weekly-update']);
        const [update] = result.deadlines;
        if (update!.status === 'due-date-unknown') {
          expect(update!.due).toBeUndefined();
          expect(update!.question.fields).toEqual(['lastUpdateSentOn', 'anyUpdateSent']);
          expect(result.furtherQuestions.map((q) => q.fact)).toContain('lastUpdateSentOn');
          expect(update!.mayBeOverdue).toBe(update!.dueIfNoneSince < input.asOf);
        }
      }),
      runs,
    );
    fc.assert(
      fc.property(followUps, (input) => {
        const result = assessNationalAlert(input);
        if (result.outcome !== 'keep-alert') return;
        // A kept alert always lists its re-issue and its deletion date, dated or not.
        expect(result.deadlines.map((d) => d.id)).toEqual(['national-alert.reissue', 'national-alert.deletion-by-other-authorities']);
      }),
      runs,
    );
  });

  it('never asks for the form again once the notification is out', () => {
    fc.assert(
      fc.property(sentNotifications, (input) => {
        const result = assessNeedToKnow(input);
        expect(['notification-required', 'not-required']).not.toContain(result.outcome);
        const ids = result.actions.map((a) => a.id);
        for (const id of ['need-to-know.action.complete-notification', 'need-to-know.action.complete-notification-other-circumstances', 'need-to-know.action.service-manager-decides']) {
          expect(ids).not.toContain(id);
        }
      }),
      runs,
    );
  });

  it('schedules a weekly update before the notification only for a child missing now, and never dated', () => {
    fc.assert(
      fc.property(needToKnowInput({ unknown: ['notifiedOn', 'lastUpdateSentOn', 'anyUpdateSent', 'situationResolved', 'finalisedOn'] }), (input) => {
        const result = assessNeedToKnow(input);
        for (const d of result.deadlines) {
          expect(d.status).toBe('not-yet-triggered');
          expect(input.childMissing === true || (input.childIsUnborn === true && input.parentsWhereaboutsUnknown === true)).toBe(true);
        }
      }),
      runs,
    );
  });
});

const entries = { assessNeedToKnow, assessNationalAlert, assessSeriousIncident } as const;
const byDecision = { 'need-to-know': 'assessNeedToKnow', 'national-alert': 'assessNationalAlert', 'serious-incident': 'assessSeriousIncident' } as const;

/** Every action handing the case on names the decision, in its words and its `passesTo`; the answers are a valid input there. */
function checkHandOffs(own: keyof typeof entries, actions: readonly Action[], asOf: string | undefined): void {
  for (const action of actions) {
    const named = (Object.keys(entries) as (keyof typeof entries)[]).filter((fn) => fn !== own && action.description.includes(fn));
    if (action.passesTo === undefined) {
      expect(named, `${action.id} names another decision but does not pass to it`).toEqual([]);
      continue;
    }
    expect(byDecision[action.passesTo.decision], action.id).toBe(action.passesTo.function);
    expect(action.description, action.id).toContain(action.passesTo.function);
    expect(named, action.id).toEqual([action.passesTo.function]);
    // The answers passed are a valid input of that decision (asOf added when this case had none).
    const input = { asOf: asOf ?? '2026-06-01', ...action.passesTo.input };
    expect(() => entries[action.passesTo!.function](input as never), action.id).not.toThrow();
  }
}

describe('actions that pass the case to another decision', () => {
  it('Need to Know names the decision it passes to, with a valid input', () => {
    fc.assert(fc.property(needToKnowInput({ from: '2015-01-01', to: '2035-12-31' }), (input) => checkHandOffs('assessNeedToKnow', assessNeedToKnow(input).actions, input.asOf)), runs);
  });

  it('the national alert names the decision it passes to, with a valid input', () => {
    fc.assert(fc.property(nationalAlertInput({ from: '2015-01-01', to: '2035-12-31' }), (input) => checkHandOffs('assessNationalAlert', assessNationalAlert(input).actions, input.asOf)), runs);
  });

  it('the serious incident decision names the decision it passes to, with a valid input', () => {
    fc.assert(fc.property(seriousIncidentInput({ from: '2015-01-01', to: '2035-12-31' }), (input) => checkHandOffs('assessSeriousIncident', assessSeriousIncident(input).actions, input.asOf)), runs);
  });

  it('the decisions point to each other both ways where the sources link them', () => {
    const passes = (actions: readonly Action[]) => actions.map((a) => a.passesTo?.decision).filter((d) => d !== undefined);
    // Need to Know → national alert (a child on a plan missing) and → serious incident (a death).
    expect(passes(assessNeedToKnow({ asOf: '2026-06-01', childStatus: ['child-protection-plan'], childMissing: true }).actions)).toContain('national-alert');
    expect(passes(assessNeedToKnow({ asOf: '2026-06-01', childStatus: ['child-protection-plan'], childDied: true }).actions)).toContain('serious-incident');
    // National alert → Need to Know.
    const alert = assessNationalAlert({ asOf: '2026-06-01', subject: 'child', childProtectionPlan: true, familyMissing: true, knownLocality: false, inCare: false, unaccompaniedAsylumSeeker: false });
    expect(passes(alert.actions)).toContain('need-to-know');
    // Serious incident → Need to Know.
    expect(passes(assessSeriousIncident({ childDied: true, ageInYears: 4, abuseOrNeglectKnownOrSuspected: true, incidentInEngland: true }).actions)).toContain('need-to-know');
  });
});

describe('a hand-off carries every fact the sender knows and nothing it knows to be false', () => {
  it('from the national alert to Need to Know', () => {
    fc.assert(
      fc.property(nationalAlertInput({ from: '2015-01-01', to: '2035-12-31' }), (input) => {
        const result = assessNationalAlert(input);
        for (const action of result.actions) {
          if (action.passesTo?.decision !== 'need-to-know') continue;
          const passed = action.passesTo.input as Record<string, unknown>;
          const statuses = (passed.childStatus as string[] | undefined) ?? [];
          const planStands = input.childProtectionPlan === true && input.planEndedSinceAlert !== true;
          // Nothing known to be false: a plan only while it stands, looked after only when in care.
          if (statuses.includes('child-protection-plan')) expect(planStands, action.id).toBe(true);
          if (statuses.includes('looked-after')) expect(input.inCare, action.id).toBe(true);
          if (!statuses.includes('child-protection-plan')) expect(action.description, action.id).not.toMatch(/^A child on a child protection plan/);
          // Every fact known: the plan that stands, the care status, missing over 24 hours.
          if (planStands) expect(statuses, action.id).toContain('child-protection-plan');
          if (input.inCare === true && input.subject === 'child') expect(statuses, action.id).toContain('looked-after');
          const overADay = input.alertIssuedOn !== undefined || (input.missingSince !== undefined && days(input.missingSince, input.asOf) >= 2);
          if (passed.childMissing === true && overADay) expect(passed.missingMoreThan24Hours, action.id).toBe(true);
          // The receiving decision does not ask again what the sender knew.
          const asked = assessNeedToKnow(passed as never).missingFacts.map((f) => f.fact);
          if (passed.childMissing !== undefined) expect(asked, action.id).not.toContain('childMissing');
          if (passed.missingMoreThan24Hours !== undefined) expect(asked, action.id).not.toContain('missingMoreThan24Hours');
        }
      }),
      runs,
    );
  });
});

describe('hand-offs are the caller’s own', () => {
  it('shares no object of a hand-off between two results', () => {
    const input = { asOf: '2026-06-01', childStatus: ['child-protection-plan'] as ['child-protection-plan'], childMissing: true, childDied: false };
    const a = assessNeedToKnow(input);
    const b = assessNeedToKnow(input);
    const handOff = (r: typeof a) => r.actions.find((x) => x.passesTo !== undefined)!.passesTo!;
    (handOff(a).input as Record<string, unknown>).asOf = '1999-01-01';
    expect(handOff(b).input.asOf).toBe('2026-06-01');
    expect(handOff(assessNeedToKnow(input)).input.asOf).toBe('2026-06-01');
    const alertInput = { asOf: '2026-06-01', subject: 'child', childProtectionPlan: true, familyMissing: true, knownLocality: false, inCare: false, unaccompaniedAsylumSeeker: false } as const;
    const x = assessNationalAlert(alertInput);
    (x.actions.find((y) => y.passesTo)!.passesTo!.input.childStatus as string[]).push('looked-after');
    expect(assessNationalAlert(alertInput).actions.find((y) => y.passesTo)!.passesTo!.input.childStatus).toEqual(['child-protection-plan']);
  });
});
