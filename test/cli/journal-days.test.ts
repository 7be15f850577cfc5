// The by-hand loop across days, as an admin runs it with automatic emails off: plan, email,
// record; then, day after day, reminders says who is due, the admin reminds them and records
// it, until the cadence is exhausted. Only the journal carries the history; the users file never
// changes but for the one user who signs in.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir('aep-cli-journal-days-');
beforeAll(() => assertBuilt());
afterAll(() => scratch.cleanup());

const DAY = 24 * 3600_000;
const START = Date.parse('2026-11-02T09:00:00Z');
const at = (days: number): string => new Date(START + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');

const users = (signedIn: readonly string[]): string =>
  ['ana', 'ben', 'cleo']
    .map((name) => JSON.stringify({ id: `${name}@corp.example`, license: 'paid', hasSignedIn: signedIn.includes(name) }))
    .join('\n');

interface Reminders {
  due: { userId: string; remindersSent: number }[];
  upcoming: { userId: string; dueAt: string }[];
  exhausted: { userId: string }[];
}

describe('plan, email, record, then reminders across days', () => {
  it('shows the right users due, upcoming and exhausted, day after day', async () => {
    const journal = scratch.write('journal.ndjson', '');
    let usersFile = scratch.write('users.ndjson', users([]));
    const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
    const reminders = async (days: number): Promise<Reminders> => {
      const result = await cli(['reminders', usersFile, '--auto-send', 'off', '--journal', journal, '--now', at(days), '--format', 'json']);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as Reminders;
    };
    const ids = (list: readonly { userId: string }[]): string[] => list.map((entry) => entry.userId.split('@')[0]!);

    // Day 0: all three are new users; the admin emails them and records it from the plan.
    const plan = await cli(['plan', usersFile, '--auto-send', 'off', '--journal', journal, '--format', 'ndjson']);
    expect(plan.stdout.match(/"trigger":"new-user"/g)).toHaveLength(3);
    scratch.write('plan.ndjson', plan.stdout);
    const recorded = await cli(['record', '--journal', journal, '--email', 'activation', '--at', at(0), '--ids', 'plan.ndjson', '--kind', 'manual-required/new-user']);
    expect(recorded.stdout).toMatch(/^3 activation emails recorded/);

    // Day 0, later: emailed, never signed in, nobody due yet: the first reminder is 3 days out.
    let state = await reminders(0.5);
    expect(ids(state.due)).toEqual([]);
    expect(state.upcoming.map((entry) => entry.dueAt)).toEqual([at(3), at(3), at(3)].map((instant) => `${instant.slice(0, -1)}.000Z`));

    // Three reminders, a week apart; ben signs in after the first.
    for (const [round, days] of [3, 10, 17].entries()) {
      state = await reminders(days);
      const expected = round === 0 ? ['ana', 'ben', 'cleo'] : ['ana', 'cleo'];
      expect(ids(state.due), `day ${days}`).toEqual(expected);
      expect(state.due.map((entry) => entry.remindersSent)).toEqual(expected.map(() => round));
      const csv = await cli(['reminders', usersFile, '--auto-send', 'off', '--journal', journal, '--now', at(days), '--format', 'csv']);
      scratch.write('reminders.csv', csv.stdout);
      const reminded = await cli(['record', '--journal', journal, '--email', 'reminder', '--at', at(days), '--ids', 'reminders.csv', '--due']);
      expect(reminded.stdout).toMatch(new RegExp(`^${expected.length} reminders? recorded`));
      // The next day nobody is due: the next reminder is a week out.
      state = await reminders(days + 1);
      expect(ids(state.due), `day ${days + 1}`).toEqual([]);
      if (round === 0) usersFile = scratch.write('users.ndjson', users(['ben']));
    }

    // After the third reminder the cadence is exhausted: escalate, do not email again.
    state = await reminders(30);
    expect(ids(state.due)).toEqual([]);
    expect(ids(state.upcoming)).toEqual([]);
    expect(ids(state.exhausted)).toEqual(['ana', 'cleo']);
    // The journal holds every email once: 3 activations, then 3 + 2 + 2 reminders.
    const lines = readFileSync(journal, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3 + 3 + 2 + 2);
    expect(new Set(lines).size).toBe(lines.length);
  });
});
