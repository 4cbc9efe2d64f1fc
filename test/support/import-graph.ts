import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Every source module an entry point imports at run time, transitively, and the bare packages among them. */
export function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s(?:type\s)?[^'"]*?from\s+'([^']+)'/gm)) {
      if (/^(?:import|export)\s+type\s/.test(m[0])) continue;
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}
