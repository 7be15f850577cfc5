// `reminders` run as a child process: last week's file with today's date, every output format,
// the cadence flag, and the usage errors an admin can type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainReminder, planReminders } from '../../src/index';
import { ANSI, assertBuilt, ROOT, runCli, scratchDir } from './support/run-cli';

const FIXTURES = join(ROOT, 'test', 'reminders', 'fixtures');
const LAST_WEEK = join(FIXTURES, 'users-last-week.csv');
const TODAY = '2026-11-29T09:00:00+01:00';
const OFF = { autoSendActivationEmails: false, meetingsIncluded: false };

/** The CSV fixture as the CSV reader hands it on: empty cells are null, remindersSent a number. */
function lastWeekUsers(): Record<string, unknown>[] {
  const [header, ...rows] = readFileSync(LAST_WEEK, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return rows.map((row) => {
    const user: Record<string, unknown> = {};
    row.split(',').forEach((cell, column) => {
      const name = columns[column]!;
      if (name === 'remindersSent') {
        if (cell !== '') user[name] = Number(cell);
      } else if (name === 'hasSignedIn') user[name] = cell === 'TRUE';
      else user[name] = cell === '' ? null : cell;
    });
    return user;
  });
}

const scratch = scratchDir('aep-cli-reminders-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

describe("last week's file with today's date", () => {
  it('lists who to remind today, who later and who to escalate, as planReminders does', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--auto-send', 'off', '--now', TODAY, '--format', 'json']);
    const expected = planReminders(OFF, lastWeekUsers(), { now: TODAY });
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(expected.due.map((entry) => entry.userId)).toEqual(['ana@corp.example', 'ben@corp.example', 'cleo@corp.example']);
    expect(result.stderr).toBe('line 10: lastEmailedAt: is earlier than invitedAt, the first email\n');
    expect(result.code).toBe(1);
  });

  it('prints the example of docs/reminders.md exactly', async () => {
    const section = readFileSync(join(ROOT, 'docs', 'reminders.md'), 'utf8');
    const block = /```console\n\$ (npx activation-email-policy reminders [^\n]+) 2>&1\n([\s\S]*?)```/.exec(section);
    expect(block, 'docs/reminders.md shows the reminders command and its output').not.toBeNull();
    const args = block![1]!.split(' ').slice(2);
    const result = await runCli(args, { cwd: FIXTURES });
    expect(result.stderr + result.stdout).toBe(block![2]);
  });

  it('table: a section per status with its explanation, then the counts; no colour in a pipe', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--auto-send', 'off', '--now', TODAY]);
    expect(result.stdout).not.toMatch(ANSI);
    const due = result.stdout.slice(result.stdout.indexOf('Due now (3)'), result.stdout.indexOf('Upcoming (1)'));
    expect(due).toContain(explainReminder('due'));
    expect(due).toMatch(/ana@corp\.example +0 +2026-11-16T09:00:00\+01:00/);
    expect(result.stdout).toMatch(/hal@corp\.example +2026-12-05T15:00:00\.000Z/);
    expect(result.stdout).toContain('5 inactive users: 3 due, 1 upcoming, 1 exhausted; 3 other users, not inactive');
  });

  it('in French, every reminder status explained', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--auto-send', 'off', '--now', TODAY, '--lang', 'fr']);
    for (const status of ['due', 'upcoming', 'exhausted'] as const) expect(result.stdout).toContain(explainReminder(status, 'fr'));
    expect(result.stdout).toContain('À rappeler maintenant (3)');
    expect(result.stdout).not.toMatch(/ [:;]/u);
  });

  it('csv: a row per inactive user with its status', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--auto-send', 'off', '--now', TODAY, '--format', 'csv']);
    expect(result.stdout).toBe(
      [
        'status,userId,remindersSent,lastEmailedAt,dueAt,email',
        'due,ana@corp.example,0,2026-11-16T09:00:00+01:00,,',
        'due,ben@corp.example,2,2026-11-20T09:00:00+01:00,,',
        'due,cleo@corp.example,0,2026-11-21T14:30:00+01:00,,',
        'upcoming,hal@corp.example,,,2026-12-05T15:00:00.000Z,',
        'exhausted,dan@corp.example,,,,',
        '',
      ].join('\n'),
    );
  });

  it('with automatic emails on (the default), nothing to follow up by hand', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--now', TODAY, '--format', 'json']);
    const plan = JSON.parse(result.stdout);
    expect([plan.automatic, plan.due, plan.upcoming, plan.exhausted]).toEqual([true, [], [], []]);
    const table = await runCli(['reminders', LAST_WEEK, '--now', TODAY]);
    expect(table.stdout).toContain(explainReminder('automatic'));
  });

  it('reads standard input, NDJSON with the history as JSON fields', async () => {
    const users = [
      { id: 'u1', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-20T09:00:00Z', lastEmailedAt: '2026-11-28T10:00:00Z', remindersSent: 1 },
    ];
    const stdin = users.map((user) => JSON.stringify(user)).join('\n');
    const early = await runCli(['reminders', '-', '--auto-send', 'off', '--now', '2026-11-29T09:59:59Z', '--cadence', 'every=0', '--format', 'json'], { stdin });
    expect(JSON.parse(early.stdout).upcoming).toEqual([{ userId: 'u1', dueAt: '2026-11-29T10:00:00.000Z' }]);
    const onTime = await runCli(['reminders', '-', '--auto-send', 'off', '--now', '2026-11-29T10:00:00Z', '--cadence', 'every=0', '--format', 'json'], { stdin });
    expect(JSON.parse(onTime.stdout).due).toEqual([{ userId: 'u1', remindersSent: 1, lastEmailedAt: '2026-11-28T10:00:00Z' }]);
    expect(onTime.code).toBe(0);
  });
});

describe('--cadence', () => {
  it('takes any of first, every and max, in any order', async () => {
    const result = await runCli(['reminders', LAST_WEEK, '--auto-send', 'off', '--now', TODAY, '--format', 'json', '--cadence', 'max=5, every=3.5']);
    expect(JSON.parse(result.stdout)).toEqual(
      planReminders(OFF, lastWeekUsers(), { now: TODAY, cadence: { maxReminders: 5, everyDays: 3.5 } }),
    );
  });

  it.each([
    ['often=3', /--cadence takes first=DAYS,every=DAYS,max=COUNT/],
    ['every', /--cadence takes first=DAYS/],
    ['every=7,every=8', /gives every twice/],
    ['every=-1', /--cadence every=-1: a number of days is expected/],
    ['max=1.5', /--cadence max=1\.5: must be a whole number, 0 or more\n/],
    ['first=4000', /--cadence first=4000: must be a number of days from 0 to 3650 \(fractions allowed\)\n/],
  ])('refuses %s with a usage error', async (cadence, message) => {
    const result = await runCli(['reminders', LAST_WEEK, '--now', TODAY, '--cadence', cadence]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('activation-email-policy reminders --help');
  });
});

describe('usage', () => {
  it.each([
    [[], /needs --now/],
    [['--now', '2026-11-29'], /--now takes an ISO 8601 date-time/],
    [['--now', '2026-11-29T09:00:00'], /--now takes an ISO 8601 date-time/],
    [['--now', TODAY, '--format', 'xml'], /--format takes table or json or csv/],
    [['--now', TODAY, '--auto-send', 'maybe'], /--auto-send takes on or off/],
  ])('%j is a usage error, before anything is read', async (flags, message) => {
    const result = await runCli(['reminders', join(scratch.dir, 'missing.csv'), ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('is listed in the program help, and its help shows runnable examples', async () => {
    const program = await runCli(['--help']);
    expect(program.stdout).toMatch(/\n {2}reminders +which inactive users to remind/);
    const help = await runCli(['reminders', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--cadence first=N,every=M,max=K');
    expect(help.stdout).toContain('first=3,every=7,max=3');
    expect(help.stdout).toContain("this package's recommendation");
    const sample = /activation-email-policy (reminders --sample [^\n]+)/.exec(help.stdout)![1]!.split(' ');
    const run = await runCli(sample);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Rappels d'invitation au 2026-12-01T09:00:00Z");
  });
});
