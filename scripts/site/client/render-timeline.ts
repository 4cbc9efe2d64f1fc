/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A case timeline as a practitioner reads it: for each episode, the events
 * entered and every deadline they started, in date order, with the day the
 * case is judged on marked among them, each deadline with its status and
 * the library's explanation; then the deadlines whose clock has not
 * started, the processes the case has not begun, warnings and readings.
 */
import type { CaseTimeline } from '../../../src/index.js';
import { childEventTypes } from '../../../src/rules/timeline/input-schema.js';
import { dateInWords, esc, plainWords, siteRoot } from './format.js';
import { deadlineHtml, NO_LONGER_DUE, STATUS_WORDS } from './deadline-html.js';
import { slug } from '../html.js';
import { section } from './render-result.js';

type EventEntry = { type: string; date: string; episode?: string; status?: string; dateRecorded?: boolean; index: number };

interface Row {
  date: string;
  /** Events before deadlines on the same day, the day of the judgement last. */
  order: number;
  html: string;
}

/** The label the form shows for an event type ("The referral was received"). */
function eventWords(type: string): string {
  const option = [...document.querySelectorAll<HTMLOptionElement>('#try-form option')].find((o) => o.value === type);
  return option?.textContent ?? type.replace(/-/g, ' ');
}

function eventRow(e: EventEntry): Row {
  const booking = e.status === 'scheduled' ? ' <span class="badge">booked</span>' : e.status === 'postponed' ? ' <span class="badge">booking postponed</span>' : '';
  const undated = e.dateRecorded === false ? ' <span class="muted">(the record does not show the day; placed on the day of the step before it)</span>' : '';
  return { date: e.date, order: 0, html: `<li class="tl-event"><span class="tl-date">${esc(dateInWords(e.date))}</span><span class="tl-what">Event ${e.index + 1}: ${esc(eventWords(e.type))}${booking}${undated}</span></li>` };
}

function counts(deadlines: { status: string }[]): string {
  const by = new Map<string, number>();
  for (const d of deadlines) by.set(d.status, (by.get(d.status) ?? 0) + 1);
  const order = ['overdue', 'due', 'due-date-unknown', 'late', 'met', 'met-inferred', 'stopped', 'not-required', 'not-yet-triggered'];
  const parts = order.filter((s) => by.has(s)).map((s) => `${by.get(s)} ${STATUS_WORDS[s]!.toLowerCase()}`);
  return `${deadlines.length} deadline${deadlines.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

export function renderTimeline(t: CaseTimeline): string {
  const labelOf = (key: string) => document.querySelector(`#try-form [data-key="${CSS.escape(key)}"] label, #try-form [data-key="${CSS.escape(key)}"] legend`)?.textContent ?? undefined;
  const words = (text: string) => plainWords(text, labelOf);
  const events: EventEntry[] = t.input.events.map((e, index) => ({ ...(e as Omit<EventEntry, 'index'>), index }));
  const out: string[] = [];
  const all = t.episodes.flatMap((e) => e.deadlines);
  const open = all.filter((d) => d.status === 'overdue' || d.status === 'due');
  out.push(`<p class="outcome" data-outcome="timeline"><strong>On ${esc(dateInWords(t.asOf))}: ${esc(counts(all))}</strong></p>`);
  if (open.length > 0) out.push(`<p>Needing action: ${open.map((d) => `${esc(d.title)} (${esc(STATUS_WORDS[d.status]!.toLowerCase())})`).join('; ')}.</p>`);
  if (t.warnings.length > 0) out.push(section('warnings', 'Warnings: check these events', `<ul class="warnings">${t.warnings.map((w) => `<li>${words(w.message)}</li>`).join('')}</ul>`));
  for (const episode of t.episodes) {
    // Events about the child (death, turning 18, ...) belong to every episode.
    const mine = events.filter((e) => (childEventTypes as readonly string[]).includes(e.type) || (e.episode ?? 'default') === episode.id);
    const rows: Row[] = mine.map(eventRow);
    // A deadline that no longer applies (not required, stopped) is not placed on the timeline at a due date it no longer has.
    const waiting = episode.deadlines.filter((d) => d.status === 'not-yet-triggered' || d.due === undefined);
    const ended = episode.deadlines.filter((d) => d.status !== 'not-yet-triggered' && d.due !== undefined && NO_LONGER_DUE.has(d.status));
    for (const d of episode.deadlines) {
      if (d.status === 'not-yet-triggered' || d.due === undefined || NO_LONGER_DUE.has(d.status)) continue;
      rows.push({ date: d.due, order: 1, html: `<li class="tl-deadline" data-status="${esc(d.status)}"><span class="tl-date">${esc(dateInWords(d.due))}</span><div class="tl-what">${deadlineHtml(d, words)}</div></li>` });
    }
    rows.push({ date: t.asOf, order: 2, html: `<li class="tl-today"><span class="tl-date">${esc(dateInWords(t.asOf))}</span><span class="tl-what"><strong>The day the case is judged on</strong></span></li>` });
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
    const title = t.episodes.length > 1 ? `Episode “${episode.id === 'default' ? 'without an episode' : episode.id}”` : 'Timeline';
    const body = `<ol class="timeline">${rows.map((r) => r.html).join('')}</ol>${
      ended.length > 0 ? `<h4>Deadlines that no longer apply</h4><ul class="deadlines">${ended.map((d) => `<li>${deadlineHtml(d, words)}</li>`).join('')}</ul>` : ''
    }${
      waiting.length > 0 ? `<h4>Deadlines whose clock has not started</h4><ul class="deadlines">${waiting.map((d) => `<li>${deadlineHtml(d, words)}</li>`).join('')}</ul>` : ''
    }`;
    out.push(section(`episode-${slug(episode.id)}`, title, body));
  }
  if (t.episodes.length === 0) out.push('<p>No event of the history starts a statutory clock.</p>');
  if (t.notStarted.length > 0)
    out.push(section('not-started', 'Processes this history has not started', `<ul>${t.notStarted.map((p) => `<li>${esc(p.title)}: starts when “${esc(eventWords(p.startedBy))}” is entered.</li>`).join('')}</ul>`));
  if (t.interpretations.length > 0)
    out.push(section('interpretations', 'Readings of the sources this relied on', `<ul>${t.interpretations.map((i) => `<li><a href="${siteRoot()}interpretations.html#${esc(slug(i.id))}">${words(i.says)}</a></li>`).join('')}</ul>`));
  out.push(`<p class="muted">Rule set ${esc(t.ruleset.version)}. How days are counted: see the <a href="${siteRoot()}deadlines.html">deadline calculator</a>.</p>`);
  return out.join('\n');
}
