/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A decision result as a practitioner reads it: the outcome in words, the
 * deadlines with their dates in words, who does what next, the questions
 * that still matter, what would change the outcome, warnings and the
 * interpretations it relied on.
 */
import { dateInWords, esc, humanise, siteRoot, valueInWords } from './format.js';
import { outcomeInWords } from './outcome-words.js';
import { slug } from '../html.js';

import type { Citation, DecisionResult } from '../../../src/index.js';

/** Any decision's result: the shared fields typed, the decision's own ones read by name. */
export type AnyResult = DecisionResult<string> & Record<string, unknown>;

const cite = (c: Citation) => `${c.section}${c.page !== undefined ? `, page ${c.page}` : ''}`;
const unit = (u: string, n: number) => ({ 'working-days': 'working day', 'calendar-days': 'calendar day', weeks: 'week', months: 'month' })[u] + (n === 1 ? '' : 's');
const ruleLink = (id: string, title: string) => `<a href="${siteRoot()}rules/${esc(id)}.html">${esc(title)}</a>`;

function list<T>(items: T[], render: (item: T) => string, className = ''): string {
  return `<ul${className ? ` class="${className}"` : ''}>${items.map((i) => `<li>${render(i)}</li>`).join('')}</ul>`;
}

function section(id: string, title: string, content: string): string {
  return `<section class="result-part" aria-labelledby="r-${id}"><h3 id="r-${id}">${esc(title)}</h3>${content}</section>`;
}

/** A deadline's status as a practitioner reads it. */
const statusInWords = (status: string): string =>
  ({
    met: 'met',
    late: 'done late',
    overdue: 'overdue',
    due: 'due',
    'not-yet-triggered': 'not started yet',
    'not-required': 'not required',
    stopped: 'stopped',
    'met-inferred': 'met (date not recorded)',
  })[status] ?? status;

/** What is particular to each decision: the level and route, the circumstances, thresholds, notifications. */
function specifics(decision: string, r: AnyResult): string {
  const parts: string[] = [];
  if (decision === 'need-level') {
    const route = r.route as { contact: string; form: string; consent: { explanation: string }; help: string } | undefined;
    const category = r.workingTogetherCategory as { label: string } | undefined;
    if (r.outcome === 'insufficient-information' && typeof r.level === 'string') parts.push(`<p>The known answers support at least <strong>${esc(humanise(r.level))}</strong>.</p>`);
    if (route) parts.push(`<dl class="facts"><dt>Who to contact</dt><dd>${esc(route.contact)}</dd><dt>Form</dt><dd>${esc(route.form)}</dd><dt>Consent</dt><dd>${esc(route.consent.explanation)}</dd><dt>Help at this level</dt><dd>${esc(route.help)}</dd>${category ? `<dt>Working Together 2026</dt><dd>${esc(category.label)}</dd>` : ''}</dl>`);
    const judgement = r.professionalJudgement as { statement: string } | undefined;
    if (judgement) parts.push(`<p class="note">${esc(judgement.statement)}</p>`);
  }
  if (decision === 'need-to-know') {
    const circumstances = (r.circumstances as { ruleId: string; title: string }[] | undefined) ?? [];
    if (circumstances.length > 0) parts.push(`<p>Circumstances of the guidance that apply:</p>${list(circumstances, (c) => ruleLink(c.ruleId, c.title))}`);
  }
  if (decision === 'national-alert') {
    const thresholds = (r.thresholds as { ruleId?: string; title?: string; status: string }[] | undefined) ?? [];
    if (thresholds.length > 0) parts.push(`<p>The procedure's notification thresholds:</p>${list(thresholds, (t) => `${t.ruleId ? ruleLink(t.ruleId, t.title ?? t.ruleId) : esc(t.title ?? '')}: <strong>${esc(humanise(t.status))}</strong>`)}`);
    // The first day an alert may be issued: not a deadline, so never shown as "due by".
    if (typeof r.earliestAlertOn === 'string') parts.push(`<p>The earliest day an alert may be issued: <strong class="earliest" data-earliest="${esc(r.earliestAlertOn)}">${esc(dateInWords(r.earliestAlertOn))}</strong> (three weeks after the family went missing).</p>`);
  }
  if (decision === 'serious-incident') {
    const notifications = (r.notifications as { kind: string; recipients: string[] }[] | undefined) ?? [];
    if (notifications.length > 0) parts.push(`<p>Notifications required:</p>${list(notifications, (n) => `${esc(humanise(n.kind))}: to ${esc(n.recipients.join(', '))}`)}`);
  }
  return parts.join('');
}

export function renderResult(decision: string, r: AnyResult, questionOf: (fact: string) => string): string {
  const deadlines = r.deadlines;
  const actions = r.actions;
  const missing = r.missingFacts;
  const further = r.furtherQuestions;
  const counterfactuals = r.counterfactuals;
  const warnings = r.warnings;
  const interpretations = r.interpretations;
  const fired = r.reasons.filter((t) => t.status === 'fired');
  const out: string[] = [];
  out.push(`<p class="outcome" data-outcome="${esc(r.outcome)}"><strong>${esc(outcomeInWords(decision, r.outcome))}</strong></p>`);
  out.push(specifics(decision, r));
  if (warnings.length > 0) out.push(section('warnings', 'Warnings: check these answers', list(warnings, (w) => esc(w.message), 'warnings')));
  if (missing.length > 0) out.push(section('missing', 'Questions that still matter (most decisive first)', `<ol class="missing">${missing.map((m) => `<li data-fact="${esc(m.fact)}">${esc(m.question)}</li>`).join('')}</ol>`));
  out.push(
    section(
      'deadlines',
      'Deadlines',
      deadlines.length === 0
        ? '<p>No deadline follows from these answers.</p>'
        : list(
            deadlines,
            (d) =>
              // Every deadline comes judged: its status, and a due date once its clock has started.
              `<strong>${esc(d.title)}</strong> <span class="badge" data-status="${esc(d.status)}">${esc(statusInWords(d.status))}</span>${
                d.status === 'not-yet-triggered'
                  ? ''
                  : `: due by <strong class="due" data-deadline="${esc(d.id)}" data-due="${esc(d.due)}">${esc(dateInWords(d.due))}</strong>${d.provisional ? ' <span class="badge">provisional</span>' : ''}`
              }<br>${esc(d.explanation)}<br><span class="muted">${esc(d.period.amount)} ${esc(unit(d.period.unit, d.period.amount))} ${esc(d.period.direction)} ${esc(d.trigger.event)}${d.status === 'not-yet-triggered' ? '' : ` (${esc(dateInWords(d.trigger.date))})`}. Source: ${esc(cite(d.citation))}</span>`,
            'deadlines',
          ),
    ),
  );
  out.push(
    section(
      'actions',
      'Who does what next',
      actions.length === 0 ? '<p>No action follows from these answers.</p>' : list(actions, (a) => `<strong>${esc(a.role)}</strong>: ${esc(a.description)}${a.due ? ` — by ${esc(dateInWords(a.due))}` : ''}${a.earliestOn ? ` — not before ${esc(dateInWords(a.earliestOn))}` : ''} <span class="muted">(${esc(cite(a.citation))})</span>`),
    ),
  );
  if (counterfactuals.length > 0)
    out.push(section('counterfactuals', 'What would change the outcome', list(counterfactuals, (c) => `If the answer to “${esc(questionOf(c.fact))}” were <strong>${esc(valueInWords(c.alternative))}</strong> instead of ${esc(valueInWords(c.actual))}: ${esc(outcomeInWords(decision, c.outcome))}`)));
  if (further.length > 0) out.push(section('further', 'Questions that could add actions or deadlines', list(further, (m) => esc(m.question))));
  if (interpretations.length > 0) out.push(section('interpretations', 'Readings of the sources this relied on', list(interpretations, (i) => `<a href="${siteRoot()}interpretations.html#${esc(slug(i.id))}">${esc(i.says)}</a>`)));
  out.push(section('rules', 'Rules that applied', fired.length === 0 ? '<p>None.</p>' : list(fired, (t) => ruleLink(t.ruleId, t.title))));
  out.push(`<p class="muted">Rule set ${esc(r.ruleset.version)}, hash ${esc(r.ruleset.hash.slice(0, 12))}…</p>`);
  return out.join('\n');
}
