/** The working-day calculator and the bank holidays of any year (both run the library's calendar in the browser). */
import { CONFIRMED_HORIZON_YEAR, FIRST_SERVED_YEAR, LAST_SERVED_YEAR } from '../../../src/calendar/index.js';
import { DATE_HINT } from '../date-entry.js';
import { esc, page } from '../html.js';
import type { SitePage } from './catalogue-pages.js';

export function deadlinesPage(): SitePage {
  const path = 'deadlines.html';
  const body = `<h1>Deadlines</h1>
<p>A working day is any day that is not a Saturday, a Sunday or a bank holiday in England and Wales. “Within 5 working days of 18 December” means 18 December is day 0 and the deadline is the fifth working day after it: the last day that is still on time.</p>
<section aria-labelledby="calc-h"><h2 id="calc-h">Count days from a date</h2>
<form id="calc-form" class="calc" novalidate>
<div id="calc-errors" class="error-summary" role="alert" tabindex="-1" hidden></div>
<div class="field"><label for="calc-date">Start date (day 0)</label><p class="hint" id="calc-date-hint">${esc(DATE_HINT)}</p><input type="text" class="date" id="calc-date" name="date" autocomplete="off" spellcheck="false" maxlength="10" aria-describedby="calc-date-hint" required aria-required="true"></div>
<div class="field"><label for="calc-amount">How many</label><input type="number" id="calc-amount" name="amount" inputmode="numeric" step="1" min="0" max="2000" value="5" required aria-required="true"></div>
<div class="field"><label for="calc-unit">Of what</label><select id="calc-unit" name="unit"><option value="working-days">working days</option><option value="calendar-days">calendar days</option><option value="weeks">weeks</option><option value="months">calendar months</option></select></div>
<fieldset class="field"><legend>Before or after the start date</legend><div class="choices"><label class="choice"><input type="radio" name="direction" value="after" checked> After</label><label class="choice"><input type="radio" name="direction" value="before"> Before</label></div></fieldset>
<div class="actions"><button type="submit">Count</button></div>
</form>
<div id="calc-result" class="result" role="status" aria-live="polite" hidden></div>
</section>
<section aria-labelledby="holidays-h"><h2 id="holidays-h">Bank holidays in England and Wales</h2>
<p>Bank holidays up to and including ${CONFIRMED_HORIZON_YEAR} are the official GOV.UK list. Later years are worked out from the usual rules and are <strong>provisional</strong>: a one-off bank holiday may still be announced. The calendar covers ${FIRST_SERVED_YEAR} to ${LAST_SERVED_YEAR}.</p>
<form id="holidays-form" class="calc" novalidate><div class="field"><label for="holidays-year">Year</label><input type="number" id="holidays-year" name="year" inputmode="numeric" min="${FIRST_SERVED_YEAR}" max="${LAST_SERVED_YEAR}" step="1" required aria-required="true"></div><div class="actions"><button type="submit">Show bank holidays</button></div></form>
<div id="holidays-result" role="status" aria-live="polite"></div>
</section>`;
  return { path, html: page({ title: 'Deadlines', path, body, scripts: true }) };
}
