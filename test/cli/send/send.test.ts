// `send` in the test process against a real SMTP server on a loopback port: who gets what,
// what arrives, the dry run, the .eml files, each fault a server produces, and never twice.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOOPBACK_TLS, startMailServer, type MailServer, type MailServerOptions } from './mail-server';
import { DRAFT, DRAFT_PATH, escapeHtml, hoursBefore, journalEntries, NOW, runSend, toNdjson, USERS, USERS_WITH_NO_ADDRESS } from './support';

let dir: string;
let servers: MailServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aep-send-'));
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

async function server(options: MailServerOptions = {}): Promise<MailServer> {
  const started = await startMailServer(options);
  servers.push(started);
  return started;
}

function usersFile(users: readonly unknown[] = USERS): string {
  const path = join(dir, 'users.ndjson');
  writeFileSync(path, toNdjson(users));
  return path;
}

const journalPath = (): string => join(dir, 'journal.ndjson');

function base(users: string, extra: readonly string[] = []): string[] {
  return [users, '--auto-send', 'off', '--meetings', '--content', DRAFT_PATH, '--journal', journalPath(), '--from', 'IT Onboarding <it@corp.example>', '--now', NOW, ...extra];
}

/** The draft's values as the emails must carry them, with the PMR link made personal. */
function checklistValues(localPart: string): string[] {
  return [
    DRAFT.rolloutPlan as string,
    DRAFT.appValue as string,
    (DRAFT.pmrLink as string).replace('{localPart}', localPart),
    ...(DRAFT.supportLinks as string[]),
    ...(DRAFT.trainingLinks as string[]),
    DRAFT.userPortalLink as string,
    DRAFT.activationInstructions as string,
  ];
}

describe('who gets what', () => {
  it('without --yes: lists who would get which email, prints the first message, sends and records nothing', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(USERS_WITH_NO_ADDRESS), ['--smtp', mail.url]));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`3 emails to send through ${mail.url}:`);
    expect(result.stdout).toMatch(/activation email {2}ana@corp\.example\n/);
    expect(result.stdout).toMatch(/activation email {2}u-bruno\s+<bruno@corp\.example>\n/);
    expect(result.stdout).toMatch(/reminder {10}chloe@corp\.example\n/);
    expect(result.stdout).toContain('u-eve: no email address');
    expect(result.stdout).not.toContain('fay@corp.example');
    expect(result.stdout).not.toContain('dan@corp.example');
    expect(result.stdout).toContain('From: IT Onboarding <it@corp.example>\nTo: ana@corp.example\nSubject: Activate your Webex account\n');
    for (const value of checklistValues('ana')) expect(result.stdout).toContain(value);
    expect(result.stdout).toContain('Nothing sent: add --yes to send.');
    // u-eve cannot be emailed: the admin has something to fix.
    expect(result.code).toBe(1);
    expect(mail.connections()).toBe(0);
    expect(journalEntries(journalPath())).toEqual([]);
  });

  it('with --yes: one message per selected user, with every checklist item in text and HTML, accents intact', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Sent 3, failed 0, deferred 0, uncertain 0, skipped 0.');
    expect(result.code).toBe(0);
    expect(mail.received.map((message) => message.to)).toEqual([['ana@corp.example'], ['bruno@corp.example'], ['chloe@corp.example']]);
    const parsed = await Promise.all(mail.received.map((message) => simpleParser(message.raw)));
    expect(parsed.map((message) => message.subject)).toEqual([
      'Activate your Webex account',
      'Activate your Webex account',
      'Reminder: activate your Webex account',
    ]);
    for (const [index, localPart] of ['ana', 'bruno', 'chloe'].entries()) {
      const message = parsed[index]!;
      expect(message.from?.value).toEqual([{ name: 'IT Onboarding', address: 'it@corp.example' }]);
      for (const value of checklistValues(localPart)) {
        expect(message.text).toContain(value);
        expect(message.html).toContain(escapeHtml(value));
      }
    }
    expect(parsed[0]!.text).toContain('même à Zürich');
    expect(mail.received.every((message) => message.from === 'it@corp.example')).toBe(true);
  });

  it('the journal: sending before each message, sent with the Message-ID the server received after it', async () => {
    const mail = await server();
    await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    const entries = journalEntries(journalPath());
    const ids = await Promise.all(mail.received.map(async (message) => (await simpleParser(message.raw)).messageId));
    expect(entries).toEqual([
      { userId: 'ana@corp.example', at: NOW, email: 'activation', status: 'sending' },
      expect.objectContaining({ userId: 'ana@corp.example', at: NOW, email: 'activation', status: 'sent', messageId: ids[0] }),
      { userId: 'u-bruno', at: NOW, email: 'activation', status: 'sending' },
      expect.objectContaining({ userId: 'u-bruno', email: 'activation', status: 'sent', messageId: ids[1] }),
      // Chloe's invitation, from the file: the journal now holds her whole history.
      { userId: 'chloe@corp.example', at: hoursBefore(24 * 10), email: 'activation' },
      { userId: 'chloe@corp.example', at: NOW, email: 'reminder', status: 'sending' },
      expect.objectContaining({ userId: 'chloe@corp.example', email: 'reminder', status: 'sent', messageId: ids[2] }),
    ]);
    expect(entries[1]!.reply).toMatch(/^250 /);
  });

  it('run again: nobody is emailed twice', async () => {
    const mail = await server();
    await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    const again = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(again.stdout).toContain('0 emails to send');
    expect(again.stdout).toContain('Sent 0, failed 0, deferred 0, uncertain 0, skipped 0.');
    expect(again.code).toBe(0);
    expect(mail.received).toHaveLength(3);
    // A week later, the new users are due their first reminder, and get that, once.
    const args = base(usersFile(), ['--smtp', mail.url, '--yes']);
    args[args.indexOf(NOW)] = '2026-12-08T09:00:00Z';
    const later = await runSend(args);
    expect(later.code).toBe(0);
    const subjects = await Promise.all(mail.received.slice(3).map(async (message) => [message.to[0], (await simpleParser(message.raw)).subject]));
    expect(subjects).toEqual([
      ['ana@corp.example', 'Reminder: activate your Webex account'],
      ['bruno@corp.example', 'Reminder: activate your Webex account'],
      // Her second reminder: seven days after the first, as the default cadence says.
      ['chloe@corp.example', 'Reminder: activate your Webex account'],
      ['fay@corp.example', 'Reminder: activate your Webex account'],
    ]);
  });

  it('--only: the named users alone; a named user who gets nothing now is listed with why', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--only', 'u-bruno', '--only', 'fay@corp.example']));
    expect(mail.received.map((message) => message.to[0])).toEqual(['bruno@corp.example']);
    expect(result.stdout).toContain('fay@corp.example: gets no email by hand now (manual-required/inactive-user, not due)');
    expect(result.code).toBe(0);
  });

  it('--only with an id the input does not hold: exit 2, nothing sent', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--only', 'nobody@corp.example']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--only "nobody@corp.example": no such user in the input');
    expect(mail.connections()).toBe(0);
  });

  it('automatic emails on: nothing to send by hand, and it says so', async () => {
    const mail = await server();
    const args = base(usersFile(), ['--smtp', mail.url, '--yes']);
    args[args.indexOf('off')] = 'on';
    const result = await runSend(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('there is nothing to send by hand');
    expect(mail.connections()).toBe(0);
  });

  it('in French: the emails and the output', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--lang', 'fr', '--only', 'chloe@corp.example']));
    expect(result.stdout).toContain('Envoyés 1, refusés 0, reportés 0, incertains 0, sans courrier 0.');
    const parsed = await simpleParser(mail.received[0]!.raw);
    expect(parsed.subject).toMatch(/rappel/i);
    expect(parsed.text).toContain("rappel d'invitation");
  });
});

describe('.eml files', () => {
  it('--out DIR --yes: one whole RFC 5322 file per user, multipart text and HTML in UTF-8; nothing recorded', async () => {
    const out = join(dir, 'outbox');
    const result = await runSend(base(usersFile(), ['--out', out, '--yes']));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`3 files written in ${out}.`);
    expect(readdirSync(out).sort()).toEqual(['ana@corp.example.activation.eml', 'chloe@corp.example.reminder.eml', 'u-bruno.activation.eml']);
    const parsed = await simpleParser(readFileSync(join(out, 'u-bruno.activation.eml')));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : undefined).toBe('bruno@corp.example');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    for (const value of checklistValues('bruno')) {
      expect(parsed.text).toContain(value);
      expect(parsed.html).toContain(escapeHtml(value));
    }
    expect(journalEntries(journalPath())).toEqual([]);
  });

  it('--out without --yes writes nothing', async () => {
    const out = join(dir, 'outbox');
    const result = await runSend(base(usersFile(), ['--out', out]));
    expect(result.stdout).toContain('Nothing written: add --yes to write the files.');
    expect(() => readdirSync(out)).toThrow();
  });
});

describe('faults', () => {
  it('a temporary 451, then acceptance: sent once, after one wait', async () => {
    const mail = await server({ hooks: { onMessage: (n) => (n === 2 ? { code: 451, message: 'Try again later' } : 'accept') } });
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.code).toBe(0);
    expect(result.waits).toEqual([10]);
    expect([...mail.perRecipient().values()]).toEqual([1, 1, 1]);
    expect(result.stdout).toContain('Sent 3, failed 0, deferred 0, uncertain 0, skipped 0.');
  });

  it('a permanent 550 for one recipient: failed with the reply, in the journal and the output; the others sent; exit 1', async () => {
    const mail = await server({ hooks: { onRcptTo: (to) => (to === 'bruno@corp.example' ? { code: 550, message: 'Mailbox unavailable' } : undefined) } });
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/u-bruno: failed: 550 .*Mailbox unavailable/);
    expect(result.stdout).toContain('Sent 2, failed 1, deferred 0, uncertain 0, skipped 0.');
    expect(mail.received.map((message) => message.to[0])).toEqual(['ana@corp.example', 'chloe@corp.example']);
    const bruno = journalEntries(journalPath()).filter((entry) => entry.userId === 'u-bruno');
    expect(bruno).toEqual([
      { userId: 'u-bruno', at: NOW, email: 'activation', status: 'sending' },
      { userId: 'u-bruno', at: NOW, email: 'activation', status: 'failed', reply: expect.stringMatching(/^550 .*Mailbox unavailable/) },
    ]);
    // Not tried again in bulk, where it would fail again; listed, until named with --only.
    const connections = mail.connections();
    const again = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(new RegExp(`u-bruno: refused for good at ${NOW} \\(550 .*Mailbox unavailable\\): once the address is fixed, send to this user with --only`));
    expect(again.stdout).toContain('Sent 0, failed 0, deferred 0, uncertain 0, skipped 1.');
    expect(mail.connections()).toBe(connections);
    const named = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--only', 'u-bruno']));
    expect(named.stdout).toContain('Sent 0, failed 1, deferred 0, uncertain 0, skipped 0.');
    expect(mail.connections()).toBe(connections + 1);
  });

  it('a 451 every time: deferred after every try, journal closed with the reply, sent on the next run', async () => {
    let greylisting = true;
    const mail = await server({ hooks: { onRcptTo: (to) => (greylisting && to === 'ana@corp.example' ? { code: 451, message: 'Greylisted' } : undefined) } });
    const first = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(first.code).toBe(1);
    expect(first.waits).toEqual([10, 20, 40]);
    expect(first.stdout).toMatch(/ana@corp\.example: deferred, try again later: 451 .*Greylisted/);
    expect(first.stdout).toContain('Sent 2, failed 0, deferred 1, uncertain 0, skipped 0.');
    greylisting = false;
    const second = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Sent 1, failed 0, deferred 0, uncertain 0, skipped 0.');
    expect([...mail.perRecipient().entries()].sort()).toEqual([['ana@corp.example', 1], ['bruno@corp.example', 1], ['chloe@corp.example', 1]]);
  });

  it('the connection dropped before a message: retried on a new connection, every user once', async () => {
    const mail = await server({ hooks: { onMailFrom: (n) => (n === 2 ? 'drop' : undefined) } });
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.code).toBe(0);
    expect(result.waits).toEqual([10]);
    expect([...mail.perRecipient().values()]).toEqual([1, 1, 1]);
    expect(mail.connections()).toBe(2);
  });

  it('the connection dropped after a message went out: uncertain, not sent again, not even on the next run unless --resend-uncertain', async () => {
    let dropping = true;
    const mail = await server({ hooks: { onMessage: (n) => (dropping && n === 2 ? 'drop-after-data' : 'accept') } });
    const first = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/u-bruno: uncertain, may have been delivered: /);
    expect(first.stdout).toContain('Sent 2, failed 0, deferred 0, uncertain 1, skipped 0.');
    expect(first.waits).toEqual([]);
    expect(journalEntries(journalPath()).filter((entry) => entry.userId === 'u-bruno')).toEqual([
      { userId: 'u-bruno', at: NOW, email: 'activation', status: 'sending' },
    ]);
    dropping = false;
    const second = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(`u-bruno: a send begun at ${NOW} has no known outcome`);
    expect(second.stdout).toContain('Sent 0, failed 0, deferred 0, uncertain 1, skipped 1.');
    expect(mail.dataCount()).toBe(3);
    const third = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--resend-uncertain']));
    expect(third.code).toBe(0);
    expect(mail.received.map((message) => message.to[0])).toEqual(['ana@corp.example', 'chloe@corp.example', 'bruno@corp.example']);
  });

  it('a server that cannot be reached: exit 2 before anything is recorded', async () => {
    const mail = await server();
    const url = mail.url;
    await mail.close();
    servers = [];
    const result = await runSend(base(usersFile(), ['--smtp', url, '--yes']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`send: could not connect to ${url}`);
    expect(journalEntries(journalPath())).toEqual([]);
  });

  it('--rate: messages spaced evenly', async () => {
    const mail = await server();
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes', '--rate', '30']));
    expect(result.code).toBe(0);
    // The fake clock moves only when waited on: the second and third messages each wait 2 s.
    expect(result.waits).toEqual([2_000, 2_000]);
  });
});

describe('the terminal', () => {
  it('Ctrl-C: the message on its way finishes, the rest is left for the next run, none uncertain', async () => {
    const signals = new EventEmitter();
    const mail = await server({ hooks: { onMessage: (n) => (n === 1 && signals.emit('SIGINT'), 'accept') } });
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']), { dependencies: { signals } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('u-bruno: deferred, try again later: not tried: interrupted (Ctrl-C); left for the next run');
    expect(result.stdout).toContain('Sent 1, failed 0, deferred 2, uncertain 0, skipped 0.');
    expect(journalEntries(journalPath()).map((entry) => [entry.userId, entry.status])).toEqual([
      ['ana@corp.example', 'sending'],
      ['ana@corp.example', 'sent'],
    ]);
    expect(signals.listenerCount('SIGINT')).toBe(0);
    const rest = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']), { dependencies: { signals } });
    expect(rest.code).toBe(0);
    expect([...mail.perRecipient().values()]).toEqual([1, 1, 1]);
  });

  it('a progress line on a terminal, erased before the summary; none when standard error is not one', async () => {
    const mail = await server();
    const piped = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(piped.stdout).toContain('Sent 3,');
    expect(piped.stderr).toBe('');
    const args = base(usersFile(), ['--smtp', mail.url, '--yes']);
    args[args.indexOf(journalPath())] = join(dir, 'another-journal.ndjson');
    const result = await runSend(args, { tty: true });
    expect(result.stdout).toContain('Sent 3,');
    expect(result.stderr).toContain('\r\u001b[Ksending 3 of 3: Sent 3, failed 0, deferred 0, uncertain 0');
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('credentials', () => {
  const USER = 'onboarding-robot';
  const PASS = 'hunter2-Ünïcode!';

  it('from SMTP_USER and SMTP_PASSWORD, over STARTTLS, never printed', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS }, tls: LOOPBACK_TLS });
    const result = await runSend(base(usersFile(), ['--smtp', `smtp://localhost:${mail.port}`, '--yes']), {
      env: { SMTP_USER: USER, SMTP_PASSWORD: PASS },
      dependencies: { tls: { ca: LOOPBACK_TLS.cert } },
    });
    expect(result.code).toBe(0);
    expect(mail.logins).toEqual([{ secure: true, user: USER }]);
    expect(mail.received).toHaveLength(3);
    expect(result.stdout + result.stderr + readFileSync(journalPath(), 'utf8')).not.toContain(PASS);
  });

  it('in the URL and refused by the server: exit 2, and neither the user nor the password appears', async () => {
    const mail = await server({ auth: { user: USER, pass: 'something else' } });
    const url = `smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${mail.port}`;
    const result = await runSend(base(usersFile(), ['--smtp', url, '--yes']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`could not log in to smtp://127.0.0.1:${mail.port}`);
    for (const secret of [PASS, encodeURIComponent(PASS), USER]) expect(result.stdout + result.stderr).not.toContain(secret);
    expect(journalEntries(journalPath())).toEqual([]);
  });
});

describe('usage errors (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['neither --smtp nor --out', [], /needs either --smtp URL .* or --out DIR/],
    ['both --smtp and --out', ['--smtp', 'smtp://127.0.0.1:1', '--out', 'x'], /needs either --smtp URL .* not both/],
    ['a URL that is not smtp', ['--smtp', 'http://mail.example.com'], /--smtp takes an smtp:\/\/ or smtps:\/\/ URL, not http:\/\//],
    ['a user without a password', ['--smtp', 'smtp://robot@mail.example.com'], /a user name was given but no password/],
    ['a bad --rate', ['--smtp', 'smtp://127.0.0.1:1', '--rate', 'fast'], /--rate takes the most messages a minute/],
    ['a bad --from', ['--smtp', 'smtp://127.0.0.1:1', '--from', 'it@corp.example, eve@evil.example'], /--from .*: must be one address/],
  ];
  for (const [name, extra, message] of cases) {
    it(name, async () => {
      const args = base(usersFile(), extra);
      const from = extra.indexOf('--from');
      if (from !== -1) args.splice(args.indexOf('--from'), 2);
      const result = await runSend(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    });
  }

  it('an incomplete draft: exit 2, naming what is missing', async () => {
    const draft = join(dir, 'draft.json');
    writeFileSync(draft, JSON.stringify({ ...DRAFT, trainingLinks: [] }));
    const args = base(usersFile(), ['--smtp', 'smtp://127.0.0.1:1', '--yes']);
    args[args.indexOf(DRAFT_PATH)] = draft;
    const result = await runSend(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--content .*draft\.json: the draft is incomplete \(training-links: /);
  });
});

describe('the journal decides who was emailed', () => {
  it('a last line cut short by a killed writer is removed, said on standard error, and the send goes on', async () => {
    const mail = await server();
    writeFileSync(journalPath(), `${JSON.stringify({ userId: 'ana@corp.example', at: NOW, email: 'activation', status: 'sending' })}\n{"userId":"u-bru`);
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.stderr).toContain(`${journalPath()}, line 2: cut short by an interrupted write; removed before appending`);
    // Ana's send has no outcome: uncertain, not sent again.
    expect(result.stdout).toContain('Sent 2, failed 0, deferred 0, uncertain 1, skipped 1.');
    expect(mail.received.map((message) => message.to[0])).toEqual(['bruno@corp.example', 'chloe@corp.example']);
    // Ana's line, then Bruno's two, then Chloe's invitation from the file and her two.
    expect(journalEntries(journalPath())).toHaveLength(1 + 2 + 3);
  });

  it('a user recorded by hand (record) is not sent the activation email again', async () => {
    const mail = await server();
    writeFileSync(journalPath(), `${JSON.stringify({ userId: 'ana@corp.example', at: hoursBefore(2), email: 'activation' })}\n`);
    const result = await runSend(base(usersFile(), ['--smtp', mail.url, '--yes']));
    expect(result.code).toBe(0);
    expect(mail.received.map((message) => message.to[0])).toEqual(['bruno@corp.example', 'chloe@corp.example']);
  });
});
