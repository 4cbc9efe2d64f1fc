/**
 * The interpretations a policy owner signs off: one page grouped by the
 * decision that relies on each reading, with contents, and a printable
 * sign-off sheet (one row per reading, a box to confirm or ask for a
 * change, and a line for name, role and date).
 */
import type { Interpretation } from '../../../src/rules/engine/interpretation.js';
import type { Citation } from '../../../src/schemas/citation.js';
import { citationHtml, citationText } from '../citations-html.js';
import { esc, page, slug } from '../html.js';
import { humanise } from '../words.js';
import type { PolicyHeading } from '../policy-headings.js';
import { allInterpretations, allRuleModules, decisionAreas, ruleHref, timescales } from '../site-data.js';
import { rulesVersion } from '../rules-version.js';
import type { SitePage } from './catalogue-pages.js';

type PlaceOf = (c: Citation) => PolicyHeading | undefined;

/** The groups a reading belongs to, by the first part of its id, in the order a reader meets the decisions. */
const GROUPS: { id: string; title: string; prefixes: string[] }[] = [
  ...Object.entries(decisionAreas).map(([id, area]) => ({ id, title: area.title, prefixes: [id] })),
  { id: 'deadlines', title: 'Deadlines and timescales', prefixes: ['timescales', 'referral-and-assessment', 'child-protection', 'child-death-review', 'private-fostering', 'lado'] },
  { id: 'timeline', title: 'Case timelines', prefixes: ['timeline'] },
  { id: 'placement-notification', title: 'Placement notifications', prefixes: ['placement-notification'] },
  { id: 'census', title: 'Children in need census', prefixes: ['census'] },
];

export interface InterpretationGroup {
  id: string;
  title: string;
  items: Interpretation[];
}

/** Every interpretation, grouped; a reading whose id names no known group gets a group of its own. */
export function interpretationGroups(): InterpretationGroup[] {
  const groups = new Map<string, InterpretationGroup>();
  for (const i of allInterpretations()) {
    const prefix = i.id.split('.')[0]!;
    const known = GROUPS.find((g) => g.prefixes.includes(prefix));
    const id = known?.id ?? prefix;
    const group = groups.get(id) ?? { id, title: known?.title ?? prefix.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), items: [] };
    group.items.push(i);
    groups.set(id, group);
  }
  const order = GROUPS.map((g) => g.id);
  return [...groups.values()].sort((a, b) => (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99));
}

/** A short heading for a reading, from its id: "missing-24-hours-or-repeating" → "Missing 24 hours or repeating". */
function shortTitle(i: Interpretation): string {
  const text = humanise(i.id.split('.').at(-1)!).replace(/\bgood friday\b/g, 'Good Friday').replace(/\bchristmas\b/g, 'Christmas');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who relies on a reading: a rule, a timescale or an action. */
function owner(id: string, root = ''): string {
  const rule = allRuleModules.find((r) => r.id === id);
  if (rule) return `<a href="${root}${ruleHref(rule.id)}">${esc(rule.title)}</a>`;
  const t = timescales.find((x) => x.id === id);
  if (t) return `<a href="${root}timescales.html#${slug(t.id)}">${esc(t.title)}</a> (timescale)`;
  return /\.action\./.test(id) ? `The step <code>${esc(id)}</code>` : `<code>${esc(id)}</code>`;
}

export function interpretationsPage(placeOf: PlaceOf): SitePage {
  const path = 'interpretations.html';
  const groups = interpretationGroups();
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const contents = `<nav class="contents" aria-labelledby="contents-h"><h2 id="contents-h">Contents</h2><ol>${groups
    .map((g) => `<li><a href="#group-${esc(g.id)}">${esc(g.title)}</a> (${g.items.length})<ol>${g.items.map((i) => `<li><a href="#${esc(slug(i.id))}">${esc(shortTitle(i))}</a></li>`).join('')}</ol></li>`)
    .join('')}</ol></nav>`;
  const sections = groups
    .map(
      (g) => `<section id="group-${esc(g.id)}" aria-labelledby="group-${esc(g.id)}-h"><h2 id="group-${esc(g.id)}-h">${esc(g.title)} <span class="count">(${g.items.length})</span></h2>
${g.items
  .map(
    (i) => `<section id="${esc(slug(i.id))}" aria-labelledby="${esc(slug(i.id))}-h" class="interpretation"><h3 id="${esc(slug(i.id))}-h">${esc(shortTitle(i))}</h3>
<p class="reading">${esc(i.says)}</p>
<dl><dt>Why</dt><dd>${esc(i.why)}</dd><dt>Source</dt><dd>${citationHtml(i.citation, '', placeOf)}</dd><dt>Used by</dt><dd><ul>${i.ruleIds.map((id) => `<li>${owner(id)}</li>`).join('')}</ul></dd><dt>Id</dt><dd><code>${esc(i.id)}</code></dd></dl></section>`,
  )
  .join('\n')}
<p><a href="#contents-h">Back to the contents</a></p></section>`,
    )
    .join('\n');
  const body = `<h1>Interpretations for sign-off</h1>
<p>Where the library reads a source in a way that is not its literal words (an “and” read as “or”, a number where the source says “a number of”, a role the source does not name), it records the reading beside the rule. A policy owner can confirm each one or ask for it to change. Decisions that rely on a reading return it with their result.</p>
<p>${total} interpretations, grouped by the decision that relies on them. <a href="sign-off.html">Print the sign-off sheet</a>: one row for each, to confirm or ask for a change.</p>
${contents}
${sections}`;
  return { path, html: page({ title: 'Interpretations', path, body }) };
}

export function signOffPage(): SitePage {
  const path = 'sign-off.html';
  const groups = interpretationGroups();
  const version = rulesVersion();
  let n = 0;
  const rows = groups
    .map(
      (g) =>
        `<tbody><tr class="group-row"><th scope="rowgroup" colspan="4">${esc(g.title)}</th></tr>${g.items
          .map((i) => {
            n++;
            return `<tr><td data-label="No.">${n}</td><td data-label="Reading"><strong>${esc(shortTitle(i))}.</strong> ${esc(i.says)}<br><span class="muted">${esc(citationText(i.citation))}. <a href="interpretations.html#${esc(slug(i.id))}">Why</a></span></td><td data-label="Decision" class="tick">☐ Confirmed<br>☐ Change needed</td><td data-label="Name, role and date" class="sign"></td></tr>`;
          })
          .join('')}</tbody>`,
    )
    .join('');
  const body = `<p class="breadcrumbs"><a href="interpretations.html">Interpretations</a></p>
<h1>Sign-off sheet: interpretations of the sources</h1>
<p>Rules version ${esc(version.version)}, ${esc(version.dateInWords)}. For each reading, tick whether it is confirmed or needs a change, and sign. The reasons for each reading are on the <a href="interpretations.html">interpretations page</a>.</p>
<p class="print-hint">Print this page (landscape fits best); the site's menus are left out of the print.</p>
<div class="table-scroll" role="region" aria-label="Readings to sign off" tabindex="0"><table class="stack sign-off-sheet"><thead><tr><th scope="col">No.</th><th scope="col">Reading and source</th><th scope="col">Decision</th><th scope="col">Name, role and date</th></tr></thead>${rows}</table></div>
<dl class="signatures"><dt>Signed off for the policy owner by (name and role)</dt><dd class="sign-line"></dd><dt>Date</dt><dd class="sign-line"></dd></dl>`;
  return { path, html: page({ title: 'Sign-off sheet', path, body }) };
}
