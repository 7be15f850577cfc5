// Installs the packed tarball into a scratch folder and uses it by name, as a user would,
// with `import` and with `require`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, ROOT, run } from '../support/packed';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'aep-packed-'));
  // With fast-check, as users of the testing kit install it (the kit's optional peer dependency).
  const fastCheck = JSON.parse(readFileSync(join(ROOT, 'node_modules/fast-check/package.json'), 'utf8')) as { version: string };
  installPacked(scratch, [`fast-check@${fastCheck.version}`]);
}, 240_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const script = (load: string) => `
${load}
const off = { autoSendActivationEmails: false };
const decision = api.decide(off, { id: 'u1', license: 'paid', hasSignedIn: false });
let error;
try { api.decide({}, { id: '' }); } catch (caught) { error = caught; }
const plan = api.planActivation({}, [{ id: 'a', license: 'free', hasSignedIn: false }, null]);
console.log(JSON.stringify({
  decision,
  errorIsPolicyInputError: error instanceof api.PolicyInputError && error instanceof Error,
  errorName: error && error.name,
  invalid: plan.invalid.map((item) => item.index),
  kinds: api.OUTCOME_KINDS,
  frozenDefaults: Object.isFrozen(api.DEFAULT_ORG_SETTINGS),
}));
`;

describe('the packed package, installed by name', () => {
  const expected = {
    decision: {
      kind: 'manual-required',
      userId: 'u1',
      rule: 'new-user',
      trigger: 'new-user',
    },
    errorIsPolicyInputError: true,
    errorName: 'PolicyInputError',
    invalid: [1],
    frozenDefaults: true,
  };

  it('works with import (ESM)', () => {
    writeFileSync(join(scratch, 'esm.mjs'), script(`import * as api from '${manifest.name}';`));
    const out = JSON.parse(run('node', ['esm.mjs'], scratch)) as Record<string, unknown>;
    expect(out).toMatchObject(expected);
    expect(out['kinds']).toHaveLength(6);
  });

  it('works with require (CommonJS)', () => {
    writeFileSync(join(scratch, 'cjs.cjs'), script(`const api = require('${manifest.name}');`));
    const out = JSON.parse(run('node', ['cjs.cjs'], scratch)) as Record<string, unknown>;
    expect(out).toMatchObject(expected);
  });

  it('resolves every code entry of the exports map both ways', () => {
    const entries = Object.keys(manifest.exports).filter((key) => !key.endsWith('.json'));
    expect(entries).toContain('.');
    for (const entry of entries) {
      const specifier = entry === '.' ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
      writeFileSync(
        join(scratch, 'entry.mjs'),
        `const m = await import('${specifier}'); console.log(Object.keys(m).length);`,
      );
      writeFileSync(join(scratch, 'entry.cjs'), `console.log(Object.keys(require('${specifier}')).length);`);
      expect(Number(run('node', ['entry.mjs'], scratch)), `${specifier} (import)`).toBeGreaterThan(0);
      expect(Number(run('node', ['entry.cjs'], scratch)), `${specifier} (require)`).toBeGreaterThan(0);
    }
  });

  it('reads files with the formats entry in Node, with import and with require', () => {
    const read = `
const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,license,previousLicense,hasSignedIn,invitedAt\\r\\nzoé,paid,,false,\\r\\n', 'utf16le')]);
const decoded = formats.decodeText(new Uint8Array(bytes));
const input = formats.readUsersFromText(decoded.text);
console.log(JSON.stringify({ records: input.records, sample: formats.SAMPLE_USERS.length }));
`;
    writeFileSync(join(scratch, 'formats.mjs'), `import * as formats from '${manifest.name}/formats';${read}`);
    writeFileSync(join(scratch, 'formats.cjs'), `const formats = require('${manifest.name}/formats');${read}`);
    const expected = {
      records: [{ location: { kind: 'line', line: 2 }, value: { id: 'zoé', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null } }],
      sample: 36,
    };
    expect(JSON.parse(run('node', ['formats.mjs'], scratch))).toEqual(expected);
    expect(JSON.parse(run('node', ['formats.cjs'], scratch))).toEqual(expected);
  });

  it('ships no tests, sources or configuration', () => {
    const installed = join(scratch, 'node_modules', manifest.name);
    const top = readdirSync(installed).sort();
    expect(top).not.toContain('src');
    expect(top).not.toContain('test');
    expect(top).toContain('dist');
    expect(top).toContain('package.json');
  });
});
