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
}

/** Statuses of a deadline that no longer has to be met: no due date is shown for them. */
export const NO_LONGER_DUE: ReadonlySet<string> = new Set(['not-required', 'stopped']);

export function statusBadge(status: string): string {
  return `<span class="badge status" data-status="${esc(status)}">${esc(STATUS_WORDS[status] ?? status.replace(/-/g, ' '))}</span>`;
}

export function deadlineHtml(d: DeadlineLike, words: (text: string) => string): string {
  // An earliest-allowed date is the first day something may happen, never a day it is due by.
  const earliest = d.kind === 'earliest-date';
  // A deadline that no longer applies (not required, stopped) has no day it is due by; its explanation says why.
  const when = d.due && !NO_LONGER_DUE.has(d.status)
    ? `<span class="when">${earliest ? 'Not before' : 'Due by'} <strong class="due" data-deadline="${esc(d.id)}" data-due="${esc(d.due)}">${esc(dateInWords(d.due))}</strong>${d.provisional ? ' <span class="badge">provisional: after the confirmed bank holidays</span>' : ''}</span>`
    : '';
  return `<div class="deadline" data-id="${esc(d.id)}" data-status="${esc(d.status)}"><p class="deadline-head"><strong>${esc(d.title)}</strong> ${statusBadge(d.status)}</p>${when ? `<p>${when}</p>` : ''}${d.explanation ? `<p>${words(d.explanation)}</p>` : ''}${d.citation ? `<p class="source">Source: ${esc(citationInWords(d.citation))}</p>` : ''}</div>`;
}
