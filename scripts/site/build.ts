/**
 * Builds the static site for policy teams into site/ (git-ignored) from the
 * library itself: rule pages, find, try a case, deadlines, source coverage
 * and interpretations. The pages are plain HTML and CSS; the library and the
 * search index run in the browser from assets/, so the site works from any
 * static file server, offline, with no request leaving it.
 *
 *   npm run site                     build into site/
 *   POLICY_DIR=… npm run site        read the policy headings from another folder
 *
 * The policy documents' headings are read from ../shared/policy (beside the
 * clone, as in CI) for the source coverage page.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionItems } from './action-items.js';
import { coverage } from './coverage.js';
import { coveragePage } from './pages/coverage-page.js';
import { findPage, homePage, indicatorsPage, rulesIndexPage, timescalesPage, type SitePage } from './pages/catalogue-pages.js';
import { interpretationsPage, signOffPage } from './pages/interpretation-pages.js';
import { deadlinesPage } from './pages/deadlines-page.js';
import { rulePage } from './pages/rule-page.js';
import { tryIndexPage, tryPages } from './pages/try-pages.js';
import { readPolicyDocuments } from './policy-headings.js';
import { repositoryRoot as root, siteDir } from './build-paths.js';
import { searchIndexJson } from './search-index.js';
import { buildSeeAlso } from './see-also.js';
import { allRuleModules, citingItems } from './site-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const policyDir = process.env.POLICY_DIR ?? join(root, '..', 'shared', 'policy');

async function main(): Promise<void> {
  const docs = readPolicyDocuments(policyDir);
  const cov = coverage(docs, [...citingItems(), ...(await actionItems())]);
  const seeAlso = await buildSeeAlso();

  const pages: SitePage[] = [
    homePage(),
    rulesIndexPage(),
    findPage(),
    indicatorsPage(cov.placeOf),
    timescalesPage(cov.placeOf),
    interpretationsPage(cov.placeOf),
    signOffPage(),
    coveragePage(cov),
    deadlinesPage(),
    tryIndexPage(),
    ...tryPages(),
    ...allRuleModules.map((r) => rulePage(r, seeAlso.get(r.id), cov.placeOf)),
  ];

  rmSync(siteDir, { recursive: true, force: true });
  for (const p of pages) {
    const target = join(siteDir, p.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, p.html);
  }
  mkdirSync(join(siteDir, 'assets'), { recursive: true });
  writeFileSync(join(siteDir, 'assets', 'site.css'), readFileSync(join(here, 'site.css'), 'utf8'));
  // The data is a script, not JSON fetched at run time, so pages opened straight from disk work too.
  writeFileSync(join(siteDir, 'assets', 'site-data.js'), `window.SITE_DATA = ${JSON.stringify({ searchIndex: searchIndexJson() })};\n`);
  await build({
    entryPoints: [join(here, 'client', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    outfile: join(siteDir, 'assets', 'app.js'),
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`Wrote ${pages.length} pages to site/ (open site/index.html, or serve the folder with any static file server).`);
}

await main();
