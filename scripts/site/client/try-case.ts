/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The "try a case" form: reads the answers into the input a case system would
 * send, runs the library's decision in the browser, shows the result, keeps
 * the case in the address (#case=…) and offers it as a JSON download. A
 * shared address fills the form again and shows the same result.
 */
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, SafeguardingInputError } from '../../../src/index.js';
import { decodeCase, encodeCase } from './case-url.js';
import { esc } from './format.js';
import { renderResult, type AnyResult } from './render-result.js';

const DECISIONS: Record<string, (input: never) => unknown> = {
  'need-level': classifyNeed,
  'need-to-know': assessNeedToKnow,
  'national-alert': assessNationalAlert,
  'serious-incident': assessSeriousIncident,
};

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

function getPath(source: Record<string, unknown>, path: string[]): unknown {
  let node: unknown = source;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function fields(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[data-field]')];
}

/** The answers as the decision's input: unanswered questions are left out (not known), never sent as "no". */
export function readCase(form: HTMLFormElement): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const el of fields(form)) {
    const name = el.dataset.field!;
    const path = name.split('.');
    const kind = el.dataset.kind;
    if (kind === 'boolean') {
      const value = el.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
      if (value !== '') setPath(input, path, value === 'true');
    } else if (kind === 'indicators') {
      setPath(input, path, [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((i) => i.value));
    } else if (kind === 'multi') {
      const boxes = [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
      if (boxes.some((b) => b.dataset.none !== undefined)) setPath(input, path, []);
      else if (boxes.length > 0) setPath(input, path, boxes.map((b) => b.value));
    } else {
      const control = el.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
      if (control.value === '') continue;
      setPath(input, path, kind === 'number' ? Number(control.value) : control.value);
    }
  }
  return input;
}

export function fillCase(form: HTMLFormElement, input: Record<string, unknown>): void {
  for (const el of fields(form)) {
    const path = el.dataset.field!.split('.');
    const value = getPath(input, path);
    const kind = el.dataset.kind;
    if (kind === 'boolean') {
      const wanted = value === true ? 'true' : value === false ? 'false' : '';
      for (const radio of el.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = radio.value === wanted;
    } else if (kind === 'indicators' || kind === 'multi') {
      const chosen = Array.isArray(value) ? value.map(String) : [];
      for (const box of el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        box.checked = box.dataset.none !== undefined ? Array.isArray(value) && value.length === 0 : chosen.includes(box.value);
      }
    } else {
      const control = el.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
      control.value = value === undefined || value === null ? '' : String(value);
    }
  }
  updateIndicatorCounts(form);
}

/** The question a field asks, as shown on the form (for "what would change the outcome"). */
function questionOf(form: HTMLFormElement, fact: string): string {
  const el = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(fact)}"]`) ?? form.querySelector<HTMLElement>(`[data-field$=".${CSS.escape(fact)}"]`);
  const text = el?.querySelector('legend, label, .label')?.textContent ?? fact;
  return text.replace(/\s*\(required\)\s*$/, '').trim();
}

function showErrors(form: HTMLFormElement, messages: string[]): void {
  const box = form.querySelector<HTMLElement>('#try-errors')!;
  if (messages.length === 0) {
    box.hidden = true;
    box.innerHTML = '';
    return;
  }
  box.innerHTML = `<h2>The case could not be decided</h2><ul>${messages.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>`;
  box.hidden = false;
  box.focus();
}

async function decide(form: HTMLFormElement, input: Record<string, unknown>, focusResult: boolean): Promise<void> {
  const decision = form.dataset.decision!;
  const resultSection = document.getElementById('try-result')!;
  const body = document.getElementById('try-result-body')!;
  const address = `#case=${encodeCase(input)}`;
  history.replaceState(null, '', address);
  (document.getElementById('try-share') as HTMLAnchorElement).href = address;
  let result: AnyResult;
  try {
    // `await` works whether the decision returns its result or a Promise of it.
    result = (await DECISIONS[decision]!(input as never)) as AnyResult;
  } catch (error) {
    resultSection.hidden = true;
    if (error instanceof SafeguardingInputError) showErrors(form, error.issues.map((i) => i.message));
    else showErrors(form, ['The library could not decide this case.']);
    return;
  }
  showErrors(form, []);
  body.innerHTML = renderResult(decision, result, (fact) => questionOf(form, fact));
  resultSection.hidden = false;
  resultSection.dataset.outcome = result.outcome;
  if (focusResult) document.getElementById('try-result-h')!.focus();
}

function download(decision: string, input: unknown): void {
  const blob = new Blob([JSON.stringify(input, null, 2) + '\n'], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${decision}-case.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function updateIndicatorCounts(form: HTMLFormElement): void {
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.indicator-level')) {
    const picked = details.querySelectorAll('input:checked').length;
    const badge = details.querySelector<HTMLElement>('.picked');
    if (badge) badge.textContent = picked > 0 ? `${picked} chosen` : '';
  }
}

function setUpIndicatorFilter(form: HTMLFormElement): void {
  const filter = form.querySelector<HTMLInputElement>('.indicator-filter');
  if (!filter) return;
  const status = form.querySelector<HTMLElement>('[data-indicator-status]')!;
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const label of form.querySelectorAll<HTMLElement>('label.indicator')) {
      const match = words.every((w) => label.dataset.search!.includes(w));
      label.hidden = !match;
      if (match) shown++;
    }
    for (const group of form.querySelectorAll<HTMLElement>('fieldset.indicator-domain')) group.hidden = !group.querySelector('label.indicator:not([hidden])');
    for (const details of form.querySelectorAll<HTMLDetailsElement>('details.indicator-level')) {
      const any = !!details.querySelector('label.indicator:not([hidden])');
      details.hidden = !any;
      if (words.length > 0 && any) details.open = true;
    }
    status.textContent = words.length === 0 ? '' : `${shown} indicator${shown === 1 ? '' : 's'} match.`;
  });
  form.addEventListener('change', () => updateIndicatorCounts(form));
}

export function setUpTryCase(form: HTMLFormElement): void {
  setUpIndicatorFilter(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void decide(form, readCase(form), true);
  });
  document.getElementById('try-reset')!.addEventListener('click', () => {
    fillCase(form, {});
    document.getElementById('try-result')!.hidden = true;
    showErrors(form, []);
    history.replaceState(null, '', location.pathname);
  });
  document.getElementById('try-download')!.addEventListener('click', () => download(form.dataset.decision!, readCase(form)));
  const shared = decodeCase(location.hash);
  if (shared) {
    fillCase(form, shared);
    void decide(form, shared, false);
  }
}
