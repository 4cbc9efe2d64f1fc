/**
 * The policy site in a real browser (Debian's chromium, headless, en-GB):
 * search; every try page filled in as a person would (by the labels they
 * read) and against the library called directly; errors that point at their
 * field; the whole result downloaded; the shared address; the working-day
 * calculator against `addWorkingDays`; plain words on every form and result;
 * accessibility (axe-core, WCAG 2.2 AA); 320 px layout; no requests outside
 * the site; and screenshots for review under site-report/. Run `npm run site`
 * first.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { verifyDecision } from '../../src/index.js';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { siteDecisions, tryDecision, type TryId } from '../../scripts/site/decisions.js';
import { decodeCase } from '../../scripts/site/client/case-url.js';
import { isPersonalKey } from '../../scripts/site/form/form-model.js';
import { axeViolations, describeViolations, launch } from './support/browser.js';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.js';
import { personCases } from './support/person-cases.js';

const root = join(import.meta.dirname, '..', '..');
const siteDir = join(root, 'site');
const reportDir = join(root, 'site-report');

let server: StaticServer;
let browser: Browser;
const outsideRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error('site/ is not built: run `npm run site` first.');
  mkdirSync(reportDir, { recursive: true });
  server = await serveStatic(siteDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1024): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outsideRequests.push(url);
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(server.url + path);
  await page.waitForSelector('html[data-ready], body:not(:has(script[src$="app.js"]))', { state: 'attached' });
  return page;
}

const pageErrors = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

/** Fills the fields of a form scope from an input, through the controls (clicks, choices, typing). */
async function answer(scope: Locator, input: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(input)) {
    const field = scope.locator(`[data-key="${key}"]`).first();
    const kind = await field.getAttribute('data-kind');
    if (kind === 'group') await answer(field, value as Record<string, unknown>);
    else if (kind === 'list') {
      const entries = value as Record<string, unknown>[];
      for (const [i, entry] of entries.entries()) {
        if ((await field.locator('[data-item]').count()) <= i) await field.getByRole('button', { name: /^Add/ }).click();
        await answer(field.locator('[data-item]').nth(i), entry);
      }
    } else if (kind === 'boolean' || (kind === 'choice' && (await field.locator('input[type=radio]').count()) > 0)) {
      await field.locator(`input[type=radio][value="${String(value)}"]`).check();
    } else if (kind === 'choice') await field.locator('select').selectOption(String(value));
    else if (kind === 'flag') await field.locator('input[type=checkbox]').check();
    else if (kind === 'multi' || kind === 'indicators') {
      const values = value as string[];
      if (values.length === 0 && kind === 'multi') await field.locator('input[data-none]').check();
      for (const v of values) {
        const box = field.locator(`input[type=checkbox][value="${v}"]`);
        // Indicator boxes sit in closed <details> groups: open the group first, as a person would.
        const details = box.locator('xpath=ancestor::details');
        if ((await details.count()) > 0 && !(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
        await box.check();
      }
    } else await field.locator('input, textarea').first().fill(String(value));
  }
}

async function submit(page: Page): Promise<void> {
  await page.locator('#try-form button[type=submit]').click();
  await page.waitForSelector('#try-result:not([hidden]), #try-errors:not([hidden])');
}

/**
 * The input the page sent: the case it keeps in its address, or (for a form
 * that asks for a person's details, which keeps nothing in the address) the
 * input in the whole result it downloads.
 */
async function sentInput(page: Page): Promise<Record<string, unknown>> {
  const kept = decodeCase(new URL(page.url()).hash);
  if (kept) return kept;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#try-download')]);
  return (JSON.parse(readFileSync((await download.path())!, 'utf8')) as { input: Record<string, unknown> }).input;
}

interface Shown {
  outcome: string | undefined;
  deadlines: Record<string, string>;
}

async function shownResult(page: Page): Promise<Shown> {
  await page.waitForSelector('#try-result:not([hidden])');
  const outcome = await page.getAttribute('#try-result .outcome', 'data-outcome');
  const deadlines = Object.fromEntries(await page.$$eval('#try-result [data-deadline]', (els) => els.map((e) => [e.getAttribute('data-deadline')!, e.getAttribute('data-due')!])));
  return { outcome: outcome ?? undefined, deadlines };
}

async function direct(area: DecisionArea, input: Record<string, unknown>): Promise<Shown> {
  const result = (await siteDecisions[area].run(input)) as { outcome: string; deadlines: { id: string; status: string; due?: string }[] };
  return { outcome: result.outcome, deadlines: Object.fromEntries(result.deadlines.filter((d) => d.due !== undefined && d.status !== 'not-required' && d.status !== 'stopped').map((d) => [d.id, d.due!])) };
}

/** Words a policy officer should never meet: field names, JSON talk, Markdown, formats. */
const DEVELOPER_WORDS = /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|True when|\bYYYY\b|`|\*\*|missingFacts|furtherQuestions|\bnull\b|\bundefined\b|\[object|\binput\.[a-z]/;

function developerPhrases(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => DEVELOPER_WORDS.test(l));
}

describe('Find', () => {
  it.each([
    ['missing', 'need-to-know.looked-after.missing'],
    ['death', 'need-to-know.looked-after.death'],
    ['FGM', 'need-level.duty.fgm-mandatory-report'],
    ['conference', 'child-protection'],
  ])('“%s” finds %s, saying which decision and which source', async (query, expectedHref) => {
    const page = await open(`find.html?q=${encodeURIComponent(query)}`);
    const hrefs = await page.$$eval('#find-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes(expectedHref))).toBe(true);
    const first = await page.textContent('#find-results li');
    expect(first).toMatch(/Source: /);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the search box in the header takes a search to the Find page', async () => {
    const page = await open('rules.html');
    await page.fill('#site-search-q', 'arson');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('#find-results a');
    expect(await page.textContent('#find-results')).toMatch(/arson/i);
    await page.close();
  });
});

describe('Try a case, as a person fills it in', () => {
  it.each(Object.keys(personCases) as TryId[])('%s: filled in by its labels, the result is the library’s, in view, in plain words (screenshots at 1024 and 320 px)', async (id) => {
    const scenario = personCases[id]!;
    for (const width of [1024, 320]) {
      const page = await open(`try/${id}.html`, width);
      await scenario.fill(page);
      await submit(page);
      expect(await page.isHidden('#try-errors')).toBe(true);
      // Where the focus went, before the input is read (from the download, for a form that keeps nothing in the address).
      const focused = await page.evaluate(() => document.activeElement?.id);
      const top = await page.locator('#try-result-h').evaluate((h) => h.getBoundingClientRect().top);
      const input = await sentInput(page);
      expect(input).toEqual(scenario.expectedInput);
      const result = (await tryDecision(id).run(input)) as Record<string, unknown>;
      await scenario.check(page, result);
      // The result's heading is at the top of the window, not at its bottom edge.
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(120);
      expect(focused).toBe('try-result-h');
      expect(developerPhrases(await page.locator('main').innerText())).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(reportDir, `try-${id}-${width}-result-in-view.png`) });
      await page.screenshot({ path: join(reportDir, `try-${id}-${width}-filled.png`), fullPage: true });
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it.each(Object.keys(personCases) as TryId[])('%s: the download is the whole result, input included, as the library returns it', async (id) => {
    const page = await open(`try/${id}.html`);
    await personCases[id]!.fill(page);
    await submit(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#try-download')]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    const returned = JSON.parse(JSON.stringify(await tryDecision(id).run(await sentInput(page)))) as Record<string, unknown>;
    // The result as the library returns it when it carries its input; otherwise the input beside it.
    expect(saved).toEqual('input' in returned ? returned : { input: await sentInput(page), result: returned });
    expect(saved.input).toEqual(await sentInput(page));
    if ('ruleset' in saved && saved.decision !== undefined) expect(verifyDecision(saved as never).reproduced).toBe(true);
    await page.close();
  });
});

/** One example per decision, preferring one that applies and yields a deadline, so due dates are compared too. */
async function caseFor(area: DecisionArea): Promise<Record<string, unknown>> {
  const examples = allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.filter((e) => e.expect.rule === 'fired'));
  for (const e of examples) if (Object.keys((await direct(area, e.input)).deadlines).length > 0) return e.input;
  return examples[0]!.input;
}

describe('Try a case, against the library', () => {
  it.each(Object.keys(siteDecisions) as DecisionArea[])('%s: every example that applies gives the same outcome and due dates as the library called directly', async (area) => {
    const examples = allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.filter((e) => e.expect.rule === 'fired'));
    const page = await open(`try/${area}.html`);
    for (const example of examples.slice(0, 12)) {
      await page.click('#try-reset');
      await answer(page.locator('#try-form'), example.input);
      await submit(page);
      // Indicators go in the order they are listed on the form; the library reads them as a set.
      const sorted = (input: Record<string, unknown>) => (Array.isArray(input.indicators) ? { ...input, indicators: [...input.indicators].sort() } : input);
      expect(sorted(await sentInput(page))).toEqual(sorted(example.input));
      expect(await shownResult(page)).toEqual(await direct(area, example.input));
    }
    // Dates are shown in words, e.g. "Tuesday 29 December 2026".
    for (const due of await page.$$eval('#try-result [data-due]', (els) => els.map((e) => e.textContent ?? ''))) {
      expect(due).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a shared address restores the case: the same answers and the same result', async () => {
    const input = await caseFor('national-alert');
    const page = await open('try/national-alert.html');
    await answer(page.locator('#try-form'), input);
    await submit(page);
    const first = await shownResult(page);
    const address = page.url();
    expect(address).toMatch(/#case=/);
    await page.close();
    const shared = await open(address.slice(server.url.length));
    expect(await shownResult(shared)).toEqual(first);
    expect(await sentInput(shared)).toEqual(input);
    await shared.click('#try-form button[type=submit]');
    expect(await sentInput(shared)).toEqual(input);
    await shared.close();
  });

  it('a shared timeline restores every event', async () => {
    const input = personCases.timeline!.expectedInput;
    const page = await open(`try/timeline.html#case=${Buffer.from(JSON.stringify(input)).toString('base64url')}`);
    await shownResult(page);
    expect(await page.locator('[data-item]').count()).toBe((input.events as unknown[]).length);
    await page.click('#try-form button[type=submit]');
    expect(await sentInput(page)).toEqual(input);
    await page.close();
  });
});

describe('Errors point at their field', () => {
  it('a question that must be answered: the summary links to the field, which shows the message too', async () => {
    const page = await open('try/need-to-know.html');
    await submit(page);
    const link = page.locator('#try-errors a').first();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('try-errors');
    expect(await link.textContent()).toMatch(/^The date of the decision: This needs an answer\.$/);
    const target = (await link.getAttribute('href'))!.slice(1);
    expect(await page.locator(`#${target}`).getAttribute('class')).toBe('date');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    expect(await page.locator(`[data-key="asOf"] .error-message`).textContent()).toMatch(/This needs an answer/);
    expect(await page.isHidden('#try-result')).toBe(true);
    await page.close();
  });

  it('dates out of order: the message names the questions the form asks, never the fields’ code names', async () => {
    const page = await open('try/serious-incident.html');
    await page.getByLabel(/became aware of the incident/).fill('2027-01-10');
    await page.getByLabel(/judged on/).fill('2026-12-18');
    await submit(page);
    const text = (await page.locator('#try-errors').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/There is a problem/);
    expect(text).toMatch(/The date the deadlines are judged on/);
    expect(text).toMatch(/became aware of the incident/);
    expect(developerPhrases(text)).toEqual([]);
    const href = await page.locator('#try-errors a').first().getAttribute('href');
    expect(await page.locator(`${href}`).evaluate((el) => el.closest('[data-key]')?.getAttribute('data-key'))).toBe('asOf');
    await page.close();
  });

  it('an event after the day the case is judged on: the message names the event by its number and what happened', async () => {
    const page = await open('try/timeline.html');
    await page.getByLabel(/judged on/).fill('2026-11-01');
    await page.getByLabel('What happened').selectOption({ label: 'The referral was received' });
    await page.getByLabel(/The date it happened/).fill('2026-11-02');
    await submit(page);
    const text = (await page.locator('#try-errors').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/Event 1/);
    expect(text).toMatch(/The referral was received/);
    expect(developerPhrases(text)).toEqual([]);
    const href = (await page.locator('#try-errors a').first().getAttribute('href'))!;
    expect(await page.locator(href).getAttribute('class')).toBe('date');
    await page.close();
  });
});

describe('Dates are typed as year-month-day, with a clear error for one that cannot be used', () => {
  const tryIds = ['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'timeline', 'placement-notification'] as const;

  it.each(tryIds)('%s: every date box is a text box with the format in its hint, and a date typed day first or that does not exist is refused beside its field', async (id) => {
    const page = await open(`try/${id}.html`);
    // Show every branch's and list entry's fields: choose the first kind of notification, if there are kinds.
    const kinds = page.locator('#try-form > [data-kind="alternatives"] > fieldset input[type=radio]:not([value=""])');
    if ((await kinds.count()) > 0) await kinds.first().check();
    const dates = page.locator('#try-form input.date:visible');
    const count = await dates.count();
    expect(await page.locator('#try-form input[type=date]').count()).toBe(0);
    if (count === 0) {
      await page.close();
      return;
    }
    for (let i = 0; i < count; i++) {
      const box = dates.nth(i);
      expect(await box.getAttribute('type')).toBe('text');
      const hint = await box.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((h) => document.getElementById(h)?.textContent ?? '').join(' '));
      expect(hint).toMatch(/year, month and day with dashes: for example, 2026-06-01 for 1 June 2026/);
    }
    // 01062026 typed for 1 June 2026 becomes an error on that field, never 6 January.
    await dates.first().fill('01062026');
    if (count > 1) await dates.nth(1).fill('2026-02-30');
    await submit(page);
    expect(await page.isHidden('#try-errors')).toBe(false);
    expect(await page.isHidden('#try-result')).toBe(true);
    const first = dates.first().locator('xpath=ancestor::*[@data-key][1]');
    expect(await first.locator('.error-message').innerText()).toMatch(/Enter the date as year, month and day with dashes, for example 2026-06-01/);
    if (count > 1) expect(await dates.nth(1).locator('xpath=ancestor::*[@data-key][1]').locator('.error-message').innerText()).toMatch(/There is no such date: that month has 28 days/);
    const summary = (await page.locator('#try-errors').innerText()).replace(/\s+/g, ' ');
    expect(summary).toMatch(/Enter the date as year, month and day/);
    expect(developerPhrases(summary)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the working-day calculator takes a typed date and refuses one that does not exist', async () => {
    const page = await open('deadlines.html');
    expect(await page.getAttribute('#calc-date', 'type')).toBe('text');
    await page.fill('#calc-date', '01062026');
    await page.click('#calc-form button[type=submit]');
    expect(await page.locator('#calc-errors').innerText()).toMatch(/Enter the date as year, month and day with dashes/);
    await page.fill('#calc-date', '2026-04-31');
    await page.click('#calc-form button[type=submit]');
    expect(await page.locator('#calc-errors').innerText()).toMatch(/There is no such date: that month has 30 days/);
    await page.fill('#calc-date', '2026-06-01');
    await page.click('#calc-form button[type=submit]');
    expect(await page.getAttribute('#calc-due', 'data-date')).toBe(addWorkingDays('2026-06-01', 5));
    await page.close();
  });
});

describe('No personal details in the page address', () => {
  const tryIds = ['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'timeline', 'placement-notification'] as const;
  /** What a person's details look like when typed, by the kind of box. */
  const personal = { text: 'Jane Example', email: 'jane.example@example.org', tel: '01632 960123', date: '2014-05-12' };

  /** Keys anywhere in a value that name a person's details. */
  const personalKeys = (value: unknown): string[] =>
    value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [...(isPersonalKey(k) ? [k] : []), ...personalKeys(v)]) : [];

  it.each(tryIds)('%s: every form filled in, each kind of notification, the address holds no name, date of birth, address, phone or email; the notice says not to enter them', async (id) => {
    const page = await open(`try/${id}.html`);
    expect(await page.locator('main .note').first().innerText()).toMatch(/Do not enter names or other details that identify a child/);
    const kinds = page.locator('#try-form > [data-kind="alternatives"] > fieldset input[type=radio]:not([value=""])');
    const values = (await kinds.count()) > 0 ? await kinds.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value)) : [undefined];
    const hasPersonal = (await page.locator('#try-form [data-personal]').count()) > 0;
    for (const value of values) {
      await page.click('#try-reset');
      if (value !== undefined) await page.locator(`#try-form > [data-kind="alternatives"] > fieldset input[type=radio][value="${value}"]`).check();
      // Every box a person can type in, personal details where the form asks for them.
      const boxes = page.locator('#try-form input[type=text]:visible, #try-form input[type=email]:visible, #try-form input[type=tel]:visible, #try-form textarea:visible');
      for (let i = 0; i < (await boxes.count()); i++) {
        const box = boxes.nth(i);
        const isPersonal = await box.evaluate((el) => el.closest('[data-key]')?.hasAttribute('data-personal') ?? false);
        const type = (await box.getAttribute('type')) ?? 'text';
        const isDate = (await box.getAttribute('class')) === 'date';
        await box.fill(isDate ? (isPersonal ? personal.date : '2026-11-20') : isPersonal ? personal[type as 'text' | 'email' | 'tel'] ?? personal.text : 'Example');
      }
      await submit(page);
      const address = decodeURIComponent(page.url());
      const kept = decodeCase(new URL(page.url()).hash);
      for (const typed of Object.values(personal)) {
        expect(address).not.toContain(typed);
        expect(JSON.stringify(kept ?? {})).not.toContain(typed);
      }
      expect(personalKeys(kept ?? {})).toEqual([]);
      // A form that asks for a person's details keeps no case in the address and offers no link; the others do.
      if (hasPersonal) {
        expect(kept).toBeUndefined();
        expect(await page.locator('#try-share').count()).toBe(0);
      } else expect(kept).toBeDefined();
    }
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a placement case put in the address by hand is not read, and the address is cleared', async () => {
    const input = { kind: 'placement-start', child: { name: 'Jane Example' } };
    const page = await open(`try/placement-notification.html#case=${Buffer.from(JSON.stringify(input)).toString('base64url')}`);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.isHidden('#try-result')).toBe(true);
    await page.close();
  });
});

describe('The timeline shows no due date on a deadline that no longer applies', () => {
  it('the README history: the assessment not required and the stopped deadlines have no "Due by", the met one keeps its date', async () => {
    const input = {
      asOf: '2027-02-15',
      events: [
        { type: 'referral-received', date: '2026-11-02', episode: 'referral-1' },
        { type: 'referral-decision-made', date: '2026-11-03', episode: 'referral-1', nextStep: 'no-further-action' },
        { type: 'referral-received', date: '2027-01-04', episode: 'referral-2' },
        { type: 'strategy-discussion-s47-initiated', date: '2027-01-05', episode: 'referral-2' },
        { type: 'child-moved-out-of-area', date: '2027-01-20' },
      ],
    };
    const result = (await tryDecision('timeline').run(input)) as { episodes: { deadlines: { id: string; status: string; due?: string }[] }[] };
    const deadlines = result.episodes.flatMap((e) => e.deadlines);
    expect(deadlines.filter((d) => d.status === 'not-required' || d.status === 'stopped').length).toBeGreaterThanOrEqual(3);
    const page = await open(`try/timeline.html#case=${Buffer.from(JSON.stringify(input)).toString('base64url')}`);
    await page.waitForSelector('#try-result:not([hidden])');
    for (const status of ['not-required', 'stopped']) {
      const shown = page.locator(`#try-result .deadline[data-status="${status}"]`);
      expect(await shown.count()).toBe(deadlines.filter((d) => d.status === status).length);
      for (let i = 0; i < (await shown.count()); i++) {
        expect(await shown.nth(i).locator('[data-due]').count()).toBe(0);
        expect(await shown.nth(i).innerText()).not.toMatch(/Due by|Not before/);
      }
    }
    const met = page.locator('#try-result .deadline[data-status="met"]').first();
    expect(await met.locator('[data-due]').getAttribute('data-due')).toBe(deadlines.find((d) => d.status === 'met')!.due);
    expect(await page.locator('#try-result').innerText()).toMatch(/Deadlines that no longer apply/);
    await page.close();
  });
});

describe('From the keyboard alone', () => {
  it('Need to Know: Tab to each question, answer with the keys, send with Enter; the result takes the focus', async () => {
    const page = await open('try/need-to-know.html');
    const tabTo = async (test: () => Promise<boolean>, limit = 200) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await test()) return;
      }
      throw new Error('not reached with Tab');
    };
    const focusedKey = () => page.evaluate(() => document.activeElement?.closest('[data-key]')?.getAttribute('data-key') ?? '');
    await tabTo(async () => (await focusedKey()) === 'asOf');
    // Typed as the hint under the box says: year, month and day with dashes, whatever the browser's language.
    await page.keyboard.type('2026-03-10');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('2026-03-10');
    await tabTo(async () => (await focusedKey()) === 'childStatus');
    await page.keyboard.press('Space');
    await tabTo(async () => (await focusedKey()) === 'childMissing');
    // A radio group is one Tab stop: the arrow keys move to Yes (the first choice, from "Not known").
    await page.keyboard.press('ArrowDown');
    await tabTo(async () => (await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type)) === 'submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#try-result:not([hidden])');
    expect(await sentInput(page)).toEqual({ asOf: '2026-03-10', childStatus: ['looked-after'], childMissing: true });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('try-result-h');
    await page.close();
  });
});

describe('The timeline form', () => {
  it('shows only the fields each event can have, and entries are added and removed from the keyboard', async () => {
    const page = await open('try/timeline.html');
    const first = page.locator('[data-item]').first();
    expect(await first.locator('[data-key="planMade"]').isHidden()).toBe(true);
    await first.getByLabel('What happened').selectOption({ label: 'The initial child protection conference was held' });
    expect(await first.locator('[data-key="planMade"]').isVisible()).toBe(true);
    expect(await first.locator('[data-key="nextStep"]').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Add an event' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-item]').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await page.locator('[data-list-status]').textContent()).toBe('Event 2 added.');
    await page.getByRole('button', { name: 'Remove event 1' }).click();
    expect(await page.locator('[data-item]').count()).toBe(1);
    expect(await page.locator('[data-item] legend').first().textContent()).toMatch(/Event 1/);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('The placement check', () => {
  it('links each missing item to its place on the form and gives the reply to send', async () => {
    const page = await open('try/placement-notification.html');
    await page.getByLabel('Leaving placement').check();
    await page.getByRole('group', { name: /Item 1/ }).getByLabel(/full name/).fill('Alex Example');
    await submit(page);
    const result = (await tryDecision('placement-notification').run(await sentInput(page))) as { valid: boolean; problems: { field: string }[]; summary: string };
    expect(result.valid).toBe(false);
    const links = page.locator('#try-result .problems a');
    expect(await links.count()).toBe(result.problems.length);
    await links.first().click();
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-key]')?.getAttribute('data-key'));
    expect(result.problems[0]!.field.split('.').at(-1)).toBe(focused);
    expect(await page.locator('#placement-reply').inputValue()).toBe(result.summary);
    await page.close();
  });
});

describe('Plain words on every form', () => {
  it.each(['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'timeline', 'placement-notification'])('%s: every question, hint and choice is in plain words', async (id) => {
    const page = await open(`try/${id}.html`);
    // Show every alternative and every event field, so their words are read too.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('#try-form [hidden]')) el.hidden = false;
    });
    const words = await page.$$eval('#try-form legend, #try-form label, #try-form .hint, #try-form .label, #try-form option', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(words.filter((w) => DEVELOPER_WORDS.test(w))).toEqual([]);
    // No two questions of the form itself read the same (the same words in two groups, a name in each contact, are fine).
    const questions = await page.$$eval('#try-form > [data-key] > label, #try-form > [data-key] > legend', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(new Set(questions).size).toBe(questions.length);
    await page.close();
  });
});

describe('Deadlines', () => {
  it('the worked example: 5 working days after Friday 18 December 2026 is Tuesday 29 December, skipping the weekend and bank holidays', async () => {
    const page = await open('deadlines.html');
    await page.fill('#calc-date', '2026-12-18');
    await page.fill('#calc-amount', '5');
    await page.click('#calc-form button[type=submit]');
    expect(await page.getAttribute('#calc-due', 'data-date')).toBe(addWorkingDays('2026-12-18', 5));
    expect(await page.textContent('#calc-due')).toBe('Tuesday 29 December 2026');
    const skipped = await page.$$eval('[data-skipped]', (els) => els.map((e) => e.textContent ?? ''));
    expect(skipped).toEqual(expect.arrayContaining([expect.stringMatching(/25 December 2026 — bank holiday: Christmas Day/), expect.stringMatching(/28 December 2026 — bank holiday: Boxing Day/), expect.stringMatching(/Saturday 19 December 2026 — Saturday/)]));
    await page.close();
  });

  it('the calculator agrees with addWorkingDays, forwards and backwards', async () => {
    const page = await open('deadlines.html');
    await fc.assert(
      fc.asyncProperty(fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true }), fc.integer({ min: 0, max: 60 }), fc.boolean(), async (d, n, before) => {
        const date = d.toISOString().slice(0, 10);
        await page.fill('#calc-date', date);
        await page.fill('#calc-amount', String(n));
        await page.check(`input[name=direction][value=${before ? 'before' : 'after'}]`);
        await page.click('#calc-form button[type=submit]');
        expect(await page.getAttribute('#calc-due', 'data-date')).toBe(addWorkingDays(date, before ? -n : n));
      }),
      { numRuns: 25 },
    );
    await page.close();
  });

  it('shows the bank holidays of a year, marking years after the confirmed horizon provisional', async () => {
    const page = await open('deadlines.html');
    await page.fill('#holidays-year', '2026');
    await page.click('#holidays-form button[type=submit]');
    expect(await page.textContent('#holidays-result')).toMatch(/Friday 25 December 2026/);
    expect(await page.textContent('#holidays-result')).not.toMatch(/provisional/i);
    await page.fill('#holidays-year', '2035');
    await page.click('#holidays-form button[type=submit]');
    expect(await page.textContent('#holidays-result')).toMatch(/provisional/i);
    await page.close();
  });
});

describe('Accessible, readable, self-contained', () => {
  const withResult = (id: TryId) => async (p: Page) => {
    await personCases[id]!.fill(p);
    await submit(p);
  };
  const pages: [string, string, ((p: Page) => Promise<void>)?][] = [
    ['home', 'index.html'],
    ['rules list', 'rules.html'],
    ['find with results', 'find.html?q=missing'],
    ['rule page', 'rules/need-to-know.looked-after.missing.html'],
    ['try index', 'try/index.html'],
    ...(Object.keys(personCases) as TryId[]).map((id): [string, string, (p: Page) => Promise<void>] => [`try ${id} with its result`, `try/${id}.html`, withResult(id)]),
    ['try need level (indicator picker open)', 'try/need-level.html', async (p) => {
      await p.click('details.indicator-level summary');
    }],
    ['try a case with its errors', 'try/serious-incident.html', async (p) => {
      await p.getByLabel(/became aware of the incident/).fill('2027-01-10');
      await p.getByLabel(/judged on/).fill('2026-12-18');
      await submit(p);
    }],
    ['deadlines with a result', 'deadlines.html', async (p) => {
      await p.fill('#calc-date', '2026-12-18');
      await p.click('#calc-form button[type=submit]');
    }],
    ['indicators', 'indicators.html'],
    ['timescales', 'timescales.html'],
    ['source coverage', 'coverage.html'],
    ['interpretations', 'interpretations.html'],
    ['sign-off sheet', 'sign-off.html'],
  ];

  it.each(pages)('%s: axe reports no WCAG 2.2 AA violations, and it fits 320 px', async (_name, path, prepare) => {
    for (const width of [1024, 320]) {
      const page = await open(path, width);
      if (prepare) await prepare(page);
      const violations = await axeViolations(page);
      expect(describeViolations(violations)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it('screenshots of the home page, a rule page, the interpretations, the sign-off sheet and source coverage (site-report/)', async () => {
    for (const [name, path, print] of [
      ['home', 'index.html', false],
      ['rule-page', 'rules/need-to-know.looked-after.missing.html', true],
      ['interpretations', 'interpretations.html', false],
      ['sign-off', 'sign-off.html', true],
      ['coverage', 'coverage.html', false],
    ] as const) {
      const page = await open(path);
      await page.screenshot({ path: join(reportDir, `${name}.png`), fullPage: true });
      if (print) {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(reportDir, `${name}-print.png`), fullPage: true });
      }
      await page.close();
    }
    const narrow = await open('index.html', 320);
    await narrow.screenshot({ path: join(reportDir, 'home-320px.png') });
    await narrow.close();
    expect(existsSync(join(reportDir, 'home.png')) && existsSync(join(reportDir, 'sign-off-print.png'))).toBe(true);
  });

  it('no page asked for anything outside the site', () => {
    expect(outsideRequests).toEqual([]);
  });
});
