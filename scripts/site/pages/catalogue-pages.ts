/** The home page, the rule list, find, indicators, timescales and interpretations pages. */
import type { Citation } from '../../../src/schemas/citation.js';
import { citationHtml } from '../citations-html.js';
import { esc, page, slug } from '../html.js';
import type { PolicyHeading } from '../policy-headings.js';
import { allInterpretations, allRuleModules, decisionAreas, decisionIds, interpretationHref, LEVEL_TITLES, needDomains, needIndicatorEvidence, needIndicators, needLevels, ruleHref, specialCircumstances, timescales } from '../site-data.js';
import { evidenceLabels, indicatorEvidenceKinds, topicLabels, type EvidenceTopic } from '../../../src/rules/need-level/indicators/evidence.js';
import type { DecisionArea } from '../../../src/rules/engine/rule-module.js';
import { tryDecisions } from '../decisions.js';
import { rulesVersion } from '../rules-version.js';
import { rulesetOf } from '../rulesets.js';

type PlaceOf = (c: Citation) => PolicyHeading | undefined;
export interface SitePage {
  path: string;
  html: string;
}

export function homePage(): SitePage {
  const path = 'index.html';
  const version = rulesVersion();
  const rulesets = tryDecisions.map((d) => `<li>${esc(d.title)}: <code>${esc(rulesetOf(d.id))}</code></li>`).join('');
  const body = `
<h1>Luton safeguarding rules: find a rule, try a case</h1>
<p class="lead">This site shows every rule the luton-safeguarding-rules library applies, where each one comes from in Luton's guidance and in Working Together to Safeguard Children 2026, and where the library reads a source in a way its owners should confirm. You can try a case and see what the library would advise, with every deadline as a date.</p>
<div class="version"><p><strong>Rules version ${esc(version.version)}, ${esc(version.dateInWords)}</strong> (${esc(version.dateSource)}).</p>
<details><summary>The rule set of each decision</summary><p>A stored result names the rule set that produced it; these are the ones this site runs.</p><ul>${rulesets}</ul></details></div>
<form class="big-search" role="search" action="find.html" method="get"><label for="home-q">Search for a rule, an indicator or a timescale (for example “missing”, “death”, “FGM”, “conference”)</label><div class="row"><input id="home-q" name="q" type="search"><button type="submit">Search</button></div></form>
<h2>What you can try</h2>
<ul class="cards">${tryDecisions
    .map((d) => {
      const area = d.id in decisionAreas ? (d.id as DecisionArea) : undefined;
      const count = area ? allRuleModules.filter((r) => r.decision === area).length : 0;
      return `<li><h3><a href="try/${d.id}.html">${esc(d.title)}</a></h3><p>${esc(d.description)}</p><p><a href="try/${d.id}.html">Try a case<span class="visually-hidden">: ${esc(d.title)}</span></a>${area ? ` · <a href="rules.html#${slug(area)}">${count} rules<span class="visually-hidden"> for ${esc(d.title)}</span></a>` : ''}</p></li>`;
    })
    .join('')}</ul>
<h2>Other pages</h2>
<ul>
<li><a href="deadlines.html">Deadlines</a>: count working days, see which days were skipped and why, and the bank holidays of any year.</li>
<li><a href="timescales.html">Timescales</a>: every statutory and local timescale (${timescales.length}).</li>
<li><a href="indicators.html">Indicators of possible need</a> (${needIndicators.length}) and children in special circumstances.</li>
<li><a href="coverage.html">Source coverage</a>: each policy document, heading by heading, with what the library encodes from it.</li>
<li><a href="interpretations.html">Interpretations</a>: where the library reads a source in a way that is not its literal words, grouped by decision, with a <a href="sign-off.html">printable sign-off sheet</a>.</li>
</ul>`;
  return { path, html: page({ title: 'Home', path, body, headerSearch: false }) };
}

export function rulesIndexPage(): SitePage {
  const path = 'rules.html';
  const body = `<h1>All rules</h1>
${decisionIds
  .map((area) => {
    const info = decisionAreas[area];
    const rules = allRuleModules.filter((r) => r.decision === area);
    return `<section aria-labelledby="${slug(area)}"><h2 id="${slug(area)}">${esc(info.title)}</h2><p>${esc(info.description)} <a href="try/${area}.html">Try a case</a>.</p><ul>${rules.map((r) => `<li><a href="${ruleHref(r.id)}">${esc(r.title)}</a></li>`).join('')}</ul></section>`;
  })
  .join('\n')}`;
  return { path, html: page({ title: 'All rules', path, body }) };
}

export function findPage(): SitePage {
  const path = 'find.html';
  const body = `<h1>Find</h1>
<form id="find-form" role="search" action="find.html" method="get"><label for="find-q">Search rules, indicators, timescales, interpretations and special circumstances</label><div class="row"><input id="find-q" name="q" type="search" autocomplete="off"><button type="submit">Search</button></div></form>
<p id="find-status" role="status" aria-live="polite"></p>
<ol id="find-results" class="results"></ol>
<noscript><p>Search needs JavaScript. Every rule is also listed on the <a href="rules.html">rules page</a>.</p></noscript>`;
  return { path, html: page({ title: 'Find', path, body, scripts: true, headerSearch: false }) };
}

export function indicatorsPage(placeOf: PlaceOf): SitePage {
  const path = 'indicators.html';
  const sections = needLevels
    .map((level) => {
      const groups = needDomains
        .map((domain) => {
          const items = needIndicators.filter((i) => i.level === level && i.domain === domain.id);
          if (items.length === 0) return '';
          return `<h3>${esc(domain.label)}</h3><p class="muted">Source: ${citationHtml(items[0]!.citation, '', placeOf)}</p><ul>${items.map((i) => `<li id="${slug(i.id)}">${esc(i.label)} <code>${esc(i.id)}</code> <span class="badge">${esc(i.evidence.replace(/-/g, ' '))}</span></li>`).join('')}</ul>`;
        })
        .join('');
      return `<section aria-labelledby="level-${level}"><h2 id="level-${level}">${esc(LEVEL_TITLES[level])}</h2>${groups}</section>`;
    })
    .join('\n');
  const special = specialCircumstances
    .map(
      (s) =>
        `<section id="special-${slug(s.id)}" aria-labelledby="special-${slug(s.id)}-h"><h3 id="special-${slug(s.id)}-h">${esc(s.label)}</h3><p>${esc(s.summary)}</p><p class="muted">Source: ${citationHtml(s.citation, '', placeOf)}</p>${s.duties.length > 0 ? `<ul>${s.duties.map((d) => `<li><strong>${esc(d.role)}</strong>: ${esc(d.description)}${d.statutory ? ' (a duty in law)' : ''}</li>`).join('')}</ul>` : ''}</section>`,
    )
    .join('\n');
  const evidence = indicatorEvidenceKinds
    .map((kind) => {
      const rows = needIndicatorEvidence.filter((e) => e.evidence === kind);
      const topics = [...new Set(rows.map((e) => e.topic))] as EvidenceTopic[];
      const tables = topics
        .map((topic) => {
          const items = rows.filter((e) => e.topic === topic);
          const id = `evidence-${kind}-${topic}`;
          return `<h4 id="${id}">${esc(topicLabels[topic])}</h4><div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table class="stack"><thead><tr><th scope="col">Indicator</th><th scope="col">Level</th><th scope="col">Supported by</th><th scope="col">Reading</th></tr></thead><tbody>${items
            .map((e) => {
              const i = needIndicators.find((x) => x.id === e.indicatorId)!;
              const reading = e.interpretation ? `<a href="${interpretationHref(e.interpretation)}"><code>${esc(e.interpretation)}</code></a>` : 'said outright';
              return `<tr><th scope="row"><a href="#${slug(i.id)}">${esc(i.label)}</a>${e.parentalFactor ? ' (parental factor)' : ''}</th><td data-label="Level">${esc(LEVEL_TITLES[i.level]!)}</td><td data-label="Supported by">${citationHtml(e.citation, '', placeOf)}</td><td data-label="Reading">${reading}</td></tr>`;
            })
            .join('')}</tbody></table></div>`;
        })
        .join('');
      return `<section aria-labelledby="evidence-${kind}"><h3 id="evidence-${kind}">${esc(evidenceLabels[kind])} (${rows.length})</h3>${tables}</section>`;
    })
    .join('\n');
  const body = `<h1>Indicators of possible need</h1>
<p>Luton's threshold document lists indicators of possible need for each level, under the headings of the Assessment Framework. They guide professional judgement; they are neither exhaustive nor weighted. The labels are the library's short paraphrases.</p>
<h2 id="evidence">What each indicator is evidence of</h2>
<p>For the decision, each indicator is read as evidence of suspected significant harm (section 47 follows), of a risk of significant harm or of exploitation (the practitioner's harm answer decides; a "no" is warned about and routed through a MASH social worker before any consent), of a need without harm, or of good progress. Each row cites the passage that supports the reading and names the interpretation relied on where the document does not say it outright.</p>
${evidence}
<h2 id="by-level">By level and heading</h2>
${sections}
<h2 id="special">Children in special circumstances</h2>
${special}`;
  return { path, html: page({ title: 'Indicators of possible need', path, body }) };
}

function period(t: (typeof timescales)[number]): string {
  const unit = { 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'month' }[t.unit];
  return `${t.amount} ${unit}${t.amount === 1 ? '' : 's'} ${t.direction}${t.recurring ? ', repeating' : ''}`;
}

export function timescalesPage(placeOf: PlaceOf): SitePage {
  const path = 'timescales.html';
  const body = `<h1>Timescales</h1>
<p>Every statutory and local timescale the library computes deadlines from. Working days skip Saturdays, Sundays and bank holidays in England and Wales; the <a href="deadlines.html">deadline calculator</a> shows the counting.</p>
${timescales
  .map(
    (t) => `<section id="${slug(t.id)}" aria-labelledby="${slug(t.id)}-h" class="timescale"><h2 id="${slug(t.id)}-h">${esc(t.title)}</h2>
<dl><dt>Clock starts</dt><dd>${esc(t.trigger)}</dd><dt>Period</dt><dd>${esc(period(t))}</dd>${t.responsible ? `<dt>Who</dt><dd>${esc(t.responsible)}</dd>` : ''}<dt>Source</dt><dd>${citationHtml(t.citation, '', placeOf)}${(t.seeAlso ?? []).map((c) => `<br>See also ${citationHtml(c, '', placeOf)}`).join('')}</dd>${t.note ? `<dt>Note</dt><dd>${esc(t.note)}</dd>` : ''}<dt>Id</dt><dd><code>${esc(t.id)}</code></dd></dl></section>`,
  )
  .join('\n')}`;
  return { path, html: page({ title: 'Timescales', path, body }) };
}
