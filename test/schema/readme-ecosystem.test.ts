// The snippets of docs/ecosystem.md ("In other tools"), run as a user would: by package name, against the
// build (npm test builds first), in a plain Node process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const section = readFileSync(join(ROOT, 'docs', 'ecosystem.md'), 'utf8');
const snippets = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Runs an ES module inside the package folder (so the package resolves by its own name). */
function runModule(name: string, code: string): string {
  const dir = join(ROOT, 'temp', 'readme');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, transformSync(code, { loader: 'ts', format: 'esm', target: 'esnext' }).code);
  return execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
}

describe('docs/ecosystem.md', () => {
  it('has its two snippets', () => {
    expect(section).toContain('# In other tools');
    expect(snippets).toHaveLength(2);
  });

  it('runs the tRPC snippet against the build', () => {
    const output = runModule(
      'trpc.mjs',
      `${snippets[0]}
const caller = t.createCallerFactory(router)({});
console.log(JSON.stringify((await caller.decide({ id: 'u1', license: 'paid', hasSignedIn: false })).kind));
const failure = await caller.decide({ id: 'u1', license: 'gold', hasSignedIn: false }).catch((error) => error);
console.log(JSON.stringify([failure.code, failure.cause.issues]));
`,
    );
    expect(output.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toStrictEqual([
      'auto-send',
      ['BAD_REQUEST', [{ path: ['license'], message: 'must be "free" or "paid" (received "gold")' }]],
    ]);
  });

  it('runs the Ajv snippet on the shipped schema', () => {
    const output = runModule(
      'ajv.mjs',
      `${snippets[1]}
console.log(JSON.stringify([
  validate({ id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' }),
  validate({ id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-02-30T08:30:00Z' }),
]));
`,
    );
    expect(JSON.parse(output)).toStrictEqual([true, false]);
  });
});
