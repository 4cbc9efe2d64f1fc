/**
 * "Try a case": one form per decision, generated from the decision's input
 * JSON Schema (the same one case systems validate against) and the questions
 * its facts ask. Booleans are yes / no / not known, dates are date fields,
 * enums are choices, and the need-level indicators are a picker grouped by
 * level and domain with a filter. The library itself runs in the browser
 * (assets/app.js) when the form is sent.
 */
import type { DecisionArea } from '../../../src/rules/engine/rule-module.js';
import { lcsprCriteria } from '../../../src/index.js';
import { humanise } from '../words.js';
import { siteDecisions, type JsonSchemaNode } from '../decisions.js';
import { esc, page, slug } from '../html.js';
import { decisionAreas, decisionIds, LEVEL_TITLES, needDomains, needIndicators, needLevels } from '../site-data.js';
import type { SitePage } from './catalogue-pages.js';

/**
 * Questions for the few input fields whose schema has no description and no
 * fact of their own (dates and counts that only set deadlines). Kept here
 * until the schemas describe them; every other label comes from the library.
 */
const FIELD_QUESTIONS: Record<string, string> = {
  awareOn: 'On what date did the safeguarding partners become aware of the incident?',
  notifiedOn: 'On what date was the notification sent, if it has been?',
  lcsprDecisionOn: 'On what date did the safeguarding partners decide to start a local child safeguarding practice review?',
  publicationOn: 'On what date is the review report (or the information about improvements) to be published?',
  childrenInvolved: 'How many children does the incident involve?',
  indicators: 'Which indicators of possible need have been observed?',
};

const isDate = (node: JsonSchemaNode) => node.type === 'string' && node.pattern === '^\\d{4}-\\d{2}-\\d{2}$';

function questionFor(area: DecisionArea, path: string[], node: JsonSchemaNode): string {
  const facts = siteDecisions[area].facts;
  const key = path.at(-1)!;
  const joined = path.length > 1 ? path[0]! + key.charAt(0).toUpperCase() + key.slice(1) : key;
  if (path[0] === 'lcsprCriteria' && path.length > 1) {
    const criterion = lcsprCriteria.find((c) => c.field === key);
    if (criterion) return `Does this apply: ${criterion.label}?`;
  }
  return facts[key]?.question ?? facts[joined]?.question ?? node.description ?? FIELD_QUESTIONS[key] ?? humanise(key);
}

const fieldId = (area: string, path: string[]) => `f-${slug(area)}-${path.map(slug).join('-')}`;

function booleanField(area: DecisionArea, path: string[], question: string): string {
  const id = fieldId(area, path);
  const name = path.join('.');
  const option = (value: string, text: string, checked = false) =>
    `<label class="choice"><input type="radio" name="${esc(name)}" value="${value}" id="${id}-${value || 'unknown'}"${checked ? ' checked' : ''}> ${text}</label>`;
  return `<fieldset class="field field-boolean" data-field="${esc(name)}" data-kind="boolean"><legend>${esc(question)}</legend><div class="choices">${option('true', 'Yes')}${option('false', 'No')}${option('', 'Not known', true)}</div></fieldset>`;
}

function indicatorPicker(area: DecisionArea): string {
  const levels = needLevels
    .map((level) => {
      const domains = needDomains
        .map((domain) => {
          const items = needIndicators.filter((i) => i.level === level && i.domain === domain.id);
          if (items.length === 0) return '';
          return `<fieldset class="indicator-domain"><legend>${esc(domain.label)}</legend>${items
            .map((i) => `<label class="choice indicator" data-search="${esc(`${i.label} ${domain.label} ${level}`.toLowerCase())}"><input type="checkbox" name="indicators" value="${esc(i.id)}"> ${esc(i.label)}</label>`)
            .join('')}</fieldset>`;
        })
        .join('');
      const count = needIndicators.filter((i) => i.level === level).length;
      return `<details class="indicator-level" data-level="${level}"><summary>${esc(LEVEL_TITLES[level])} indicators (${count}) <span class="picked" data-picked-for="${level}"></span></summary>${domains}</details>`;
    })
    .join('');
  const id = fieldId(area, ['indicators']);
  return `<div class="field field-indicators" data-field="indicators" data-kind="indicators" role="group" aria-labelledby="${id}-label">
<p class="label" id="${id}-label">${esc(FIELD_QUESTIONS.indicators!)}</p>
<label for="${id}-filter">Filter the indicators by a word</label>
<input type="search" id="${id}-filter" class="indicator-filter" autocomplete="off">
<p class="muted" role="status" aria-live="polite" data-indicator-status></p>
${levels}</div>`;
}

function field(area: DecisionArea, path: string[], node: JsonSchemaNode, required: boolean): string {
  const question = questionFor(area, path, node);
  const id = fieldId(area, path);
  const name = path.join('.');
  const req = required ? ' required aria-required="true"' : '';
  const reqText = required ? ' <span class="required">(required)</span>' : '';
  if (path.length === 1 && path[0] === 'indicators' && area === 'need-level') return indicatorPicker(area);
  if (node.type === 'boolean') return booleanField(area, path, question);
  if (isDate(node)) {
    return `<div class="field" data-field="${esc(name)}" data-kind="date"><label for="${id}">${esc(question)}${reqText}</label><input type="date" id="${id}" name="${esc(name)}"${req}></div>`;
  }
  if (node.type === 'string' && node.enum) {
    const options = node.enum.map((v) => `<option value="${esc(v)}">${esc(humanise(String(v)))}</option>`).join('');
    return `<div class="field" data-field="${esc(name)}" data-kind="enum"><label for="${id}">${esc(question)}${reqText}</label><select id="${id}" name="${esc(name)}"${req}><option value="">Not known</option>${options}</select></div>`;
  }
  if (node.type === 'integer' || node.type === 'number') {
    const min = node.minimum !== undefined ? ` min="${node.minimum}"` : '';
    const max = node.maximum !== undefined ? ` max="${node.maximum}"` : '';
    return `<div class="field" data-field="${esc(name)}" data-kind="number"><label for="${id}">${esc(question)}${reqText}</label><input type="number" inputmode="numeric" step="1" id="${id}" name="${esc(name)}"${min}${max}${req}></div>`;
  }
  if (node.type === 'array' && node.items?.enum) {
    const boxes = node.items.enum
      .map((v) => `<label class="choice"><input type="checkbox" name="${esc(name)}" value="${esc(v)}"> ${esc(humanise(String(v)))}</label>`)
      .join('');
    return `<fieldset class="field" data-field="${esc(name)}" data-kind="multi"><legend>${esc(question)}</legend><div class="choices">${boxes}<label class="choice"><input type="checkbox" name="${esc(name)}" value="" data-none> None of these</label></div><p class="muted">Leave every box empty if this is not known.</p></fieldset>`;
  }
  if (node.type === 'object' && node.properties) {
    const inner = Object.entries(node.properties)
      .map(([k, child]) => field(area, [...path, k], child, false))
      .join('');
    return `<fieldset class="field field-group"><legend>${esc(humanise(path.at(-1)!))}</legend>${inner}</fieldset>`;
  }
  return `<div class="field" data-field="${esc(name)}" data-kind="text"><label for="${id}">${esc(question)}${reqText}</label><input type="text" id="${id}" name="${esc(name)}"${req}></div>`;
}

export function tryPage(area: DecisionArea): SitePage {
  const path = `try/${area}.html`;
  const info = decisionAreas[area];
  const decision = siteDecisions[area];
  const schema = decision.schema;
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {})
    .map(([key, node]) => field(area, [key], node, required.has(key)))
    .join('\n');
  const body = `<p class="breadcrumbs"><a href="index.html">Try a case</a></p>
<h1>Try a case: ${esc(info.title)}</h1>
<p>${esc(info.description)} Answer what you know; leave the rest as “not known”. The library runs in this browser, nothing is sent anywhere, and the case is kept in this page's address so you can share it.</p>
<p class="note">Do not enter names or other details that identify a child: the form asks only yes/no questions, dates and choices.</p>
<form id="try-form" class="try-form" data-decision="${esc(area)}" novalidate>
<div id="try-errors" class="error-summary" role="alert" tabindex="-1" hidden></div>
${fields}
<div class="actions"><button type="submit">Show the outcome</button> <button type="button" id="try-reset" class="secondary">Clear the answers</button></div>
</form>
<section id="try-result" class="result" aria-labelledby="try-result-h" hidden><h2 id="try-result-h" tabindex="-1">What the library advises</h2><div id="try-result-body"></div>
<p class="actions"><button type="button" id="try-download" class="secondary">Download the case as JSON</button> <a id="try-share" href="#">Link to this case</a></p></section>
<noscript><p>Trying a case needs JavaScript: the library runs in the browser.</p></noscript>`;
  return { path, html: page({ title: `Try a case: ${info.title}`, path, body, scripts: true }) };
}

export function tryIndexPage(): SitePage {
  const path = 'try/index.html';
  const body = `<h1>Try a case</h1><p>Choose a decision. Each form asks the questions that decision needs and shows what the library advises, with deadlines as dates.</p>
<ul>${decisionIds.map((area) => `<li><a href="${area}.html">${esc(decisionAreas[area].title)}</a>: ${esc(decisionAreas[area].description)}</li>`).join('')}</ul>`;
  return { path, html: page({ title: 'Try a case', path, body }) };
}
