// Control Hub's user export given to the built command line, as an admin downloads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planActivation } from '../../src/index';
import { controlHubLicenses, readUsersFromText } from '../../src/formats';
import { assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const SAMPLE_EXPORT = join(ROOT, 'examples/sample/control-hub-export.csv');
const SAMPLE_PREVIOUS = join(ROOT, 'examples/sample/control-hub-export-previous.csv');
const off = { autoSendActivationEmails: false, meetingsIncluded: false };

/** Every status Control Hub writes, and one it may write that the reader does not know (line 6). */
const EXPORT = [
  '\ufeffFirst Name,Last Name,User ID/Email (Required),Department,Calendar Service,Basic Messaging,Free screen share,Webex Meetings Suite,User Status',
  'Léa,Martin,lea@hp.example,Ventes,TRUE,TRUE,TRUE,FALSE,Active',
  'Tom,Nguyễn,tom@hp.example,Ingénierie,FALSE,TRUE,TRUE,TRUE,Invite Pending',
  'Inès,García,ines@hp.example,"Support, Montréal",FALSE,TRUE,TRUE,TRUE,Not Verified',
  'Karl,Weber,karl@hp.example,,FALSE,TRUE,FALSE,TRUE,Pending',
  'Ama,Owusu,ama@hp.example,,FALSE,TRUE,TRUE,FALSE,Inactive',
  '',
].join('\r\n');

const scratch = scratchDir('aep-cli-export-');
let file: string;
beforeAll(() => {
  assertBuilt();
  file = scratch.write('export.csv', EXPORT);
});
afterAll(() => scratch.cleanup());

interface PrintedPlan {
  readonly decisions: readonly { readonly userId: string; readonly kind: string; readonly email?: string }[];
  readonly byKind: Record<string, string[]>;
}

describe('plan reads the export', () => {
  it('plans every known status and reports the unknown one with its line, the value and the flag that maps it (exit 1)', async () => {
    const result = await runCli(['plan', file, '--auto-send', 'off', '--format', 'json']);
    expect(result.code).toBe(1);
    const printed = JSON.parse(result.stdout) as PrintedPlan;
    expect(printed.decisions.map((decision) => [decision.userId, decision.kind])).toEqual([
      ['lea@hp.example', 'skip-free'],
      ['tom@hp.example', 'manual-required'],
      ['ines@hp.example', 'manual-required'],
      ['karl@hp.example', 'manual-required'],
    ]);
    expect(result.stderr).toMatch(/^line 6: User Status: is "Inactive", .*--status "Inactive=active" or "Inactive=pending"/m);
  });

  it('maps a status with --status, without regard to case', async () => {
    const result = await runCli(['plan', file, '--auto-send', 'off', '--format', 'ndjson', '--status', 'inactive=active']);
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { userId: string; kind: string };
    expect(last).toMatchObject({ userId: 'ama@hp.example', kind: 'skip-free' });
  });

  it('changes the lists with --free-service, --paid-service and --ignore-column, each repeatable', async () => {
    const args = ['plan', file, '--auto-send', 'off', '--format', 'json', '--status', 'Inactive=pending'];
    const free = JSON.parse((await runCli([...args, '--free-service', 'Webex Meetings Suite'])).stdout) as PrintedPlan;
    expect(free.byKind['skip-free']).toHaveLength(5);
    const paid = JSON.parse((await runCli([...args, '--paid-service', 'free screen share', '--paid-service', 'Calendar Service'])).stdout) as PrintedPlan;
    expect(paid.byKind['skip-free']).toEqual([]);
    const ignored = await runCli([...args, '--ignore-column', 'Webex Meetings Suite', '--ignore-column', 'Free screen share']);
    expect((JSON.parse(ignored.stdout) as PrintedPlan).byKind['skip-free']).toHaveLength(5);
  });

  it('reads the export from standard input too', async () => {
    const result = await runCli(['plan', '-', '--auto-send', 'off', '--format', 'json', '--status', 'Inactive=pending'], { stdin: EXPORT });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as PrintedPlan).decisions).toHaveLength(5);
  });

  it('finds conversions with --previous, an older export', async () => {
    const result = await runCli(['plan', SAMPLE_EXPORT, '--previous', SAMPLE_PREVIOUS, '--auto-send', 'off', '--format', 'json']);
    expect(result.code).toBe(0);
    const previous = controlHubLicenses(readFileSync(SAMPLE_PREVIOUS, 'utf8'));
    if (!previous.ok) throw new Error(previous.message);
    const input = readUsersFromText(readFileSync(SAMPLE_EXPORT, 'utf8'), { controlHub: { previous: previous.licenses } });
    if (!input.ok || input.format !== 'control-hub') throw new Error('expected an export');
    const expected = planActivation(off, input.records.map((record) => record.value));
    expect((JSON.parse(result.stdout) as PrintedPlan).byKind).toEqual(expected.byKind);
    expect(expected.byKind['notify-conversion']).toHaveLength(5);
  });

  it('with the older export and the journal, the sample export plans as --sample does, setting on and off', async () => {
    const journal = join(ROOT, 'examples/sample/journal.ndjson');
    for (const setting of ['on', 'off']) {
      const fromExport = await runCli(['plan', SAMPLE_EXPORT, '--previous', SAMPLE_PREVIOUS, '--journal', journal, '--auto-send', setting, '--format', 'ndjson']);
      const fromSample = await runCli(['plan', '--sample', '--auto-send', setting, '--format', 'ndjson']);
      expect(fromExport.code).toBe(0);
      const outcomes = (text: string) =>
        text.trim().split('\n').map((line) => {
          const decision = JSON.parse(line) as { kind: string; trigger?: string; userId: string };
          return [decision.userId, decision.kind, decision.trigger];
        });
      expect(outcomes(fromExport.stdout)).toEqual(outcomes(fromSample.stdout));
    }
  });

  it('reminders and preview read it as plan does', async () => {
    const reminders = await runCli(['reminders', file, '--auto-send', 'off', '--now', '2026-12-01T09:00:00Z', '--status', 'Inactive=pending', '--format', 'json']);
    expect(reminders.code).toBe(0);
    const preview = await runCli(['preview', file, '--from', 'on', '--to', 'off', '--status', 'Inactive=pending', '--format', 'json']);
    expect(preview.code).toBe(0);
    expect((JSON.parse(preview.stdout) as { changes: unknown[] }).changes).toHaveLength(3);
  });
});

describe('usage errors (exit 2), before anyone is planned', () => {
  it.each([
    ['a --status without a meaning', ['--status', 'Inactive'], /--status takes VALUE=active or VALUE=pending .*not "Inactive"/],
    ['a --status with another word', ['--status', 'Inactive=gone'], /not "Inactive=gone"/],
    ['a name that is no column', ['--ignore-column', 'Departement'], /--ignore-column\) names "Departement", which is no column of this export/],
    ['a column given two meanings', ['--free-service', 'Department', '--ignore-column', 'department'], /give it one meaning/],
    ['--licenses with an export', ['--licenses', 'licenses.json'], /--licenses goes with a People API page; this input is a Control Hub export/],
    ['--previous that is no export', ['--previous', 'snapshots.csv'], /--previous .*snapshots\.csv: its header has no User ID\/Email \(Required\) column/],
  ])('%s', async (_, flags, message) => {
    scratch.write('snapshots.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\n');
    const result = await runCli(['plan', file, ...flags], { cwd: scratch.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('refuses the export flags with another input, naming them', async () => {
    const snapshots = scratch.write('users.csv', 'id,license,previousLicense,hasSignedIn,invitedAt\nu1,paid,,false,\n');
    const result = await runCli(['plan', snapshots, '--free-service', 'X', '--status', 'A=active']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--free-service, --status go with a Control Hub export; this input is a CSV of user snapshots');
    const sample = await runCli(['plan', '--sample', '--ignore-column', 'X']);
    expect(sample.code).toBe(2);
    expect(sample.stderr).toContain('--ignore-column goes with a Control Hub export, not with --sample');
  });

  it('refuses the import template, which has no User Status', async () => {
    const template = scratch.write('template.csv', 'First Name,User ID/Email (Required),Basic Messaging\nAna,ana@hp.example,TRUE\n');
    const result = await runCli(['plan', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the export has no User Status column');
  });
});

describe('the output names users by email and says how the columns were read', () => {
  it('table: the column report before the users', async () => {
    const result = await runCli(['plan', file, '--auto-send', 'off', '--status', 'Inactive=pending']);
    expect(result.code).toBe(0);
    const report = result.stdout.indexOf("How the columns of Control Hub's export were read:");
    expect(report).toBeGreaterThan(0);
    expect(report).toBeLessThan(result.stdout.indexOf('lea@hp.example'));
    expect(result.stdout).toContain('  free services: Basic Messaging, Free screen share\n');
    expect(result.stdout).toContain('  paid services: Webex Meetings Suite\n');
    expect(result.stdout).toContain('  ignored, entitlements (not licences): Calendar Service\n');
    expect(result.stdout).toContain('  ignored, names and other text: First Name, Last Name, Department\n');
  });

  it('json: email beside userId and the report as a columns field; csv: an email column and the report on standard error', async () => {
    const json = JSON.parse((await runCli(['plan', file, '--status', 'Inactive=pending', '--format', 'json'])).stdout) as PrintedPlan & {
      columns: { paidServices: string[] };
    };
    expect(json.decisions[0]).toMatchObject({ userId: 'lea@hp.example', email: 'lea@hp.example' });
    expect(json.columns.paidServices).toEqual(['Webex Meetings Suite']);
    const csv = await runCli(['plan', file, '--status', 'Inactive=pending', '--format', 'csv']);
    expect(csv.stdout.split('\n')[1]).toMatch(/^lea@hp\.example,skip-free,.*,lea@hp\.example$/);
    expect(csv.stderr).toContain('  paid services: Webex Meetings Suite\n');
  });
});
