/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Reads a generated try-a-case form into the input a case system would send,
 * fills it back from an input, and finds the field an input path names, all
 * through the form's data attributes (see `form/form-html.ts`): `data-key`
 * and `data-kind` on each field, `data-scope` on whatever holds an object's
 * fields. Questions left unanswered are left out (not known), never sent as
 * "no"; fields that do not apply (an alternative not chosen, a field only
 * for other event types) are not read.
 */

export type Input = Record<string, unknown>;

interface Applies {
  field: string;
  values: string[];
  except: boolean;
}

/** The fields directly in a scope (not inside a field of theirs). */
export function ownFields(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('[data-key]')].filter((el) => el.parentElement?.closest('[data-scope]') === scope);
}

const listItems = (list: Element) => [...list.querySelectorAll<HTMLElement>(':scope > ol > li[data-item]')];
const ownControl = <T extends Element>(el: Element, selector: string) => [...el.querySelectorAll<T>(selector)].find((c) => c.closest('[data-key]') === el);
const ownControls = <T extends Element>(el: Element, selector: string) => [...el.querySelectorAll<T>(selector)].filter((c) => c.closest('[data-key]') === el);

/** The chosen alternative's element, if one is chosen. */
export function chosenBranch(el: HTMLElement): HTMLElement | undefined {
  const radio = ownControls<HTMLInputElement>(el, ':scope > fieldset input[type=radio]').find((r) => r.checked);
  return radio ? ([...el.querySelectorAll<HTMLElement>(':scope > [data-branch]')].find((b) => b.dataset.branch === radio.value) ?? undefined) : undefined;
}

/** The fields every alternative shares, asked once. */
const sharedScope = (el: HTMLElement) => el.querySelector<HTMLElement>(':scope > [data-shared]') ?? undefined;

/** "true"/"false" back to booleans, for alternatives told apart by a yes/no. */
const branchValue = (text: string): string | boolean => (text === 'true' ? true : text === 'false' ? false : text);

/** The raw value of a simple field, for applicability checks ('' when unanswered). */
function simpleValue(el: HTMLElement): string {
  const checked = ownControl<HTMLInputElement>(el, 'input[type=radio]:checked');
  if (checked) return checked.value;
  return ownControl<HTMLInputElement | HTMLSelectElement>(el, 'input:not([type=radio]):not([type=checkbox]), select, textarea')?.value ?? '';
}

/** Whether a field applies, given the answers beside it (e.g. `planMade` only on conference events). */
function applies(el: HTMLElement, siblings: HTMLElement[]): boolean {
  if (!el.dataset.applies) return true;
  const rules = JSON.parse(el.dataset.applies) as Applies[];
  return rules.every((rule) => {
    const other = siblings.find((s) => s.dataset.key === rule.field);
    const value = other ? simpleValue(other) : '';
    const listed = rule.values.includes(value);
    return rule.except ? !listed : value === '' ? false : listed;
  });
}

/** Shows only the fields that apply and the chosen alternatives, throughout a scope. */
export function refreshVisibility(scope: Element): void {
  const fields = ownFields(scope);
  for (const el of fields) {
    el.hidden = !applies(el, fields);
    if (el.dataset.kind === 'alternatives') {
      const chosen = chosenBranch(el);
      for (const b of el.querySelectorAll<HTMLElement>(':scope > [data-branch]')) {
        b.hidden = b !== chosen;
        refreshVisibility(b);
      }
      const shared = sharedScope(el);
      if (shared) {
        shared.hidden = !chosen;
        refreshVisibility(shared);
      }
    } else if (el.dataset.kind === 'group') refreshVisibility(el);
    else if (el.dataset.kind === 'list') for (const item of listItems(el)) refreshVisibility(item);
  }
}

function readField(el: HTMLElement): { value: unknown; merge?: boolean } | undefined {
  switch (el.dataset.kind) {
    case 'boolean': {
      const v = ownControl<HTMLInputElement>(el, 'input:checked')?.value ?? '';
      return v === '' ? undefined : { value: v === 'true' };
    }
    case 'flag':
      return ownControl<HTMLInputElement>(el, 'input[type=checkbox]')!.checked ? { value: JSON.parse(el.dataset.value!) } : undefined;
    case 'indicators':
      return { value: ownControls<HTMLInputElement>(el, 'input[type=checkbox]:checked').map((i) => i.value) };
    case 'multi': {
      const boxes = ownControls<HTMLInputElement>(el, 'input[type=checkbox]:checked');
      if (boxes.some((b) => b.dataset.none !== undefined)) return { value: [] };
      return boxes.length > 0 ? { value: boxes.map((b) => b.value) } : undefined;
    }
    case 'number': {
      const v = simpleValue(el).trim();
      return v === '' ? undefined : { value: Number(v) };
    }
    case 'group': {
      const value = readScope(el);
      return Object.keys(value).length > 0 ? { value } : undefined;
    }
    case 'list':
      return { value: listItems(el).map(readScope) };
    case 'alternatives': {
      const branch = chosenBranch(el);
      if (!branch) return undefined;
      const shared = sharedScope(el);
      return { value: { [el.dataset.discriminator!]: branchValue(branch.dataset.branch!), ...(shared ? readScope(shared) : {}), ...readScope(branch) }, merge: el.dataset.key === '' };
    }
    case 'date': {
      // Typed as text (see date-entry.ts): spaces around it are not part of the date.
      const v = simpleValue(el).trim();
      return v === '' ? undefined : { value: v };
    }
    default: {
      const v = simpleValue(el);
      return v.trim() === '' ? undefined : { value: v };
    }
  }
}

/** The object a scope's fields make. */
export function readScope(scope: Element): Input {
  const out: Input = {};
  for (const el of ownFields(scope)) {
    if (el.hidden) continue;
    const read = readField(el);
    if (!read) continue;
    if (read.merge) Object.assign(out, read.value);
    else out[el.dataset.key!] = read.value;
  }
  return out;
}

/** Sets a scope's fields from an input (fields it does not mention are cleared). */
export function fillScope(scope: Element, input: Input, addItem: (list: HTMLElement) => HTMLElement): void {
  for (const el of ownFields(scope)) {
    const key = el.dataset.key!;
    const value = key === '' ? input : input[key];
    switch (el.dataset.kind) {
      case 'boolean': {
        const wanted = value === true ? 'true' : value === false ? 'false' : '';
        for (const r of ownControls<HTMLInputElement>(el, 'input[type=radio]')) r.checked = r.value === wanted;
        break;
      }
      case 'flag':
        ownControl<HTMLInputElement>(el, 'input[type=checkbox]')!.checked = value !== undefined && JSON.stringify(value) === el.dataset.value;
        break;
      case 'indicators':
      case 'multi': {
        const chosen = Array.isArray(value) ? value.map(String) : [];
        for (const box of ownControls<HTMLInputElement>(el, 'input[type=checkbox]')) box.checked = box.dataset.none !== undefined ? Array.isArray(value) && value.length === 0 : chosen.includes(box.value);
        break;
      }
      case 'group':
        fillScope(el, value !== null && typeof value === 'object' ? (value as Input) : {}, addItem);
        break;
      case 'list': {
        const entries = Array.isArray(value) ? value : [];
        for (const item of listItems(el)) item.remove();
        for (const entry of entries) fillScope(addItem(el), entry !== null && typeof entry === 'object' ? (entry as Input) : {}, addItem);
        break;
      }
      case 'alternatives': {
        const object = value !== null && typeof value === 'object' ? (value as Input) : {};
        const chosen = object[el.dataset.discriminator!];
        for (const r of ownControls<HTMLInputElement>(el, ':scope > fieldset input[type=radio]')) r.checked = chosen !== undefined && r.value === String(chosen);
        // Every alternative gets the values it shares with the chosen one, so switching keeps them.
        for (const b of el.querySelectorAll<HTMLElement>(':scope > [data-branch], :scope > [data-shared]')) fillScope(b, object, addItem);
        break;
      }
      default: {
        const radios = ownControls<HTMLInputElement>(el, 'input[type=radio]');
        if (radios.length > 0) for (const r of radios) r.checked = r.value === (value === undefined ? '' : String(value));
        else ownControl<HTMLInputElement>(el, 'input, select, textarea')!.value = value === undefined || value === null ? '' : String(value);
      }
    }
  }
}

/** The field an input path names (`['events', 0, 'date']`), or the nearest field that holds it. */
export function locate(form: HTMLElement, path: (string | number)[], exact = false): HTMLElement | undefined {
  let scope: HTMLElement = form;
  let found: HTMLElement | undefined;
  for (const [i, segment] of path.entries()) {
    // A path that goes on past a field (or names none) is that field's only when it need not be exact.
    if (exact && i > 0 && found && found.dataset.kind !== 'group' && found.dataset.kind !== 'list' && found.dataset.kind !== 'alternatives') return undefined;
    if (typeof segment === 'number') {
      if (found?.dataset.kind !== 'list') break;
      const item = listItems(found)[segment];
      if (!item) return exact ? undefined : found;
      scope = item;
      continue;
    }
    const fields = ownFields(scope);
    let el = fields.find((f) => f.dataset.key === segment);
    // Alternatives that fill this object: their discriminator, or a field of the chosen one.
    const inline = fields.find((f) => f.dataset.kind === 'alternatives' && f.dataset.key === '');
    if (!el && inline) {
      if (inline.dataset.discriminator === segment) return inline;
      const branch = chosenBranch(inline);
      const shared = sharedScope(inline);
      el = (shared ? ownFields(shared).find((f) => f.dataset.key === segment) : undefined) ?? (branch ? ownFields(branch).find((f) => f.dataset.key === segment) : undefined);
      if (!el) return exact ? undefined : (found ?? inline);
    }
    if (!el) return exact ? undefined : found;
    found = el;
    if (el.dataset.kind === 'group') scope = el;
    else if (el.dataset.kind === 'alternatives') {
      const branch = chosenBranch(el);
      if (!branch) return i === path.length - 1 || !exact ? el : undefined;
      // The next key is the discriminator, a shared field or one of the chosen alternative's.
      const next = path[i + 1];
      if (next === el.dataset.discriminator) return el;
      const shared = sharedScope(el);
      scope = shared && ownFields(shared).some((f) => f.dataset.key === next) ? shared : branch;
    }
  }
  return found;
}

/** The control to focus for a field: its first input, select or text area that is shown. */
export function firstControl(el: HTMLElement): HTMLElement | undefined {
  return [...el.querySelectorAll<HTMLElement>('input, select, textarea')].find((c) => !c.closest('[hidden]') && (c as HTMLInputElement).type !== 'hidden');
}

/** The words a field shows as its question. */
export function fieldLabel(el: HTMLElement): string {
  const own =
    el.dataset.kind === 'alternatives'
      ? el.querySelector(':scope > fieldset > legend')
      : (el.querySelector(':scope > legend, :scope > label, :scope > .label') ?? el.querySelector('label'));
  return (own?.textContent ?? '').replace(/\s*\(required\)\s*$/, '').trim();
}
