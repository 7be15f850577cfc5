// ts-pattern builds a matcher object on every call: fine where code branches a few times per
// request (messages), too costly once per user in a batch of millions. The per-user exports
// must not reach it, nor anything else outside the policy, input, planning and checklist code.

import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** The source files a browser bundle of `import { names } from the main entry` holds. */
async function graphOf(names: readonly string[]): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './src/index';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
}

describe('the per-user path', () => {
  it.each([
    ['decide', 'src/policy/decide.ts'],
    ['decideEach', 'src/planning/decide-each.ts'],
    ['planActivation', 'src/planning/plan-activation.ts'],
    ['parseUserSnapshot', 'src/input/user-snapshot.ts'],
  ])('%s bundles only the policy, input, planning and checklist code', async (name, own) => {
    const inputs = await graphOf([name]);
    expect(inputs).toContain(own); // the graph was read: its own file is in it
    expect(inputs.filter((path) => !/^src\/(policy|input|planning|manual-email\/checklist\.ts)/.test(path))).toEqual([]);
  });
});
