/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** The site's browser entry: each page turns on the parts it has. */
import { setUpDeadlines } from './deadlines.js';
import { setUpSearch } from './search.js';
import { setUpTryCase } from './try-case.js';

function start(): void {
  const find = document.getElementById('find-form');
  if (find instanceof HTMLFormElement) setUpSearch(find);
  const tryForm = document.getElementById('try-form');
  if (tryForm instanceof HTMLFormElement) setUpTryCase(tryForm);
  if (document.getElementById('calc-form')) setUpDeadlines();
  document.documentElement.dataset.ready = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
