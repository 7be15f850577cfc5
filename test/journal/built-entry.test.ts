// The built `journal` entry, loaded by name as a user loads it, with `import` and with `require`:
// it shares the main entry's code (one PolicyInputError class) and stays browser-safe.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/journal/index';

const root = resolve(__dirname, '../..');
const built = (file: string) => resolve(root, 'dist', file);

beforeAll(() => {
  if (!existsSync(built('journal.js')) || !existsSync(built('journal.cjs'))) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

const body = `
const text = '{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}\\nnot json\\n';
const read = journal.readJournal(text);
const history = journal.historyFromJournal(read.entries);
let error;
try { journal.formatJournalEntry({ userId: '', at: 'now', email: 'activation' }); } catch (caught) { error = caught; }
const user = journal.withHistory({ id: 'u1', license: 'paid', hasSignedIn: false }, history);
console.log(JSON.stringify({
  exports: Object.keys(journal).filter((key) => key !== 'default' && key !== '__esModule').sort(),
  invalid: read.invalid.map((bad) => bad.line),
  sharedError: error instanceof main.PolicyInputError,
  user,
  kind: main.decide({ autoSendActivationEmails: false }, user.value).trigger,
}));
`;

function run(args: readonly string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('the built journal entry', () => {
  const expected = {
    exports: Object.keys(source).sort(),
    invalid: [2],
    sharedError: true,
    user: { ok: true, value: { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-05-01T08:00:00Z', remindersSent: 0 } },
    kind: 'inactive-user',
  };

  it('works by name with import', () => {
    const script = `import * as journal from 'activation-email-policy/journal';
import * as main from 'activation-email-policy';
${body}`;
    expect(run(['--input-type=module', '--eval', script])).toEqual(expected);
  });

  it('works by name with require', () => {
    const script = `const journal = require('activation-email-policy/journal');
const main = require('activation-email-policy');
${body}`;
    expect(run(['--input-type=commonjs', '--eval', script])).toEqual(expected);
  });

  it('imports the main entry instead of carrying a copy, and no Node built-in', () => {
    for (const file of ['journal.js', 'journal.cjs']) {
      const code = readFileSync(built(file), 'utf8');
      expect(code, file).not.toMatch(/class PolicyInputError|function parseUserSnapshot|function decide\b/);
      expect(code, file).toMatch(file.endsWith('.js') ? /from '\.\/index\.js'/ : /require\('\.\/index\.cjs'\)/);
      expect(code, file).not.toMatch(/\bBuffer\b|require\('node:|from 'node:|\batob\b/);
    }
  });
});
