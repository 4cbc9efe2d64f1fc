/** Identifiers in plain words for the site. */

/** Names and initialisms that keep their capitals when an identifier is read out. */
const PROPER: Record<string, string> = { england: 'England', luton: 'Luton', ofsted: 'Ofsted', mps: 'MPs', lado: 'LADO', fgm: 'FGM', sgo: 'SGO', lcspr: 'LCSPR', cin: 'CIN', cp: 'CP', uk: 'UK' };

/** "missingMoreThan24Hours" → "missing more than 24 hours", "incidentInEngland" → "incident in England". */
export function humanise(key: string): string {
  return key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase()
    .replace(/\b[a-z]+\b/g, (w) => PROPER[w] ?? w);
}

/** A value in plain words: yes/no, lists joined, enumerated ids as words, ids through `label`. */
export function valueWords(value: unknown, label: (s: string) => string = (s) => s): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => valueWords(v, label)).join('; ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${humanise(k)}: ${valueWords(v, label)}`).join(', ');
  if (typeof value === 'string') {
    const labelled = label(value);
    return labelled === value && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value) ? value.replace(/-/g, ' ') : labelled;
  }
  return String(value);
}

/** An example's input as "key: value" phrases. */
export function factsWords(input: Record<string, unknown>, label?: (s: string) => string): string {
  const parts = Object.entries(input).map(([k, v]) => `${humanise(k)}: ${valueWords(v, label)}`);
  return parts.length === 0 ? '(nothing given)' : parts.join('; ');
}
