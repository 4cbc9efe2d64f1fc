/**
 * Every type that appears in a result can be named by a user: reads the
 * built declarations (dist/index.d.ts) through the TypeScript compiler API,
 * walks the return type of every function the main entry exports (fields,
 * list elements, union members, type arguments, at any depth), and checks
 * that each named type met on the way is exported from the main entry.
 * Needs `npm run build` (skipped when dist/ is missing).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const declarations = join(dist, 'index.d.ts');
const built = existsSync(declarations);

/** The package's own named types reachable from `type`: name → where it was met. */
function namedTypes(checker: ts.TypeChecker, type: ts.Type, path: string, out: Map<string, string>, seen: Set<ts.Type>): void {
  if (seen.has(type)) return;
  seen.add(type);
  const ours = (symbol: ts.Symbol | undefined) => symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(dist)) === true;
  const alias = type.aliasSymbol;
  if (alias && ours(alias) && !out.has(alias.name)) out.set(alias.name, path);
  const symbol = type.getSymbol();
  if (symbol && ours(symbol) && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum) && !out.has(symbol.name)) out.set(symbol.name, path);
  for (const argument of type.aliasTypeArguments ?? []) namedTypes(checker, argument, `${path}<>`, out, seen);
  if (type.isUnionOrIntersection()) {
    for (const member of type.types) namedTypes(checker, member, path, out, seen);
    return;
  }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference)) namedTypes(checker, element, `${path}[]`, out, seen);
    return;
  }
  for (const argument of (type as ts.TypeReference).typeArguments ?? []) namedTypes(checker, argument, `${path}<>`, out, seen);
  for (const property of checker.getPropertiesOfType(type)) namedTypes(checker, checker.getTypeOfSymbol(property), `${path}.${property.name}`, out, seen);
  for (const info of checker.getIndexInfosOfType(type)) namedTypes(checker, info.type, `${path}[key]`, out, seen);
}

describe.runIf(built)('types in results', () => {
  it('every named type a result is made of is exported from the main entry', () => {
    const program = ts.createProgram([declarations], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(declarations)!)!;
    const exported = new Set<string>();
    const functions: ts.Symbol[] = [];
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      exported.add(symbol.name);
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (target.flags & ts.SymbolFlags.Function) functions.push(symbol);
    }
    const reachable = new Map<string, string>();
    for (const fn of functions) {
      for (const signature of checker.getSignaturesOfType(checker.getTypeOfSymbol(fn), ts.SignatureKind.Call)) {
        namedTypes(checker, signature.getReturnType(), `${fn.name}()`, reachable, new Set());
      }
    }
    // The walk reaches the decisions' nested types, not only the top ones.
    expect(reachable.size).toBeGreaterThan(40);
    expect(reachable.has('RuleTrace')).toBe(true);
    const unexported = [...reachable].filter(([name]) => !exported.has(name)).map(([name, path]) => `${name} (at ${path})`);
    expect(unexported).toEqual([]);
  });
});
