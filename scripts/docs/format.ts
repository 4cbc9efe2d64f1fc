/** Formatting shared by the generated policy docs. */
import { policyDocuments, type Citation } from '../../src/schemas/citation.js';

export function formatCitation(c: Citation): string {
  const title = policyDocuments[c.document as keyof typeof policyDocuments] ?? c.document;
  return `${title} (\`${c.document}\`) — ${c.section}${c.page !== undefined ? `, page ${c.page}` : ''}`;
}

/** "significantHarmSuspected" → "significant harm suspected". */
export function humanise(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
}

/** A value in plain words: yes/no for booleans, lists joined, ids through `label`. */
export function formatValue(value: unknown, label: (s: string) => string = (s) => s): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => formatValue(v, label)).join('; ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${humanise(k)}: ${formatValue(v, label)}`)
      .join(', ');
  }
  if (typeof value === 'string') {
    const labelled = label(value);
    // Enumerated values such as 'regulated-health-or-social-care-professional' read better as words.
    return labelled === value && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value) ? value.replace(/-/g, ' ') : labelled;
  }
  return String(value);
}

/** An example input as "key: value" phrases, for a table cell. */
export function formatFacts(input: Record<string, unknown>, label?: (s: string) => string): string {
  const parts = Object.entries(input).map(([k, v]) => `${humanise(k)}: ${formatValue(v, label)}`);
  return parts.length === 0 ? '(nothing given)' : parts.join('; ');
}
