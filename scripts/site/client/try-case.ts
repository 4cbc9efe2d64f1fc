/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The "try a case" form: reads the answers into the input a case system would
 * send, runs the library in the browser, shows the result (brought into view),
 * keeps the case in the address (#case=…) and offers the whole result (input
 * included) as a JSON download. A shared address fills the form again and
 * shows the same result. Errors are shown against the fields they are about.
 */
import { assessNationalAlert, assessNeedToKnow, assessSeriousIncident, classifyNeed, SafeguardingInputError, statutoryTimeline, validatePlacementNotification, type InputIssue } from '../../../src/index.js';
import { dateProblem } from '../date-entry.js';
import { decodeCase, encodeCase } from './case-url.js';
import { clearErrors, setUpFieldLinks, showErrors } from './error-summary.js';
import { fieldLabel, fillScope, firstControl, locate, readScope, refreshVisibility, type Input } from './form-data.js';
import { addItem, setUpLists } from './list-fields.js';
import { renderPlacement, setUpCopy } from './render-placement.js';
import { renderResult, type AnyResult, type FormLinks } from './render-result.js';
import { renderTimeline } from './render-timeline.js';

const DECISIONS: Record<string, (input: never) => unknown> = {
  'need-level': classifyNeed,
  'need-to-know': assessNeedToKnow,
  'national-alert': assessNationalAlert,
  'serious-incident': assessSeriousIncident,
  timeline: statutoryTimeline,
  'placement-notification': validatePlacementNotification,
};

/**
 * Whether the form's case may be kept in the page address (which ends up in
 * the browser's history and in any link shared): not when the form asks for
 * a person's details (`data-personal`: names, dates of birth, addresses,
 * phone numbers, emails).
 */
export function keepsCaseInAddress(form: HTMLFormElement): boolean {
  return form.querySelector('[data-personal]') === null;
}

let lastResult: unknown;
let lastInput: Input | undefined;

/** The answers as the input: unanswered questions are left out (not known), never sent as "no". */
export function readCase(form: HTMLFormElement): Input {
  return readScope(form);
}

export function fillCase(form: HTMLFormElement, input: Input): void {
  fillScope(form, input, addItem);
  refreshVisibility(form);
  updateIndicatorCounts(form);
}

/** How a result points back at the form: the question a field asks (for an input path such as `fgm.atRisk`) and its control. */
function formLinks(form: HTMLFormElement): FormLinks {
  const at = (path: string) => locate(form, path.split('.'), true);
  return {
    questionOf: (path) => {
      const el = at(path);
      return el ? fieldLabel(el) || undefined : undefined;
    },
    controlOf: (path) => {
      const el = at(path);
      return el ? firstControl(el)?.id : undefined;
    },
  };
}

function render(decision: string, result: unknown, form: HTMLFormElement): string {
  if (decision === 'timeline') return renderTimeline(result as Parameters<typeof renderTimeline>[0]);
  if (decision === 'placement-notification') return renderPlacement(result as Parameters<typeof renderPlacement>[0], form);
  return renderResult(decision, result as AnyResult, formLinks(form));
}

/** The input path of a field's control (`['events', 0, 'date']`), from the fields and list entries around it. */
function pathOf(control: Element, form: HTMLFormElement): (string | number)[] {
  const path: (string | number)[] = [];
  for (let el: Element | null = control.closest('[data-key], [data-item]'); el && el !== form; el = el.parentElement?.closest('[data-key], [data-item]') ?? null) {
    if (el.hasAttribute('data-item')) path.unshift([...el.parentElement!.children].filter((c) => c.hasAttribute('data-item')).indexOf(el));
    else if ((el as HTMLElement).dataset.key) path.unshift((el as HTMLElement).dataset.key!);
  }
  return path;
}

/**
 * Every date box that is shown and holds something that is not a real date
 * written year-month-day, as issues on its field. Checked before the
 * library is called, so a mistyped date is an error on the form in every
 * decision (the placement check would otherwise word it as an item to query
 * with the placing authority).
 */
function typedDateIssues(form: HTMLFormElement): InputIssue[] {
  return [...form.querySelectorAll<HTMLInputElement>('input.date')]
    .filter((box) => !box.closest('[hidden]') && box.value.trim() !== '' && dateProblem(box.value) !== undefined)
    .map((box) => ({ path: pathOf(box, form), code: 'invalid-date', message: dateProblem(box.value)! }) as InputIssue);
}

async function decide(form: HTMLFormElement, input: Input, bringIntoView: boolean): Promise<void> {
  const decision = form.dataset.decision!;
  const resultSection = document.getElementById('try-result')!;
  const body = document.getElementById('try-result-body')!;
  const mistyped = typedDateIssues(form);
  if (mistyped.length > 0) {
    resultSection.hidden = true;
    lastResult = undefined;
    showErrors(form, mistyped);
    return;
  }
  if (keepsCaseInAddress(form)) {
    const address = `#case=${encodeCase(input)}`;
    history.replaceState(null, '', address);
    (document.getElementById('try-share') as HTMLAnchorElement).href = address;
  }
  let result: unknown;
  try {
    // `await` works whether the library returns its result or a Promise of it.
    result = await DECISIONS[decision]!(input as never);
  } catch (error) {
    resultSection.hidden = true;
    lastResult = undefined;
    if (error instanceof SafeguardingInputError) showErrors(form, [...error.issues]);
    else showErrors(form, [], 'The library could not work this case out.');
    return;
  }
  clearErrors(form);
  lastResult = result;
  lastInput = input;
  body.innerHTML = render(decision, result, form);
  resultSection.hidden = false;
  const outcome = (result as { outcome?: string; valid?: boolean }).outcome ?? String((result as { valid?: boolean }).valid ?? '');
  resultSection.dataset.outcome = outcome;
  if (bringIntoView) {
    // The result's heading at the top of the window, with the advice under it (not at the bottom edge).
    const heading = document.getElementById('try-result-h')!;
    resultSection.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
}

function download(decision: string, result: unknown): void {
  const blob = new Blob([JSON.stringify(result, null, 2) + '\n'], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${decision}-result.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function updateIndicatorCounts(form: HTMLFormElement): void {
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.indicator-level')) {
    const picked = details.querySelectorAll('input:checked').length;
    const badge = details.querySelector<HTMLElement>('.picked');
    if (badge) badge.textContent = picked > 0 ? `${picked} ticked` : '';
  }
}

function setUpIndicatorFilter(form: HTMLFormElement): void {
  const filter = form.querySelector<HTMLInputElement>('.indicator-filter');
  if (!filter) return;
  const status = form.querySelector<HTMLElement>('[data-indicator-status]')!;
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of form.querySelectorAll<HTMLElement>('.indicator')) {
      const match = words.every((w) => item.dataset.search!.includes(w));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of form.querySelectorAll<HTMLElement>('fieldset.indicator-domain')) group.hidden = !group.querySelector('.indicator:not([hidden])');
    for (const details of form.querySelectorAll<HTMLDetailsElement>('details.indicator-level')) {
      const any = !!details.querySelector('.indicator:not([hidden])');
      details.hidden = !any;
      if (words.length > 0 && any) details.open = true;
    }
    status.textContent = words.length === 0 ? '' : `${shown} indicator${shown === 1 ? '' : 's'} match.`;
  });
}

/** "None of these" and the other boxes of a question exclude each other. */
function keepNoneExclusive(event: Event): void {
  const box = event.target as HTMLInputElement;
  if (box.type !== 'checkbox') return;
  const field = box.closest<HTMLElement>('[data-kind="multi"]');
  if (!field || !box.checked) return;
  for (const other of field.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    if (other !== box && (box.dataset.none !== undefined) !== (other.dataset.none !== undefined)) other.checked = false;
  }
}

export function setUpTryCase(form: HTMLFormElement): void {
  setUpIndicatorFilter(form);
  setUpFieldLinks(document.getElementById('main') ?? document.body);
  setUpCopy(document.getElementById('try-result')!);
  setUpLists(form, () => refreshVisibility(form));
  // A case history starts with one event to fill in.
  for (const list of form.querySelectorAll<HTMLElement>('[data-kind="list"]')) if (!list.querySelector('[data-item]')) addItem(list);
  refreshVisibility(form);
  form.addEventListener('change', (event) => {
    keepNoneExclusive(event);
    refreshVisibility(form);
    updateIndicatorCounts(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void decide(form, readCase(form), true);
  });
  document.getElementById('try-reset')!.addEventListener('click', () => {
    fillCase(form, {});
    for (const list of form.querySelectorAll<HTMLElement>('[data-kind="list"]')) addItem(list);
    refreshVisibility(form);
    document.getElementById('try-result')!.hidden = true;
    clearErrors(form);
    history.replaceState(null, '', location.pathname);
  });
  document.getElementById('try-download')!.addEventListener('click', () => {
    if (lastResult === undefined) return;
    // A result that does not carry its input (a stored record needs both) is saved beside it.
    const whole = typeof lastResult === 'object' && lastResult !== null && 'input' in lastResult ? lastResult : { input: lastInput, result: lastResult };
    download(form.dataset.decision!, whole);
  });
  const shared = decodeCase(location.hash);
  if (shared && !keepsCaseInAddress(form)) history.replaceState(null, '', location.pathname);
  else if (shared) {
    fillCase(form, shared);
    void decide(form, shared, false);
  }
}
