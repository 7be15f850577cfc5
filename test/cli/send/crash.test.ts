// A real crash: the built command line sends to a real SMTP server on a loopback port and is
// killed with SIGKILL after some messages were accepted, then run again. Every recipient ends with
// exactly one message, except the ones the rerun reports as uncertain (at most one each), and
// the journal agrees with what the server received.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, ROOT, runCli } from '../support/run-cli';
import { startMailServer } from './mail-server';
import { DRAFT_PATH, journalEntries, NOW, toNdjson } from './support';

const USERS = Array.from({ length: 40 }, (_, n) => ({
  id: `user${String(n + 1).padStart(2, '0')}@corp.example`,
  license: 'paid',
  hasSignedIn: false,
}));

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'aep-send-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sendArgs(users: string, journal: string, url: string): string[] {
  return ['send', users, '--auto-send', 'off', '--content', DRAFT_PATH, '--journal', journal, '--from', 'it@corp.example', '--smtp', url, '--now', NOW, '--yes'];
}

describe.each([3, 17, 29])('killed with SIGKILL after %i accepted messages', (killAfter) => {
  it('a rerun sends everyone else once; only the uncertain may lack a message; the journal agrees with the server', async () => {
    const users = join(dir, `users-${killAfter}.ndjson`);
    const journal = join(dir, `journal-${killAfter}.ndjson`);
    writeFileSync(users, toNdjson(USERS));
    let child: ReturnType<typeof spawn> | undefined;
    let killed = false;
    const mail = await startMailServer({
      hooks: {
        onMessage: (n) => {
          // Accepted, and the sender killed as the reply leaves: it may or may not read it.
          if (n === killAfter && child !== undefined) {
            setImmediate(() => {
              killed = child!.kill('SIGKILL');
            });
          }
          return 'accept';
        },
      },
    });
    try {
      child = spawn(process.execPath, [CLI, ...sendArgs(users, journal, mail.url)], { cwd: ROOT, stdio: 'ignore' });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child!.on('exit', (_code, exitSignal) => resolve(exitSignal)));
      expect(killed).toBe(true);
      expect(signal).toBe('SIGKILL');
      const beforeRerun = mail.received.length;
      expect(beforeRerun).toBeGreaterThanOrEqual(killAfter);
      expect(beforeRerun).toBeLessThan(USERS.length);

      const rerun = await runCli(sendArgs(users, journal, mail.url));
      const uncertain = [...rerun.stdout.matchAll(/^ {2}(\S+): a send begun at .* has no known outcome/gm)].map((match) => match[1]!);
      // At most the one message in flight when the process died.
      expect(uncertain.length).toBeLessThanOrEqual(1);
      expect(rerun.code).toBe(uncertain.length === 0 ? 0 : 1);

      const counts = mail.perRecipient();
      for (const user of USERS) {
        const got = counts.get(user.id) ?? 0;
        if (uncertain.includes(user.id)) expect(got).toBeLessThanOrEqual(1);
        else expect(got, user.id).toBe(1);
      }
      // The journal agrees with the server: each sent entry names a Message-ID the server has,
      // for that user, once; each uncertain user has a sending entry with no outcome.
      const entries = journalEntries(journal);
      const received = await Promise.all(mail.received.map(async (message) => ({ to: message.to[0], id: (await simpleParser(message.raw)).messageId })));
      const sent = entries.filter((entry) => entry.status === 'sent');
      expect(new Set(sent.map((entry) => entry.userId)).size).toBe(sent.length);
      for (const entry of sent) expect(received).toContainEqual({ to: entry.userId, id: entry.messageId });
      const unjournaled = received.filter((message) => !sent.some((entry) => entry.messageId === message.id));
      expect(unjournaled.map((message) => message.to)).toEqual(uncertain.filter((id) => counts.get(id) === 1));
      for (const id of uncertain) expect(entries.filter((entry) => entry.userId === id).map((entry) => entry.status)).toEqual(['sending']);
      expect(readFileSync(journal, 'utf8').endsWith('\n')).toBe(true);
    } finally {
      await mail.close();
    }
  }, 60_000);
});
