// Runs `send` in the test process, against a real SMTP server on a loopback port, with a clock
// and waits the test controls; and the fixtures every send test uses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createSendCommand, type SendDependencies } from '../../../src/cli/commands/send';
import { run } from '../../../src/cli/run';
import type { Timer } from '../../../src/cli/mail/pace';

export const FIXTURES = join(__dirname, 'fixtures');
export const DRAFT_PATH = join(FIXTURES, 'draft.json');
export const DRAFT = JSON.parse(readFileSync(DRAFT_PATH, 'utf8')) as Record<string, unknown>;

/** The instant the tests run at. */
export const NOW = '2026-12-01T09:00:00Z';
const HOUR = 3_600_000;
export const hoursBefore = (hours: number): string => new Date(Date.parse(NOW) - hours * HOUR).toISOString();

/**
 * The org: two new users with an address (one by id, one by its email field), one inactive user
 * due a reminder, one inactive user emailed yesterday (not due), one new user with no address,
 * a free user and a user who signed in.
 */
export const USERS = [
  { id: 'ana@corp.example', license: 'paid', hasSignedIn: false },
  { id: 'u-bruno', email: 'bruno@corp.example', license: 'paid', hasSignedIn: false, invitedAt: null },
  { id: 'chloe@corp.example', license: 'paid', hasSignedIn: false, invitedAt: hoursBefore(24 * 10) },
  { id: 'fay@corp.example', license: 'paid', hasSignedIn: false, invitedAt: hoursBefore(30) },
  { id: 'dan@corp.example', license: 'free', hasSignedIn: false },
  { id: 'gus@corp.example', license: 'paid', hasSignedIn: true, invitedAt: hoursBefore(24 * 40) },
] as const;

/** The same org plus a new user whose id is not an address and who has no email field. */
export const USERS_WITH_NO_ADDRESS = [...USERS, { id: 'u-eve', license: 'paid', hasSignedIn: false }] as const;

export const toNdjson = (users: readonly unknown[]): string => users.map((user) => JSON.stringify(user)).join('\n') + '\n';

/** A timer that never waits, and remembers the waits asked for. */
export function fakeTimer(): Timer & { readonly waits: number[] } {
  const waits: number[] = [];
  let now = 0;
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

export interface SendResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly waits: readonly number[];
}

/** Runs `activation-email-policy send ...args` in this process. */
export async function runSend(
  args: readonly string[],
  options: { readonly env?: Record<string, string | undefined>; readonly dependencies?: Partial<SendDependencies>; readonly tty?: boolean } = {},
): Promise<SendResult> {
  const timer = fakeTimer();
  const command = createSendCommand({ timer, backoff: [10, 20, 40], clock: () => new Date(NOW), ...options.dependencies });
  const stdout = collector(options.tty === true);
  const stderr = collector(options.tty === true);
  const stdin = new PassThrough();
  stdin.end();
  const code = await run(['send', ...args], [command], '0.0.0-test', { stdin, stdout: stdout.stream, stderr: stderr.stream, env: options.env ?? {} });
  return { code, stdout: stdout.text(), stderr: stderr.text(), waits: timer.waits };
}

function collector(tty: boolean): { stream: PassThrough & { isTTY?: boolean }; text(): string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (tty) stream.isTTY = true;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** The journal's entries, one object per line; none when the file does not exist. */
export function journalEntries(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Text as the HTML part writes it: the five characters HTML escapes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
