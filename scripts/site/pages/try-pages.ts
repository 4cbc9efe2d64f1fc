/**
 * "Try a case": one page for each of the six things the library answers,
 * its form generated from the input JSON Schema (the same one case systems
 * validate against) and the library's words for each field (see
 * `form/form-model.ts`). The need indicators are a picker grouped by level
 * and domain with a filter. The library itself runs in the browser
 * (assets/app.js) when the form is sent.
 */
import { tryDecisions, type TryDecision } from '../decisions.js';
import { formFields, requiredBy, type Field } from '../form/form-model.js';
import { formHtml } from '../form/form-html.js';
import { esc, page } from '../html.js';
import { LEVEL_TITLES, needDomains, needIndicators, needLevels } from '../site-data.js';
import type { SitePage } from './catalogue-pages.js';

function indicatorPicker(f: Field): string {
  const id = 'f-indicators';
  const levels = needLevels
    .map((level) => {
      const domains = needDomains
        .map((domain) => {
          const items = needIndicators.filter((i) => i.level === level && i.domain === domain.id);
          if (items.length === 0) return '';
          return `<fieldset class="indicator-domain"><legend>${esc(domain.label)}</legend>${items
            .map(
              (i) =>
                `<div class="choice indicator" data-search="${esc(`${i.label} ${domain.label} ${level}`.toLowerCase())}"><input type="checkbox" id="ind-${esc(i.id.replace(/\./g, '-'))}" value="${esc(i.id)}"><label for="ind-${esc(i.id.replace(/\./g, '-'))}">${esc(i.label)}</label></div>`,
            )
            .join('')}</fieldset>`;
        })
        .join('');
      const count = needIndicators.filter((i) => i.level === level).length;
      return `<details class="indicator-level" data-level="${level}"><summary>${esc(LEVEL_TITLES[level])} indicators (${count}) <span class="picked" data-picked-for="${level}"></span></summary>${domains}</details>`;
    })
    .join('');
  return `<div class="field field-indicators" data-key="${esc(f.key)}" data-kind="indicators" role="group" aria-labelledby="${id}-label" aria-describedby="${id}-hint ${id}-error">
<h2 class="label" id="${id}-label">${esc(f.label)}</h2>
<p class="hint" id="${id}-hint">${f.hint ? `${esc(f.hint)} ` : ''}They are grouped by level and by the heading they are printed under in Luton's threshold document. Type a word to find one; tick each that was recorded.</p>
<p class="error-message" id="${id}-error" hidden></p>
<label for="${id}-filter">Find an indicator by a word</label>
<input type="search" id="${id}-filter" class="indicator-filter" autocomplete="off">
<p class="muted" role="status" aria-live="polite" data-indicator-status></p>
${levels}</div>`;
}

/** What the page's button, result heading and download are called. */
const WORDING: Record<string, { submit: string; result: string; intro: string }> = {
  timeline: {
    submit: 'Show the timeline',
    result: 'The case timeline',
    intro: 'Give the date to judge the case on, then add each event of the case history with its date (in any order). The timeline shows every deadline those events start, and whether it was met, is due, is overdue or no longer applies.',
  },
  'placement-notification': {
    submit: 'Check the notification',
    result: 'What the check found',
    intro: 'Choose the kind of notification, then copy in what it says. Leave out what it does not say: the check names each missing or unusable item, worded for the reply to the placing authority.',
  },
};
const DEFAULT_WORDING = { submit: 'Show the outcome', result: 'What the library advises', intro: 'Answer what you know and leave the rest as “Not known”: the result says which answers still matter.' };

/** Whether any field, at any depth, asks for a person's details. */
function hasPersonalField(fields: readonly Field[]): boolean {
  return fields.some((f) => f.personal === true || (f.kind === 'group' && hasPersonalField(f.fields)) || (f.kind === 'list' && hasPersonalField(f.item)) || (f.kind === 'alternatives' && (hasPersonalField(f.shared) || f.branches.some((b) => hasPersonalField(b.fields)))));
}

export function tryPage(decision: TryDecision): SitePage {
  const path = `try/${decision.id}.html`;
  const wording = WORDING[decision.id] ?? DEFAULT_WORDING;
  const fields = requiredBy(formFields(decision.form, decision.words, decision.accepts), decision.accepts);
  // A form that asks for a person's details (names, date of birth, addresses, phone, email) keeps no case in the page address.
  const personal = hasPersonalField(fields);
  const privacy = personal
    ? 'Do not enter names or other details that identify a child or anyone else: use made-up names, dates of birth and contact details. This page is for trying the check, not for real notifications.'
    : 'Do not enter names or other details that identify a child.';
  const kept = personal
    ? 'Because this form asks for names and contact details, the case is not kept in the page address and there is no link to share it: download the result to keep it.'
    : "the case is kept in this page's address, so you can share it.";
  const body = `<p class="breadcrumbs"><a href="index.html">Try a case</a></p>
<h1>Try a case: ${esc(decision.title)}</h1>
<p class="lead">${esc(decision.description)}</p>
<p>${esc(wording.intro)} The library runs in this browser and nothing is sent anywhere${personal ? '. ' : '; '}${esc(kept)}</p>
<p class="note">${esc(privacy)}</p>
<form id="try-form" class="try-form" data-decision="${esc(decision.id)}" data-scope novalidate>
<div id="try-errors" class="error-summary" tabindex="-1" hidden></div>
${formHtml(fields, indicatorPicker)}
<div class="actions"><button type="submit">${esc(wording.submit)}</button> <button type="button" id="try-reset" class="secondary">Clear the answers</button></div>
</form>
<section id="try-result" class="result" aria-labelledby="try-result-h" hidden><h2 id="try-result-h" tabindex="-1">${esc(wording.result)}</h2><div id="try-result-body"></div>
<p class="actions"><button type="button" id="try-download" class="secondary">Download the whole result (JSON)</button> ${personal ? '' : '<a id="try-share" href="#">Link to this case</a>'}</p>
<p class="muted">The download holds what you entered and everything the library returned, as a case system would store it on the child's record.</p></section>
<noscript><p>Trying a case needs JavaScript: the library runs in the browser.</p></noscript>`;
  return { path, html: page({ title: `Try a case: ${decision.title}`, path, body, scripts: true }) };
}

export function tryPages(): SitePage[] {
  return tryDecisions.map(tryPage);
}

export function tryIndexPage(): SitePage {
  const path = 'try/index.html';
  const body = `<h1>Try a case</h1><p>Choose what to try. Each form asks the questions the library needs and shows what it returns, in words, with every deadline as a date and its status.</p>
<ul class="cards">${tryDecisions.map((d) => `<li><h2><a href="${d.id}.html">${esc(d.title)}</a></h2><p>${esc(d.description)}</p></li>`).join('')}</ul>`;
  return { path, html: page({ title: 'Try a case', path, body }) };
}
