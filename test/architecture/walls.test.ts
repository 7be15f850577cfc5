// The walls the layout promises, read from the import graph as esbuild resolves it (the bundler
// the package and the page are built with), so a crossed wall fails here before anyone reviews it:
// - the policy imports nothing from the layers built on it, nor the shells;
// - the main entry reaches no Node built-in and no dependency (it runs in any browser as is);
// - the command line and the preview page use the package's public entries only.
import { build, type Metafile } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };

/** The layers above the policy, and the shells: none of them may be under it. */
const ABOVE_THE_POLICY = /^(src\/(planning|preview|reminders|messages|manual-email|webex|formats|journal|compose|testing|cli)\/|examples\/)/;
/** The public entries the command line is built on: the only files of src it may import. */
const CLI_ENTRIES = ['src/index.ts', 'src/formats/index.ts', 'src/webex/index.ts', 'src/journal/index.ts', 'src/compose/index.ts'];
/** What the page may import by name: the package and the subpaths of its exports map. */
const PUBLIC_SPECIFIERS = Object.keys(PACKAGE.exports).map((subpath) => (subpath === '.' ? PACKAGE.name : `${PACKAGE.name}/${subpath.slice(2)}`));

interface Source {
  /** A path from the repository root, as the metafile names it. */
  readonly path: string;
  /** Its contents, to test the checks on a wall crossed on purpose. */
  readonly contents?: string;
}

/**
 * The import graph of `sources` (every file they reach), for Node so that a built-in shows as an
 * import rather than failing the build; dependencies and the package's own name stay outside,
 * as imports the checks can see.
 */
async function importGraph(sources: readonly Source[]): Promise<Metafile> {
  const stdin = sources.find((source) => source.contents !== undefined);
  const result = await build({
    ...(stdin === undefined
      ? { entryPoints: sources.map((source) => join(ROOT, source.path)) }
      : {
          stdin: {
            contents: stdin.contents!,
            sourcefile: stdin.path.slice(stdin.path.lastIndexOf('/') + 1),
            resolveDir: join(ROOT, stdin.path, '..'),
            loader: 'ts',
          },
        }),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    outdir: join(ROOT, 'out'),
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    // Type checking maps the package's name to src/; the graph must see the name as written.
    tsconfigRaw: {},
    logLevel: 'silent',
  });
  return result.metafile;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length + 1).split('\\').join('/'));
}

/** Files of the policy's graph that sit above it. */
function policyCrossings(graph: Metafile): string[] {
  return Object.keys(graph.inputs).filter((path) => ABOVE_THE_POLICY.test(path));
}

/**
 * The imports of a file that the bundle keeps. A TypeScript import whose names are only types
 * is dropped by esbuild and shows as an unresolved relative path: it reaches nothing.
 */
function importsOf(input: Metafile['inputs'][string]): Metafile['inputs'][string]['imports'] {
  return input.imports.filter((imported) => !(imported.external === true && imported.path.startsWith('.')));
}

/** Every import of the main entry's graph that leaves src/: a Node built-in, a dependency. */
function mainEntryCrossings(graph: Metafile): string[] {
  const out: string[] = [];
  for (const [file, input] of Object.entries(graph.inputs)) {
    if (!file.startsWith('src/')) out.push(file);
    for (const imported of importsOf(input)) if (imported.external === true) out.push(`${file} -> ${imported.path}`);
  }
  return out;
}

/** Imports from `shell` files into src/ that go past a public entry. */
function shellCrossings(graph: Metafile, shell: string): string[] {
  const out: string[] = [];
  for (const [file, input] of Object.entries(graph.inputs)) {
    if (!file.startsWith(shell)) continue;
    for (const imported of importsOf(input)) {
      if (imported.external === true) {
        // A package by name: for the page, only the package's own public specifiers.
        const own = imported.path === PACKAGE.name || imported.path.startsWith(`${PACKAGE.name}/`);
        if (own && !PUBLIC_SPECIFIERS.includes(imported.path)) out.push(`${file} -> ${imported.path}`);
        continue;
      }
      if (imported.path.startsWith(shell)) continue;
      if (shell === 'src/cli/' && CLI_ENTRIES.includes(imported.path)) continue;
      out.push(`${file} -> ${imported.path}`);
    }
  }
  return out;
}

describe('the policy', () => {
  const policy = filesUnder('src/policy');

  it('imports nothing from planning, preview, reminders, messages, the manual email, webex, formats, testing, the command line or the page', async () => {
    expect(policy).toContain('src/policy/decide.ts');
    const graph = await importGraph(policy.map((path) => ({ path })));
    expect(Object.keys(graph.inputs)).toContain('src/policy/rules.ts');
    expect(policyCrossings(graph)).toEqual([]);
  });

  it.each(['planning/decide-each', 'messages/explain', 'manual-email/check-manual-email', 'formats/index', 'cli/run'])('a policy file importing src/%s would fail it', async (target) => {
    const graph = await importGraph([{ path: 'src/policy/crossing.ts', contents: `export * from '../${target}';` }]);
    expect(policyCrossings(graph)).toContain(`src/${target}.ts`);
  });
});

describe('the main entry', () => {
  it('reaches no Node built-in and no dependency', async () => {
    const graph = await importGraph([{ path: 'src/index.ts' }]);
    expect(Object.keys(graph.inputs).length).toBeGreaterThan(20);
    expect(mainEntryCrossings(graph)).toEqual([]);
  });

  it.each([
    ['a Node built-in', "export { readFileSync } from 'node:fs';", 'node:fs'],
    ['a dependency', "export { parse } from 'csv-parse/browser/esm/sync';", 'csv-parse/browser/esm/sync'],
  ])('an import of %s would fail it', async (_, contents, imported) => {
    const graph = await importGraph([{ path: 'src/crossing.ts', contents: `export * from './index';\n${contents}` }]);
    expect(mainEntryCrossings(graph).some((crossing) => crossing.endsWith(`-> ${imported}`))).toBe(true);
  });
});

describe('the command line', () => {
  it('imports the public entries of src only (index, formats, webex, journal, compose), nothing deeper', async () => {
    const graph = await importGraph([{ path: 'src/cli/main.ts' }]);
    const cli = Object.keys(graph.inputs).filter((path) => path.startsWith('src/cli/'));
    expect(cli).toEqual(expect.arrayContaining(['src/cli/run.ts', 'src/cli/commands/reminders.ts', 'src/cli/input/open-input.ts']));
    const entries = new Set(
      Object.entries(graph.inputs)
        .filter(([path]) => path.startsWith('src/cli/'))
        .flatMap(([, input]) => importsOf(input).map((imported) => imported.path).filter((path) => !path.startsWith('src/cli/') && path.startsWith('src/'))),
    );
    expect([...entries].sort()).toEqual(['src/compose/index.ts', 'src/formats/index.ts', 'src/index.ts', 'src/journal/index.ts', 'src/webex/index.ts']);
    expect(shellCrossings(graph, 'src/cli/')).toEqual([]);
  });

  it.each([
    ["export { formatPath } from '../input/issue';", 'src/input/issue.ts'],
    ["export { cli } from '../messages/en';", 'src/messages/en.ts'],
    ["export { userSnapshot } from '../testing/index';", 'src/testing/index.ts'],
  ])('%s would fail it', async (contents, target) => {
    const graph = await importGraph([{ path: 'src/cli/crossing.ts', contents }]);
    expect(shellCrossings(graph, 'src/cli/')).toEqual([`src/cli/crossing.ts -> ${target}`]);
  });
});

describe('the preview page', () => {
  it('loads the package by name, through its public entries, and imports nothing of src', async () => {
    const graph = await importGraph([{ path: 'examples/preview-page/src/main.ts' }, { path: 'examples/preview-page/src/worker.ts' }]);
    const imported = Object.values(graph.inputs).flatMap((input) => importsOf(input).filter((entry) => entry.external === true).map((entry) => entry.path));
    expect(imported).toEqual(
      expect.arrayContaining(['activation-email-policy', 'activation-email-policy/formats', 'activation-email-policy/webex', 'activation-email-policy/compose']),
    );
    expect(Object.keys(graph.inputs).filter((path) => !path.startsWith('examples/preview-page/'))).toEqual([]);
    expect(shellCrossings(graph, 'examples/preview-page/')).toEqual([]);
  });

  it.each([
    ["export { SAMPLE_USERS } from '../../../src/formats';", 'examples/preview-page/src/crossing.ts -> src/formats/index.ts'],
    [
      "export { decide } from 'activation-email-policy/src/policy/decide';",
      'examples/preview-page/src/crossing.ts -> activation-email-policy/src/policy/decide',
    ],
  ])('%s would fail it', async (contents, crossing) => {
    const graph = await importGraph([{ path: 'examples/preview-page/src/crossing.ts', contents }]);
    expect(shellCrossings(graph, 'examples/preview-page/')).toContain(crossing);
  });
});
