/**
 * The policy site in a real browser (Debian's chromium, headless): search,
 * trying a case against the library called directly, the shared address,
 * the working-day calculator against `addWorkingDays`, accessibility (axe-core,
 * WCAG 2.2 AA), 320 px layout, no requests outside the site, and screenshots
 * for review under site-report/. Run `npm run site` first.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { allRuleModules } from '../../src/rules/catalogue.js';
import type { DecisionArea } from '../../src/rules/engine/rule-module.js';
import { siteDecisions } from '../../scripts/site/decisions.js';
import { axeViolations, describeViolations, launch } from './support/browser.js';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.js';

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
  const page = await browser.newPage({ viewport: { width, height: 900 } });
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

/** Answers the form the way a person would: clicks, choices, typing. */
async function answer(page: Page, input: Record<string, unknown>, prefix: string[] = []): Promise<void> {
  for (const [key, value] of Object.entries(input)) {
    const name = [...prefix, key].join('.');
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      await answer(page, value as Record<string, unknown>, [...prefix, key]);
    } else if (typeof value === 'boolean') {
      await page.check(`input[type=radio][name="${name}"][value="${value}"]`);
    } else if (Array.isArray(value)) {
      if (value.length === 0 && name !== 'indicators') await page.check(`input[type=checkbox][name="${name}"][data-none]`);
      for (const v of value) {
        const box = page.locator(`input[type=checkbox][name="${name}"][value="${String(v)}"]`);
        // Indicator boxes sit in closed <details> groups: open the group first, as a person would.
        const details = box.locator('xpath=ancestor::details');
        if ((await details.count()) > 0 && !(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
        await box.check();
      }
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      await page.fill(`input[type=date][name="${name}"]`, value);
    } else if (typeof value === 'number') {
      await page.fill(`input[type=number][name="${name}"]`, String(value));
    } else {
      await page.selectOption(`select[name="${name}"]`, String(value));
    }
  }
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
  // A deadline not yet triggered has no due date to show.
  return { outcome: result.outcome, deadlines: Object.fromEntries(result.deadlines.filter((d) => d.due !== undefined).map((d) => [d.id, d.due!])) };
}

/** One example per decision, preferring one that applies and yields a deadline, so due dates are compared too. */
async function caseFor(area: DecisionArea): Promise<Record<string, unknown>> {
  const examples = allRuleModules.filter((r) => r.decision === area).flatMap((r) => r.examples.filter((e) => e.expect.rule === 'fired'));
  for (const e of examples) if (Object.keys((await direct(area, e.input)).deadlines).length > 0) return e.input;
  return examples[0]!.input;
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
    const page = await open('index.html');
    await page.fill('#site-search-q', 'arson');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('#find-results a');
    expect(await page.textContent('#find-results')).toMatch(/arson/i);
    await page.close();
  });
});

describe('Try a case', () => {
  it.each(Object.keys(siteDecisions) as DecisionArea[])('%s: the form gives the same outcome and due dates as the library called directly', async (area) => {
    const input = await caseFor(area);
    const page = await open(`try/${area}.html`);
    await answer(page, input);
    await page.click('#try-form button[type=submit]');
    const shown = await shownResult(page);
    const expected = await direct(area, input);
    expect(shown).toEqual(expected);
    // Dates are shown in words, e.g. "Tuesday 29 December 2026".
    for (const due of Object.values(expected.deadlines)) {
      const text = await page.textContent(`#try-result [data-due="${due}"]`);
      expect(text).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
    expect(pageErrors(page)).toEqual([]);
    if (area === 'need-to-know') await page.locator('#try-result').screenshot({ path: join(reportDir, 'tried-case.png') });
    await page.close();
  });

  it('a shared address restores the case: the same answers and the same result', async () => {
    const input = await caseFor('national-alert');
    const page = await open('try/national-alert.html');
    await answer(page, input);
    await page.click('#try-form button[type=submit]');
    const first = await shownResult(page);
    const address = page.url();
    expect(address).toMatch(/#case=/);
    const answers = await page.evaluate(() => [...new FormData(document.getElementById('try-form') as HTMLFormElement).entries()].map(([k, v]) => `${k}=${String(v)}`));
    await page.close();

    const shared = await browser.newPage();
    await shared.goto(address);
    const restored = await shownResult(shared);
    expect(restored).toEqual(first);
    const restoredAnswers = await shared.evaluate(() => [...new FormData(document.getElementById('try-form') as HTMLFormElement).entries()].map(([k, v]) => `${k}=${String(v)}`));
    expect(restoredAnswers).toEqual(answers);
    await shared.close();
  });

  it('downloads the case as the JSON a case system would send', async () => {
    const input = await caseFor('serious-incident');
    const page = await open('try/serious-incident.html');
    await answer(page, input);
    await page.click('#try-form button[type=submit]');
    await shownResult(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#try-download')]);
    const path = await download.path();
    expect(JSON.parse(readFileSync(path!, 'utf8'))).toEqual(input);
    await page.close();
  });

  it('an impossible answer is reported as the library words it, not as a crash', async () => {
    const page = await open('try/need-to-know.html');
    await page.click('#try-form button[type=submit]'); // asOf is required and not given
    await page.waitForSelector('#try-errors:not([hidden])');
    expect(await page.textContent('#try-errors')).toMatch(/asOf/);
    expect(await page.isHidden('#try-result')).toBe(true);
    await page.close();
  });

  it('the indicator picker filters by a word and groups by level and domain', async () => {
    const page = await open('try/need-level.html');
    await page.fill('.indicator-filter', 'school');
    const visible = await page.$$eval('label.indicator', (ls) => ls.filter((l) => !l.closest('[hidden]') && !(l as HTMLElement).hidden).map((l) => l.textContent ?? ''));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((t) => /school/i.test(t))).toBe(true);
    expect(visible.length).toBeLessThan(await page.locator('label.indicator').count());
    expect(await page.$$eval('details.indicator-level summary', (s) => s.map((x) => x.textContent ?? ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Universal/), expect.stringMatching(/^Additional/), expect.stringMatching(/^Intensive/), expect.stringMatching(/^Specialist/)]),
    );
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
  const pages: [string, string, ((p: Page) => Promise<void>)?][] = [
    ['home', 'index.html'],
    ['rules list', 'rules.html'],
    ['find with results', 'find.html?q=missing'],
    ['rule page', 'rules/need-to-know.looked-after.missing.html'],
    ['try a case with its result', 'try/need-to-know.html', async (p) => {
      await answer(p, await caseFor('need-to-know'));
      await p.click('#try-form button[type=submit]');
      await p.waitForSelector('#try-result:not([hidden])');
    }],
    ['try need level (indicator picker open)', 'try/need-level.html', async (p) => {
      await p.click('details.indicator-level summary');
    }],
    ['deadlines with a result', 'deadlines.html', async (p) => {
      await p.fill('#calc-date', '2026-12-18');
      await p.click('#calc-form button[type=submit]');
    }],
    ['indicators', 'indicators.html'],
    ['timescales', 'timescales.html'],
    ['source coverage', 'coverage.html'],
    ['interpretations', 'interpretations.html'],
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

  it('screenshots of the home page and a rule page for review (site-report/)', async () => {
    const home = await open('index.html');
    await home.screenshot({ path: join(reportDir, 'home.png'), fullPage: true });
    await home.close();
    const rule = await open('rules/need-to-know.looked-after.missing.html');
    await rule.screenshot({ path: join(reportDir, 'rule-page.png'), fullPage: true });
    await rule.emulateMedia({ media: 'print' });
    await rule.screenshot({ path: join(reportDir, 'rule-page-print.png'), fullPage: true });
    await rule.close();
    const narrow = await open('try/need-to-know.html', 320);
    await narrow.screenshot({ path: join(reportDir, 'try-320px.png'), fullPage: true });
    await narrow.close();
    expect(existsSync(join(reportDir, 'home.png')) && existsSync(join(reportDir, 'rule-page.png'))).toBe(true);
  });

  it('no page asked for anything outside the site', () => {
    expect(outsideRequests).toEqual([]);
  });
});
