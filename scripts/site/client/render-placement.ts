/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The check of a placement notification as the safeguarding and quality
 * assurance service reads it: whether the notification holds what Luton's
 * procedure asks for, each missing or unusable item linked to where it goes
 * on the form, the reply to send to the placing authority, and what Luton
 * does next.
 */
import type { PlacementNotificationResult } from '../../../src/index.js';
import { citationInWords, dateInWords, esc, plainWords, siteRoot } from './format.js';
import { slug } from '../html.js';
import { firstControl, locate } from './form-data.js';
import { section } from './render-result.js';

type Doc = Record<string, unknown>;
const docs = (v: unknown): Doc[] => (Array.isArray(v) ? v.filter((x): x is Doc => typeof x === 'object' && x !== null) : []);

export function renderPlacement(r: PlacementNotificationResult, form: HTMLElement): string {
  const out: string[] = [];
  const kind = form.querySelector<HTMLInputElement>('[data-kind="alternatives"] > fieldset input:checked');
  const kindWords = kind ? (form.querySelector(`label[for="${CSS.escape(kind.id)}"]`)?.textContent ?? r.kind).toLowerCase() : r.kind;
  const extra = r as PlacementNotificationResult & Doc;
  if (r.valid) {
    out.push(`<p class="outcome" data-outcome="valid"><strong>The ${esc(kindWords)} notification holds everything Luton’s procedure asks for.</strong></p>`);
  } else {
    out.push(`<p class="outcome" data-outcome="invalid"><strong>The ${esc(kindWords)} notification is incomplete or unclear: ${r.problems.length} item${r.problems.length === 1 ? '' : 's'} to ask the placing authority for.</strong></p>`);
    const items = r.problems.map((p) => {
      const el = locate(form, p.field.split('.'));
      const control = el ? firstControl(el) : undefined;
      const text = esc(p.message);
      return `<li data-field="${esc(p.field)}">${control ? `<a href="#${esc(control.id)}" data-focus="${esc(control.id)}">${text}</a>` : text}${p.basis === 'record-update' ? ' <span class="muted">(the procedure lists no content for this kind of notification; Luton needs it to update its register)</span>' : ''}</li>`;
    });
    out.push(section('problems', 'What is missing or unusable', `<ul class="problems">${items.join('')}</ul>`));
    out.push(
      section(
        'reply',
        'The reply to send to the placing authority',
        `<label for="placement-reply" class="visually-hidden">The reply to send to the placing authority</label><textarea id="placement-reply" class="reply" rows="${Math.min(24, r.summary.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 70), 1))}" readonly>${esc(r.summary)}</textarea><p><button type="button" class="secondary" data-copy="placement-reply">Copy the reply</button> <span class="muted" role="status" data-copy-status></span></p>`,
      ),
    );
  }
  const warnings = docs(extra.warnings);
  if (warnings.length > 0) out.push(section('warnings', 'Warnings: check these details', `<ul class="warnings">${warnings.map((w) => `<li>${plainWords(String(w.message ?? ''))}</li>`).join('')}</ul>`));
  const actions = docs(extra.actions);
  if (actions.length > 0)
    out.push(
      section(
        'actions',
        'Who does what next',
        `<ul class="actions-list">${actions
          .map((a) => `<li><strong>${esc(String(a.role ?? ''))}</strong>: ${plainWords(String(a.description ?? ''))}${typeof a.due === 'string' ? ` <span class="when">By ${esc(dateInWords(a.due))}.</span>` : ''}</li>`)
          .join('')}</ul>`,
      ),
    );
  if (r.interpretations.length > 0) {
    out.push(
      section(
        'interpretations',
        'Readings of the procedure this relied on',
        `<ul>${r.interpretations.map((i) => `<li><a href="${siteRoot()}interpretations.html#${esc(slug(i.id))}">${plainWords(i.says)}</a></li>`).join('')}</ul>`,
      ),
    );
  }
  out.push(`<p class="source">Notifications go to ${esc(r.recipient.service)} by ${esc(r.recipient.by)}. Source: ${esc(citationInWords(r.citation))}</p>`);
  return out.join('\n');
}

/** The "Copy the reply" button. */
export function setUpCopy(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    area.select();
    const done = () => {
      if (status) status.textContent = 'Copied.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(done, () => status && (status.textContent = 'Select the text and copy it.'));
    else status && (status.textContent = 'Select the text and copy it.');
  });
}
