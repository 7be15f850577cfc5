// One message through nodemailer's SMTP client to a real SMTP server on a loopback port, and
// every fault a server produces: what is retried, what is given up, and what is never sent twice.
import { afterEach, describe, expect, it } from 'vitest';
import { deliver } from '../../../src/cli/mail/deliver';
import { buildMessage, parseSender } from '../../../src/cli/mail/message';
import type { Timer } from '../../../src/cli/mail/pace';
import { SmtpSession } from '../../../src/cli/mail/smtp-session';
import { parseSmtpUrl, type SmtpTarget } from '../../../src/cli/mail/smtp-url';
import { LOOPBACK_TLS, startMailServer, type MailServer, type MailServerOptions } from './mail-server';

/** A timer that never waits, and remembers the waits asked for. */
function fakeTimer(): Timer & { waits: number[] } {
  const waits: number[] = [];
  return { waits, now: () => 0, sleep: async (ms) => void waits.push(ms) };
}

const BACKOFF = [10, 20, 40];
const SENDER = parseSender('IT Onboarding <it@corp.example>');
if (typeof SENDER === 'string') throw new Error(SENDER);

let servers: MailServer[] = [];
let sessions: SmtpSession[] = [];
afterEach(async () => {
  for (const session of sessions) session.close();
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  sessions = [];
});

async function server(options: MailServerOptions = {}): Promise<MailServer> {
  const started = await startMailServer(options);
  servers.push(started);
  return started;
}

function session(target: SmtpTarget, tls = false): SmtpSession {
  const made = new SmtpSession(target, tls ? { tls: { ca: LOOPBACK_TLS.cert } } : {});
  sessions.push(made);
  return made;
}

async function message(to: string, subject = 'Votre courrier électronique d’activation Webex') {
  return buildMessage(SENDER as Exclude<typeof SENDER, string>, { to, subject, text: 'Bonjour Zoë, voici… ✓', html: '<p>Bonjour Zoë, voici… ✓</p>' }, new Date('2026-11-30T09:00:00Z'));
}

describe('a message the server accepts', () => {
  it('arrives once, with its recipient, subject, text and HTML, accents intact', async () => {
    const mail = await server();
    const built = await message('zoe@corp.example');
    const result = await deliver(session(parseSmtpUrl(mail.url, {})), 'it@corp.example', 'zoe@corp.example', built.raw, BACKOFF, fakeTimer());
    expect(result).toMatchObject({ status: 'sent', tries: 1 });
    expect(mail.received).toHaveLength(1);
    const parsed = await mail.parse(mail.received[0]!);
    expect(mail.received[0]!.to).toEqual(['zoe@corp.example']);
    expect(parsed.subject).toBe('Votre courrier électronique d’activation Webex');
    expect(parsed.text?.trim()).toBe('Bonjour Zoë, voici… ✓');
    expect(parsed.html).toContain('<p>Bonjour Zoë, voici… ✓</p>');
    expect(parsed.messageId).toBe(built.messageId);
    expect(parsed.from?.value).toEqual([{ name: 'IT Onboarding', address: 'it@corp.example' }]);
  });

  it('keeps one connection for many messages', async () => {
    const mail = await server();
    const smtp = session(parseSmtpUrl(mail.url, {}));
    for (const name of ['a', 'b', 'c']) {
      const built = await message(`${name}@corp.example`);
      expect((await deliver(smtp, 'it@corp.example', `${name}@corp.example`, built.raw, BACKOFF, fakeTimer())).status).toBe('sent');
    }
    expect(mail.received.map((received) => received.to[0])).toEqual(['a@corp.example', 'b@corp.example', 'c@corp.example']);
    expect(mail.connections()).toBe(1);
  });
});

describe('faults', () => {
  it('a temporary 451, then acceptance: sent on the second try, after the first wait', async () => {
    const mail = await server({ hooks: { onMessage: (n) => (n === 1 ? { code: 451, message: 'Try again later' } : 'accept') } });
    const timer = fakeTimer();
    const built = await message('zoe@corp.example');
    const result = await deliver(session(parseSmtpUrl(mail.url, {})), 'it@corp.example', 'zoe@corp.example', built.raw, BACKOFF, timer);
    expect(result).toMatchObject({ status: 'sent', tries: 2 });
    expect(timer.waits).toEqual([10]);
    expect(mail.received).toHaveLength(1);
  });

  it('a 451 every time: deferred after every wait, nothing delivered', async () => {
    const mail = await server({ hooks: { onRcptTo: () => ({ code: 451, message: 'Greylisted' }) } });
    const timer = fakeTimer();
    const built = await message('zoe@corp.example');
    const result = await deliver(session(parseSmtpUrl(mail.url, {})), 'it@corp.example', 'zoe@corp.example', built.raw, BACKOFF, timer);
    expect(result).toMatchObject({ status: 'deferred', tries: 4 });
    expect(result.status === 'deferred' && result.reply).toMatch(/^451 .*Greylisted/);
    expect(timer.waits).toEqual(BACKOFF);
    expect(mail.received).toHaveLength(0);
  });

  it('a permanent 550 for one recipient: failed at once with the reply, the next recipient still sent', async () => {
    const mail = await server({ hooks: { onRcptTo: (address) => (address === 'gone@corp.example' ? { code: 550, message: 'No such user' } : undefined) } });
    const timer = fakeTimer();
    const smtp = session(parseSmtpUrl(mail.url, {}));
    const gone = await deliver(smtp, 'it@corp.example', 'gone@corp.example', (await message('gone@corp.example')).raw, BACKOFF, timer);
    expect(gone).toMatchObject({ status: 'failed', tries: 1 });
    expect(gone.status === 'failed' && gone.reply).toMatch(/^550 .*No such user/);
    const next = await deliver(smtp, 'it@corp.example', 'zoe@corp.example', (await message('zoe@corp.example')).raw, BACKOFF, timer);
    expect(next.status).toBe('sent');
    expect(timer.waits).toEqual([]);
    expect(mail.received.map((received) => received.to)).toEqual([['zoe@corp.example']]);
  });

  it('the connection dropped before the message went out: retried on a new connection, delivered once', async () => {
    const mail = await server({ hooks: { onMailFrom: (n) => (n === 3 ? 'drop' : undefined) } });
    const smtp = session(parseSmtpUrl(mail.url, {}));
    const results = [];
    for (const name of ['a', 'b', 'c', 'd']) {
      results.push(await deliver(smtp, 'it@corp.example', `${name}@corp.example`, (await message(`${name}@corp.example`)).raw, BACKOFF, fakeTimer()));
    }
    expect(results.map((result) => [result.status, result.tries])).toEqual([['sent', 1], ['sent', 1], ['sent', 2], ['sent', 1]]);
    expect([...mail.perRecipient().values()]).toEqual([1, 1, 1, 1]);
    expect(mail.connections()).toBe(2);
  });

  it('the connection dropped after the message went out, with no reply: uncertain, never sent again', async () => {
    const mail = await server({ hooks: { onMessage: (n) => (n === 2 ? 'drop-after-data' : 'accept') } });
    const smtp = session(parseSmtpUrl(mail.url, {}));
    const timer = fakeTimer();
    const first = await deliver(smtp, 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, timer);
    const second = await deliver(smtp, 'it@corp.example', 'b@corp.example', (await message('b@corp.example')).raw, BACKOFF, timer);
    const third = await deliver(smtp, 'it@corp.example', 'c@corp.example', (await message('c@corp.example')).raw, BACKOFF, timer);
    expect([first.status, second.status, third.status]).toEqual(['sent', 'uncertain', 'sent']);
    expect(second.tries).toBe(1);
    expect(timer.waits).toEqual([]);
    expect(mail.dataCount()).toBe(3);
    expect(mail.received.map((received) => received.to[0])).toEqual(['a@corp.example', 'c@corp.example']);
  });

  it('a server that is not there: deferred after the waits, and the reason names the server', async () => {
    const mail = await server();
    const url = mail.url;
    await mail.close();
    servers = [];
    const result = await deliver(session(parseSmtpUrl(url, {})), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, [1], fakeTimer());
    expect(result.status).toBe('deferred');
    expect(result.status === 'deferred' && result.reply).toContain(`could not connect to ${url}`);
  });
});

describe('credentials', () => {
  const USER = 'it-robot';
  const PASS = 's3cr3t-Pa55!';

  it('go over STARTTLS when the server offers it, and the login succeeds', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS }, tls: LOOPBACK_TLS });
    const target = parseSmtpUrl(`smtp://localhost:${mail.port}`, { SMTP_USER: USER, SMTP_PASSWORD: PASS });
    const result = await deliver(session(target, true), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('sent');
    expect(mail.logins).toEqual([{ secure: true, user: USER }]);
  });

  it('go over TLS from the first byte with smtps://', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS }, tls: LOOPBACK_TLS, implicitTls: true });
    const target = parseSmtpUrl(`smtps://${USER}:${encodeURIComponent(PASS)}@localhost:${mail.port}`, {});
    const result = await deliver(session(target, true), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('sent');
    expect(mail.logins).toEqual([{ secure: true, user: USER }]);
  });

  it('a certificate that cannot be verified: no session, no login, whatever the host', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS }, tls: LOOPBACK_TLS });
    const target = parseSmtpUrl(`smtp://localhost:${mail.port}`, { SMTP_USER: USER, SMTP_PASSWORD: PASS });
    // No certificate authority given: the test certificate is self-signed and unknown.
    const result = await deliver(session(target), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('halted');
    expect(result.status === 'halted' && result.reason).toBe(`could not connect to smtp://localhost:${mail.port}: the server's certificate cannot be verified (self-signed certificate)`);
    expect(mail.logins).toEqual([]);
    expect(mail.received).toEqual([]);
  });

  it('are never sent unencrypted to a server off this machine: the session stops before AUTH', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS } });
    // The server is local, but the target says otherwise: the client must refuse to log in.
    const target = { ...parseSmtpUrl(`smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${mail.port}`, {}), loopback: false };
    const result = await deliver(session(target), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('halted');
    expect(mail.logins).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(PASS);
  });

  it('may go unencrypted to this machine', async () => {
    const mail = await server({ auth: { user: USER, pass: PASS } });
    const target = parseSmtpUrl(`smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${mail.port}`, {});
    const result = await deliver(session(target), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('sent');
    expect(mail.logins).toEqual([{ secure: false, user: USER }]);
  });

  it('a refused login stops the run, and no message names the password or the user', async () => {
    const mail = await server({ auth: { user: USER, pass: 'another' } });
    const target = parseSmtpUrl(`smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${mail.port}`, {});
    const result = await deliver(session(target), 'it@corp.example', 'a@corp.example', (await message('a@corp.example')).raw, BACKOFF, fakeTimer());
    expect(result.status).toBe('halted');
    const text = JSON.stringify(result);
    expect(text).toContain('535');
    expect(text).not.toContain(PASS);
    expect(text).not.toContain(USER);
    expect(text).not.toContain(Buffer.from(PASS).toString('base64'));
  });
});
