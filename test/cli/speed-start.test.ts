// What `--help` loads: dist/cli.js's static import graph (what Node loads before the first line
// runs) reaches none of the modules a command needs (csv-parse, nodemailer, node:crypto,
// node:net): those load with the command, through dynamic import(). And a command loads only
// itself: `plan` never loads the mail client that `send` needs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_SUMMARIES } from '../../src/cli/help';
import { loadCommand } from '../../src/cli/load-command';
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

describe('a command loads only itself', () => {
  /** The Node built-ins a run of the built program loaded, by the list Node keeps of them. */
  function builtInsLoaded(args: readonly string[]): string[] {
    const folder = mkdtempSync(join(tmpdir(), 'aep-load-'));
    const probe = join(folder, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\n@@' + JSON.stringify(process.moduleLoadList) + '\\n'));");
    const result = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { encoding: 'utf8', cwd: folder });
    const line = result.stderr.split('\n').find((text) => text.startsWith('@@'));
    expect(line, result.stderr).toBeDefined();
    return (JSON.parse(line!.slice(2)) as string[]).filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13));
  }

  it('plan loads no mail client, nor the built-ins it brings (node:tls, node:http, node:zlib, node:dns, node:crypto)', () => {
    // (node:net itself is loaded by Node for a standard output that is a pipe, as it is here.)
    const mailOnly = (names: string[]) => names.filter((name) => /^(tls|http|zlib|dns|crypto)$/.test(name));
    expect(mailOnly(builtInsLoaded(['plan', '--sample']))).toEqual([]);
    // The probe sees what a command loads: send's help loads the mail client with the command.
    expect(mailOnly(builtInsLoaded(['send', '--help']))).toEqual(expect.arrayContaining(['tls', 'http', 'zlib']));
  });

  it('finds each command by the name --help lists, and no command by any other word', async () => {
    for (const { name, summary } of COMMAND_SUMMARIES) expect(await loadCommand(name)).toMatchObject({ name, summary });
    for (const word of ['constructor', '__proto__', 'toString', 'Plan', '', undefined]) expect(loadCommand(word)).toBeUndefined();
  });
});
