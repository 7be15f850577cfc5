// The small parts of send on their own: --smtp URLs and credentials, the rate limiter, the
// sender, the .eml file names, and writing a file whole or not at all.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emlFileName, writeFileAtomically } from '../../../src/cli/mail/eml-file';
import { parseSender } from '../../../src/cli/mail/message';
import { RateLimiter } from '../../../src/cli/mail/pace';
import { isLoopbackHost, parseSmtpUrl } from '../../../src/cli/mail/smtp-url';
import { fakeTimer } from './support';

describe('--smtp', () => {
  it('reads the scheme, the host and the port, with the usual ports by default', () => {
    expect(parseSmtpUrl('smtp://mail.corp.example', {})).toMatchObject({ host: 'mail.corp.example', port: 587, secure: false, auth: undefined, loopback: false, display: 'smtp://mail.corp.example:587' });
    expect(parseSmtpUrl('smtps://mail.corp.example', {})).toMatchObject({ port: 465, secure: true, display: 'smtps://mail.corp.example:465' });
    expect(parseSmtpUrl('smtp://[::1]:2525', {})).toMatchObject({ host: '::1', port: 2525, loopback: true, display: 'smtp://[::1]:2525' });
  });

  it('takes credentials from the URL (percent-decoded), else from SMTP_USER and SMTP_PASSWORD', () => {
    expect(parseSmtpUrl('smtp://it%40corp:p%3Ass@mail.corp.example', { SMTP_USER: 'other', SMTP_PASSWORD: 'other' }).auth).toEqual({ user: 'it@corp', pass: 'p:ss' });
    expect(parseSmtpUrl('smtp://mail.corp.example', { SMTP_USER: 'robot', SMTP_PASSWORD: 'pw' }).auth).toEqual({ user: 'robot', pass: 'pw' });
    expect(parseSmtpUrl('smtp://robot@mail.corp.example', { SMTP_PASSWORD: 'pw' }).auth).toEqual({ user: 'robot', pass: 'pw' });
  });

  it('shows the server without the credentials, and redacts every form of them', () => {
    const target = parseSmtpUrl('smtp://robot:s3cret%21@mail.corp.example:25', {});
    expect(target.display).toBe('smtp://mail.corp.example:25');
    const plain = Buffer.from('\u0000robot\u0000s3cret!').toString('base64');
    const text = `robot s3cret! s3cret%21 ${Buffer.from('s3cret!').toString('base64')} ${plain}`;
    expect(target.redact(text)).toBe('*** *** *** *** ***');
  });

  it.each([
    ['not a URL', 'mail.corp.example', /takes a URL such as/],
    ['another scheme', 'https://mail.corp.example', /smtp:\/\/ or smtps:\/\/ URL, not https:\/\//],
    ['a path', 'smtp://mail.corp.example/inbox', /no path, query or fragment/],
    ['a query', 'smtp://mail.corp.example?tls=off', /no path, query or fragment/],
  ])('refuses %s, without quoting the URL', (_, url, message) => {
    expect(() => parseSmtpUrl(url, {})).toThrow(message);
  });

  it('never quotes a password it refuses', () => {
    expect(() => parseSmtpUrl('smtps://robot:hunter2@mail.corp.example/x', {})).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  it('knows this machine from any other', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.10', '::1', '[::1]'].map(isLoopbackHost)).toEqual([true, true, true, true, true, true]);
    expect(['mail.corp.example', '10.0.0.1', '128.0.0.1', '::2', 'localhost.evil.example'].map(isLoopbackHost)).toEqual([false, false, false, false, false]);
  });
});

describe('--rate', () => {
  it('spaces messages evenly: 60 a minute is one a second', async () => {
    const timer = fakeTimer();
    const rate = new RateLimiter(60, timer);
    for (let n = 0; n < 4; n += 1) await rate.take();
    expect(timer.waits).toEqual([1000, 1000, 1000]);
  });

  it('does not wait when the messages are slower than the rate', async () => {
    const timer = fakeTimer();
    const rate = new RateLimiter(60, timer);
    await rate.take();
    await timer.sleep(5000);
    await rate.take();
    expect(timer.waits).toEqual([5000]);
  });

  it('never waits without a rate', async () => {
    const timer = fakeTimer();
    const rate = new RateLimiter(undefined, timer);
    for (let n = 0; n < 3; n += 1) await rate.take();
    expect(timer.waits).toEqual([]);
  });
});

describe('--from', () => {
  it('takes a bare address or one with a display name', () => {
    expect(parseSender('it@corp.example')).toEqual({ address: 'it@corp.example', name: undefined });
    expect(parseSender('IT Onboarding <it@corp.example>')).toEqual({ address: 'it@corp.example', name: 'IT Onboarding' });
    expect(parseSender('"Équipe IT" <it@corp.example>')).toEqual({ address: 'it@corp.example', name: 'Équipe IT' });
  });

  it.each([['two addresses', 'a@corp.example, b@corp.example'], ['no address', 'IT Onboarding'], ['a line break', 'it@corp.example\r\nBcc: eve@evil.example']])('refuses %s', (_, text) => {
    expect(typeof parseSender(text)).toBe('string');
  });
});

describe('.eml files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aep-eml-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are named after the user and the email; an id with unsafe characters gets a hash, so two never collide', () => {
    expect(emlFileName('ana@corp.example', 'activation')).toBe('ana@corp.example.activation.eml');
    const a = emlFileName('../etc/passwd', 'reminder');
    const b = emlFileName('__etc_passwd', 'reminder');
    expect(a).toMatch(/^_.\.etc_passwd-[0-9a-f]{8}\.reminder\.eml$|^__etc_passwd-[0-9a-f]{8}\.reminder\.eml$/);
    expect(a).not.toContain('/');
    expect(a).not.toBe(b);
  });

  it('are written whole: the bytes, and no temporary file left', async () => {
    const path = await writeFileAtomically(dir, 'a.eml', Buffer.from('Subject: é\r\n\r\nbody'));
    expect(readFileSync(path, 'utf8')).toBe('Subject: é\r\n\r\nbody');
    expect(readdirSync(dir)).toEqual(['a.eml']);
  });

  it('replace an older file in one step', async () => {
    await writeFileAtomically(dir, 'a.eml', Buffer.from('old'));
    await writeFileAtomically(dir, 'a.eml', Buffer.from('new'));
    expect(readFileSync(join(dir, 'a.eml'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.eml']);
  });

  it('a folder that is not there: an error, and nothing written', async () => {
    await expect(writeFileAtomically(join(dir, 'missing'), 'a.eml', Buffer.from('x'))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
