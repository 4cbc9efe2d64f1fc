/**
 * Hover documentation on every input field, as an editor shows it: reads the
 * built declarations (dist/index.d.ts, what an editor reads) through the
 * TypeScript compiler API and checks that every field of every decision's
 * input and options, at any depth, has documentation, and that ids and
 * vocabularies are named types an editor can complete. Needs `npm run
 * build` (skipped when dist/ is missing).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { needIndicators } from '../../src/rules/need-level/indicators/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const declarations = join(root, 'dist/index.d.ts');
const built = existsSync(declarations);

/** The functions whose parameters are inputs a case system writes. */
const decisions = ['classifyNeed', 'assessNeedToKnow', 'assessNationalAlert', 'assessSeriousIncident', 'statutoryTimeline', 'validatePlacementNotification'];

/** Every field path under a type with the documentation an editor shows for it. */
function fieldDocs(checker: ts.TypeChecker, type: ts.Type, path: string, out: Map<string, string>, depth = 0): void {
  if (depth > 6) return;
  const bare = checker.getNonNullableType(type);
  if (bare.isUnion()) {
    for (const member of bare.types) fieldDocs(checker, member, path, out, depth);
    return;
  }
  if (checker.isArrayType(bare) || checker.isTupleType(bare)) {
    for (const element of checker.getTypeArguments(bare as ts.TypeReference)) fieldDocs(checker, element, `${path}[]`, out, depth + 1);
    return;
  }
  if (!(bare.flags & ts.TypeFlags.Object)) return;
  for (const property of checker.getPropertiesOfType(bare)) {
    const at = `${path}.${property.name}`;
    out.set(at, ts.displayPartsToString(property.getDocumentationComment(checker)).trim());
    fieldDocs(checker, checker.getTypeOfSymbol(property), at, out, depth + 1);
  }
}

describe.runIf(built)('hover documentation of the built declarations', () => {
  const program = built ? ts.createProgram([declarations], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }) : undefined;
  const checker = program?.getTypeChecker();
  const exports = new Map<string, ts.Symbol>();
  if (program && checker) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(declarations)!)!;
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) exports.set(symbol.name, symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  }
  const parameterFields = (name: string): Map<string, string> => {
    const symbol = exports.get(name)!;
    const signature = checker!.getSignaturesOfType(checker!.getTypeOfSymbol(symbol), ts.SignatureKind.Call)[0]!;
    const out = new Map<string, string>();
    for (const parameter of signature.getParameters()) fieldDocs(checker!, checker!.getTypeOfSymbol(parameter), `${name}(${parameter.name})`, out);
    return out;
  };

  it('every field of every decision input and options has documentation, at any depth', () => {
    const undocumented: string[] = [];
    let fields = 0;
    for (const name of decisions) {
      for (const [path, doc] of parameterFields(name)) {
        fields++;
        if (doc.length < 10) undocumented.push(path);
      }
    }
    expect(undocumented).toEqual([]);
    // Every decision's fields were found (the walk reaches into nested objects and lists).
    expect(fields).toBeGreaterThan(120);
    const need = parameterFields('classifyNeed');
    expect(need.get('classifyNeed(input).childInNeed')).toMatch(/section 17/);
    expect(need.get('classifyNeed(input).fgm.disclosedByGirl')).toMatch(/FGM/);
    expect(parameterFields('statutoryTimeline').get('statutoryTimeline(input).events[].type')).toMatch(/What happened/);
    expect(parameterFields('assessNeedToKnow').get('assessNeedToKnow(input).childMissing')).toMatch(/missing/);
  });

  it('ids and vocabularies are unions of literals in the declarations (indicator ids by name), so an editor completes them', () => {
    const text = (path: string, name: string) => {
      const symbol = exports.get(name)!;
      const signature = checker!.getSignaturesOfType(checker!.getTypeOfSymbol(symbol), ts.SignatureKind.Call)[0]!;
      const input = checker!.getNonNullableType(checker!.getTypeOfSymbol(signature.getParameters()[0]!));
      const field = checker!.getPropertyOfType(input, path)!;
      return checker!.typeToString(checker!.getNonNullableType(checker!.getTypeOfSymbol(field)));
    };
    expect(text('indicators', 'classifyNeed')).toBe('readonly NeedIndicatorId[]');
    // A short vocabulary may print as its literals: either way an editor completes it.
    expect(text('childStatus', 'assessNeedToKnow')).toMatch(/^readonly (ChildStatus|\("looked-after" \| "care-leaver" \| "child-in-need-plan" \| "child-protection-plan"\))\[\]$/);
    expect(text('subject', 'assessNationalAlert')).toMatch(/^(AlertSubject|"child" \| "unborn-child" \| "vulnerable-adult")$/);
    expect(text('reporterRole', 'classifyNeed')).not.toBe('string');
    expect(text('asOf', 'assessNeedToKnow')).toBe('string');
    // NeedIndicatorId is the catalogue's ids, each a string literal.
    const id = checker!.getDeclaredTypeOfSymbol(exports.get('NeedIndicatorId')!);
    const members = id.isUnion() ? id.types : [id];
    expect(members.every((t) => t.isStringLiteral())).toBe(true);
    expect(members.map((t) => (t as ts.StringLiteralType).value).sort()).toEqual(needIndicators.map((i) => i.id).sort());
  });
});
