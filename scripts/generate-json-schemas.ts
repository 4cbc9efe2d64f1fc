/**
 * Writes a JSON Schema (draft 2020-12) for every public input schema in
 * `publicSchemas` to `json-schema/<name>.schema.json`, so case systems written
 * in other languages can validate the same inputs. The schemas describe the
 * input side (`io: 'input'`: what a caller may send, defaults optional).
 * `--check` writes nothing and exits 1 when the committed files differ.
 *
 *   npx tsx scripts/generate-json-schemas.ts           write json-schema/
 *   npx tsx scripts/generate-json-schemas.ts --check   compare only
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { IsoDateSchema } from '../src/schemas/iso-date-schema.js';
import { publicSchemas } from '../src/schemas/public-schemas.js';

export const jsonSchemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'json-schema');

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

/** The JSON Schema of one public schema. */
export function toJsonSchema(name: string, schema: z.core.$ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
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

/** File name → content of every generated file. */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, schema] of Object.entries(publicSchemas)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`publicSchemas name "${name}" is not kebab-case`);
    files.set(`${name}.schema.json`, JSON.stringify(toJsonSchema(name, schema), null, 2) + '\n');
  }
  return files;
}

/** Differences between json-schema/ and what would be generated, as readable lines. */
export function jsonSchemaProblems(files = jsonSchemaFiles()): string[] {
  const problems: string[] = [];
  for (const [file, content] of files) {
    const target = join(jsonSchemaDir, file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current !== content) problems.push(`${current === undefined ? 'missing' : 'out of date'}: json-schema/${file}`);
  }
  for (const file of existingFiles()) {
    if (!files.has(file)) problems.push(`not generated from publicSchemas (stale): json-schema/${file}`);
  }
  return problems;
}

function existingFiles(): string[] {
  return existsSync(jsonSchemaDir) ? readdirSync(jsonSchemaDir).filter((f) => f.endsWith('.schema.json')) : [];
}

function main(): void {
  const files = jsonSchemaFiles();
  if (process.argv.includes('--check')) {
    const problems = jsonSchemaProblems(files);
    if (problems.length > 0) {
      console.error(`json-schema/ is not what scripts/generate-json-schemas.ts generates:\n${problems.map((p) => `- ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`json-schema/ is up to date (${files.size} files).`);
    return;
  }
  mkdirSync(jsonSchemaDir, { recursive: true });
  for (const [file, content] of files) writeFileSync(join(jsonSchemaDir, file), content);
  for (const file of existingFiles()) if (!files.has(file)) rmSync(join(jsonSchemaDir, file));
  console.log(`Wrote ${files.size} files to json-schema/.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
