/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A decision result as a practitioner reads it: the outcome in words, what
 * counted (the indicators, circumstances, thresholds or notifications the
 * decision rests on), every deadline with its status and date in words, who
 * does what next, the questions that still matter (each linked to its
 * question on the form), what would change the outcome, warnings and the
 * readings of the sources it relied on. The library's sentences are shown
 * in the form's words (see `plainWords`).
 */
import type { Citation, DecisionResult } from '../../../src/index.js';
import { rules } from '../../../src/index.js';
import { decisionAreas } from '../../../src/rules/catalogue.js';
import { encodeCase } from './case-url.js';
import { citationInWords, dateInWords, esc, plainWords, siteRoot, valueInWords } from './format.js';
import { outcomeInWords } from './outcome-words.js';
import { slug } from '../html.js';
import { choiceWords } from '../form/field-words.js';
import { deadlineHtml } from './deadline-html.js';

/**
 * The fields of each decision's result this page shows, beyond those every
 * decision has, and the fields it leaves to the download (the input, the
 * trace behind "Rules that applied", the options). A test runs every rule
 * example and fails on a field in neither list, so a field a decision gains
 * is shown (or deliberately left out) rather than missed.
 */
export const SHOWN_FIELDS: Record<string, readonly string[]> = {
  common: ['decision', 'outcome', 'missingFacts', 'furtherQuestions', 'counterfactuals', 'interpretations', 'warnings', 'deadlines', 'actions', 'ruleset', 'reasons', 'decidedBy', 'discretion'],
  'need-level': ['level', 'matchedIndicators', 'harmEvidence', 'route', 'workingTogetherCategory', 'professionalJudgement', 'mashScreening'],
  'need-to-know': ['circumstances'],
  'national-alert': ['eligibility', 'thresholds', 'earliestAlertOn'],
  'serious-incident': ['notifications', 'possibleNotifications', 'lcspr', 'notes'],
  // The timeline and the placement check have results of their own shape (render-timeline.ts, render-placement.ts).
  timeline: ['decision', 'asOf', 'episodes', 'notStarted', 'warnings', 'interpretations', 'ruleset'],
  'placement-notification': ['decision', 'valid', 'kind', 'problems', 'summary', 'citation', 'actions', 'warnings', 'interpretations', 'recipient', 'ruleset'],
};
export const LEFT_TO_THE_DOWNLOAD: Record<string, readonly string[]> = {
  // The fingerprint checks a stored result; it means nothing on the page.
  common: ['input', 'options', 'fingerprint'],
  // Both restate the thresholds shown: whether all are met, and the ones that are not.
  'national-alert': ['alertPossible', 'unmetThresholds'],
  // The type each notification carries is shown with it.
  'serious-incident': ['notificationType'],
  // How the timeline counts is on the deadline calculator's page, in words.
  timeline: ['conventions'],
  // The notification as given is the form itself.
  'placement-notification': ['notification'],
};

/** Any decision's result: the shared fields typed, the decision's own ones read by name. */
export type AnyResult = DecisionResult<string> & Record<string, unknown>;

/** How a result points back at the form: a field's question and the id of its control. */
export interface FormLinks {
  questionOf(path: string): string | undefined;
  controlOf(path: string): string | undefined;
}

type Doc = Record<string, unknown>;
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const docs = (v: unknown): Doc[] => (Array.isArray(v) ? v.filter(isDoc) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const ruleTitles = new Map(rules.map((r) => [r.id, r.title]));
const ruleLink = (id: string, title?: string) => `<a href="${siteRoot()}rules/${esc(id)}.html">${esc(title ?? ruleTitles.get(id) ?? id)}</a>`;
const source = (c: unknown) => (c ? ` <span class="source">(${esc(citationInWords(c as Citation | Citation[]))})</span>` : '');

function list<T>(items: T[], render: (item: T) => string, className = ''): string {
  return `<ul${className ? ` class="${className}"` : ''}>${items.map((i) => `<li>${render(i)}</li>`).join('')}</ul>`;
}

export function section(id: string, title: string, content: string): string {
  return `<section class="result-part" aria-labelledby="r-${id}"><h3 id="r-${id}">${esc(title)}</h3>${content}</section>`;
}

const LEVELS = ['specialist', 'intensive', 'additional', 'universal'];

/** The indicators a classification matched, by level, whether the result lists them or groups them by position. */
function matchedByLevel(r: AnyResult): [string, Doc[]][] {
  const matched = r.matchedIndicators;
  const all = isDoc(matched) ? docs(matched.all) : docs(matched);
  return LEVELS.map((level) => [level, all.filter((i) => i.level === level)] as [string, Doc[]]).filter(([, items]) => items.length > 0);
}

function needLevelParts(r: AnyResult, words: (t: string) => string): string[] {
  const parts: string[] = [];
  const byLevel = matchedByLevel(r);
  const counted = byLevel.length === 0
    ? '<p>No indicator of possible need was ticked.</p>'
    : byLevel.map(([level, items]) => `<h4>${esc(choiceWords(level))} (${items.length})</h4>${list(items, (i) => `${esc(str(i.label) ?? str(i.id))}${source(i.citation)}`, 'counted')}`).join('');
  // The ticked indicators that are evidence of harm, of a risk of it, or of exploitation: named with what they evidence.
  const evidence = docs(r.harmEvidence);
  const labels = new Map(byLevel.flatMap(([, items]) => items.map((i) => [str(i.id), str(i.label)] as const)));
  const evidenced = evidence.length === 0 ? '' : `<p>Of these, evidence of harm or of a risk of it:</p>${list(evidence, (e) => `${esc(labels.get(str(e.indicatorId)) ?? str(e.indicatorId) ?? '')}: ${esc(choiceWords(str(e.evidence) ?? ''))}`, 'evidence')}`;
  parts.push(section('counted', 'What counted: the indicators ticked, by level', counted + evidenced));
  const route = isDoc(r.route) ? r.route : undefined;
  const category = isDoc(r.workingTogetherCategory) ? r.workingTogetherCategory : undefined;
  if (route) {
    const consent = isDoc(route.consent) ? str(route.consent.explanation) : undefined;
    parts.push(
      section(
        'route',
        'How to get help at this level in Luton',
        `<dl class="facts">${str(route.contact) ? `<dt>Who to contact</dt><dd>${words(route.contact as string)}</dd>` : ''}${str(route.form) ? `<dt>Form</dt><dd>${words(route.form as string)}</dd>` : ''}${consent ? `<dt>Consent</dt><dd>${words(consent)}</dd>` : ''}${str(route.help) ? `<dt>Help at this level</dt><dd>${words(route.help as string)}</dd>` : ''}${category ? `<dt>Working Together 2026</dt><dd>${esc(str(category.label) ?? '')}</dd>` : ''}</dl>${source(route.citation)}`,
      ),
    );
  }
  const mash = isDoc(r.mashScreening) ? r.mashScreening : undefined;
  if (mash && Array.isArray(mash.outcomes))
    parts.push(section('mash', 'What the MASH screening can lead to', `${list(mash.outcomes.map(String), (o) => esc(o))}${str(mash.note) ? `<p>${words(mash.note as string)}</p>` : ''}${source(mash.citation)}`));
  const judgement = isDoc(r.professionalJudgement) ? str(r.professionalJudgement.statement) : undefined;
  if (judgement) parts.push(`<p class="note">${words(judgement)}</p>`);
  return parts;
}

function needToKnowParts(r: AnyResult): string[] {
  const circumstances = docs(r.circumstances);
  return [
    section(
      'counted',
      'What counted: circumstances of the guidance that apply',
      circumstances.length === 0 ? '<p>None of the circumstances answered applies.</p>' : list(circumstances, (c) => `${ruleLink(str(c.ruleId) ?? '', str(c.title))}${source(c.citation)}`),
    ),
  ];
}

const THRESHOLD_STATUS: Record<string, string> = { met: 'met', 'not-met': 'not met', unknown: 'not known yet' };

function nationalAlertParts(r: AnyResult): string[] {
  const parts: string[] = [];
  const eligibility = isDoc(r.eligibility) ? r.eligibility : undefined;
  const thresholds = docs(r.thresholds);
  const lines: string[] = [];
  if (eligibility) {
    const status = str(eligibility.status);
    const routes = Array.isArray(eligibility.routes) ? eligibility.routes.map(String) : [];
    // Each route is a rule of the procedure that makes the child eligible.
    lines.push(`<p>Is the child eligible for an alert? <strong>${esc(status === 'eligible' ? 'yes' : status === 'not-eligible' ? 'no' : 'not known yet')}</strong>${eligibility.exceptional === true ? ', as an exceptional alert' : ''}.</p>${routes.length > 0 ? `<p>Because:</p>${list(routes, (id) => (ruleTitles.has(id) ? ruleLink(id) : esc(choiceWords(id.split('.').at(-1)!))))}` : ''}`);
  }
  if (thresholds.length > 0) lines.push(`<p>The procedure's notification thresholds:</p>${list(thresholds, (t) => `${ruleLink(str(t.ruleId) ?? '', str(t.title))}: <strong class="threshold" data-status="${esc(t.status)}">${esc(THRESHOLD_STATUS[String(t.status)] ?? String(t.status))}</strong>`)}`);
  // The first day an alert may be issued: not a deadline, so never shown as "due by".
  if (typeof r.earliestAlertOn === 'string') lines.push(`<p>The earliest day an alert may be issued: <strong class="earliest" data-earliest="${esc(r.earliestAlertOn)}">${esc(dateInWords(r.earliestAlertOn))}</strong> (three weeks after the family went missing).</p>`);
  if (lines.length > 0) parts.push(section('counted', 'What counted: eligibility and thresholds', lines.join('')));
  return parts;
}

const CRITERION_STATUS: Record<string, string> = { met: 'yes', 'not-met': 'no', unknown: 'not known yet' };

function seriousIncidentParts(r: AnyResult, words: (t: string) => string, links: FormLinks): string[] {
  const parts: string[] = [];
  const notifications = docs(r.notifications);
  const possible = docs(r.possibleNotifications);
  const lines: string[] = [];
  lines.push(
    notifications.length === 0
      ? '<p>No notification is required on these answers.</p>'
      : `<p>Notifications required:</p>${list(
          notifications,
          (n) =>
            `<strong>${esc(choiceWords(String(n.kind)))} notification</strong> to ${esc((Array.isArray(n.recipients) ? n.recipients : []).join(' and '))}${str(n.via) ? `, through the ${esc(n.via)}` : ''}${str(n.notifiedBy) ? `, by ${esc(n.notifiedBy)}` : ''}${str(n.type) ? `, as “${esc(n.type)}”` : ''}${str(n.due) ? `, due by <strong>${esc(dateInWords(n.due))}</strong>` : ''}.${str(n.basisWording) ? ` <span class="basis" data-basis="${esc(n.basis)}">How the guidance puts it: ${words(n.basisWording as string)}.</span>` : ''}${n.fullLearningProcess === true ? ' A rapid review and the safeguarding partners’ decision on a local review follow it.' : ''}${source(n.citation)}`,
        )}`,
  );
  if (possible.length > 0)
    lines.push(
      `<p>Notifications that further answers could require:</p>${list(possible, (n) => `${esc(choiceWords(String(n.kind)))} notification to ${esc((Array.isArray(n.recipients) ? n.recipients : []).join(' and '))}${Array.isArray(n.dependsOn) && n.dependsOn.length > 0 ? `, depending on ${n.dependsOn.map((f) => `“${esc(links.questionOf(String(f))?.replace(/[.:]$/, '') ?? String(f))}”`).join(' and ')}` : ''}`)}`,
    );
  parts.push(section('counted', 'What counted: notifications', lines.join('')));
  const lcspr = isDoc(r.lcspr) ? r.lcspr : undefined;
  if (lcspr && lcspr.applies !== false) {
    const criteria = docs(lcspr.criteria);
    parts.push(
      section(
        'lcspr',
        'Local child safeguarding practice review: the criteria',
        `${str(lcspr.note) ? `<p>${words(lcspr.note as string)}</p>` : ''}${list(criteria, (c) => `${esc(str(c.label) ?? '')}: <strong>${esc(CRITERION_STATUS[String(c.status)] ?? String(c.status))}</strong>`)}${source(lcspr.citation)}`,
      ),
    );
  }
  const notes = docs(r.notes);
  if (notes.length > 0) parts.push(section('notes', 'Notes', list(notes, (n) => `${words(str(n.text) ?? '')}${source(n.citation)}`)));
  return parts;
}

/** Who decides, where the guidance leaves the decision to a named role. */
function decidedBy(r: AnyResult, words: (t: string) => string): string {
  const who = str(r.decidedBy);
  const discretion = str(r.discretion);
  if (!who && !discretion) return '';
  // The guidance's words on the discretion usually name who decides already.
  const named = who && discretion?.toLowerCase().includes(who.toLowerCase());
  return `<p class="note decided-by"><strong>Who decides:</strong> ${who && !named ? `${esc(who.charAt(0).toUpperCase() + who.slice(1))}. ` : ''}${discretion ? words(discretion) : ''}</p>`;
}

function question(m: { fact: string; question: string }, links: FormLinks, words: (t: string) => string): string {
  const asked = links.questionOf(m.fact);
  const control = links.controlOf(m.fact);
  const text = asked ? esc(asked) : words(m.question);
  return control ? `<a href="#${esc(control)}" data-focus="${esc(control)}">${text}</a>` : text;
}

type ActionLike = AnyResult['actions'][number] & { waitingFor?: unknown };

/**
 * An action's sentence in the page's words. An action that hands the case to
 * another decision names that decision's library function ("see
 * assessNeedToKnow (…)"); on the page the hand-off is a link to that decision's
 * form with the answers already given, so the function's name is left out.
 */
function actionWords(a: ActionLike, words: (t: string) => string): string {
  const fn = a.passesTo?.function;
  if (!fn) return words(a.description);
  const reference = new RegExp(`[:;,.]?\\s*[Ss]ee ${fn}(?:\\s*\\([^)]*\\))?\\.?`);
  const text = a.description.replace(reference, '.');
  return words(text);
}

/** The other decision an action passes the case to, as a link to its form filled in with what this case already answers. */
function handOff(a: ActionLike): string {
  const to = a.passesTo;
  if (!to) return '';
  const title = decisionAreas[to.decision]?.title ?? to.decision;
  return ` <a class="hand-off" data-passes-to="${esc(to.decision)}" href="${siteRoot()}try/${esc(to.decision)}.html#case=${encodeCase(to.input)}">Go on to ${esc(title)}, with the answers this case already gives</a>.`;
}

/** What an action waits for before it can be dated: the question, linked to the form where the form asks it. */
function waitingFor(a: ActionLike, links: FormLinks, words: (t: string) => string): string {
  const w = isDoc(a.waitingFor) ? a.waitingFor : undefined;
  const field = str(w?.field);
  const asked = str(w?.question);
  if (!field || !asked) return '';
  return ` <span class="waiting-for">Waiting for the answer to: ${question({ fact: field, question: asked }, links, words)}</span>`;
}

export function renderResult(decision: string, r: AnyResult, links: FormLinks): string {
  const words = (t: string) => plainWords(t, (key) => links.questionOf(key));
  const fired = r.reasons.filter((t) => t.status === 'fired');
  const out: string[] = [];
  out.push(`<p class="outcome" data-outcome="${esc(r.outcome)}"><strong>${esc(outcomeInWords(decision, r.outcome))}</strong></p>`);
  if (decision === 'need-level' && r.outcome === 'insufficient-information' && typeof r.level === 'string')
    out.push(`<p>The answers given support at least <strong>${esc(choiceWords(r.level))}</strong>; the questions below could raise it.</p>`);
  out.push(decidedBy(r, words));
  if (r.warnings.length > 0) out.push(section('warnings', 'Warnings: check these answers', list(r.warnings, (w) => words(w.message), 'warnings')));
  if (r.missingFacts.length > 0)
    out.push(section('missing', 'Questions that still matter (most decisive first)', `<p>Answer these on the form above to reach an outcome.</p><ol class="missing">${r.missingFacts.map((m) => `<li data-fact="${esc(m.fact)}">${question(m, links, words)}</li>`).join('')}</ol>`));
  // What counted comes first, then the dates and who acts; the decision's other details after them.
  const specific = decision === 'need-level' ? needLevelParts(r, words) : decision === 'need-to-know' ? needToKnowParts(r) : decision === 'national-alert' ? nationalAlertParts(r) : decision === 'serious-incident' ? seriousIncidentParts(r, words, links) : [];
  const [counted, ...details] = specific;
  if (counted) out.push(counted);
  const noDeadline =
    r.outcome === 'insufficient-information'
      ? '<p>No deadline on these answers yet: any deadline follows once the outcome is decided.</p>'
      : '<p>No deadline follows from these answers.</p>';
  out.push(section('deadlines', 'Deadlines and their status', r.deadlines.length === 0 ? noDeadline : list(r.deadlines, (d) => deadlineHtml(d, words, links), 'deadlines')));
  out.push(
    section(
      'actions',
      'Who does what next',
      r.actions.length === 0
        ? '<p>No action follows from these answers.</p>'
        : list(r.actions, (a) => `<strong>${esc(a.role.charAt(0).toUpperCase() + a.role.slice(1))}</strong>: ${actionWords(a, words)}${a.due ? ` <span class="when">By ${esc(dateInWords(a.due))}.</span>` : ''}${a.earliestOn ? ` <span class="when">Not before ${esc(dateInWords(a.earliestOn))}.</span>` : ''}${waitingFor(a, links, words)}${handOff(a)}${source(a.citation)}`, 'actions-list'),
    ),
  );
  out.push(...details);
  if (r.counterfactuals.length > 0)
    out.push(
      section(
        'counterfactuals',
        'What would change the outcome',
        list(r.counterfactuals, (c) => `If the answer to “${esc((links.questionOf(c.fact) ?? c.fact).replace(/[.:]$/, ''))}” were <strong>${esc(valueInWords(c.alternative))}</strong> instead of ${esc(valueInWords(c.actual))}: ${esc(outcomeInWords(decision, c.outcome))}`),
      ),
    );
  if (r.furtherQuestions.length > 0) {
    const items = `<ul>${r.furtherQuestions.map((m) => `<li>${question(m, links, words)}</li>`).join('')}</ul>`;
    out.push(
      section(
        'further',
        'Questions that could add actions or deadlines',
        r.furtherQuestions.length <= 5 ? items : `<details><summary>Show the ${r.furtherQuestions.length} questions</summary>${items}</details>`,
      ),
    );
  }
  if (r.interpretations.length > 0) out.push(section('interpretations', 'Readings of the sources this relied on', list(r.interpretations, (i) => `<a href="${siteRoot()}interpretations.html#${esc(slug(i.id))}">${words(i.says)}</a>`)));
  out.push(section('rules', 'Rules that applied', fired.length === 0 ? '<p>None.</p>' : list(fired, (t) => ruleLink(t.ruleId, t.title))));
  out.push(`<p class="muted">Rule set ${esc(r.ruleset.version)}: a stored result names the rules that produced it.</p>`);
  return out.join('\n');
}
