// The built `compose` entry, loaded by name as a user loads it, with `import` and with `require`:
// it shares the main entry's code (one PolicyInputError class, one checkManualEmail) and stays
// browser-safe.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/compose/index';

const root = resolve(__dirname, '../..');
const built = (file: string) => resolve(root, 'dist', file);

beforeAll(() => {
  if (!existsSync(built('compose.js')) || !existsSync(built('compose.cjs'))) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

const body = `
const draft = {
  rolloutPlan: 'Webex on 1 June.', appValue: 'One app.', pmrLink: 'https://acme.webex.com/meet/{localPart}',
  supportLinks: ['https://help.acme.example'], trainingLinks: ['https://learn.acme.example'],
  userPortalLink: 'https://settings.webex.com', activationInstructions: 'Sign in with Acme.',
};
const email = compose.composeManualEmail(draft, { email: 'zoé@acme.example' }, { locale: 'fr', email: 'reminder', meetingsIncluded: true });
let error;
try { compose.composeManualEmail({}, { email: 'a@b.example' }); } catch (caught) { error = caught; }
console.log(JSON.stringify({
  exports: Object.keys(compose).filter((key) => key !== 'default' && key !== '__esModule').sort(),
  to: email.to,
  subject: email.subject,
  pmr: email.text.includes('\\nhttps://acme.webex.com/meet/zo%C3%A9\\n'),
  sharedError: error instanceof main.PolicyInputError && compose.PolicyInputError === main.PolicyInputError,
  paths: error.issues.map((issue) => issue.path.join('.')),
}));
`;

function run(args: readonly string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('the built compose entry', () => {
  const expected = {
    exports: Object.keys(source).sort(),
    to: 'zoé@acme.example',
    subject: "Rappel d'invitation\u00a0: activez votre compte Webex",
    pmr: true,
    sharedError: true,
    paths: ['draft.rolloutPlan', 'draft.appValue', 'draft.supportLinks', 'draft.trainingLinks', 'draft.userPortalLink', 'draft.activationInstructions'],
  };

  it('works by name with import', () => {
    const script = `import * as compose from 'activation-email-policy/compose';
import * as main from 'activation-email-policy';
${body}`;
    expect(run(['--input-type=module', '--eval', script])).toEqual(expected);
  });

  it('works by name with require', () => {
    const script = `const compose = require('activation-email-policy/compose');
const main = require('activation-email-policy');
${body}`;
    expect(run(['--input-type=commonjs', '--eval', script])).toEqual(expected);
  });

  it('imports the main entry instead of carrying a copy, and no Node built-in or dependency', () => {
    for (const file of ['compose.js', 'compose.cjs']) {
      const code = readFileSync(built(file), 'utf8');
      expect(code, file).not.toMatch(/class PolicyInputError|function checkManualEmail|function parseOrgSettings/);
      expect(code, file).toMatch(file.endsWith('.js') ? /from '\.\/index\.js'/ : /require\('\.\/index\.cjs'\)/);
      expect(code, file).not.toMatch(/\bBuffer\b|require\('node:|from 'node:|nodemailer|\batob\b/);
    }
  });
});
