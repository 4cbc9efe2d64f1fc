/**
 * The try-a-case forms as the site generates them from the input JSON
 * Schemas: every field labelled in the library's words, the timeline's
 * fields only for the events that carry them, a placement notification's
 * shared items asked once, and only what the function cannot do without
 * marked as required.
 */
import { describe, expect, it } from 'vitest';
import { tryDecision, tryDecisions } from '../../scripts/site/decisions.js';
import { fieldWords, firstSentence } from '../../scripts/site/form/field-words.js';
import { formFields, requiredBy, type Field } from '../../scripts/site/form/form-model.js';

const fieldsOf = (id: Parameters<typeof tryDecision>[0]) => {
  const d = tryDecision(id);
  return requiredBy(formFields(d.form, d.words, d.accepts), d.accepts);
};

/** Every field, depth first, with the labels a person reads (choices included). */
function walk(fields: Field[], out: Field[] = []): Field[] {
  for (const f of fields) {
    out.push(f);
    if (f.kind === 'group') walk(f.fields, out);
    if (f.kind === 'list') walk(f.item, out);
    if (f.kind === 'alternatives') {
      walk(f.shared, out);
      for (const b of f.branches) walk(b.fields, out);
    }
  }
  return out;
}

const words = (f: Field): string[] => [
  f.label,
  f.hint ?? '',
  ...(f.kind === 'choice' || f.kind === 'multi' ? f.choices.flatMap((c) => [c.label, c.hint ?? '']) : []),
  ...(f.kind === 'alternatives' ? [f.discriminatorLabel, f.discriminatorHint ?? '', ...f.branches.flatMap((b) => [b.label, b.hint ?? ''])] : []),
];

describe('field words', () => {
  it('takes the question when there is one, else the description: its first sentence the label, the rest the hint', () => {
    expect(fieldWords('Has the child died?', 'Whether the child has died.')).toEqual({ label: 'Has the child died?' });
    expect(fieldWords(undefined, 'The date the case is judged on, usually today. Deadlines still open are due or overdue as of this date.')).toEqual({
      label: 'The date the case is judged on, usually today',
      hint: 'Deadlines still open are due or overdue as of this date.',
    });
    expect(fieldWords(undefined, 'A calendar date as YYYY-MM-DD')).toBeUndefined();
    expect(fieldWords(undefined, 'The date of the decision (YYYY-MM-DD).')).toEqual({ label: 'The date of the decision' });
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(firstSentence('Which episode, e.g. the referral. Leave it out otherwise.')).toEqual({ first: 'Which episode, e.g. the referral.', rest: 'Leave it out otherwise.' });
  });
});

describe('the forms', () => {
  it.each(tryDecisions.map((d) => d.id))('%s: every field, choice and hint is in words, none a field name or a format', (id) => {
    const all = walk(fieldsOf(id));
    expect(all.length).toBeGreaterThan(0);
    const bad = all.flatMap(words).filter((w) => /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|True when|YYYY|`/.test(w));
    expect(bad).toEqual([]);
    for (const f of all) expect((f.kind === 'alternatives' ? f.discriminatorLabel : f.label).trim().length, f.path.join('.')).toBeGreaterThan(0);
  });

  it('the timeline: an event is a list entry whose fields apply only to the events that carry them', () => {
    const [asOf, events] = fieldsOf('timeline');
    expect(asOf).toMatchObject({ key: 'asOf', kind: 'date', required: true });
    expect(events).toMatchObject({ key: 'events', kind: 'list', itemName: 'event' });
    const item = (events as Extract<Field, { kind: 'list' }>).item;
    const planMade = item.find((f) => f.key === 'planMade')!;
    expect(planMade.applies).toEqual([{ field: 'type', values: ['initial-conference-held', 'transfer-in-conference-held'], except: false }]);
    const episode = item.find((f) => f.key === 'episode')!;
    expect(episode.applies?.[0]).toMatchObject({ field: 'type', except: true });
    const type = item.find((f) => f.key === 'type') as Extract<Field, { kind: 'choice' }>;
    expect(type.choices.find((c) => c.value === 'referral-received')).toMatchObject({ label: 'The referral was received', group: 'Referral and assessment' });
  });

  it('a placement notification: the kind first, what every kind shares asked once, and nothing but the kind required', () => {
    const [root] = fieldsOf('placement-notification');
    expect(root).toMatchObject({ key: '', kind: 'alternatives', discriminator: 'kind', required: true });
    const alternatives = root as Extract<Field, { kind: 'alternatives' }>;
    expect(alternatives.shared.map((f) => f.key)).toEqual(['receivedOn', 'child']);
    expect(alternatives.branches.map((b) => b.value)).toEqual(['placement-start', 'change-of-address', 'leaving-placement']);
    const start = alternatives.branches[0]!.fields.map((f) => f.key);
    expect(start).toEqual(['legalStatus', 'placingAuthority', 'independentReviewingOfficer', 'specialEducationalNeeds']);
    expect(walk(alternatives.shared).concat(alternatives.branches.flatMap((b) => walk(b.fields))).some((f) => f.required)).toBe(false);
    const sen = alternatives.branches[0]!.fields.find((f) => f.key === 'specialEducationalNeeds') as Extract<Field, { kind: 'alternatives' }>;
    expect(sen.branches.map((b) => [b.value, b.label])).toEqual([
      [false, 'No'],
      [true, 'Yes'],
    ]);
  });

  it('a decision asks its facts in its own words, the same as a result lists them', () => {
    const fields = walk(fieldsOf('serious-incident'));
    expect(fields.find((f) => f.key === 'childDied')!.label).toBe('Has the child or young person died?');
    expect(fields.find((f) => f.key === 'awareOn')!.label).toMatch(/became aware of the incident/);
    expect(walk(fieldsOf('need-level')).find((f) => f.key === 'indicators')).toMatchObject({ kind: 'indicators' });
  });
});

describe("a person's details are marked, so no page keeps them in its address", () => {
  it('the placement form marks the child\'s name and date of birth, and every name, address, phone and email', () => {
    const fields = walk(fieldsOf('placement-notification'));
    const personal = [...new Set(fields.filter((f) => f.personal).map((f) => f.key))].sort();
    expect(personal).toEqual(['dateOfBirth', 'email', 'name', 'newAddress', 'phone', 'postalAddress']);
  });

  it.each(['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'timeline'] as const)('%s asks for no person\'s details', (id) => {
    expect(walk(fieldsOf(id)).filter((f) => f.personal).map((f) => f.key)).toEqual([]);
  });
});
