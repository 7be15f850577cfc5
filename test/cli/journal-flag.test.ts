// `--journal FILE` on plan, preview and reminders, run as child processes: each user's history
// comes from the journal; a user whose own history disagrees is an invalid row naming both; a
// journal that cannot be trusted (a bad line, a line cut short, a mistyped path) stops the
// command with exit 2 before anything is printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, planReminders } from '../../src/index';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-journal-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

const OFF = { autoSendActivationEmails: false };
const NOW = '2026-11-30T09:00:00Z';

// Three paid users who never signed in: one never emailed, one emailed by hand on the 20th, one
// emailed on the 1st and reminded on the 5th; and one whose file says another invitation date.
const USERS = [
  { id: 'new@corp.example', license: 'paid', hasSignedIn: false },
  { id: 'emailed@corp.example', license: 'paid', hasSignedIn: false },
  { id: 'reminded@corp.example', license: 'paid', hasSignedIn: false },
];
const CONFLICT = { id: 'emailed@corp.example', license: 'paid', hasSignedIn: false, invitedAt: '2026-11-02T09:00:00Z' };
const JOURNAL = [
  { userId: 'emailed@corp.example', at: '2026-11-20T09:00:00Z', email: 'activation' },
  { userId: 'reminded@corp.example', at: '2026-11-01T09:00:00Z', email: 'activation' },
  { userId: 'reminded@corp.example', at: '2026-11-05T09:00:00Z', email: 'reminder' },
  // The same email twice counts once; a send that failed counts not at all.
  { userId: 'reminded@corp.example', at: '2026-11-05T10:00:00+01:00', email: 'reminder' },
  { userId: 'new@corp.example', at: '2026-11-29T09:00:00Z', email: 'activation', status: 'failed', reply: '550 mailbox unavailable' },
];
const WITH_HISTORY = [
  USERS[0],
  { ...USERS[1], invitedAt: '2026-11-20T09:00:00Z', remindersSent: 0 },
  { ...USERS[2], invitedAt: '2026-11-01T09:00:00Z', lastEmailedAt: '2026-11-05T09:00:00Z', remindersSent: 1 },
];

const ndjson = (rows: readonly unknown[]): string => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
let usersFile = '';
let conflictFile = '';
let journal = '';
beforeAll(() => {
  usersFile = scratch.write('users.ndjson', ndjson(USERS));
  conflictFile = scratch.write('conflict.ndjson', ndjson([...USERS, CONFLICT]));
  journal = scratch.write('journal.ndjson', ndjson(JOURNAL));
});

describe('plan --journal', () => {
  it("decides each user on the journal's history: the one emailed is inactive, not new", async () => {
    const result = await runCli(['plan', usersFile, '--auto-send', 'off', '--journal', journal, '--format', 'ndjson']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const decisions = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { userId: string; kind: string; trigger?: string });
    const expected = WITH_HISTORY.map((user) => decide(OFF, user as never));
    expect(decisions.map((d) => [d.userId, d.kind, d.trigger])).toEqual(expected.map((d) => [d.userId, d.kind, 'trigger' in d ? d.trigger : undefined]));
    expect(decisions.map((d) => d.trigger)).toEqual(['new-user', 'inactive-user', 'inactive-user']);
    const without = await runCli(['plan', usersFile, '--auto-send', 'off', '--format', 'ndjson']);
    expect(without.stdout.match(/"trigger":"new-user"/g)).toHaveLength(3);
  });

  it('the table says which journal was read, and how many emails to how many users', async () => {
    const result = await runCli(['plan', usersFile, '--auto-send', 'off', '--journal', journal]);
    expect(result.stdout).toContain(`Onboarding journal: ${journal}, 4 emails to 2 users\n`);
  });

  it('a user whose own history disagrees is an invalid row naming both values; the others are planned; exit 1', async () => {
    const result = await runCli(['plan', conflictFile, '--auto-send', 'off', '--journal', journal, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("line 4: invitedAt: is 2026-11-02T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z\n");
    const plan = JSON.parse(result.stdout) as { decisions: unknown[]; invalid: unknown[] };
    expect(plan.decisions).toHaveLength(3);
    // The same id as line 2 as well: the journal's refusal is the issue reported, not the repeat.
    expect(plan.invalid).toEqual([
      { index: 3, issues: [{ path: ['invitedAt'], message: "is 2026-11-02T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z" }] },
    ]);
  });

  it('a later row with the id of a refused user is reported as its duplicate', async () => {
    const file = scratch.write('conflict-then-repeat.ndjson', ndjson([CONFLICT, USERS[1]]));
    const result = await runCli(['plan', file, '--auto-send', 'off', '--journal', journal, '--format', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "line 1: invitedAt: is 2026-11-02T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z\nline 2: id: is a duplicate: line 1 already has this id\n",
    );
  });
});

describe('preview and reminders --journal', () => {
  it("reminders: who is due comes from the journal's emails and reminders", async () => {
    const result = await runCli(['reminders', usersFile, '--auto-send', 'off', '--now', NOW, '--journal', journal, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(planReminders(OFF, WITH_HISTORY, { now: NOW }));
    const table = await runCli(['reminders', usersFile, '--auto-send', 'off', '--now', NOW, '--journal', journal]);
    expect(table.stdout).toContain(`Onboarding journal: ${journal}, 4 emails to 2 users\n`);
  });

  it('reminders: a refused user is reported with both values, in the JSON output too; exit 1', async () => {
    const result = await runCli(['reminders', conflictFile, '--auto-send', 'off', '--now', NOW, '--journal', journal, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("line 4: invitedAt: is 2026-11-02T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z\n");
    expect((JSON.parse(result.stdout) as { invalid: unknown[] }).invalid).toEqual([
      { index: 3, issues: [{ path: ['invitedAt'], message: "is 2026-11-02T09:00:00Z but the journal's first email is 2026-11-20T09:00:00Z" }] },
    ]);
  });

  it('preview: the emailed users are inactive ones under both settings, not new ones', async () => {
    const result = await runCli(['preview', usersFile, '--from', 'on', '--to', 'off', '--journal', journal, '--format', 'json']);
    expect(result.code).toBe(0);
    const preview = JSON.parse(result.stdout) as { counts: { before: Record<string, number>; after: Record<string, number> }; invalid: unknown[] };
    expect(preview.counts.after['manual-required']).toBe(3);
    expect(preview.invalid).toEqual([]);
    // Automatic emails on: the never-emailed user is sent one, the two emailed ones may be reminded.
    expect(preview.counts.before['auto-send']).toBe(1);
    expect(preview.counts.before['reminder-eligible']).toBe(2);
    const table = await runCli(['preview', conflictFile, '--from', 'on', '--to', 'off', '--journal', journal]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain(`Onboarding journal: ${journal}, 4 emails to 2 users\n`);
    expect(table.stderr).toContain("line 4: invitedAt: is 2026-11-02T09:00:00Z but the journal's first email");
  });
});

describe('a journal that cannot be trusted stops plan, preview and reminders: exit 2, nothing on standard output', () => {
  const commands: [string, string[]][] = [
    ['plan', ['--auto-send', 'off']],
    ['preview', ['--from', 'on', '--to', 'off']],
    ['reminders', ['--auto-send', 'off', '--now', NOW]],
  ];
  for (const [command, flags] of commands) {
    it(`${command}: a bad line, named with the file and its line`, async () => {
      const bad = scratch.write(`bad-${command}.ndjson`, `${ndjson(JOURNAL.slice(0, 2))}{"userId":"x","at":"2026-11-31T09:00:00Z","email":"activation"}\n`);
      const result = await runCli([command, usersFile, ...flags, '--journal', bad]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^activation-email-policy ${command}: --journal ${bad.replace(/[.]/g, '\\.')}, line 3: at: must be an ISO 8601 date-time`));
    });

    it(`${command}: a last line cut short by an interrupted record`, async () => {
      const torn = scratch.write(`torn-${command}.ndjson`, `${ndjson(JOURNAL.slice(0, 2))}{"userId":"reminded@corp.exa`);
      const result = await runCli([command, usersFile, ...flags, '--journal', torn]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--journal ${torn}, line 3: the line is cut short (a write that was interrupted); run the record command again`);
    });

    it(`${command}: a journal that does not exist (a mistyped path is not an empty history)`, async () => {
      const result = await runCli([command, usersFile, ...flags, '--journal', 'jornal.ndjson']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `activation-email-policy ${command}: --journal jornal.ndjson: no such file (the record command creates it; for an empty journal, create an empty file)\nSee "activation-email-policy ${command} --help".\n`,
      );
    });
  }

  it('standard input is not a journal: --journal - is refused', async () => {
    const result = await runCli(['plan', usersFile, '--auto-send', 'off', '--journal', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^activation-email-policy plan: --journal takes the path of a file, not "-"\n/);
  });

  it('an empty journal file is an empty history: the plan is the one without a journal', async () => {
    const empty = scratch.write('empty.ndjson', '');
    const withEmpty = await runCli(['plan', usersFile, '--auto-send', 'off', '--journal', empty, '--format', 'ndjson']);
    const without = await runCli(['plan', usersFile, '--auto-send', 'off', '--format', 'ndjson']);
    expect(withEmpty.code).toBe(0);
    expect(withEmpty.stdout).toBe(without.stdout);
  });
});
