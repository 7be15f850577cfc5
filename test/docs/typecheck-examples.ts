import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { DocExample } from './extract-examples';

/** The entries whose exports every example has in scope, main entry first (it wins on a clash). */
export const ENTRY_FILES = ['src/index.ts', 'src/testing/index.ts', 'src/webex/index.ts', 'src/journal/index.ts', 'src/compose/index.ts'] as const;

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
}

/**
 * Type-checks every example as a user would write it: the code in an async function, with
 * every export (values and types) of the entries, fast-check as `fc`, and the exports of the
 * example's own file in scope. Returns the diagnostics of each example, keyed by its index.
 */
export function typecheckExamples(examples: readonly DocExample[], root: string): Map<number, string[]> {
  const options = compilerOptions(root);
  // First pass: the export names of every module the examples need.
  const modules = [...new Set([...ENTRY_FILES, ...examples.map((example) => example.file)])].map((file) => join(root, file));
  const namesProgram = ts.createProgram(modules, options);
  const checker = namesProgram.getTypeChecker();
  const exportsOf = new Map<string, string[]>();
  for (const file of modules) {
    const source = namesProgram.getSourceFile(file);
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    exportsOf.set(file, symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.getName()));
  }

  const virtual = new Map<string, string>();
  examples.forEach((example, index) => {
    const path = join(root, 'test', 'docs', '.examples', `example-${index}.ts`);
    const taken = new Set<string>(['fc']);
    const lines = ["import * as fc from 'fast-check';"];
    for (const file of [...ENTRY_FILES.map((entry) => join(root, entry)), join(root, example.file)]) {
      const names = (exportsOf.get(file) ?? []).filter((name) => !taken.has(name) && name !== 'default');
      for (const name of names) taken.add(name);
      if (names.length === 0) continue;
      const specifier = `./${join('..', '..', '..', file.slice(root.length + 1)).replace(/\.ts$/, '')}`.replace('./../', '../');
      lines.push(`import { ${names.join(', ')} } from '${specifier}';`);
    }
    virtual.set(path, `${lines.join('\n')}\nexport {};\nexport async function example(): Promise<void> {\n${example.code}\n}\n`);
  });

  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => virtual.has(path) || ts.sys.fileExists(path);
  host.readFile = (path) => virtual.get(path) ?? readFile(path);
  host.getSourceFile = (path, language, onError, create) => {
    const text = virtual.get(path);
    return text === undefined ? getSourceFile(path, language, onError, create) : ts.createSourceFile(path, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host, namesProgram);
  const out = new Map<number, string[]>();
  [...virtual.keys()].forEach((path, index) => {
    const source = program.getSourceFile(path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    const preludeLines = virtual.get(path)!.split('\n').findIndex((line) => line.startsWith('export async function example'));
    out.set(
      index,
      diagnostics.map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line - preludeLines;
        return `line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  });
  return out;
}
