// `npm run mail-server`, the local SMTP server the documentation uses to try send: it listens
// on 127.0.0.1, prints one line per message, saves each as an .eml file, and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { DRAFT_PATH, NOW, runSend, toNdjson, USERS } from './support';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aep-mail-server-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('receives what send sends, prints a line per message, saves it whole, and stops on SIGTERM', async () => {
  const received = join(dir, 'received');
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'mail-server.mjs'), '--port', '0', '--dir', received], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve) => {
      const check = (): void => (/Listening on smtp:\/\/127\.0\.0\.1:\d+/.test(output) ? resolve() : void setTimeout(check, 20));
      check();
    });
    const url = /Listening on (smtp:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
    const users = join(dir, 'users.ndjson');
    writeFileSync(users, toNdjson(USERS));
    const result = await runSend([users, '--auto-send', 'off', '--content', DRAFT_PATH, '--journal', join(dir, 'journal.ndjson'), '--from', 'it@corp.example', '--smtp', url, '--now', NOW, '--yes']);
    expect(result.code).toBe(0);
    expect(readdirSync(received).sort()).toEqual(['000001.eml', '000002.eml', '000003.eml']);
    const parsed = await simpleParser(readFileSync(join(received, '000003.eml')));
    expect(parsed.subject).toBe('Reminder: activate your Webex account');
    expect(output).toContain(`3  chloe@corp.example  "Reminder: activate your Webex account"  ${join(received, '000003.eml')}`);
  } finally {
    server.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
