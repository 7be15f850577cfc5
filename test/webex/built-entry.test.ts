// The built `webex` entry, loaded by name as a user loads it, with `import` and with `require`:
// it shares the main entry's code (one PolicyInputError class) and stays browser-safe.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/webex/index';

const root = resolve(__dirname, '../..');
const built = (file: string) => resolve(root, 'dist', file);

beforeAll(() => {
  if (!existsSync(built('webex.js')) || !existsSync(built('webex.cjs'))) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

const body = `
let error;
try { webex.snapshotsFromWebexPeople(null); } catch (caught) { error = caught; }
const paid = 'Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvb3JnLTE6RUVfNWE3ZDljOWU';
const result = webex.snapshotFromWebexPerson({ id: 'p1', licenses: [paid], status: 'pending' });
const plan = main.planActivation({ autoSendActivationEmails: false }, [result.value]);
console.log(JSON.stringify({
  exports: Object.keys(webex).filter((key) => key !== 'default' && key !== '__esModule').sort(),
  sharedError: error instanceof main.PolicyInputError,
  errorName: error && error.name,
  result,
  kinds: plan.decisions.map((decision) => decision.kind),
}));
`;

function run(args: readonly string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('the built webex entry', () => {
  const expected = {
    exports: Object.keys(source).sort(),
    sharedError: true,
    errorName: 'PolicyInputError',
    result: { ok: true, value: { id: 'p1', license: 'paid', previousLicense: null, hasSignedIn: false, invitedAt: null } },
    kinds: ['manual-required'],
  };

  it('works by name with import', () => {
    const script = `import * as webex from 'activation-email-policy/webex';
import * as main from 'activation-email-policy';
${body}`;
    expect(run(['--input-type=module', '--eval', script])).toEqual(expected);
  });

  it('works by name with require', () => {
    const script = `const webex = require('activation-email-policy/webex');
const main = require('activation-email-policy');
${body}`;
    expect(run(['--input-type=commonjs', '--eval', script])).toEqual(expected);
  });

  it('imports the main entry instead of carrying a copy, and no Node built-in', () => {
    for (const file of ['webex.js', 'webex.cjs']) {
      const code = readFileSync(built(file), 'utf8');
      expect(code, file).not.toMatch(/class PolicyInputError|function parseUserSnapshot|function decide\b/);
      expect(code, file).toMatch(file.endsWith('.js') ? /from '\.\/index\.js'/ : /require\('\.\/index\.cjs'\)/);
      expect(code, file).not.toMatch(/\bBuffer\b|require\('node:|from 'node:|\batob\b/);
    }
  });
});
