/**
 * The words a form shows for an input field, taken from the library: the
 * question the decision asks for it (its fact's question, the same words a
 * result lists under "questions that still matter"), otherwise the field's
 * description in the input schema. A description's first sentence is the
 * label and the rest its hint; a note of the date format is dropped, because
 * the form shows a date picker, not a text box.
 */

/** The first sentence of a text and the rest ("e.g." and "s. 47" do not end a sentence). */
export function firstSentence(text: string): { first: string; rest: string } {
  const m = /^(.+?[.?!])\s+(?=[A-Z])(.*)$/s.exec(text);
  if (!m || /\b(?:e\.g|i\.e|s|para|no)\.$/i.test(m[1]!)) return { first: text.trim(), rest: '' };
  return { first: m[1]!.trim(), rest: m[2]!.trim() };
}

/** Notes about how a value is written, which a form control already enforces. */
function withoutFormatNotes(text: string): string {
  return text
    .replace(/^A calendar date as YYYY-MM-DD\.?$/i, '')
    .replace(/\s*\((?:as )?YYYY-MM-DD\)/g, '')
    .replace(/\s+,/g, ',')
    .trim();
}

export interface FieldWords {
  label: string;
  hint?: string;
}

/** Label and hint from a question and a description; undefined when neither gives words. */
export function fieldWords(question: string | undefined, description: string | undefined): FieldWords | undefined {
  const described = description ? withoutFormatNotes(description) : '';
  if (question) return { label: question };
  if (!described) return undefined;
  const { first, rest } = firstSentence(described);
  // A label is a phrase or a question: no full stop after it.
  const label = first.replace(/(?<!\.\.)\.$/, '');
  return rest ? { label, hint: rest } : { label };
}

/** A value of a closed list in words: "section-20" → "Section 20", "child-in-need-plan" → "Child in need plan". */
export function choiceWords(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').replace(/\b(?:s)(\d+)\b/g, 'section $1');
  const proper: Record<string, string> = { lcspr: 'LCSPR', lado: 'LADO', fgm: 'FGM', sgo: 'SGO', ehc: 'EHC', sen: 'SEN', luton: 'Luton', england: 'England' };
  const text = words.replace(/\b[a-z]+\b/g, (w) => proper[w] ?? w);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
