// `preview` on files: the users who change, the advisories, explained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewSettingsChange } from '../../src/index';
import { SAMPLE_USERS } from '../../src/formats';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';
import { toCsv, USERS } from './support/fixtures';

const scratch = scratchDir('aep-cli-preview-');
beforeAll(assertBuilt);
afterAll(() => scratch.cleanup());

describe('preview', () => {
  it('--format json prints the object previewSettingsChange returns', async () => {
    const result = await runCli(['preview', '--sample', '--from', 'on', '--to', 'off', '--format', 'json']);
    expect(result.code).toBe(0);
    const expected = previewSettingsChange(
      { autoSendActivationEmails: true, meetingsIncluded: false },
      { autoSendActivationEmails: false, meetingsIncluded: false },
      SAMPLE_USERS,
    );
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('table: the changes with the new outcome explained, the advisories, the counts before and after', async () => {
    const path = scratch.write('users.csv', toCsv(USERS));
    const result = await runCli(['preview', path, '--from', 'on', '--to', 'off']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Automatic activation emails: on -> off$/m);
    expect(result.stdout).toMatch(/^2 users would change:$/m);
    expect(result.stdout).toMatch(/^ {2}dan@corp\.example\s+auto-send\s+manual-required\s+Automatic activation emails are off, so you must email this user yourself\. They hold a paid licence, never signed in/m);
    expect(result.stdout).toMatch(/^ {2}eve, "the second"@corp\.example\s+reminder-eligible\s+manual-required\s+.*never signed in/m);
    expect(result.stdout).toMatch(/^ {2}- reminders-suppressed: Control Hub stops reminding users/m);
    expect(result.stdout).toMatch(/^ {2}manual-required\s+0\s+2$/m);
  });

  it('turning it back on, in French', async () => {
    const result = await runCli(['preview', '--sample', '--from', 'off', '--to', 'on', '--lang', 'fr']);
    expect(result.stdout).toMatch(/^18 utilisateurs changeraient de résultat\u00a0:$/m);
    expect(result.stdout).toMatch(/^ {2}- new-users-emailed-automatically\u00a0: Control Hub écrit à nouveau /m);
    expect(result.stdout).not.toMatch(/[^\u00a0\d]:(?!\/\/|\d)/);
  });

  it('no change in the setting: no changes, no advisories', async () => {
    const result = await runCli(['preview', '--sample', '--from', 'off', '--to', 'off']);
    expect(result.stdout).toMatch(/^No user would change outcome\.$/m);
    expect(result.stdout).toMatch(/^Nothing to be told/m);
  });

  it('invalid rows: reported with their line, exit code 1', async () => {
    const path = scratch.write('bad.ndjson', `${JSON.stringify(USERS[3])}\n{"id":"x","license":"paid","hasSignedIn":1}\n`);
    const result = await runCli(['preview', path, '--from', 'on', '--to', 'off', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('line 2: hasSignedIn: must be true or false (received 1)\n');
    expect(JSON.parse(result.stdout).changes).toHaveLength(1);
  });
});
