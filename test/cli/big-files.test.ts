// Orgs far larger than a terminal shows: every command that prints a table sizes its columns
// without passing one argument per user on the call stack (a spread into Math.max overflowed it
// at about 100,000 users, exit 70).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, scratchDir } from './support/run-cli';

const USERS = 300_000;
const scratch = scratchDir('aep-cli-big-');
let changing = '';
let inactive = '';

/** `count` NDJSON users built by `user`, written in one go. */
function ndjson(count: number, user: (index: number) => object): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) lines.push(JSON.stringify(user(index)));
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  assertBuilt();
  // Paid, never signed in, never emailed: auto-send under "on", a manual email under "off".
  changing = scratch.write('changing.ndjson', ndjson(USERS, (index) => ({ id: `new-user-${index}`, license: 'paid', hasSignedIn: false })));
  // Emailed a week before the planning instant and never signed in: all inactive, all due.
  inactive = scratch.write(
    'inactive.ndjson',
    ndjson(USERS, (index) => ({ id: `inactive-${index}`, license: 'paid', hasSignedIn: false, invitedAt: '2026-11-20T09:00:00Z' })),
  );
});
afterAll(() => scratch.cleanup());

describe(`${USERS.toLocaleString('en')} users`, () => {
  it('preview prints every one that changes, in a table', async () => {
    const started = Date.now();
    const result = await runCli(['preview', changing, '--from', 'on', '--to', 'off']);
    const seconds = (Date.now() - started) / 1000;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${USERS} users would change:$`, 'm'));
    expect(result.stdout.match(/^ {2}new-user-\d+ +auto-send +manual-required /gm)).toHaveLength(USERS);
    // The widest id sets the column: the last user's row is padded to it like the first one's.
    expect(result.stdout).toMatch(new RegExp(`^  new-user-${USERS - 1}  auto-send`, 'm'));
    expect(result.stdout).toMatch(/^ {2}new-user-0 {7}auto-send/m);
    console.log(`preview of ${USERS} changing users: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(20);
  });

  it('reminders prints every one that is due, in a table', async () => {
    const started = Date.now();
    const result = await runCli(['reminders', inactive, '--auto-send', 'off', '--now', '2026-11-29T09:00:00Z']);
    const seconds = (Date.now() - started) / 1000;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ {2}inactive-\d+ +0 +2026-11-20T09:00:00Z$/gm)).toHaveLength(USERS);
    expect(result.stdout).toMatch(/^ {2}inactive-0 {7}0 /m);
    console.log(`reminders of ${USERS} inactive users: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(20);
  });
});
