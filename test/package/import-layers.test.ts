/**
 * Imports run one way (DESIGN.md): the calendar and the schemas at the
 * bottom, the engine and the timescale registry above them, the decisions
 * above that, the entries (package entry points, catalogues, records,
 * results, the testing kit), and the CLI, census and service on top. No
 * module imports one of a higher layer (type imports included), no module
 * takes part in a cycle, and the timescale registry imports no decision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const layers = ['calendar and schemas', 'engine and registry', 'decisions', 'entries', 'CLI, census and service'] as const;
const decisions = ['need-level', 'need-to-know', 'national-alert', 'serious-incident', 'placement-notification', 'timeline'];
/** The schemas' package entry points sit in schemas/ but re-export every decision's schemas: they are entries. */
const schemaEntries = new Set(['schemas/index.ts', 'schemas/public-schemas.ts', 'schemas/timeline.ts']);

function layerOf(file: string): number {
  if (schemaEntries.has(file)) return 3;
  if (file.startsWith('calendar/') || file.startsWith('schemas/')) return 0;
  if (['rules/engine/', 'rules/timescales/', 'rules/deadlines/', 'rules/deep-freeze.ts', 'rules/decision-options.ts'].some((p) => file.startsWith(p))) return 1;
  if (decisions.some((d) => file.startsWith(`rules/${d}/`))) return 2;
  if (['cli/', 'census/', 'server/'].some((p) => file.startsWith(p))) return 4;
  return 3;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(src, path).split('\\').join('/')] : [];
  });
}

const files = sourceFiles(src);
const known = new Set(files);
const specifier = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

/** Each module's relative imports of other modules of the library (a `.js` specifier names its `.ts` source). */
const imports = new Map<string, string[]>(
  files.map((file) => {
    const text = readFileSync(join(src, file), 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(specifier)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      const target = normalize(join(dirname(file), spec)).split('\\').join('/').replace(/\.js$/, '.ts');
      if (known.has(target)) targets.push(target);
      else if (known.has(target.replace(/\.ts$/, '/index.ts'))) targets.push(target.replace(/\.ts$/, '/index.ts'));
    }
    return [file, targets];
  }),
);

describe('imports run one way', () => {
  it('reads the imports of every module (the check is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(imports.get('rules/need-level/classify-need.ts')!.length).toBeGreaterThan(10);
  });

  it('no module imports a module of a higher layer', () => {
    const upward = [...imports].flatMap(([file, targets]) =>
      targets.filter((t) => layerOf(t) > layerOf(file)).map((t) => `${file} (${layers[layerOf(file)]}) imports ${t} (${layers[layerOf(t)]})`),
    );
    expect(upward).toEqual([]);
  });

  it('the timescale registry imports no decision', () => {
    const fromRegistry = [...imports].filter(([file]) => file.startsWith('rules/timescales/')).flatMap(([file, targets]) => targets.filter((t) => layerOf(t) === 2).map((t) => `${file} imports ${t}`));
    expect(fromRegistry).toEqual([]);
  });

  it('no cycles, type imports included', () => {
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of imports.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
