/**
 * A form model (see `form-model.ts`) as accessible HTML, GOV.UK style: each
 * field with its label, a hint, and a place for its error message, all tied
 * to the control (`for`, `aria-describedby`), so the error summary can link
 * straight to the field. The browser code reads and fills the form through
 * the data attributes alone: `data-key` (the field's key in its object),
 * `data-kind`, and `data-scope` on whatever holds an object's fields (the
 * form, a group, a list entry, an alternative).
 */
import { esc } from '../html.js';
import { DATE_HINT } from '../date-entry.js';
import type { Choice, Field } from './form-model.js';

/** Element ids: the field's keys joined, list entries as `__i__` in a template (the browser numbers them). */
const idOf = (base: string, key: string) => `${base}${key || 'kind'}`;

function hintAndError(id: string, hint: string | undefined, extra = ''): { html: string; describedBy: string } {
  const parts = [hint ? `<p class="hint" id="${id}-hint">${esc(hint)}${extra}</p>` : extra ? `<p class="hint" id="${id}-hint">${extra}</p>` : '', `<p class="error-message" id="${id}-error" hidden></p>`];
  return { html: parts.join(''), describedBy: `${hint || extra ? `${id}-hint ` : ''}${id}-error` };
}

function appliesAttr(f: Field): string {
  return f.applies ? ` data-applies="${esc(JSON.stringify(f.applies))}"` : '';
}

function requiredText(f: Field): string {
  return f.required ? ' <span class="required">(required)</span>' : '';
}

/** The answer a question left unanswered stands for: unknown, for a fact; not given, otherwise. */
const unanswered = (f: Field) => f.unanswered ?? (f.isFact || f.kind === 'boolean' ? 'Not known' : 'Not given');

function radios(name: string, id: string, describedBy: string, options: { value: string; label: string; hint?: string; checked?: boolean }[]): string {
  return `<div class="choices">${options
    .map((o, i) => {
      const oid = `${id}-${i}`;
      return `<div class="choice"><input type="radio" name="${esc(name)}" value="${esc(o.value)}" id="${oid}"${o.checked ? ' checked' : ''}${o.hint ? ` aria-describedby="${oid}-hint"` : ''}><label for="${oid}">${esc(o.label)}</label>${o.hint ? `<p class="hint choice-hint" id="${oid}-hint">${esc(o.hint)}</p>` : ''}</div>`;
    })
    .join('')}</div>`;
}

function grouped(choices: Choice[]): [string | undefined, Choice[]][] {
  const groups = new Map<string | undefined, Choice[]>();
  for (const c of choices) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups.entries()];
}

export function fieldHtml(f: Field, base: string, headingLevel = 2): string {
  const id = idOf(base, f.key);
  const attrs = `data-key="${esc(f.key)}" data-kind="${f.kind}"${appliesAttr(f)}${f.personal ? ' data-personal' : ''}`;
  switch (f.kind) {
    case 'boolean': {
      const h = hintAndError(id, f.hint);
      return `<fieldset class="field" ${attrs} aria-describedby="${h.describedBy}"><legend>${esc(f.label)}</legend>${h.html}${radios(id, id, h.describedBy, [
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
        ...(f.required ? [] : [{ value: '', label: 'Not known', checked: true }]),
      ])}</fieldset>`;
    }
    case 'flag': {
      const h = hintAndError(id, f.hint);
      const hint = f.hint ? `<p class="hint choice-hint" id="${id}-hint">${esc(f.hint)}</p>` : '';
      return `<div class="field" ${attrs} data-value="${String(f.value)}"><p class="error-message" id="${id}-error" hidden></p><div class="choice"><input type="checkbox" id="${id}" aria-describedby="${f.hint ? `${id}-hint ` : ''}${id}-error"><label for="${id}">${esc(f.label)}</label>${hint}</div></div>`;
    }
    case 'date':
    case 'number':
    case 'text': {
      // A date is typed as text with its format in the hint (see date-entry.ts); the browser's date control is not used.
      const h = hintAndError(id, f.hint, f.kind === 'date' ? `${f.hint ? ' ' : ''}<span class="date-format">${esc(DATE_HINT)}</span>` : '');
      const common = `id="${id}" name="${esc(id)}" aria-describedby="${h.describedBy}"${f.required ? ' aria-required="true"' : ''}`;
      const control =
        f.kind === 'date'
          ? `<input type="text" class="date" autocomplete="off" spellcheck="false" maxlength="10" ${common}>`
          : f.kind === 'number'
            ? `<input type="number" inputmode="numeric" step="1" class="short" ${common}${f.min !== undefined ? ` min="${f.min}"` : ''}${f.max !== undefined ? ` max="${f.max}"` : ''}>`
            : f.multiline
              ? `<textarea rows="3" ${common}${f.maxLength ? ` maxlength="${f.maxLength}"` : ''}></textarea>`
              : `<input type="${f.inputType}" autocomplete="off" spellcheck="false" ${common}${f.maxLength ? ` maxlength="${f.maxLength}"` : ''}>`;
      return `<div class="field" ${attrs}><label for="${id}">${esc(f.label)}${requiredText(f)}</label>${h.html}${control}</div>`;
    }
    case 'choice': {
      const h = hintAndError(id, f.hint);
      if (f.choices.length <= 5 && !f.choices.some((c) => c.group)) {
        const options = [...f.choices.map((c) => ({ value: String(c.value), label: c.label, ...(c.hint ? { hint: c.hint } : {}) })), ...(f.required ? [] : [{ value: '', label: unanswered(f), checked: true }])];
        return `<fieldset class="field" ${attrs} aria-describedby="${h.describedBy}"><legend>${esc(f.label)}${requiredText(f)}</legend>${h.html}${radios(id, id, h.describedBy, options)}</fieldset>`;
      }
      const options = grouped(f.choices)
        .map(([group, cs]) => {
          const opts = cs.map((c) => `<option value="${esc(c.value)}">${esc(c.label)}</option>`).join('');
          return group ? `<optgroup label="${esc(group)}">${opts}</optgroup>` : opts;
        })
        .join('');
      return `<div class="field" ${attrs}><label for="${id}">${esc(f.label)}${requiredText(f)}</label>${h.html}<select id="${id}" aria-describedby="${h.describedBy}"${f.required ? ' aria-required="true"' : ''}><option value="">${f.required ? 'Choose one' : unanswered(f)}</option>${options}</select></div>`;
    }
    case 'multi': {
      const h = hintAndError(id, f.hint, 'Tick each that applies, or “None of these”. Leave every box empty if this is not known.');
      const boxes = f.choices.map((c, i) => `<div class="choice"><input type="checkbox" id="${id}-${i}" value="${esc(c.value)}"><label for="${id}-${i}">${esc(c.label)}</label></div>`).join('');
      return `<fieldset class="field" ${attrs} aria-describedby="${h.describedBy}"><legend>${esc(f.label)}</legend>${h.html}<div class="choices">${boxes}<div class="choice"><input type="checkbox" id="${id}-none" value="" data-none><label for="${id}-none">None of these</label></div></div></fieldset>`;
    }
    case 'group': {
      const h = hintAndError(id, f.hint);
      return `<fieldset class="field field-group" ${attrs} data-scope aria-describedby="${h.describedBy}"><legend>${esc(f.label)}</legend>${h.html}${f.fields.map((c) => fieldHtml(c, `${id}-`, headingLevel)).join('')}</fieldset>`;
    }
    case 'list': {
      const h = hintAndError(id, f.hint);
      const itemBase = `${id}-__i__-`;
      const item = `<li class="list-entry" data-scope data-item><fieldset class="list-item"><legend>${esc(capital(f.itemName))} <span data-number>__n__</span></legend>${f.item.map((c) => fieldHtml(c, itemBase, headingLevel)).join('')}<p><button type="button" class="secondary" data-remove>Remove ${esc(f.itemName)} <span data-number>__n__</span></button></p></fieldset></li>`;
      return `<div class="field field-list" ${attrs} role="group" aria-labelledby="${id}-label" aria-describedby="${h.describedBy}" data-item-name="${esc(f.itemName)}"${f.maxItems ? ` data-max="${f.maxItems}"` : ''}><h${headingLevel} class="label" id="${id}-label">${esc(f.label)}</h${headingLevel}>${h.html}<ol class="list-items" data-items></ol><template data-template>${item}</template><p class="list-status muted" role="status" aria-live="polite" data-list-status></p><p><button type="button" class="secondary" data-add>Add ${/^[aeiou]/.test(f.itemName) ? 'an' : 'a'} ${esc(f.itemName)}</button></p></div>`;
    }
    case 'alternatives': {
      const h = hintAndError(id, f.discriminatorHint);
      const choose = radios(
        `${id}-choice`,
        id,
        h.describedBy,
        [...f.branches.map((b) => ({ value: String(b.value), label: b.label, ...(b.hint ? { hint: b.hint } : {}) })), ...(f.required ? [] : [{ value: '', label: unanswered(f), checked: true }])],
      );
      const shared = f.shared.length > 0 ? `<div class="alternative" data-scope data-shared hidden>${f.shared.map((c) => fieldHtml(c, `${id}-`, headingLevel)).join('')}</div>` : '';
      const branches = f.branches
        .map((b) => `<div class="alternative" data-scope data-branch="${esc(String(b.value))}" hidden>${b.fields.map((c) => fieldHtml(c, `${id}-${String(b.value)}-`, headingLevel)).join('')}</div>`)
        .join('');
      return `<div class="field field-alternatives" ${attrs} data-discriminator="${esc(f.discriminator)}"><fieldset class="field" aria-describedby="${h.describedBy}"><legend>${esc(f.discriminatorLabel)}${requiredText(f)}</legend>${h.html}${choose}</fieldset>${shared}${branches}</div>`;
    }
    case 'indicators':
      throw new Error('The indicator picker is drawn by the need-level page.');
  }
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The whole form's fields. */
export function formHtml(fields: Field[], indicatorPicker: (f: Field) => string): string {
  return fields.map((f) => (f.kind === 'indicators' ? indicatorPicker(f) : fieldHtml(f, 'f-'))).join('\n');
}
