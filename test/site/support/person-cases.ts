/**
 * One case for each try page, filled in the way a person would: finding each
 * question by the words on the screen (labels, legends, buttons), never by
 * field names. Each says what input the page must send and checks what the
 * page shows against the library's own result for it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { needIndicators } from '../../../src/index.js';
import type { TryId } from '../../../scripts/site/decisions.js';
import { decodeCase } from '../../../scripts/site/client/case-url.js';

export interface PersonCase {
  fill(page: Page): Promise<void>;
  expectedInput: Record<string, unknown>;
  check(page: Page, result: Record<string, unknown>): Promise<void>;
}

const yes = { name: 'Yes', exact: true } as const;
const no = { name: 'No', exact: true } as const;

/** A yes/no question, found by its words. */
const question = (page: Page, words: RegExp) => page.getByRole('group', { name: words });

type Judged = { id: string; status: string; due?: string; dueIfNoneSince?: string; question?: { question: string } };

/**
 * Every deadline of the result is on the page, with its status and its due
 * date; one whose due date is unknown with the date it falls due if nothing
 * was done since and the question that dates it, never as "due by" a date.
 */
async function deadlinesShown(page: Page, deadlines: Judged[]): Promise<void> {
  for (const d of deadlines) {
    const shown = page.locator(`#try-result .deadline[data-id="${d.id}"][data-status="${d.status}"]`);
    expect(await shown.count(), `${d.id} shown as ${d.status}`).toBeGreaterThan(0);
    // A deadline that no longer applies (not required, stopped) shows no due date; the others show theirs.
    if (d.status === 'not-required' || d.status === 'stopped') expect(await shown.first().locator('[data-due]').count()).toBe(0);
    else if (d.due !== undefined && d.status !== 'not-yet-triggered') expect(await shown.first().locator('[data-due]').getAttribute('data-due')).toBe(d.due);
    if (d.status === 'due-date-unknown') {
      expect(await shown.first().locator('[data-due]').count()).toBe(0);
      expect(await shown.first().locator('[data-due-if-none-since]').getAttribute('data-due-if-none-since')).toBe(d.dueIfNoneSince);
      const text = await shown.first().innerText();
      expect(text).toMatch(/If nothing has been done since/);
      expect(text).not.toMatch(/^\s*Due by/m);
      expect(await shown.first().locator('.deadline-question').innerText()).toMatch(/To date it, answer:/);
    }
  }
}

async function outcomeShown(page: Page, outcome: unknown): Promise<void> {
  expect(await page.getAttribute('#try-result .outcome', 'data-outcome')).toBe(outcome);
}

type HandOff = { decision: string; input: Record<string, unknown> };

/** Each action that passes the case to another decision links to that decision's form with the answers this case gives it. */
async function handOffsShown(page: Page, result: Record<string, unknown>): Promise<void> {
  const handOffs = (result.actions as { passesTo?: HandOff }[]).flatMap((a) => (a.passesTo ? [a.passesTo] : []));
  expect(handOffs.length).toBeGreaterThan(0);
  const links = page.locator('#try-result a.hand-off');
  expect(await links.count()).toBe(handOffs.length);
  for (const [i, to] of handOffs.entries()) {
    const href = (await links.nth(i).getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`try/${to.decision}\\.html#case=`));
    expect(decodeCase(href.slice(href.indexOf('#')))).toEqual(to.input);
  }
}

const indicator = (label: RegExp) => needIndicators.find((i) => label.test(i.label))!.id;

export const personCases: Partial<Record<TryId, PersonCase>> = {
  'need-level': {
    async fill(page) {
      const find = page.getByLabel('Find an indicator by a word');
      await find.fill('self-harm');
      await page.getByLabel('Self-harming behaviour').check();
      await find.fill('attendance');
      await page.getByLabel(/^Persistently poor nursery or school attendance/).check();
      await find.fill('');
      await question(page, /suffering, or is likely to suffer, significant harm/).getByRole('radio', no).check();
      await question(page, /immediate risk of significant harm/).getByRole('radio', no).check();
      await page.getByLabel(/How old is the child/).fill('14');
    },
    expectedInput: {
      indicators: [indicator(/^Self-harming behaviour$/), indicator(/^Persistently poor nursery or school attendance/)],
      significantHarmSuspected: false,
      immediateRiskOfSignificantHarm: false,
      ageInYears: 14,
    },
    async check(page, result) {
      await outcomeShown(page, result.outcome);
      const counted = await page.locator('#try-result .counted').innerText();
      expect(counted).toMatch(/Self-harming behaviour/);
      expect(counted).toMatch(/Persistently poor nursery or school attendance/);
      await deadlinesShown(page, result.deadlines as Judged[]);
    },
  },
  'need-to-know': {
    // A notification already sent for a child still missing, its latest update not dated: the weekly update's due date is unknown.
    async fill(page) {
      await page.getByLabel(/The date of the decision/).fill('2026-03-20');
      await page.getByLabel('Looked after', { exact: true }).check();
      await question(page, /currently missing/).getByRole('radio', yes).check();
      await question(page, /missing for more than 24 hours/).getByRole('radio', yes).check();
      await page.getByLabel(/The date the Need to Know notification was sent/).fill('2026-03-10');
    },
    expectedInput: { asOf: '2026-03-20', childStatus: ['looked-after'], childMissing: true, missingMoreThan24Hours: true, notifiedOn: '2026-03-10' },
    async check(page, result) {
      await outcomeShown(page, result.outcome);
      expect(result.outcome).toBe('keep-notification');
      const deadlines = result.deadlines as Judged[];
      expect(deadlines.map((d) => d.status)).toContain('due-date-unknown');
      await deadlinesShown(page, deadlines);
      // One week after the notification: when the update fell due if none was sent since, shown as that.
      const weekly = page.locator('#try-result .deadline[data-status="due-date-unknown"]').first();
      expect(await weekly.innerText()).toMatch(/If nothing has been done since: it was due by Tuesday 17 March 2026, so it is overdue unless something was done since/);
      // The question that dates it leads to its place on the form.
      const target = await weekly.locator('.deadline-question a').getAttribute('data-focus');
      const key = await page.locator(`#${target}`).evaluate((el) => el.closest('[data-key]')?.getAttribute('data-key'));
      expect(['lastUpdateSentOn', 'anyUpdateSent']).toContain(key);
      await handOffsShown(page, result);
    },
  },
  'national-alert': {
    async fill(page) {
      await page.getByLabel(/The date of the decision/).fill('2026-02-16');
      await question(page, /about a child, an unborn child or a vulnerable adult/).getByRole('radio', { name: 'Child', exact: true }).check();
      await page.getByLabel(/last seen/).fill('2026-02-05');
      await question(page, /subject to a child protection plan/).getByRole('radio', yes).check();
      await question(page, /in care \(looked after\)/).getByRole('radio', no).check();
      await question(page, /unaccompanied asylum-seeking/).getByRole('radio', no).check();
      await question(page, /gone missing from the local authority area/).getByRole('radio', yes).check();
      await question(page, /known to be in a particular locality/).getByRole('radio', no).check();
      await question(page, /ruled out a temporary absence/).getByRole('radio', yes).check();
      await question(page, /police been asked/).getByRole('radio', yes).check();
      await question(page, /contacted all local key agencies/).getByRole('radio', yes).check();
    },
    expectedInput: {
      asOf: '2026-02-16',
      subject: 'child',
      missingSince: '2026-02-05',
      childProtectionPlan: true,
      inCare: false,
      unaccompaniedAsylumSeeker: false,
      familyMissing: true,
      knownLocality: false,
      temporaryAbsenceExcluded: true,
      policeChecked: true,
      keyAgenciesContacted: true,
    },
    async check(page, result) {
      await outcomeShown(page, result.outcome);
      const text = await page.locator('#try-result').innerText();
      // The first day an alert may be issued is shown as that, never as a day something is due by.
      if (typeof result.earliestAlertOn === 'string') {
        expect(await page.getAttribute('#try-result [data-earliest]', 'data-earliest')).toBe(result.earliestAlertOn);
        expect(text).not.toMatch(/due by Thursday 26 February/i);
      }
      await deadlinesShown(page, result.deadlines as Judged[]);
      await handOffsShown(page, result);
    },
  },
  'serious-incident': {
    async fill(page) {
      await question(page, /abused or neglected/).getByRole('radio', yes).check();
      await question(page, /Has the child or young person died/).getByRole('radio', yes).check();
      await question(page, /die by suicide/).getByRole('radio', no).check();
      await question(page, /happen in England/).getByRole('radio', yes).check();
      await question(page, /normally resident in England/).getByRole('radio', yes).check();
      await page.getByLabel(/How old is the child or young person now/).fill('10');
      await question(page, /looked after by a local authority/).getByRole('radio', no).check();
      await page.getByLabel(/judged on/).fill('2027-01-10');
      await page.getByLabel(/became aware of the incident/).fill('2026-12-18');
      await page.getByLabel(/notification was submitted to the Panel/).fill('2026-12-22');
    },
    expectedInput: {
      abuseOrNeglectKnownOrSuspected: true,
      childDied: true,
      diedBySuicide: false,
      incidentInEngland: true,
      normallyResidentInEngland: true,
      ageInYears: 10,
      lookedAfter: false,
      asOf: '2027-01-10',
      awareOn: '2026-12-18',
      notifiedOn: '2026-12-22',
    },
    async check(page, result) {
      await outcomeShown(page, result.outcome);
      expect(result.outcome).toBe('notify-panel');
      await deadlinesShown(page, result.deadlines as Judged[]);
      expect(await page.locator('#try-result').innerText()).toMatch(/Tuesday 29 December 2026/);
      await handOffsShown(page, result);
    },
  },
  timeline: {
    async fill(page) {
      await page.getByLabel(/The date the case is judged on/).fill('2026-12-01');
      const events: [string, string][] = [
        ['The referral was received', '2026-11-02'],
        ['The decision on next steps was made', '2026-11-04'],
        ['The strategy discussion that initiated section 47 enquiries was held', '2026-11-05'],
      ];
      for (const [i, [what, date]] of events.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Add an event' }).click();
        const item = page.getByRole('group', { name: `Event ${i + 1}` });
        await item.getByLabel('What happened').selectOption({ label: what });
        await item.getByLabel(/The date it happened/).fill(date);
        if (what === 'The decision on next steps was made') await item.getByRole('radio', { name: 'Strategy discussion', exact: true }).check();
      }
    },
    expectedInput: {
      asOf: '2026-12-01',
      events: [
        { type: 'referral-received', date: '2026-11-02' },
        { type: 'referral-decision-made', date: '2026-11-04', nextStep: 'strategy-discussion' },
        { type: 'strategy-discussion-s47-initiated', date: '2026-11-05' },
      ],
    },
    async check(page, result) {
      const episodes = result.episodes as { deadlines: Judged[] }[];
      const deadlines = episodes.flatMap((e) => e.deadlines);
      expect(deadlines.length).toBeGreaterThan(0);
      await deadlinesShown(page, deadlines);
      // Events and deadlines in date order, the day of the judgement among them.
      const dates = await page.$$eval('#try-result .timeline > li .tl-date', (els) => els.map((e) => e.textContent ?? ''));
      expect(dates.length).toBeGreaterThanOrEqual(4);
      expect(await page.locator('#try-result .tl-today').count()).toBe(1);
      expect(await page.locator('#try-result .tl-event').count()).toBe(3);
    },
  },
  'placement-notification': {
    async fill(page) {
      await page.getByLabel('Placement start').check();
      await page.getByLabel(/The date Luton received the notification/).fill('2026-11-20');
      const child = page.getByRole('group', { name: /Item 1/ });
      await child.getByLabel(/full name/).fill('Sam Example');
      await child.getByLabel(/date of birth/).fill('2014-05-12');
      await page.getByLabel(/Item 2/).selectOption({ label: 'Care order' });
      const authority = page.getByRole('group', { name: /placing authority's contact details/ });
      await authority.getByLabel(/name of the authority, team or person/).fill('Example Borough Council');
      await authority.getByLabel(/email address/).fill('children@example.org');
      const iro = page.getByRole('group', { name: /Independent Reviewing Officer's contact details/ });
      await iro.getByLabel(/name of the authority, team or person/).fill('A Reviewer');
      await question(page, /Item 4/).getByRole('radio', no).check();
    },
    expectedInput: {
      kind: 'placement-start',
      receivedOn: '2026-11-20',
      child: { name: 'Sam Example', dateOfBirth: '2014-05-12' },
      legalStatus: 'care-order',
      placingAuthority: { name: 'Example Borough Council', email: 'children@example.org' },
      independentReviewingOfficer: { name: 'A Reviewer' },
      specialEducationalNeeds: { hasStatementOrEhcPlan: false },
    },
    async check(page, result) {
      expect(result.valid).toBe(false);
      const problems = result.problems as { field: string; message: string }[];
      expect(await page.locator('#try-result .problems li').count()).toBe(problems.length);
      expect(await page.locator('#placement-reply').inputValue()).toBe(result.summary);
    },
  },
};
