// The packed tarball, installed by npm into a project that does not have fast-check (the
// testing kit's optional peer dependency): the builders work with `import` and with `require`,
// and an arbitrary, once used, says which package to install instead of failing to load.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, ROOT, run } from '../support/packed';
import { FAST_CHECK_MISSING, missingFastCheck } from '../../src/testing/fast-check-missing';

const { name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string };
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'aep-kit-packed-'));
  installPacked(scratch);
}, 240_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

// Builders, a builder's refusal, then an arbitrary: each outcome is reported, nothing may escape.
const script = (load: string) => `
${load}
const outcome = (use) => {
  try { return { value: use() }; } catch (error) {
    return { name: error.name, message: error.message, issues: error.issues, causeCode: error.cause && error.cause.code };
  }
};
console.log(JSON.stringify({
  user: outcome(() => kit.userSnapshot({ license: 'free', invitedAt: '2026-05-01T08:30:00Z' })),
  settings: outcome(() => kit.orgSettings({ autoSendActivationEmails: false })),
  badOverride: outcome(() => kit.userSnapshot({ remindersSent: -1 })).issues.map((issue) => issue.path),
  defaults: kit.USER_SNAPSHOT_DEFAULTS,
  arbUserSnapshot: outcome(() => kit.arbUserSnapshot()),
  arbDecisionInput: outcome(() => kit.arbDecisionInput('manual-required')),
  arbInvalidUserSnapshot: outcome(() => kit.arbInvalidUserSnapshot()),
  bogusKind: outcome(() => kit.arbDecisionInput('bogus')),
}));
`;

describe('the packed kit in a project without fast-check', () => {
  it('is installed without fast-check, with the licence text beside it', () => {
    const modules = join(scratch, 'node_modules');
    expect(existsSync(join(modules, name, 'package.json'))).toBe(true);
    expect(existsSync(join(modules, 'fast-check'))).toBe(false);
    expect(readFileSync(join(modules, name, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 the activation-email-policy authors\n/,
    );
  });

  const expectations = (causeCode: string) => ({
    user: { value: { id: 'user-1', license: 'free', hasSignedIn: false, invitedAt: '2026-05-01T08:30:00Z' } },
    settings: { value: { autoSendActivationEmails: false, meetingsIncluded: false } },
    badOverride: [['remindersSent']],
    defaults: { id: 'user-1', license: 'paid', hasSignedIn: false },
    arbUserSnapshot: { name: 'Error', message: FAST_CHECK_MISSING, causeCode },
    arbDecisionInput: { name: 'Error', message: FAST_CHECK_MISSING, causeCode },
    arbInvalidUserSnapshot: { name: 'Error', message: FAST_CHECK_MISSING, causeCode },
    // A bad argument is refused as everywhere else, before fast-check is needed.
    bogusKind: {
      name: 'PolicyInputError',
      message: expect.stringMatching(/^Invalid arbDecisionInput\(\) argument: \(root\): must be an outcome kind/),
      issues: [{ path: [], message: expect.stringMatching(/\(received "bogus"\)$/) }],
    },
  });

  it('builds with import (ESM); an arbitrary names the peer dependency to install', () => {
    writeFileSync(join(scratch, 'kit.mjs'), script(`import * as kit from '${name}/testing';`));
    expect(JSON.parse(run('node', ['kit.mjs'], scratch))).toEqual(expectations('ERR_MODULE_NOT_FOUND'));
  });

  it('builds with require (CommonJS); an arbitrary names the peer dependency to install', () => {
    writeFileSync(join(scratch, 'kit.cjs'), script(`const kit = require('${name}/testing');`));
    expect(JSON.parse(run('node', ['kit.cjs'], scratch))).toEqual(expectations('MODULE_NOT_FOUND'));
  });

  it('says what to install, and that the builders need nothing', () => {
    expect(FAST_CHECK_MISSING).toContain('npm install --save-dev fast-check');
    expect(FAST_CHECK_MISSING).toContain('optional peer dependency');
    expect(FAST_CHECK_MISSING).toContain('The builders work without it.');
    const loaderError = new Error('Cannot find package');
    const standIn = missingFastCheck(loaderError);
    let thrown: unknown;
    try {
      standIn.oneof();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ message: FAST_CHECK_MISSING, cause: loaderError });
  });
});
