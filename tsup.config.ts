import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

// A sub-entry (such as `webex` or `formats`) reaches the main entry through `../index` only. The build keeps
// that import as an import of the built main entry beside it, so every entry shares one copy of
// the main entry (one PolicyInputError class: `instanceof` holds whichever entry threw).
const MAIN_ENTRY = resolve('src/index.ts');
const shareMainEntry: Plugin = {
  name: 'share-main-entry',
  setup(build) {
    // With treeshake on, tsup has esbuild write ESM for both formats (rollup makes the CJS), so
    // the output extension, not `format`, says which build this is.
    const builtMainEntry = `./index${build.initialOptions.outExtension?.['.js'] ?? '.js'}`;
    build.onResolve({ filter: /^\.\.?\/(?:\.\.\/)*index(?:\.ts)?$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolve(args.resolveDir, args.path);
      return target === MAIN_ENTRY || `${target}.ts` === MAIN_ENTRY
        ? { path: builtMainEntry, external: true }
        : undefined;
    });
  },
};

// The testing kit loads fast-check (an optional peer) through `src/testing/fast-check.ts`, with a
// top-level await that CommonJS cannot hold: the CommonJS build takes `fast-check.cjs.ts` instead.
const KIT_FAST_CHECK = resolve('src/testing/fast-check.ts');
const kitFastCheckLoader: Plugin = {
  name: 'kit-fast-check-loader',
  setup(build) {
    if (build.initialOptions.outExtension?.['.js'] !== '.cjs') return;
    build.onResolve({ filter: /^\.\/fast-check$/ }, (args) =>
      resolve(args.resolveDir, `${args.path}.ts`) === KIT_FAST_CHECK
        ? { path: resolve(args.resolveDir, 'fast-check.cjs.ts') }
        : undefined,
    );
  },
};

// The library: browser-safe entries, ESM + CJS + types.
const library: Options = {
  entry: {
    index: 'src/index.ts',
    webex: 'src/webex/index.ts',
    formats: 'src/formats/index.ts',
    journal: 'src/journal/index.ts',
    compose: 'src/compose/index.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // No clean: several builds may run side by side while developing; CI starts from a fresh clone.
  clean: false,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
  esbuildPlugins: [shareMainEntry, kitFastCheckLoader],
};

// The command line (`bin`): one self-contained ESM file for Node, run as a program. It bundles
// the library code it uses, so it never depends on the order the two builds finish in.
const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  treeshake: true,
  // Each command's code, and the packages it imports (csv-parse, nodemailer), in chunks of their
  // own that load when the command runs: `--help` and `--version` load none of them.
  splitting: true,
  esbuildOptions(options) {
    options.chunkNames = 'cli-chunks/[name]-[hash]';
  },
  banner: { js: '#!/usr/bin/env node' },
};

export default defineConfig([library, cli]);
