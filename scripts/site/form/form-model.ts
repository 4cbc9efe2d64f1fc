/**
 * A try-a-case form as data, read from a decision's input JSON Schema (the
 * one case systems validate against): every property becomes a field of the
 * kind its schema says (yes/no, date, number, text, a choice, several
 * choices, a group of fields, a list of entries, or a set of alternatives
 * told apart by one field), labelled with the library's own words (see
 * `field-words.ts`). Nothing here names a decision's fields, so a field
 * added to a schema appears on its form without a change to the site.
 */
import type { JsonSchemaNode } from '../decisions.js';
import { choiceWords, fieldWords } from './field-words.js';
import { humanise } from '../words.js';

export interface Choice {
  value: string | boolean;
  label: string;
  hint?: string;
  /** A heading to list the choice under (a process, for timeline events). */
  group?: string;
}

/** When a field applies, by the value of another field of the same object (e.g. `planMade` only for conferences). */
export interface Applies {
  field: string;
  values: string[];
  /** True: the field applies unless the other field has one of `values`. */
  except: boolean;
}

interface Common {
  /** The key in its object; '' for alternatives that fill the object they are in. */
  key: string;
  /** Keys from the input root, list entries left out (`events.type`): what the words are looked up by. */
  path: string[];
  label: string;
  hint?: string;
  required: boolean;
  applies?: Applies[];
  /** Whether the decision asks this as a question of its own (unanswered is "not known"). */
  isFact: boolean;
  /** What the unanswered choice says, when not "Not known" or "Not given". */
  unanswered?: string;
  /** Whether the answer is a person's details (a name, date of birth, address, phone number or email): never kept in the page address. */
  personal?: boolean;
}

/** Keys whose answers are a person's details. */
const PERSONAL_KEY = /name|dateOfBirth|birth|address|postcode|phone|email/i;

/** Whether a field holds a person's details, by its key. */
export const isPersonalKey = (key: string): boolean => PERSONAL_KEY.test(key);

export type Field =
  | (Common & { kind: 'boolean' })
  /** A box to tick that sets the field to the one value it may take (`dateRecorded: false`). */
  | (Common & { kind: 'flag'; value: boolean })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'number'; min?: number; max?: number })
  | (Common & { kind: 'text'; maxLength?: number; inputType: 'text' | 'email' | 'tel'; multiline: boolean })
  | (Common & { kind: 'choice'; choices: Choice[] })
  | (Common & { kind: 'multi'; choices: Choice[] })
  | (Common & { kind: 'indicators' })
  | (Common & { kind: 'group'; fields: Field[] })
  | (Common & { kind: 'list'; itemName: string; item: Field[]; maxItems?: number })
  | (Common & {
      kind: 'alternatives';
      discriminator: string;
      discriminatorLabel: string;
      discriminatorHint?: string;
      /** Fields every alternative has alike (asked once, whichever is chosen). */
      shared: Field[];
      branches: { value: string | boolean; label: string; hint?: string; fields: Field[] }[];
    });

/** The words a decision's library gives its input fields, beyond the schema's descriptions. */
export interface FormWords {
  /** The question the decision asks to learn this field, when it is one of its facts. */
  question?(path: string[]): string | undefined;
  /** Words for one value of a closed list. */
  choice?(path: string[], value: string): Omit<Choice, 'value'> | undefined;
  /** What leaving a choice unanswered means, when it is not "not known" (a timeline event with no booking status happened). */
  unanswered?(path: string[]): string | undefined;
  /** A field that is a picker of its own (the need indicators). */
  special?(path: string[], node: JsonSchemaNode): Field['kind'] | undefined;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const isDate = (node: JsonSchemaNode) => node.type === 'string' && node.pattern === DATE_PATTERN;
const typeOf = (node: JsonSchemaNode) => (Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type);

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The object branches of a `oneOf`/`anyOf`, and the key whose constant tells them apart, if they are alternatives. */
function alternativesOf(node: JsonSchemaNode): { branches: JsonSchemaNode[]; discriminator: string } | undefined {
  const branches = node.oneOf ?? node.anyOf;
  if (!branches || branches.length < 2 || !branches.every((b) => b.properties)) return undefined;
  const keys = Object.keys(branches[0]!.properties!).filter((k) => branches.every((b) => b.properties![k]?.const !== undefined));
  return keys.length > 0 ? { branches, discriminator: keys[0]! } : undefined;
}

/**
 * Which fields apply to which values of a sibling, from the schema's
 * `allOf: [{ if: { properties: { type: { enum } } }, then: { properties: { field: false } } }]`
 * (and the `not` form: the field is allowed only for those values).
 */
function applicability(node: JsonSchemaNode): Map<string, Applies[]> {
  const out = new Map<string, Applies[]>();
  for (const rule of node.allOf ?? []) {
    const negated = rule.if?.not !== undefined;
    const condition = negated ? rule.if!.not! : rule.if;
    const [field, test] = Object.entries(condition?.properties ?? {})[0] ?? [];
    const values = test?.enum?.map(String) ?? (test?.const !== undefined ? [String(test.const)] : undefined);
    if (!field || !values) continue;
    for (const [key, forbidden] of Object.entries(rule.then?.properties ?? {})) {
      if (forbidden !== false) continue;
      const list = out.get(key) ?? [];
      list.push({ field, values, except: !negated });
      out.set(key, list);
    }
  }
  return out;
}

function choicesFor(path: string[], values: unknown[], words: FormWords): Choice[] {
  return values.map((v) => {
    const given = words.choice?.(path, String(v));
    return { value: v as string, label: given?.label ?? choiceWords(String(v)), ...(given?.hint ? { hint: given.hint } : {}), ...(given?.group ? { group: given.group } : {}) };
  });
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(node: JsonSchemaNode, path: string[], words: FormWords): Field[] {
  const required = new Set(node.required ?? []);
  const applies = applicability(node);
  return Object.entries(node.properties ?? {})
    .filter(([, child]) => typeof child === 'object')
    .map(([key, child]) => {
      const field = fieldOf(key, child as JsonSchemaNode, [...path, key], required.has(key), words);
      const rules = applies.get(key);
      return rules ? { ...field, applies: rules } : field;
    });
}

/** The field for one property. */
export function fieldOf(key: string, node: JsonSchemaNode, path: string[], required: boolean, words: FormWords): Field {
  const question = words.question?.(path);
  // A field the schema does not describe is named from its key ("forcedMarriage" → "Forced marriage", "fgm" → "FGM").
  const said = fieldWords(question, node.description) ?? { label: sentenceCase(humanise(key)) };
  const unanswered = words.unanswered?.(path);
  const common: Common = { key, path, label: said.label, ...(said.hint ? { hint: said.hint } : {}), required, isFact: question !== undefined, ...(unanswered ? { unanswered } : {}), ...(isPersonalKey(key) ? { personal: true } : {}) };
  const special = words.special?.(path, node);
  if (special === 'indicators') return { ...common, kind: 'indicators' };
  const alternatives = alternativesOf(node);
  if (alternatives) return alternativesField(common, alternatives, words);
  const type = typeOf(node);
  if (type === 'boolean' && node.const !== undefined) return { ...common, kind: 'flag', value: node.const as boolean };
  if (type === 'boolean') return { ...common, kind: 'boolean' };
  if (isDate(node)) return { ...common, kind: 'date' };
  if (type === 'string' && node.enum) return { ...common, kind: 'choice', choices: choicesFor(path, node.enum, words) };
  if (type === 'integer' || type === 'number') return { ...common, kind: 'number', ...(node.minimum !== undefined ? { min: node.minimum } : {}), ...(node.maximum !== undefined ? { max: node.maximum } : {}) };
  if (type === 'array' && node.items?.enum) return { ...common, kind: 'multi', choices: choicesFor(path, node.items.enum, words) };
  if (type === 'array' && node.items && (node.items.properties || alternativesOf(node.items))) {
    const name = choiceWords(key.replace(/s$/, '')).toLowerCase();
    const item = node.items.properties ? objectFields(node.items, path, words) : [alternativesField({ ...common, key: '', required: true }, alternativesOf(node.items)!, words)];
    return { ...common, kind: 'list', itemName: name, item, ...(node.maxItems !== undefined ? { maxItems: node.maxItems } : {}) };
  }
  if (type === 'object' || node.properties) return { ...common, kind: 'group', fields: objectFields(node, path, words) };
  const pattern = node.pattern ?? '';
  const inputType = /@/.test(pattern) ? 'email' : /\[0-9 \(\)-\]|\[0-9\]\)\{7\}/.test(pattern) ? 'tel' : 'text';
  return { ...common, kind: 'text', inputType, multiline: (node.maxLength ?? 0) > 200 && inputType === 'text' && /reason|address/i.test(key), ...(node.maxLength !== undefined ? { maxLength: node.maxLength } : {}) };
}

function alternativesField(common: Common, { branches, discriminator }: { branches: JsonSchemaNode[]; discriminator: string }, words: FormWords): Field {
  // The alternatives fill the object at `common.path`: the whole input (`key` ''), a list entry, or a field of their own.
  const discPath = [...common.path, discriminator];
  const first = branches[0]!.properties![discriminator]!;
  const own = common.key === '' ? fieldWords(words.question?.(discPath), first.description) : { label: common.label, ...(common.hint ? { hint: common.hint } : {}) };
  // A field every alternative has, alike, is asked once (a notification's child, whatever its kind).
  const same = (key: string) => branches.every((b) => b.properties![key] !== undefined && JSON.stringify(b.properties![key]) === JSON.stringify(branches[0]!.properties![key]));
  const sharedKeys = Object.keys(branches[0]!.properties!).filter((k) => k !== discriminator && same(k));
  const pick = (b: JsonSchemaNode, keep: (k: string) => boolean): JsonSchemaNode => ({ ...b, properties: Object.fromEntries(Object.entries(b.properties!).filter(([k]) => keep(k))) });
  const sharedRequired = sharedKeys.filter((k) => branches.every((b) => (b.required ?? []).includes(k)));
  return {
    ...common,
    kind: 'alternatives',
    discriminator,
    discriminatorLabel: own?.label ?? sentenceCase(humanise(discriminator)),
    ...(own?.hint ? { discriminatorHint: own.hint } : {}),
    shared: objectFields({ ...pick(branches[0]!, (k) => sharedKeys.includes(k)), required: sharedRequired }, common.path, words),
    branches: branches.map((b) => {
      const value = b.properties![discriminator]!.const as string | boolean;
      const given = typeof value === 'string' ? words.choice?.(discPath, value) : undefined;
      // Each alternative's constant may describe it ("A notification that a child has left a placement in Luton").
      const described = typeof value === 'string' ? fieldWords(undefined, b.properties![discriminator]!.description) : undefined;
      const hint = given?.hint ?? described?.label;
      return {
        value,
        label: given?.label ?? (typeof value === 'boolean' ? (value ? 'Yes' : 'No') : choiceWords(value)),
        ...(hint ? { hint } : {}),
        fields: objectFields(pick(b, (k) => k !== discriminator && !sharedKeys.includes(k)), common.path, words),
      };
    }),
  };
}

/**
 * The fields of a decision's whole input: an object's properties, or
 * alternatives at the top (placement notifications), whose question is the
 * one the accepting schema gives the field that tells them apart.
 */
export function formFields(schema: JsonSchemaNode, words: FormWords, accepts?: JsonSchemaNode): Field[] {
  const alternatives = alternativesOf(schema);
  if (alternatives && !schema.properties) {
    const said = fieldWords(words.question?.([alternatives.discriminator]), accepts?.properties?.[alternatives.discriminator]?.description);
    const field = alternativesField({ key: '', path: [], label: '', required: true, isFact: false }, alternatives, words);
    return [said && field.kind === 'alternatives' ? { ...field, discriminatorLabel: said.label, ...(said.hint ? { discriminatorHint: said.hint } : {}) } : field];
  }
  return objectFields(schema, [], words);
}

/** The schema node at a path of object keys (through alternatives, the first that has it). */
function nodeAt(schema: JsonSchemaNode, path: string[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    const branches: JsonSchemaNode[] = node.properties ? [node] : [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
    const holder: JsonSchemaNode | undefined = branches.find((b) => b.properties?.[key]);
    const next: JsonSchemaNode | undefined = holder?.properties?.[key];
    node = next === undefined || typeof next !== 'object' ? undefined : next.items && next.type === 'array' ? next.items : next;
  }
  return node;
}

/**
 * Marks as required exactly the fields the function cannot do without (its
 * own schema's `required`), which for a placement notification is only its
 * kind: every item is checked and reported in the result instead.
 */
export function requiredBy(fields: Field[], accepts: JsonSchemaNode, parent: string[] = []): Field[] {
  return fields.map((f) => {
    const holder = nodeAt(accepts, parent);
    const required = f.key === '' ? true : (holder?.required ?? []).includes(f.key);
    const own = f.key === '' ? parent : [...parent, f.key];
    switch (f.kind) {
      case 'group':
        return { ...f, required, fields: requiredBy(f.fields, accepts, own) };
      case 'list':
        return { ...f, required, item: requiredBy(f.item, accepts, own) };
      case 'alternatives':
        return { ...f, required, shared: requiredBy(f.shared, accepts, own), branches: f.branches.map((b) => ({ ...b, fields: requiredBy(b.fields, accepts, own) })) };
      default:
        return { ...f, required };
    }
  });
}
