/**
 * Writes the TypeScript type of every public input (`ClassifyNeedInput`,
 * `NeedToKnowInput`, ...) from its zod schema, as an object type whose every
 * field carries its schema description as TSDoc: what an editor shows on
 * hover, and what the built declarations keep (a type computed with
 * `z.input<typeof Schema>` has no documentation on its fields). The schema
 * stays the one source: a field, its type and its description are written
 * once, in zod, and flow to these types, the JSON Schemas and the docs.
 * Enums name the library's types (`NeedIndicatorId`, `ChildStatus`, ...),
 * dates are `IsoDate`. A field without a description is an error here.
 * test/types/input-types.test.ts checks that each generated type is exactly
 * `z.input<typeof Schema>`.
 *
 *   npx tsx scripts/generate-input-types.ts           write the files
 *   npx tsx scripts/generate-input-types.ts --check   compare only
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { IsoDateSchema } from '../src/schemas/iso-date-schema.js';
import { calendarOptionSchema, ReporterRoleSchema } from '../src/rules/need-level/input-schema.js';
import { needIndicatorIds } from '../src/rules/need-level/indicators/index.js';
import { childStatuses } from '../src/rules/need-to-know/facts.js';
import { alertSubjects } from '../src/rules/national-alert/facts.js';
import { referralNextSteps, timelineEventTypes } from '../src/rules/timeline/input-schema.js';
import { placementNotificationKinds } from '../src/schemas/placement-notification.js';
// The built schemas, as `luton-safeguarding-rules/schemas` exports them (the decisions build theirs on first use).
import {
  ClassifyNeedInputSchema,
  ClassifyNeedOptionsSchema,
  NeedToKnowInputSchema,
  NationalAlertInputSchema,
  LcsprCriteriaInputSchema,
  SeriousIncidentInputSchema,
  StatutoryTimelineInputSchema,
  TimelineEventSchema,
  PlacementNotificationInputSchema,
} from '../src/schemas/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A type of the library an enum or a date is written as, and the module (from the repository root) that exports it. */
interface NamedType {
  name: string;
  from: string;
}

/** Enums by their values (in any order): written as the library's named type instead of a union of literals. */
const namedEnums: [readonly string[], NamedType][] = [
  [needIndicatorIds, { name: 'NeedIndicatorId', from: 'src/rules/need-level/need-indicator.ts' }],
  [ReporterRoleSchema.options, { name: 'ReporterRole', from: 'src/rules/need-level/input-schema.ts' }],
  [childStatuses, { name: 'ChildStatus', from: 'src/rules/need-to-know/facts.ts' }],
  [alertSubjects, { name: 'AlertSubject', from: 'src/rules/national-alert/facts.ts' }],
  [timelineEventTypes, { name: 'TimelineEventType', from: 'src/rules/timeline/input-schema.ts' }],
  [referralNextSteps, { name: 'ReferralNextStep', from: 'src/rules/timeline/input-schema.ts' }],
  [placementNotificationKinds, { name: 'PlacementNotificationKind', from: 'src/schemas/placement-notification.ts' }],
];
const isoDate: NamedType = { name: 'IsoDate', from: 'src/schemas/iso-date.ts' };
/** Schemas of values that are not JSON (checked by the decision, not the schema), by their definition: written as the library's type. */
const namedSchemas: [object, NamedType][] = [[defOfEarly(calendarOptionSchema), { name: 'Calendar', from: 'src/calendar/calendar-types.ts' }]];
function defOfEarly(schema: unknown): object {
  return (schema as { _zod: { def: object } })._zod.def;
}

/** One generated file: the input types of one decision, each from its schema. */
interface Target {
  file: string;
  types: { name: string; schema: z.ZodMiniType; schemaName: string }[];
}

const targets: Target[] = [
  {
    file: 'src/rules/need-level/input-types.ts',
    types: [
      { name: 'ClassifyNeedInput', schema: ClassifyNeedInputSchema, schemaName: 'ClassifyNeedInputSchema' },
      { name: 'ClassifyNeedOptions', schema: ClassifyNeedOptionsSchema, schemaName: 'ClassifyNeedOptionsSchema' },
    ],
  },
  { file: 'src/rules/need-to-know/input-types.ts', types: [{ name: 'NeedToKnowInput', schema: NeedToKnowInputSchema, schemaName: 'NeedToKnowInputSchema' }] },
  { file: 'src/rules/national-alert/input-types.ts', types: [{ name: 'NationalAlertInput', schema: NationalAlertInputSchema, schemaName: 'NationalAlertInputSchema' }] },
  {
    file: 'src/rules/serious-incident/input-types.ts',
    types: [
      { name: 'SeriousIncidentInput', schema: SeriousIncidentInputSchema, schemaName: 'SeriousIncidentInputSchema' },
      { name: 'LcsprCriteriaInput', schema: LcsprCriteriaInputSchema, schemaName: 'LcsprCriteriaInputSchema' },
    ],
  },
  {
    file: 'src/rules/timeline/input-types.ts',
    types: [
      { name: 'StatutoryTimelineInput', schema: StatutoryTimelineInputSchema, schemaName: 'StatutoryTimelineInputSchema' },
      { name: 'TimelineEvent', schema: TimelineEventSchema, schemaName: 'TimelineEventSchema' },
    ],
  },
  { file: 'src/schemas/placement-notification-input.ts', types: [{ name: 'PlacementNotificationInput', schema: PlacementNotificationInputSchema, schemaName: 'PlacementNotificationInputSchema' }] },
];

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly z.ZodMiniType[];
  checks?: readonly unknown[];
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const descriptionOf = (schema: unknown): string | undefined => z.globalRegistry.get(schema as z.ZodMiniType)?.description;
const dateCheck = defOf(IsoDateSchema).checks?.[0];

/** Writes one file's types; `imports` collects the named types it uses. */
class Writer {
  readonly imports = new Map<string, Set<string>>();
  /** Object schemas written as a named type of this file, by their definition (a described copy shares it). */
  readonly namedObjects = new Map<object, string>();

  constructor(readonly file: string) {}

  use(type: NamedType): string {
    if (join(root, type.from) !== join(root, this.file)) {
      const set = this.imports.get(type.from) ?? new Set();
      set.add(type.name);
      this.imports.set(type.from, set);
    }
    return type.name;
  }

  /** The TypeScript type of a schema (not its field's optionality), at `indent` for nested objects. */
  typeOf(schema: z.ZodMiniType, where: string, indent: string): string {
    const def = defOf(schema);
    const named = namedSchemas.find(([d]) => d === (def as object));
    if (named) return this.use(named[1]);
    switch (def.type) {
      case 'boolean':
        return 'boolean';
      case 'number':
        return 'number';
      case 'string':
        return dateCheck !== undefined && (def.checks ?? []).includes(dateCheck) ? this.use(isoDate) : 'string';
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        const named = namedEnums.find(([list]) => list.length === values.length && values.every((v) => list.includes(v as string)));
        return named ? this.use(named[1]) : values.map((v) => JSON.stringify(v).replace(/^"(.*)"$/, "'$1'")).join(' | ');
      }
      case 'literal':
        return (def.values ?? []).map((v) => JSON.stringify(v).replace(/^"(.*)"$/, "'$1'")).join(' | ');
      case 'array': {
        const element = this.typeOf(def.element!, `${where}[]`, indent);
        return /[|&]/.test(element) && !element.startsWith('{') ? `(${element})[]` : `${element}[]`;
      }
      case 'object': {
        const named = this.namedObjects.get(def);
        if (named !== undefined) return named;
        return this.objectBody(schema, where, indent);
      }
      case 'union':
        return (def.options ?? []).map((option, i) => this.typeOf(option, `${where}|${i}`, indent)).join(' | ');
      case 'nullable':
        return `${this.typeOf(def.innerType!, where, indent)} | null`;
      default:
        throw new Error(`${this.file}: ${where} is a ${def.type} schema, which the input types do not write yet`);
    }
  }

  /** `{ … }`: every field with its description as TSDoc. */
  objectBody(schema: z.ZodMiniType, where: string, indent: string): string {
    const def = defOf(schema);
    const inner = `${indent}  `;
    const lines = ['{'];
    for (const [key, field] of Object.entries(def.shape ?? {})) {
      const fieldDef = defOf(field);
      const optional = fieldDef.type === 'optional';
      const value = optional ? fieldDef.innerType! : field;
      const description = descriptionOf(field) ?? descriptionOf(value);
      if (description === undefined) throw new Error(`${where}.${key} has no description: give it one in its zod schema (described(...))`);
      lines.push(...tsdoc(description, inner));
      const type = this.typeOf(value, `${where}.${key}`, inner);
      lines.push(optional ? `${inner}${key}?: ${type} | undefined;` : `${inner}${key}: ${type};`);
    }
    // A loose object (any other field allowed) says so; a strict one refuses other keys.
    if (def.catchall !== undefined && defOf(def.catchall).type === 'unknown') {
      lines.push(`${inner}/** Any other field of the document, checked by the function rather than by this type. */`, `${inner}[key: string]: unknown;`);
    }
    lines.push(`${indent}}`);
    return lines.join('\n');
  }
}

/** A TSDoc block of `text`, wrapped at about 100 columns. */
function tsdoc(text: string, indent: string): string[] {
  const safe = text.replace(/\*\//g, '*\\/');
  const width = 100 - indent.length - 3;
  if (safe.length <= width - 4) return [`${indent}/** ${safe} */`];
  const lines: string[] = [];
  let line = '';
  for (const word of safe.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

/** The content of one generated file. */
function fileContent(target: Target): string {
  const writer = new Writer(target.file);
  for (const type of target.types) writer.namedObjects.set(defOf(type.schema), type.name);
  const declarations: string[] = [];
  for (const type of target.types) {
    const description = descriptionOf(type.schema);
    if (description === undefined) throw new Error(`${type.schemaName} has no description: give the schema one (described(...))`);
    // The type's own body is written out, even though the schema is registered under its name.
    writer.namedObjects.delete(defOf(type.schema));
    const body = writer.objectBody(type.schema, type.name, '');
    writer.namedObjects.set(defOf(type.schema), type.name);
    // A type literal, as `z.input` gives, rather than an interface: it has an implicit index
    // signature, so an input still fits `Record<string, unknown>` where callers pass it on.
    declarations.push([...tsdoc(description, ''), `export type ${type.name} = ${body};`].join('\n'));
  }
  const schemas = target.types.map((t) => `\`${t.schemaName}\``);
  const header = tsdoc(
    `The input types of ${schemas.length === 1 ? schemas[0] : `${schemas.slice(0, -1).join(', ')} and ${schemas.at(-1)}`}, written from the schemas ` +
      'by `npm run schemas` (scripts/generate-input-types.ts): edit the schemas and their descriptions, not this file. ' +
      "Each type is exactly the schema's `z.input`, with every field documented (test/types/input-types.test.ts).",
    '',
  );
  const imports = [...writer.imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, names]) => {
      let path = relative(dirname(join(root, target.file)), join(root, from)).replace(/\.ts$/, '.js');
      if (!path.startsWith('.')) path = `./${path}`;
      return `import type { ${[...names].sort().join(', ')} } from '${path}';`;
    });
  return [...header, ...imports, '', declarations.join('\n\n'), ''].join('\n');
}

/** The declaration of one type written from `schema`, as it would appear in `file` (for tests of the writer). */
export function inputTypeDeclaration(name: string, schema: z.ZodMiniType, file = 'src/example.ts'): string {
  return fileContent({ file, types: [{ name, schema, schemaName: `${name}Schema` }] });
}

/** Repository path → content of every generated file. */
export function inputTypeFiles(): Map<string, string> {
  return new Map(targets.map((t) => [t.file, fileContent(t)]));
}

/** Files that differ from what would be generated, as readable lines. */
export function inputTypeProblems(files = inputTypeFiles()): string[] {
  const problems: string[] = [];
  for (const [file, content] of files) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current !== content) problems.push(`${current === undefined ? 'missing' : 'out of date'}: ${file}`);
  }
  return problems;
}

function main(): void {
  const files = inputTypeFiles();
  if (process.argv.includes('--check')) {
    const problems = inputTypeProblems(files);
    if (problems.length > 0) {
      console.error(`The input types are not what scripts/generate-input-types.ts writes (run npm run schemas):\n${problems.map((p) => `- ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`The input types are up to date (${files.size} files).`);
    return;
  }
  for (const [file, content] of files) writeFileSync(join(root, file), content);
  console.log(`Wrote ${files.size} input type files.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
