/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The working-day calculator and the bank holiday list, both computed by the
 * library's calendar. The calculator's answer is the library's own
 * (`addWorkingDays`, `addCalendarDays`, `addCalendarMonths`); the days it
 * walks through are listed so a reader can see which were skipped and why.
 */
import { addCalendarDays, addCalendarMonths, addWorkingDays, bankHolidayOn, bankHolidays, CONFIRMED_HORIZON_YEAR, isWorkingDay, SafeguardingInputError } from '../../../src/calendar/index.js';
import { dateProblem } from '../date-entry.js';
import { esc, longDate } from './format.js';


function whyNotWorking(date: string): string {
  const holiday = bankHolidayOn(date);
  if (holiday) return `bank holiday: ${holiday.name}${holiday.substitute ? ' (substitute day)' : ''}`;
  return longDate(date).split(' ')[0]!; // the weekday name: Saturday or Sunday
}

/** Each day from the start to the result, with whether it counted. */
function walk(start: string, end: string, step: 1 | -1): { date: string; counted: boolean; why: string }[] {
  const days: { date: string; counted: boolean; why: string }[] = [];
  for (let d = addCalendarDays(start, step); step === 1 ? d <= end : d >= end; d = addCalendarDays(d, step)) {
    const working = isWorkingDay(d);
    days.push({ date: d, counted: working, why: working ? 'working day' : whyNotWorking(d) });
  }
  return days;
}

function calculate(form: HTMLFormElement): void {
  const out = document.getElementById('calc-result')!;
  const errors = document.getElementById('calc-errors')!;
  const data = new FormData(form);
  const date = String(data.get('date') ?? '').trim();
  const amount = Number(data.get('amount'));
  const unit = String(data.get('unit'));
  const before = data.get('direction') === 'before';
  const problems: string[] = [];
  if (date.trim() === '') problems.push('Enter a start date.');
  else {
    const problem = dateProblem(date);
    if (problem) problems.push(problem);
  }
  if (!Number.isInteger(amount) || amount < 0) problems.push('Enter how many, as a whole number of 0 or more.');
  if (problems.length === 0) {
    try {
      const n = before ? -amount : amount;
      const result = unit === 'working-days' ? addWorkingDays(date, n) : unit === 'calendar-days' ? addCalendarDays(date, n) : unit === 'weeks' ? addCalendarDays(date, 7 * n) : addCalendarMonths(date, n);
      errors.hidden = true;
      const provisional = Number(result.slice(0, 4)) > CONFIRMED_HORIZON_YEAR || Number(date.slice(0, 4)) > CONFIRMED_HORIZON_YEAR;
      const unitWords = { 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'calendar month' }[unit] + (amount === 1 ? '' : 's');
      let detail = '';
      if (unit === 'working-days' && amount > 0) {
        const days = walk(date, result, before ? -1 : 1);
        const skipped = days.filter((d) => !d.counted);
        detail = `<p>${skipped.length === 0 ? 'No day was skipped.' : `${skipped.length} day${skipped.length === 1 ? ' was' : 's were'} skipped:`}</p>
${skipped.length > 0 ? `<ul class="skipped">${skipped.map((d) => `<li data-skipped="${d.date}">${esc(longDate(d.date))} — ${esc(d.why)}</li>`).join('')}</ul>` : ''}
<details><summary>Every day counted</summary><ol class="counted">${days.filter((d) => d.counted).map((d) => `<li>${esc(longDate(d.date))}</li>`).join('')}</ol></details>`;
      } else if (unit !== 'working-days') {
        detail = `<p>Calendar days, weeks and months count every day; the date is not moved off a weekend or bank holiday.${isWorkingDay(result) ? '' : ` ${esc(longDate(result))} is not a working day (${esc(whyNotWorking(result))}).`}</p>`;
      }
      out.innerHTML = `<p class="outcome">${esc(amount)} ${esc(unitWords)} ${before ? 'before' : 'after'} ${esc(longDate(date))}: <strong id="calc-due" data-date="${result}">${esc(longDate(result))}</strong>${provisional ? ' <span class="badge">provisional</span>' : ''}</p>${provisional ? `<p class="note">Provisional: this counts through years after ${CONFIRMED_HORIZON_YEAR}, whose bank holidays are not yet confirmed.</p>` : ''}${detail}`;
      out.hidden = false;
      return;
    } catch (error) {
      problems.push(error instanceof SafeguardingInputError ? error.issues.map((i) => i.message).join(' ') : 'The date could not be counted.');
    }
  }
  errors.innerHTML = `<h3>Check the answers</h3><ul>${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`;
  errors.hidden = false;
  out.hidden = true;
  errors.focus();
}

function showHolidays(form: HTMLFormElement): void {
  const out = document.getElementById('holidays-result')!;
  const year = Number(new FormData(form).get('year'));
  try {
    const list = bankHolidays(year);
    const provisional = year > CONFIRMED_HORIZON_YEAR;
    out.innerHTML = `<h3>Bank holidays in ${year}</h3>${provisional ? `<p class="note"><span class="badge">provisional</span> ${year} is after ${CONFIRMED_HORIZON_YEAR}, the last year GOV.UK has confirmed: these are worked out from the usual rules, and a one-off bank holiday may still be announced.</p>` : '<p>Confirmed: the official GOV.UK list.</p>'}
<table class="holidays"><thead><tr><th scope="col">Date</th><th scope="col">Bank holiday</th></tr></thead><tbody>${list.map((h) => `<tr><td>${esc(longDate(h.date))}</td><td>${esc(h.name)}${h.substitute ? ' (substitute day)' : ''}${provisional ? ' <span class="badge">provisional</span>' : ''}</td></tr>`).join('')}</tbody></table>`;
  } catch (error) {
    out.innerHTML = `<p class="error">${esc(error instanceof SafeguardingInputError ? error.issues.map((i) => i.message).join(' ') : 'That year cannot be shown.')}</p>`;
  }
}

export function setUpDeadlines(): void {
  const calc = document.getElementById('calc-form') as HTMLFormElement;
  calc.addEventListener('submit', (e) => {
    e.preventDefault();
    calculate(calc);
  });
  const holidays = document.getElementById('holidays-form') as HTMLFormElement;
  const year = holidays.querySelector<HTMLInputElement>('input[name=year]')!;
  year.value ||= String(new Date().getFullYear());
  holidays.addEventListener('submit', (e) => {
    e.preventDefault();
    showHolidays(holidays);
  });
  showHolidays(holidays);
}

