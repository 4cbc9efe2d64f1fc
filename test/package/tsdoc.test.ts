/**
 * Editor hover shows documentation for every export: reads the built
 * declarations (dist/*.d.ts, what an editor reads) through the TypeScript
 * compiler API and checks each export of each entry has a summary; each
 * function also `@param` for every parameter, `@returns` and an `@example`;
 * and that every `@example` runs against the built package and gives the
 * results its comments state (see example-module.ts). No public
 * function takes `unknown`. Needs `npm run build` (the suite's global setup
 * is not relied on: the test says so when dist/ is missing).
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHECK, exampleModule } from './example-module.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const entries = {
  'luton-safeguarding-rules': 'index',
  'luton-safeguarding-rules/calendar': 'calendar',
  'luton-safeguarding-rules/schemas': 'schemas',
  'luton-safeguarding-rules/testing': 'testing',
  'luton-safeguarding-rules/testing/decisions': 'testing/decisions',
  'luton-safeguarding-rules/census': 'census',
} as const;

interface ExportDoc {
  entry: string;
  name: string;
  kind: 'function' | 'other';
  summary: string;
  tags: Map<string, string[]>;
  params: string[];
  paramTypes: string[];
}

/** Where each entry's source is: its summaries there are the declarations' own. */
const sources: Record<keyof typeof entries, string> = {
  'luton-safeguarding-rules': 'src/index.ts',
  'luton-safeguarding-rules/calendar': 'src/calendar/index.ts',
  'luton-safeguarding-rules/schemas': 'src/schemas/index.ts',
  'luton-safeguarding-rules/testing': 'src/testing/index.ts',
  'luton-safeguarding-rules/testing/decisions': 'src/testing/decisions/index.ts',
  'luton-safeguarding-rules/census': 'src/census/index.ts',
};

/** The exports of every entry, read from the built declarations (or, with `files`, from other entry files). */
function readExports(files: Record<string, string> = Object.fromEntries(Object.entries(entries).map(([entry, file]) => [entry, `dist/${file}.d.ts`]))): ExportDoc[] {
  const paths = Object.values(files).map((f) => join(root, f));
  const program = ts.createProgram(paths, { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true });
  const checker = program.getTypeChecker();
  const docs: ExportDoc[] = [];
  for (const [entry, file] of Object.entries(files)) {
    const source = program.getSourceFile(join(root, file))!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const tags = new Map<string, string[]>();
      for (const tag of symbol.getJsDocTags(checker)) {
        const text = ts.displayPartsToString(tag.text).trim();
        tags.set(tag.name, [...(tags.get(tag.name) ?? []), text]);
      }
      const declaration = symbol.declarations?.[0];
      const isFunction = declaration !== undefined && ts.isFunctionDeclaration(declaration);
      const params = isFunction ? declaration.parameters.map((p) => p.name.getText()) : [];
      const paramTypes = isFunction ? declaration.parameters.map((p) => (p.type ? p.type.getText() : 'any')) : [];
      docs.push({ entry, name: exported.name, kind: isFunction ? 'function' : 'other', summary, tags, params, paramTypes });
    }
  }
  return docs;
}

/** What is missing from one export's documentation (empty when complete). */
function missing(doc: ExportDoc): string[] {
  const problems: string[] = [];
  if (doc.summary.length < 10) problems.push('summary');
  if (doc.kind === 'function') {
    const documented = (doc.tags.get('param') ?? []).map((t) => t.split(/\s/)[0]);
    for (const p of doc.params) if (!documented.includes(p)) problems.push(`@param ${p}`);
    if (!doc.tags.has('returns')) problems.push('@returns');
    if (!doc.tags.has('example')) problems.push('@example');
  }
  return problems;
}

const built = existsSync(join(root, 'dist/index.d.ts'));

describe.runIf(built)('TSDoc of the built declarations', () => {
  const docs = built ? readExports() : [];

  it('every export of every entry is documented (summary; for functions @param, @returns, @example)', () => {
    const incomplete = docs.map((d) => ({ id: `${d.entry}#${d.name}`, problems: missing(d) })).filter((d) => d.problems.length > 0);
    expect(incomplete.map((d) => `${d.id}: ${d.problems.join(', ')}`)).toEqual([]);
  });

  it('each export carries its own comment in the declarations (not, say, the comment at the top of its file)', () => {
    // The declaration bundler keeps a file's opening comment and puts it above
    // the first declaration of that file; TypeScript reads the comment nearest
    // a declaration, so a declaration without its own comment shows the
    // file's. In the source the file's comment belongs to no declaration.
    const own = new Map(readExports(sources).map((d) => [`${d.entry}#${d.name}`, d.summary]));
    const borrowed = docs.filter((d) => own.get(`${d.entry}#${d.name}`) !== d.summary).map((d) => `${d.entry}#${d.name}`);
    expect(borrowed).toEqual([]);
  });

  it('no public function takes unknown', () => {
    // These check data of unknown shape, so `unknown` is their contract: parseInput
    // and readOnce validate or snapshot any value, isSafeguardingInputError is a
    // type guard (so is isNeedIndicatorId), and verifyDecision takes a result as parsed back from JSON.
    const validators = [
      'luton-safeguarding-rules#isNeedIndicatorId',
      'luton-safeguarding-rules/schemas#parseInput',
      'luton-safeguarding-rules/schemas#readOnce',
      'luton-safeguarding-rules#isSafeguardingInputError',
      'luton-safeguarding-rules/calendar#isSafeguardingInputError',
      'luton-safeguarding-rules/schemas#isSafeguardingInputError',
      'luton-safeguarding-rules/census#isSafeguardingInputError',
      'luton-safeguarding-rules#verifyDecision',
    ];
    const loose = docs
      .filter((d) => d.kind === 'function' && d.paramTypes.some((t) => /^(unknown|any)$/.test(t)))
      .map((d) => `${d.entry}#${d.name}`)
      .filter((id) => !validators.includes(id));
    expect(loose).toEqual([]);
  });

  it('every @example runs against the built package, and gives the results it states', async () => {
    const examples = docs.flatMap((d) => (d.tags.get('example') ?? []).map((code) => ({ d, code })));
    expect(examples.length).toBeGreaterThan(0);
    const failures: string[] = [];
    let checked = 0;
    (globalThis as Record<string, unknown>)[CHECK] = (actual: () => unknown, stated: () => unknown, label: string) => {
      checked++;
      const value = actual();
      try {
        expect(value).toEqual(stated());
      } catch {
        throw new Error(`${label}, but it gives ${JSON.stringify(value)}`);
      }
    };
    for (const { d, code } of examples) {
      const entryNames = docs.filter((x) => x.entry === d.entry).map((x) => x.name);
      try {
        const source = exampleModule({ code, entryNames, entryUrl: builtEntryUrl(d.entry)!, resolve: (s) => builtEntryUrl(s) ?? installedPackageUrl(s) });
        const js = (await build({ stdin: { contents: source, loader: 'ts' }, write: false, format: 'esm', bundle: false, logLevel: 'silent' })).outputFiles[0]!.text;
        await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
      } catch (error) {
        failures.push(`${d.entry}#${d.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    delete (globalThis as Record<string, unknown>)[CHECK];
    expect(failures).toEqual([]);
    // The examples state most of their results; a parser that found none would check nothing.
    expect(checked).toBeGreaterThan(examples.length / 2);
  });
});

/** The built file of one of the package's entries, by its import specifier. */
function builtEntryUrl(specifier: string): string | undefined {
  const file = (entries as Record<string, string>)[specifier];
  return file === undefined ? undefined : pathToFileURL(join(root, 'dist', `${file}.js`)).href;
}

/** The packages an example may import besides this one: the peer dependency the testing entries are built on. */
function installedPackageUrl(specifier: string): string | undefined {
  return specifier === 'fast-check' ? import.meta.resolve(specifier) : undefined;
}
