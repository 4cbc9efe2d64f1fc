/**
 * Turns one TSDoc `@example` into an ES module that runs against the built
 * package, for test/package/tsdoc.test.ts.
 *
 * - The example may import what it needs, as a reader would write it
 *   (`import * as fc from 'fast-check'`, `import { isWorkingDay } from
 *   'luton-safeguarding-rules/calendar'`): the package's own entries point at
 *   dist/, other packages at what this project has installed. Every export of
 *   the example's own entry is in scope without an import, as in an editor
 *   hover where the example sits beside the export.
 * - A top-level expression followed by a comment that starts with a value
 *   (`addWorkingDays('2026-12-18', 5) // '2026-12-29' (…)`) states its
 *   result, so the module checks it: a documented result that is wrong fails
 *   the test like an example that throws. Text after the value is prose.
 */
import ts from 'typescript';

/** The name under which the module finds the result check (set by the test). */
export const CHECK = '__tsdocExampleResult';

export interface ExampleModuleOptions {
  /** The example's text, without the `@example` tag. */
  code: string;
  /** The names every export of the example's entry goes by. */
  entryNames: readonly string[];
  /** The URL of the example's entry in dist/. */
  entryUrl: string;
  /** Where an import of `specifier` points (undefined: the example may not import it). */
  resolve(specifier: string): string | undefined;
}

/** The TypeScript source of the module; throws when the example imports a package it may not. */
export function exampleModule({ code, entryNames, entryUrl, resolve }: ExampleModuleOptions): string {
  const body = code.replace(/^```\w*\n?|```$/gm, '');
  const source = ts.createSourceFile('example.ts', body, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const imported = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const url = resolve(specifier);
      if (url === undefined) throw new Error(`the example imports ${JSON.stringify(specifier)}, which it cannot rely on`);
      edits.push({ start: statement.moduleSpecifier.getStart(source), end: statement.moduleSpecifier.end, text: JSON.stringify(url) });
      for (const name of boundNames(statement)) imported.add(name);
    } else if (ts.isExpressionStatement(statement)) {
      const stated = statedResult(body, statement.end);
      if (stated === undefined) continue;
      const expression = body.slice(statement.expression.getStart(source), statement.expression.end);
      const line = source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1;
      edits.push({
        start: statement.getStart(source),
        end: stated.end,
        text: `globalThis.${CHECK}(() => (${expression}), () => (${stated.value}), ${JSON.stringify(`line ${line}: ${expression.trim()} // ${stated.value}`)});`,
      });
    }
  }
  let text = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const inScope = entryNames.filter((n) => !imported.has(n));
  return `import { ${inScope.join(', ')} } from ${JSON.stringify(entryUrl)};\n${text}\nexport {};`;
}

/** The local names an import declaration binds. */
function boundNames(statement: ts.ImportDeclaration): string[] {
  const clause = statement.importClause;
  if (!clause) return [];
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name.text));
  return names;
}

/**
 * The value a statement's trailing comment states, as source text, and where
 * the comment ends. A value is a quoted string, a number, `true`, `false`,
 * `null`, `undefined`, or an object or array literal; one that does not close
 * on its line may go on in the `//` lines just below it.
 */
function statedResult(text: string, statementEnd: number): { value: string; end: number } | undefined {
  const comment = ts.getTrailingCommentRanges(text, statementEnd)?.[0];
  if (!comment || comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
  let stated = text.slice(comment.pos + 2, comment.end).trim();
  let end = comment.end;
  const simple = /^('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null|undefined)(?![\w$.'"])/.exec(stated);
  if (simple) return { value: simple[1]!, end };
  if (!/^[[{]/.test(stated)) return undefined;
  for (;;) {
    const close = closingBracket(stated);
    if (close !== undefined) return { value: stated.slice(0, close + 1), end };
    const next = /^\n[ \t]*\/\/(.*)/.exec(text.slice(end));
    if (!next) return undefined;
    stated += ` ${next[1]!.trim()}`;
    end += next[0].length;
  }
}

/** The index of the bracket that closes the one `text` starts with (strings skipped), if any. */
function closingBracket(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}
