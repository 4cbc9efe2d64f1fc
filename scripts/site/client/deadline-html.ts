/// <reference lib="dom" />
/**
 * One judged deadline, as every decision and the timeline return it: its
 * title, its status in words, the due date in words (or the first day
 * allowed, for an earliest date), the library's explanation and its source.
 */
import { citationInWords, dateInWords, esc } from './format.js';

/** A deadline's status as a practitioner reads it. */
export const STATUS_WORDS: Record<string, string> = {
  met: 'Met',
  late: 'Done late',
  'met-inferred': 'Met (no date recorded)',
  overdue: 'Overdue',
  due: 'Due',
  stopped: 'Stopped',
  'not-required': 'Not required',
  'not-yet-triggered': 'Not started yet',
  'due-date-unknown': 'Due or overdue: date of the latest one not recorded',
};

export interface DeadlineLike {
  id: string;
  title: string;
  status: string;
  due?: string;
  provisional?: boolean;
  explanation?: string;
  kind?: string;
  citation?: { document: string; section: string; page?: number };
  /** For a `due-date-unknown` deadline: the date it falls due if nothing was done since the known date, whether that is past, and the question that dates it. */
  dueIfNoneSince?: string;
  mayBeOverdue?: boolean;
  question?: { fields: string[]; question: string };
}

/** How a deadline's question points at the form: the question it asks there and the id of its control. */
export interface QuestionLinks {
  questionOf(path: string): string | undefined;
  controlOf(path: string): string | undefined;
}

/** Statuses of a deadline that no longer has to be met: no due date is shown for them. */
export const NO_LONGER_DUE: ReadonlySet<string> = new Set(['not-required', 'stopped']);

export function statusBadge(status: string): string {
  return `<span class="badge status" data-status="${esc(status)}">${esc(STATUS_WORDS[status] ?? status.replace(/-/g, ' '))}</span>`;
}

/**
 * A recurring duty whose latest occurrence is not dated has no due date: the
 * page gives the date it falls due if nothing was done since (never as a plain
 * "due by"), whether that is already past, and the question that dates it,
 * linked to its place on the form when the form asks it.
 */
function dueDateUnknownHtml(d: DeadlineLike, words: (text: string) => string, links?: QuestionLinks): string {
  const parts: string[] = [];
  if (d.dueIfNoneSince)
    parts.push(
      `<p><span class="when">If nothing has been done since: ${d.mayBeOverdue ? 'it was due by' : 'due by'} <strong class="due-if-none-since" data-deadline-if-none-since="${esc(d.id)}" data-due-if-none-since="${esc(d.dueIfNoneSince)}">${esc(dateInWords(d.dueIfNoneSince))}</strong>${d.mayBeOverdue ? ', so it is overdue unless something was done since' : ''}.</span></p>`,
    );
  if (d.question) {
    const control = d.question.fields.map((f) => links?.controlOf(f)).find((c) => c !== undefined);
    const text = words(d.question.question);
    parts.push(`<p class="deadline-question"><strong>To date it, answer:</strong> ${control ? `<a href="#${esc(control)}" data-focus="${esc(control)}">${text}</a>` : text}</p>`);
  }
  return parts.join('');
}

export function deadlineHtml(d: DeadlineLike, words: (text: string) => string, links?: QuestionLinks): string {
  if (d.status === 'due-date-unknown')
    return `<div class="deadline" data-id="${esc(d.id)}" data-status="${esc(d.status)}"><p class="deadline-head"><strong>${esc(d.title)}</strong> ${statusBadge(d.status)}</p>${dueDateUnknownHtml(d, words, links)}${d.explanation ? `<p>${words(d.explanation)}</p>` : ''}${d.citation ? `<p class="source">Source: ${esc(citationInWords(d.citation))}</p>` : ''}</div>`;
  // An earliest-allowed date is the first day something may happen, never a day it is due by.
  const earliest = d.kind === 'earliest-date';
  // A deadline that no longer applies (not required, stopped) has no day it is due by; its explanation says why.
  const when = d.due && !NO_LONGER_DUE.has(d.status)
    ? `<span class="when">${earliest ? 'Not before' : 'Due by'} <strong class="due" data-deadline="${esc(d.id)}" data-due="${esc(d.due)}">${esc(dateInWords(d.due))}</strong>${d.provisional ? ' <span class="badge">provisional: after the confirmed bank holidays</span>' : ''}</span>`
    : '';
  return `<div class="deadline" data-id="${esc(d.id)}" data-status="${esc(d.status)}"><p class="deadline-head"><strong>${esc(d.title)}</strong> ${statusBadge(d.status)}</p>${when ? `<p>${when}</p>` : ''}${d.explanation ? `<p>${words(d.explanation)}</p>` : ''}${d.citation ? `<p class="source">Source: ${esc(citationInWords(d.citation))}</p>` : ''}</div>`;
}
