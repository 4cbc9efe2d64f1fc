/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The library's input errors shown GOV.UK style: a summary at the top of
 * the form whose every line links to the field it is about, and the same
 * message beside the field. The library words its messages for developers
 * (`asOf is before awareOn`), so each is put in the form's words: the path
 * prefix dropped, field names replaced by the questions the form asks,
 * values of closed lists (event types) by their labels, dates in words.
 */
import type { InputIssue } from '../../../src/index.js';
import { esc, longDate } from './format.js';
import { dateProblem } from '../date-entry.js';
import { fieldLabel, firstControl, locate } from './form-data.js';

/** An issue's path within the form: without the argument's name the library puts first (`input`, or `notification` for the placement check). */
const fieldPath = (issue: InputIssue): (string | number)[] => (issue.path[0] === 'input' || issue.path[0] === 'notification' ? issue.path.slice(1) : [...issue.path]);

/** The text typed in the field an input path names, if it is a text box. */
function typed(form: HTMLElement, path: (string | number)[]): string | undefined {
  const el = locate(form, path, true);
  const control = el ? firstControl(el) : undefined;
  return control instanceof HTMLInputElement ? control.value : undefined;
}

const CAMEL = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;

/** The label of a field named by its key anywhere in the form. */
function labelOfKey(form: HTMLElement, key: string): string | undefined {
  const el = form.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  return el ? fieldLabel(el) : undefined;
}

/** The label an option of a closed list shows, for a value such as `referral-received`. */
function optionLabel(form: HTMLElement, value: string): string | undefined {
  const option = [...form.querySelectorAll<HTMLOptionElement>('option')].find((o) => o.value === value);
  if (option) return option.textContent ?? undefined;
  const radio = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === value);
  return radio ? (form.querySelector(`label[for="${CSS.escape(radio.id)}"]`)?.textContent ?? undefined) : undefined;
}

/** A field's question as a message quotes it: up to its first colon ("The date … became aware of the incident"). */
const quoted = (label: string) => `“${label.split(/:\s/)[0]!.replace(/[.:]$/, '')}”`;

/** A library message in the form's words. */
export function messageInWords(form: HTMLElement, issue: InputIssue, ownKey: string | undefined): string {
  const path = fieldPath(issue);
  let text = issue.message.replace(/^(?:input|notification)[^:\s]*:\s*/, '');
  if (issue.code === 'required') return path.length === 0 ? 'Something the library needs is missing.' : 'This needs an answer.';
  // The library does not repeat what was typed; the form reads it again to say how to write it, or that the day does not exist.
  if (issue.code === 'invalid-date') return (typed(form, path) === undefined ? undefined : dateProblem(typed(form, path)!)) ?? 'Enter a real date.';
  // A closed list left unanswered: the library lists the values it accepts, which the form's choices already are.
  if (issue.code === 'invalid-value' || /^expected one of\b/.test(text)) return 'Choose one of the options.';
  // "asOf is before awareOn": the field this is about is named by the summary line already.
  if (ownKey && text.startsWith(`${ownKey} `)) text = text.slice(ownKey.length + 1);
  text = text
    .replace(/\b([a-z][A-Za-z]*)\[(\d+)\]/g, (_m, key: string, n: string) => `${form.querySelector<HTMLElement>(`[data-kind="list"][data-key="${CSS.escape(key)}"]`)?.dataset.itemName ?? 'entry'} ${Number(n) + 1}`)
    .replace(new RegExp(`${CAMEL.source} is (true|false)`, 'g'), (m) => {
      const [key, , value] = m.split(' ');
      const label = labelOfKey(form, key!);
      return label ? `the answer to ${quoted(label)} is ${value === 'true' ? 'yes' : 'no'}` : m;
    })
    .replace(CAMEL, (key) => {
      const label = labelOfKey(form, key);
      return label ? quoted(label) : key;
    })
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (value) => {
      const label = optionLabel(form, value);
      return label ? quoted(label) : value;
    })
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => longDate(d));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Clears every error message and mark. */
export function clearErrors(form: HTMLElement): void {
  const box = form.querySelector<HTMLElement>('#try-errors')!;
  box.hidden = true;
  box.innerHTML = '';
  for (const m of form.querySelectorAll<HTMLElement>('.error-message')) {
    m.hidden = true;
    m.textContent = '';
  }
  for (const f of form.querySelectorAll('.field-error')) f.classList.remove('field-error');
}

/** Shows the issues in the summary (each linked to its field) and beside each field. */
export function showErrors(form: HTMLElement, issues: InputIssue[], otherwise?: string): void {
  clearErrors(form);
  const box = form.querySelector<HTMLElement>('#try-errors')!;
  if (issues.length === 0 && !otherwise) return;
  const lines = issues.map((issue) => {
    const path = fieldPath(issue);
    const el = locate(form, path);
    const key = typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined;
    const message = messageInWords(form, issue, el?.dataset.key === key ? key : undefined);
    if (!el) return `<li>${esc(message)}</li>`;
    const label = fieldLabel(el);
    const inline = [...el.querySelectorAll<HTMLElement>('.error-message')].find((m) => m.closest('[data-key]') === el);
    if (inline) {
      inline.hidden = false;
      inline.innerHTML = `<span class="visually-hidden">Error: </span>${esc(message)}`;
    }
    el.classList.add('field-error');
    const control = firstControl(el);
    // "Did the child die by suicide? A child who …", "The date the deadlines are judged on is before …", "Event 1: What happened: Choose …".
    const short = label.split(/:\s/)[0]!.replace(/[.:]$/, '');
    const item = !label ? message : /\?$/.test(short) ? `${short} ${message}` : /^(Is|Are) /.test(message) ? `${short} ${message.charAt(0).toLowerCase()}${message.slice(1)}` : `${short}: ${message}`;
    const where = el.closest('[data-item]')?.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim();
    const text = where && !item.includes(where) ? `${where}: ${item}` : item;
    return control ? `<li><a href="#${esc(control.id)}" data-focus="${esc(control.id)}">${esc(text)}</a></li>` : `<li>${esc(text)}</li>`;
  });
  if (otherwise) lines.push(`<li>${esc(otherwise)}</li>`);
  box.innerHTML = `<h2 id="try-errors-h">There is a problem</h2><ul class="error-list">${lines.join('')}</ul>`;
  box.setAttribute('aria-labelledby', 'try-errors-h');
  box.hidden = false;
  box.focus();
}

/** Links to a field (in the error summary or the result) move focus to it and bring its question into view. */
export function setUpFieldLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-focus]');
    if (!link) return;
    const control = document.getElementById(link.dataset.focus!);
    if (!control) return;
    event.preventDefault();
    const field = control.closest<HTMLElement>('[data-key]');
    const question = field?.querySelector('legend, label') ?? control;
    question.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  });
}
