/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** The Find page: searches the index built with the site (see scripts/site/search-index.ts). */
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from '../search-options.js';
import { esc, siteRoot } from './format.js';

declare global {
  interface Window {
    SITE_DATA?: { searchIndex: string };
  }
}

export function setUpSearch(form: HTMLFormElement): void {
  const data = window.SITE_DATA;
  if (!data) return;
  const index = MiniSearch.loadJSON(data.searchIndex, SEARCH_OPTIONS);
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const results = document.getElementById('find-results')!;
  const status = document.getElementById('find-status')!;
  const run = () => {
    const query = input.value.trim();
    if (query === '') {
      results.innerHTML = '';
      status.textContent = '';
      return;
    }
    let hits = index.search(query);
    if (hits.length === 0) hits = index.search(query, { combineWith: 'OR' });
    status.textContent = hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`;
    results.innerHTML = hits
      .slice(0, 50)
      .map(
        (h) =>
          `<li><p class="kind">${esc(h.kind)} · ${esc(h.decision)}</p><p class="title"><a href="${siteRoot()}${esc(h.href)}">${esc(h.title)}</a></p><p class="muted">Source: ${esc(h.source)}</p></li>`,
      )
      .join('');
  };
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    run();
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    run();
  });
  input.addEventListener('input', run);
}
