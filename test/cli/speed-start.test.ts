// What `--help` loads: dist/cli.js's static import graph (what Node loads before the first line
// runs) reaches none of the modules a command needs (csv-parse, nodemailer, node:crypto,
// node:net): those load with the command, through dynamic import().
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI } from './support/run-cli';

/** The specifiers of a built ES module's static imports and re-exports, not its import() calls. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;\n])\s*(?:import|export)\s+(?:[^'";()]*?\sfrom\s*)?['"]([^'"]+)['"]/g)) found.push(match[1]!);
  return found;
}

/** Every module a file loads before it runs: relative ones followed, the others listed. */
function graph(file: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (path: string): void => {
    if (files.includes(path)) return;
    files.push(path);
    for (const specifier of staticImports(readFileSync(path, 'utf8'))) {
      if (specifier.startsWith('.')) visit(resolve(dirname(path), specifier));
      else packages.add(specifier.replace(/^node:/, ''));
    }
  };
  visit(file);
  return { files, packages: [...packages].sort() };
}

beforeAll(assertBuilt);

describe('the start of the built command line', () => {
  it('reads static imports and leaves import() calls', () => {
    expect(staticImports("import { a } from './a.js';\nimport b from \"b\";\nimport 'c';\nexport { d } from './d.js';\nconst e = await import('e');")).toEqual([
      './a.js',
      'b',
      'c',
      './d.js',
    ]);
  });

  it('loads neither csv-parse, nor nodemailer, nor node:crypto or node:net before it runs', () => {
    const { files, packages } = graph(CLI);
    expect(packages.filter((name) => /^(csv-parse|nodemailer|crypto|net|tls)(\/|$)/.test(name))).toEqual([]);
    // The commands themselves are in a file of their own, loaded when one runs.
    const loaded = files.map((path) => readFileSync(path, 'utf8')).join('\n');
    expect(loaded).not.toContain('smtp');
    expect(join(CLI)).toBe(files[0]);
  });
});
