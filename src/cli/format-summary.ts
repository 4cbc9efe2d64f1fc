/**
 * `--summary`: a decision result as plain English for a person (a policy
 * officer checking a case, a practitioner at a terminal). It reads only the
 * fields every result of its kind has, so new fields do not break it; the
 * JSON output stays the complete record to store.
 */
import type { Citation } from '../index.js';

type Doc = Record<string, unknown>;

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter(isDoc) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export function formatCitation(citation: unknown): string {
  const c = (Array.isArray(citation) ? citation[0] : citation) as Partial<Citation> | undefined;
  if (!c || typeof c.document !== 'string') return '';
  return `${c.document}, ${c.section}${c.page !== undefined ? `, p. ${c.page}` : ''}`;
}

/** Summary lines of one result, whichever command produced it. */
export function formatSummary(result: unknown): string[] {
  if (!isDoc(result)) return [text(result)];
  if ('valid' in result) return placementSummary(result);
  if ('reproduced' in result) return verificationSummary(result);
  if ('conventions' in result && !('outcome' in result)) return timelineSummary(result);
  return decisionSummary(result);
}

function decisionSummary(r: Doc): string[] {
  const lines = [`Outcome: ${text(r.outcome)}`];
  const fired = list(r.reasons).filter((t) => t.status === 'fired');
  if (fired.length > 0) {
    lines.push('Because:');
    for (const t of fired) lines.push(`  - ${text(t.title)} (${formatCitation(t.citation)})`);
  }
  section(lines, 'Still needed to decide:', list(r.missingFacts), (m) => `${text(m.question)} [${text(m.fact)}]`);
  section(lines, 'Worth asking (could add actions or deadlines):', list(r.furtherQuestions), (m) => `${text(m.question)} [${text(m.fact)}]`);
  section(lines, 'What would change the outcome:', list(r.counterfactuals), (c) => `${text(c.fact)} ${text(c.alternative)} instead of ${text(c.actual)}: ${text(c.outcome)}`);
  section(lines, 'Deadlines:', list(r.deadlines), deadlineLine);
  section(lines, 'Next steps:', list(r.actions), (a) => `${text(a.role)}: ${text(a.description)}${typeof a.due === 'string' ? ` (by ${a.due})` : ''}`);
  section(lines, 'Warnings:', list(r.warnings), (w) => text(w.message));
  section(lines, 'Readings of the sources this relied on:', list(r.interpretations), (i) => `${text(i.says)} [${text(i.id)}]`);
  if (isDoc(r.ruleset)) lines.push(`Rule set: ${text(r.ruleset.version)}`);
  return lines;
}

function timelineSummary(r: Doc): string[] {
  const lines = [`Timeline on ${text(r.asOf)}:`];
  const episodes = list(r.episodes);
  for (const episode of episodes) {
    // One episode (the usual case) is listed without a heading of its own.
    if (episodes.length > 1) lines.push(`  Episode ${text(episode.id)}:`);
    const indent = episodes.length > 1 ? '    ' : '  ';
    for (const d of list(episode.deadlines)) lines.push(`${indent}- ${deadlineLine(d)}`);
  }
  section(lines, 'Not started:', list(r.notStarted), (p) => text(p.title));
  section(lines, 'Warnings:', list(r.warnings), (w) => text(w.message));
  if (isDoc(r.ruleset)) lines.push(`Rule set: ${text(r.ruleset.version)}`);
  return lines;
}

/** A judged deadline, as every decision and the timeline return it: its status, title and explanation (its due date is in the explanation, in words). */
function deadlineLine(d: Doc): string {
  const provisional = d.provisional === true ? ' (provisional: the due date is past the confirmed bank holidays)' : '';
  return `[${text(d.status)}] ${text(d.title)}${provisional}: ${text(d.explanation)} (${formatCitation(d.citation)})`;
}

function placementSummary(r: Doc): string[] {
  if (r.valid === true) return [`Valid ${text(r.kind)} notification (${formatCitation(r.citation)})`];
  const lines = [`Incomplete ${text(r.kind)} notification (${formatCitation(r.citation)}):`];
  for (const p of list(r.problems)) lines.push(`  - ${text(p.message)}`);
  return lines;
}

function verificationSummary(r: Doc): string[] {
  const lines = [r.reproduced === true ? 'Reproduced: the decision is the same today.' : 'Not reproduced: the decision differs today.'];
  if (r.rulesetChanged === true) lines.push('The rule set has changed since the decision was stored.');
  section(lines, 'Differences:', list(r.differences), (d) => `${text(d.path)}: stored ${text(d.stored)}, now ${text(d.now)}`);
  return lines;
}

function section(lines: string[], heading: string, items: Doc[], line: (item: Doc) => string): void {
  if (items.length === 0) return;
  lines.push(heading);
  for (const item of items) lines.push(`  - ${line(item)}`);
}
