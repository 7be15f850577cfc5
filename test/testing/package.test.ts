// How the testing kit is packaged: the main entry never pulls in the kit or fast-check (a
// browser bundle of it holds neither), the kit keeps fast-check as a peer and shares the main
// entry's code, so an error the kit throws is an `instanceof` the main entry's class, in ESM
// and in CommonJS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
};
const dist = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');

beforeAll(() => {
  if (!existsSync(join(root, 'dist/testing.cjs'))) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  }
}, 240_000);

/** Bundles `entry` for the browser; returns the code and every file that went into it. */
async function bundleForBrowser(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe('the main entry in a browser bundle', () => {
  it.each([['src/index.ts'], ['dist/index.js']])('%s pulls in neither the kit nor fast-check nor Node built-ins', async (entry) => {
    const { code, inputs } = await bundleForBrowser(join(root, entry));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => /fast-check|[\\/]testing[\\/]|^node:/.test(input))).toEqual([]);
    expect(code).not.toMatch(/fast-check|\bfc\.(?:assert|property|oneof)\b/);
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/);
    expect(code).not.toMatch(/arbUserSnapshot|userSnapshot\(\) overrides/);
  });

  it('the built CommonJS main entry does not require fast-check either', () => {
    expect(dist('index.cjs')).not.toMatch(/fast-check/);
  });
});

describe('the built kit', () => {
  it('loads fast-check instead of bundling it, never statically, and loads the main entry beside it', () => {
    const esm = dist('testing.js');
    const cjs = dist('testing.cjs');
    // A static import would make the whole kit fail to load where fast-check is missing.
    expect(esm).not.toMatch(/^import [^;]*from 'fast-check';$/m);
    expect(esm.match(/\bimport\('fast-check'\)/g)).toHaveLength(1);
    expect(esm).toMatch(/^import \{[^}]*\bPolicyInputError\b[^}]*\} from '\.\/index\.js';$/m);
    expect(cjs.match(/require\(["']fast-check["']\)/g)).toHaveLength(1);
    expect(cjs).toMatch(/^var \w+ = require\('\.\/index\.cjs'\);$/m);
    expect(cjs).not.toMatch(/\bimport\(|\bawait import\b/);
    // No second copy of the library: the class and the parsers come from the main entry only.
    for (const code of [esm, cjs]) {
      expect(code).not.toMatch(/class PolicyInputError|function parseUserSnapshot|function parseInstant/);
      expect(code.length).toBeLessThan(40_000);
    }
  });
});

// A project with the package installed: the package's manifest and build copied in (as
// `npm install` would), its dependencies and, when asked, fast-check linked from this checkout.
// Links resolve to their real place, so a linked package finds its own dependencies there; the
// copied package finds only what the project holds.
let scratch = '';

function project(name: string, withFastCheck: boolean): string {
  const dir = join(scratch, name);
  const modules = join(dir, 'node_modules');
  const installed = join(modules, manifest.name);
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true }));
  copyFileSync(join(root, 'package.json'), join(installed, 'package.json'));
  cpSync(join(root, 'dist'), join(installed, 'dist'), { recursive: true });
  const linked = [...Object.keys(manifest.dependencies ?? {}), ...(withFastCheck ? ['fast-check'] : [])];
  for (const dependency of linked) {
    symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency), 'dir');
  }
  return dir;
}

function runNode(dir: string, file: string, source: string): Record<string, unknown> {
  writeFileSync(join(dir, file), source);
  const out = execFileSync('node', [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as Record<string, unknown>;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'aep-kit-'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const usesBothEntries = (load: string) => `
${load}
let thrown;
try { kit.userSnapshot({ remindersSent: -1 }); } catch (error) { thrown = error; }
let decided;
try { main.decide(kit.orgSettings(), { id: '' }); } catch (error) { decided = error; }
const inputs = kit.fc.sample(kit.arbDecisionInput('manual-required'), { seed: 1, numRuns: 200 });
console.log(JSON.stringify({
  kitErrorIsMainClass: thrown instanceof main.PolicyInputError,
  kitErrorPath: thrown.issues[0].path,
  mainErrorIsMainClass: decided instanceof main.PolicyInputError,
  allManual: inputs.every(({ settings, user }) => main.decide(settings, user).kind === 'manual-required'),
}));
`;

describe('a project that installed the package and fast-check', () => {
  const expected = { kitErrorIsMainClass: true, kitErrorPath: ['remindersSent'], mainErrorIsMainClass: true, allManual: true };

  it('sees one PolicyInputError class across both entries with import (ESM)', () => {
    const dir = project('esm-user', true);
    const load = `import * as main from '${manifest.name}';
import * as testing from '${manifest.name}/testing';
import fc from 'fast-check';
const kit = { ...testing, fc };`;
    expect(runNode(dir, 'both.mjs', usesBothEntries(load))).toEqual(expected);
  });

  it('sees one PolicyInputError class across both entries with require (CommonJS)', () => {
    const dir = project('cjs-user', true);
    const load = `const main = require('${manifest.name}');
const kit = { ...require('${manifest.name}/testing'), fc: require('fast-check') };`;
    expect(runNode(dir, 'both.cjs', usesBothEntries(load))).toEqual(expected);
  });
});

// Without fast-check: test/testing/packed-kit.test.ts, with the packed tarball.

describe('the built declarations, in a TypeScript project', () => {
  // The published .d.ts files, not the sources: literal builder types, fast-check's types and
  // the main entry's types must all come through, under Node's own module resolution, from an
  // ES module (.mts) and a CommonJS one (.cts) alike.
  const right = `import fc from 'fast-check';
import { decide, PolicyInputError, type Decision, type UserSnapshot } from '${manifest.name}';
import { arbDecisionInput, arbInvalidUserSnapshot, orgSettings, userSnapshot } from '${manifest.name}/testing';

const user = userSnapshot({ license: 'free', invitedAt: '2026-05-01T08:30:00Z' });
const license: 'free' = user.license;
const asSnapshot: UserSnapshot = user;
const off: false = orgSettings({ autoSendActivationEmails: false }).autoSendActivationEmails;
const decision: Decision = decide(orgSettings(), asSnapshot);
fc.assert(fc.property(arbDecisionInput('manual-required'), ({ settings, user }) => decide(settings, user).kind === 'manual-required'));
fc.assert(fc.property(arbInvalidUserSnapshot(), ({ value, path }) => typeof value !== 'symbol' && path.length >= 0));
try { userSnapshot({ remindersSent: -1 }); } catch (error) { if (error instanceof PolicyInputError) error.issues[0].path; }
// @ts-expect-error a typo in an override is a compile error
userSnapshot({ hasSignedin: true });
export { license, off, decision };
`;
  // One wrong line per type that must be real: were a declaration lost on the way (its type
  // turned to any, which lib checks skipped would not report), its line would compile.
  const wrong = `import fc from 'fast-check';
import { decide, type UserSnapshot } from '${manifest.name}';
import { arbUserSnapshot, orgSettings, userSnapshot } from '${manifest.name}/testing';
const a: 'paid' = userSnapshot({ license: 'free' }).license;
const b: UserSnapshot = { id: 1, license: 'paid', hasSignedIn: false };
const c: 'nope' = decide(orgSettings(), userSnapshot()).kind;
const d: fc.Arbitrary<number> = arbUserSnapshot();
const e: true = orgSettings({ autoSendActivationEmails: false }).autoSendActivationEmails;
export { a, b, c, d, e };
`;

  it('type-checks a user of both entries (nodenext, strict), and reports each wrong use', () => {
    const dir = project('types-user', true);
    const files = { 'esm.mts': right, 'cjs.cts': right, 'wrong.mts': wrong };
    for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], skipLibCheck: true },
        files: Object.keys(files),
      }),
    );
    let output = '';
    try {
      execFileSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const reported = output
      .trim()
      .split('\n')
      .filter((line) => !/^\s/.test(line)) // an error's explanation continues on indented lines
      .map((line) => /^([\w.]+)\((\d+),\d+\): error TS\d+/.exec(line)?.slice(1, 3).join(':') ?? line);
    expect(reported).toEqual(['wrong.mts:4', 'wrong.mts:5', 'wrong.mts:6', 'wrong.mts:7', 'wrong.mts:8']);
  }, 60_000);
});
