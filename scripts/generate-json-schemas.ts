/**
 * Writes what the package ships as data, generated from the library so it
 * cannot drift from the code:
 *
 * - json-schema/<name>.schema.json: a JSON Schema (draft 2020-12) for every
 *   public input schema in `publicSchemas` (the input side, `io: 'input'`:
 *   what a caller may send) and for every catalogue
 *   (`catalogue-<name>.schema.json`, the output side);
 * - catalogues/<name>.json: each catalogue as JSON (src/catalogues);
 * - openapi.json: the web service's OpenAPI 3.1 description, built from the
 *   service's route table and the same JSON Schemas (scripts/openapi.ts).
 *
 * `--check` writes nothing and exits 1 when a committed file differs.
 *
 *   npm run schemas          write them
 *   npm run schemas:check    compare only
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { catalogueSchemas } from '../src/catalogues/catalogue-schemas.js';
import { catalogueJson, catalogueNames } from '../src/catalogues/catalogues.js';
import { IsoDateSchema } from '../src/schemas/iso-date-schema.js';
import { publicSchemas } from '../src/schemas/public-schemas.js';
import { resultSchemas } from '../src/results/result-schemas.js';
import { openApiDocument } from './openapi.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const jsonSchemaDir = join(root, 'json-schema');
export const catalogueDir = join(root, 'catalogues');

/**
 * Whether a zod schema is IsoDateSchema or a copy of it: `.describe()` and
 * similar return a clone, which keeps the same date check object.
 */
const isoDateCheck = (IsoDateSchema as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks?.[0];
function isIsoDateSchema(schema: unknown): boolean {
  if (schema === IsoDateSchema) return true;
  const checks = (schema as { _zod?: { def?: { checks?: unknown[] } } })._zod?.def?.checks;
  return isoDateCheck !== undefined && Array.isArray(checks) && checks.includes(isoDateCheck);
}

/** The JSON Schema of one public schema: of what a caller sends (`input`, the default) or of what the library returns (`output`). */
export function toJsonSchema(name: string, schema: z.core.$ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    // A refinement is invisible to JSON Schema; give dates at least their shape.
    // Whether the date is real (no 30 February) is checked by the library only.
    override: (ctx) => {
      if (isIsoDateSchema(ctx.zodSchema)) {
        ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
        ctx.jsonSchema.description ??= 'A calendar date as YYYY-MM-DD';
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, title: name, ...rest };
}

/** Every JSON Schema the package ships, by name (the file is `<name>.schema.json`). */
export function jsonSchemas(): Map<string, Record<string, unknown>> {
  const schemas = new Map<string, Record<string, unknown>>();
  const add = (name: string, schema: Record<string, unknown>) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`JSON Schema name "${name}" is not kebab-case`);
    if (schemas.has(name)) throw new Error(`two JSON Schemas are named "${name}"`);
    schemas.set(name, schema);
  };
  for (const [name, schema] of Object.entries(publicSchemas)) add(name, toJsonSchema(name, schema));
  for (const [name, schema] of Object.entries(resultSchemas)) add(name, toJsonSchema(name, schema, 'output'));
  for (const name of catalogueNames) add(`catalogue-${name}`, toJsonSchema(`catalogue-${name}`, catalogueSchemas[name], 'output'));
  return schemas;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** File name → content of every file in json-schema/. */
export function jsonSchemaFiles(schemas = jsonSchemas()): Map<string, string> {
  return new Map([...schemas].map(([name, schema]) => [`${name}.schema.json`, json(schema)]));
}

/** Path from the package root → content of every generated file. */
export function generatedFiles(): Map<string, string> {
  const schemas = jsonSchemas();
  const files = new Map<string, string>();
  for (const [file, content] of jsonSchemaFiles(schemas)) files.set(`json-schema/${file}`, content);
  for (const name of catalogueNames) files.set(`catalogues/${name}.json`, catalogueJson(name));
  files.set('openapi.json', json(openApiDocument(schemas)));
  return files;
}

/** Generated files only ever live in these folders (and openapi.json at the root); anything else in them is stale. */
const generatedDirs = [
  { dir: 'json-schema', suffix: '.schema.json' },
  { dir: 'catalogues', suffix: '.json' },
];

function existingFiles(): string[] {
  return generatedDirs.flatMap(({ dir, suffix }) => {
    const full = join(root, dir);
    return existsSync(full) ? readdirSync(full).filter((f) => f.endsWith(suffix)).map((f) => `${dir}/${f}`) : [];
  });
}

/** Differences between the committed files and what would be generated, as readable lines. */
export function generatedFileProblems(files = generatedFiles()): string[] {
  const problems: string[] = [];
  for (const [path, content] of files) {
    const target = join(root, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current !== content) problems.push(`${current === undefined ? 'missing' : 'out of date'}: ${path}`);
  }
  for (const path of existingFiles()) {
    if (!files.has(path)) problems.push(`not generated (stale): ${path}`);
  }
  return problems;
}

/** The problems of json-schema/ alone. */
export function jsonSchemaProblems(): string[] {
  return generatedFileProblems().filter((p) => p.includes('json-schema/'));
}

function main(): void {
  const files = generatedFiles();
  if (process.argv.includes('--check')) {
    const problems = generatedFileProblems(files);
    if (problems.length > 0) {
      console.error(`The generated files are not what scripts/generate-json-schemas.ts writes (run \`npm run schemas\`):\n${problems.map((p) => `- ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`json-schema/, catalogues/ and openapi.json are up to date (${files.size} files).`);
    return;
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const path of existingFiles()) if (!files.has(path)) rmSync(join(root, path));
  console.log(`Wrote ${files.size} files: json-schema/, catalogues/ and openapi.json.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
