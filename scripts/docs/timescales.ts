/**
 * docs/timescales.md: every statutory and local timescale in the registry,
 * with its trigger, period, who acts and its source, generated from
 * `timescales` so the page cannot drift from what the library computes.
 */
import type { DocSection } from './doc-file.js';
import { table } from './doc-file.js';
import { formatCitation } from './format.js';
import { timescaleInterpretations, timescales, type Timescale } from '../../src/rules/timescales/index.js';
import { timelineTimescales } from '../../src/rules/timeline/index.js';

function formatPeriod(t: Timescale): string {
  const unit = { 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'month' }[t.unit];
  const amount = `${t.amount} ${unit}${t.amount === 1 ? '' : 's'}`;
  return t.recurring ? `${amount} ${t.direction}, repeating` : `${amount} ${t.direction}`;
}

function sources(t: Timescale): string {
  return [formatCitation(t.citation), ...(t.seeAlso ?? []).map((c) => `see also ${formatCitation(c)}`)].join('; ');
}

export const timescalesDocs: DocSection = () => {
  const rows = timescales.map((t) => [`\`${t.id}\``, t.title, t.trigger, formatPeriod(t), `${t.basis} ("${t.basisWording}")`, t.responsible ?? '—', sources(t)]);
  const readings = timescaleInterpretations.map((i) => `- \`${i.id}\` (${i.ruleIds.map((id) => `\`${id}\``).join(', ')}): ${i.says} *Why:* ${i.why} (${formatCitation(i.citation)})`);
  const notes = timescales.filter((t) => t.note !== undefined).map((t) => `- \`${t.id}\`: ${t.note}`);
  const timeline = timelineTimescales.map((s) => `| \`${s.id}\` | \`${s.startedBy}\` | \`${s.satisfiedBy}\` |`);

  const content = [
    '# Statutory and local timescales',
    '',
    'Generated from the library by `npm run docs`; do not edit by hand.',
    '',
    `Every timescale the library computes deadlines from (${timescales.length} in all), exported as \`timescales\`. ` +
      'A `Deadline` built from one carries the same id and citation.',
    '',
    '## How days are counted',
    '',
    '- A working day is any day that is not a Saturday, Sunday or bank holiday in England and Wales.',
    '- "Within N working days of X": X is day 0 and the due date is the N-th working day after it, the last day that is still on time.',
    '- Calendar days count every day, a week is 7 calendar days, and a month is the same date in the later month (the last day of a shorter month). ' +
      'These due dates are not moved off weekends or bank holidays.',
    '- A deadline whose due date, or any day counted to reach it, falls after the last year of the confirmed GOV.UK list is marked `provisional` (for working-day periods a new one-off bank holiday could still move it).',
    '',
    'The full convention, the bank holidays used and worked examples are in [the calendar page](calendar.md).',
    '',
    '## Basis',
    '',
    'Each timescale says how binding it is, read from the words of its source: `statutory-must` (statutory guidance or legislation says "must", or states a duty or requirement), ' +
      '`statutory-should` (statutory guidance says "should": follow it unless there is a good reason not to), `non-statutory` (the statutory guidance itself calls it non-statutory, as for the rapid review) ' +
      'and `local` (a Luton procedure sets it). The words the basis rests on are quoted beside it.',
    '',
    '## How pages are cited',
    '',
    'The policy files are plain-text extractions without printed page numbers in the body. A `page` is the printed page: ' +
      'for Working Together 2026 it is counted from the table of contents (the page on which a heading starts), plus one for each page break visible in the extraction after that heading, ' +
      'where a block of footnotes ends a page or a sentence or list item is split by a blank line. Where no break is visible between two headings the passage is placed by its position ' +
      '(the core group and first review lists end "The child protection plan", which starts on p105, just before p107, so they are cited p106). ' +
      "For Luton's Guide to Effective Support the page is read from the page footers the extraction keeps (\"Page 20 of 37\"); a passage far from any footer is cited without a page.",
    '',
    '## Timescales',
    '',
    table(['Id', 'What', 'Clock starts', 'Period', 'Basis', 'Who', 'Source'], rows),
    '',
    '## Notes',
    '',
    'Where sources differ or the wording needs care, which source each timescale follows:',
    '',
    ...notes,
    '',
    '## Interpretations',
    '',
    'Where a timescale reads its source in a way that is not its literal words, the reading, why, and every timescale that relies on it (exported as `timescaleInterpretations`):',
    '',
    ...readings,
    '',
    '## Case timeline',
    '',
    '`statutoryTimeline(input)` judges these timescales for one case from its dated events, as `met`, `due`, `overdue` or `not-yet-triggered` as of `asOf`. ' +
      'A deadline is met when the event that satisfies it happened on or before the due date. ' +
      'Review conferences continue every 6 months from the last review held for as long as the child protection plan lasts.',
    '',
    '| Timescale | Started by event | Satisfied by event |',
    '| --- | --- | --- |',
    ...timeline,
    '',
  ].join('\n');
  return [{ path: 'timescales.md', content }];
};
