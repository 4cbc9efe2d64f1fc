/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Lists of entries in a form (the events of a case history): "Add an
 * event" copies the entry template with fresh element ids, "Remove" takes
 * one out; entries are numbered in order and each change is announced.
 */

let counter = 0;

function renumber(list: HTMLElement): void {
  const items = [...list.querySelectorAll<HTMLElement>(':scope > ol > [data-item]')];
  items.forEach((item, i) => {
    for (const n of item.querySelectorAll<HTMLElement>('[data-number]')) if (n.closest('[data-item]') === item) n.textContent = String(i + 1);
  });
  const add = list.querySelector<HTMLButtonElement>(':scope > p > [data-add]');
  const max = Number(list.dataset.max ?? Infinity);
  if (add) add.disabled = items.length >= max;
}

/** Adds an entry (a copy of the template, ids made unique) and returns it. */
export function addItem(list: HTMLElement): HTMLElement {
  const template = list.querySelector<HTMLTemplateElement>(':scope > template[data-template]')!;
  const index = String(counter++);
  const html = template.innerHTML.replace(/__i__/g, index);
  const holder = document.createElement('ol');
  holder.innerHTML = html.trim();
  const item = holder.firstElementChild as HTMLElement;
  list.querySelector(':scope > ol[data-items]')!.append(item);
  renumber(list);
  return item;
}

function status(list: HTMLElement, text: string): void {
  const live = list.querySelector<HTMLElement>(':scope > [data-list-status]');
  if (live) live.textContent = text;
}

/** Wires the add and remove buttons of every list in a form; `changed` runs after each change. */
export function setUpLists(form: HTMLElement, changed: () => void): void {
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const list = button.closest<HTMLElement>('[data-kind="list"]');
    if (!list) return;
    const name = list.dataset.itemName ?? 'entry';
    if (button.matches('[data-add]')) {
      const item = addItem(list);
      changed();
      status(list, `${capital(name)} ${list.querySelectorAll(':scope > ol > [data-item]').length} added.`);
      item.querySelector<HTMLElement>('select, input')?.focus();
    } else if (button.matches('[data-remove]')) {
      const item = button.closest<HTMLElement>('[data-item]')!;
      const number = item.querySelector('legend [data-number]')?.textContent ?? '';
      const next = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null;
      item.remove();
      renumber(list);
      changed();
      status(list, `${capital(name)} ${number} removed.`);
      (next?.querySelector<HTMLElement>('select, input') ?? list.querySelector<HTMLElement>('[data-add]'))?.focus();
    }
  });
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
