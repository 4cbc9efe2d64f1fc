/** One page per rule: what it says, its source, its conditions, examples, interpretations and related rules. */
import { alsoChecked } from '../../docs/rules.js';
import type { RuleModule } from '../../../src/rules/engine/rule-module.js';
import type { Citation } from '../../../src/schemas/citation.js';
import { needIndicatorById } from '../../../src/rules/need-level/indicators/index.js';
import { factsWords, humanise } from '../words.js';
import { ruleConditionsHtml } from '../conditions-html.js';
import { citationHtml } from '../citations-html.js';
import { questionsOf } from '../decisions.js';
import { esc, page, slug } from '../html.js';
import type { PolicyHeading } from '../policy-headings.js';
import { decisionAreas, interpretationsOf, ruleHref, timescaleHref, timescales } from '../site-data.js';
import type { SeeAlso } from '../see-also.js';
import { encodeCase } from '../client/case-url.js';

const RULE_STATUS: Record<string, string> = { fired: 'Applies', 'not-fired': 'Does not apply', unknown: 'Cannot tell yet: facts missing' };

function label(value: string): string {
  const indicator = needIndicatorById(value);
  return indicator ? `${indicator.label} (${indicator.level})` : value;
}

export function rulePage(rule: RuleModule, seeAlso: SeeAlso | undefined, placeOf: (c: Citation) => PolicyHeading | undefined): { path: string; html: string } {
  const path = ruleHref(rule.id);
  const root = '../';
  const area = decisionAreas[rule.decision];
  const interpretations = interpretationsOf(rule.id);
  const examples = rule.examples
    .map(
      (e) => `<tr><th scope="row">${esc(e.name)}</th><td data-label="Facts given">${esc(factsWords(e.options ? { ...e.input, options: e.options } : e.input, label))}</td><td data-label="This rule">${esc(RULE_STATUS[e.expect.rule])}</td><td data-label="Outcome">${esc(e.expect.outcome ? humanise(e.expect.outcome) : '—')}${alsoChecked(e.expect) === '—' ? '' : `<br><span class="muted">Also checked: ${esc(alsoChecked(e.expect).replace(/`/g, ''))}</span>`}</td><td><a href="${root}try/${rule.decision}.html#case=${encodeCase(e.input)}">Try this case<span class="visually-hidden">: ${esc(e.name)}</span></a></td></tr>`,
    )
    .join('\n');
  const related = seeAlso?.rules ?? [];
  const follows = (seeAlso?.timescaleIds ?? []).map((id) => timescales.find((t) => t.id === id)!).filter(Boolean);
  const body = `
<p class="breadcrumbs"><a href="${root}rules.html">Rules</a> › <a href="${root}rules.html#${slug(rule.decision)}">${esc(area.title)}</a></p>
<h1>${esc(rule.title)}</h1>
<p class="rule-meta">Rule id <code>${esc(rule.id)}</code> · Decision: ${esc(area.title)} (<code>${esc(area.entry)}</code>) · <a href="${root}try/${rule.decision}.html">Try a case for this decision</a></p>
<section aria-labelledby="says"><h2 id="says">What the rule says</h2><p>${esc(rule.summary)}</p></section>
<section aria-labelledby="source"><h2 id="source">Source</h2><ul>${rule.citation.map((c) => `<li>${citationHtml(c, root, placeOf)}</li>`).join('')}</ul></section>
<section aria-labelledby="when"><h2 id="when">When it applies</h2>
${ruleConditionsHtml(rule.conditions, questionsOf(rule.decision))}
<p class="note">A condition whose answer is not given is “not known”, never “no”: the decision then says which questions still matter.</p></section>
<section aria-labelledby="examples"><h2 id="examples">Examples</h2>
<p>Each example is run as a test of the library, so this table always matches what it does.</p>
<div class="table-scroll" role="region" aria-labelledby="examples" tabindex="0"><table class="stack"><thead><tr><th scope="col">Case</th><th scope="col">Facts given</th><th scope="col">This rule</th><th scope="col">Outcome</th><th scope="col"><span class="visually-hidden">Try it</span></th></tr></thead>
<tbody>${examples}</tbody></table></div></section>
<section aria-labelledby="interp"><h2 id="interp">How the library reads the source</h2>
${interpretations.length === 0 ? '<p>No interpretation is recorded for this rule: it follows the words of its source.</p>' : `<ul>${interpretations.map((i) => `<li><a href="${root}interpretations.html#${slug(i.id)}">${esc(i.says)}</a> <span class="muted">${esc(i.why)}</span></li>`).join('')}</ul>`}</section>
<section aria-labelledby="see-also"><h2 id="see-also">See also</h2>
${follows.length > 0 ? `<p>Deadlines this rule starts when it applies:</p><ul>${follows.map((t) => `<li><a href="${root}${timescaleHref(t.id)}">${esc(t.title)}</a></li>`).join('')}</ul>` : ''}
${related.length > 0 ? `<p>Related rules in other decisions:</p><ul>${related.map((r) => `<li><a href="${root}${ruleHref(r.id)}">${esc(r.title)}</a> <span class="muted">(${esc(decisionAreas[r.decision].title)})</span></li>`).join('')}</ul>` : ''}
${follows.length === 0 && related.length === 0 ? '<p>No related rule or deadline.</p>' : ''}</section>`;
  return { path, html: page({ title: rule.title, path, body, description: rule.summary }) };
}
