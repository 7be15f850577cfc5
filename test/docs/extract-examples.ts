import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One `@example` block of a TSDoc comment, as written. */
export interface DocExample {
  /** The source file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The name of the declaration the comment documents (`Class.member` inside a class or interface). */
  readonly symbol: string;
  /** The 1-based line of the `@example` tag. */
  readonly line: number;
  /** The code, the leading ` * ` of each comment line removed. */
  readonly code: string;
}

/** One `//=>` line: the value the expression statement just above it must deep-equal. */
export interface ShownResult {
  /** Offset of the `//=>` in the example's code. */
  readonly offset: number;
  /** 1-based line in the example's code. */
  readonly line: number;
  /** The JavaScript literal, joined from its `//=>` line and any `// ` continuation lines. */
  readonly literal: string;
}

/** Every `.ts` file under `dir`, sorted, so test names come in a stable order. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function declarationName(node: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((declaration) => declaration.name.getText(sourceFile)).join(', ');
  }
  const name = (node as { name?: ts.Node }).name;
  if (name === undefined) return ts.isConstructorDeclaration(node) ? 'constructor' : undefined;
  return name.getText(sourceFile);
}

/**
 * Every `@example` block of every TSDoc comment in `files`, with the declaration it documents.
 * The TypeScript parser finds the comments, so a `/**` inside a string never counts.
 */
export function extractExamples(files: readonly string[], root: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const file = relative(root, path).split('\\').join('/');
    const visit = (node: ts.Node, owner: string | undefined): void => {
      const name = declarationName(node, sourceFile);
      const jsDocs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
      for (const doc of jsDocs) {
        const symbol = name === undefined ? '(anonymous)' : owner === undefined ? name : `${owner}.${name}`;
        examples.push(...examplesOf(text.slice(doc.pos, doc.end), doc.pos, text, file, symbol));
      }
      const isContainer =
        ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node);
      ts.forEachChild(node, (child) => visit(child, isContainer && name !== undefined ? name : owner));
    };
    ts.forEachChild(sourceFile, (child) => visit(child, undefined));
  }
  return examples;
}

function examplesOf(comment: string, start: number, text: string, file: string, symbol: string): DocExample[] {
  const firstLine = text.slice(0, start).split('\n').length;
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/^\s*\*?$/, ''));
  const out: DocExample[] = [];
  let current: { line: number; code: string[] } | undefined;
  const close = (): void => {
    if (current === undefined) return;
    // Trailing blank lines belong to the comment, not the code; a fenced block loses its fence.
    const code = current.code.filter((line) => !/^```/.test(line.trim())).join('\n').trimEnd();
    out.push({ file, symbol, line: current.line, code });
    current = undefined;
  };
  lines.forEach((line, index) => {
    const tag = /^@(\w+)/.exec(line.trim());
    if (tag !== null) {
      close();
      if (tag[1] === 'example') {
        current = { line: firstLine + index, code: [] };
        // Text after `@example` on the same line is a title, not code.
      }
      return;
    }
    current?.code.push(line);
  });
  close();
  return out;
}

/** The depth of open brackets in a piece of JavaScript, strings and comments skipped. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
  }
  return depth;
}

/**
 * The `//=>` lines of an example. A literal that opens a bracket continues on the following
 * lines that start with `//`, until its brackets close.
 */
export function shownResults(code: string): ShownResult[] {
  const results: ShownResult[] = [];
  const lines = code.split('\n');
  let offset = 0;
  const offsets = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const start = line.indexOf('//=>');
    if (start === -1 || line.slice(0, start).trim() !== '') continue;
    let literal = line.slice(start + 4).trim();
    const first = index;
    while (openBrackets(literal) > 0 && index + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[index + 1]!)) {
      index += 1;
      literal += `\n${lines[index]!.replace(/^\s*\/\/ ?/, '')}`;
    }
    results.push({ offset: offsets[first]! + start, line: first + 1, literal });
  }
  return results;
}

/** The expression statements of a piece of TypeScript, innermost included. */
function expressionStatements(sourceFile: ts.SourceFile): ts.ExpressionStatement[] {
  const out: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

/**
 * Rewrites an example so that each expression statement followed by `//=>` becomes a call
 * `__shown(index, expression, literal)`. Throws when a `//=>` does not directly follow an
 * expression statement (a type alias, a declaration, a blank line): such an example shows a
 * result nothing computes.
 */
export function instrument(code: string): { readonly code: string; readonly shown: readonly ShownResult[] } {
  const shown = shownResults(code);
  const sourceFile = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const statements = expressionStatements(sourceFile);
  const edits = shown.map((result, index) => {
    const statement = statements
      .filter((candidate) => candidate.end <= result.offset && code.slice(candidate.end, result.offset).trim() === '')
      .sort((a, b) => b.end - a.end)[0];
    if (statement === undefined) {
      throw new Error(`the //=> on line ${result.line} does not follow an expression statement, so nothing computes the result it shows`);
    }
    const start = statement.expression.getStart(sourceFile);
    const end = statement.expression.end;
    return { start, end, text: `__shown(${index}, (${code.slice(start, end)}), (${result.literal}\n))` };
  });
  let out = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { code: out, shown };
}
