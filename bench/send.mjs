// `node bench/send.mjs [COUNT]` (after `npm run build`): `send` to a local SMTP server, timed.
// COUNT new users (10,000 by default) are written as NDJSON; an SMTP server (the `smtp-server`
// package) listens on 127.0.0.1 in this process and counts what it accepts; the built command
// line runs as a child process, as an admin runs it, and sends every user's activation email
// with --yes: the draft composed per user, nodemailer's client on one kept connection, and two
// journal lines synced to disk per message. Prints one JSON line: messages per second over the
// whole run (start-up included), the count the server accepted, and the load average.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'aep-bench-send-'));
const NOW = '2026-12-01T09:00:00Z';

const users = [];
for (let n = 1; n <= count; n += 1) users.push(JSON.stringify({ id: `user${n}@bench.example`, license: 'paid', hasSignedIn: false }));
writeFileSync(join(dir, 'users.ndjson'), `${users.join('\n')}\n`);
const journal = join(dir, 'journal.ndjson');

let accepted = 0;
const server = new SMTPServer({
  logger: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      accepted += 1;
      callback(null, 'OK');
    });
  },
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `smtp://127.0.0.1:${server.server.address().port}`;

const args = [
  join(root, 'dist', 'cli.js'), 'send', join(dir, 'users.ndjson'),
  '--auto-send', 'off', '--meetings', '--content', join(root, 'test', 'cli', 'send', 'fixtures', 'draft.json'),
  '--journal', journal, '--from', 'IT <it@bench.example>', '--smtp', url, '--now', NOW, '--yes',
];
const loadBefore = loadavg()[0];
const started = performance.now();
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (exitCode) => resolve(exitCode));
});
const seconds = (performance.now() - started) / 1000;
const journalLines = readFileSync(journal, 'utf8').trimEnd().split('\n').length;
await new Promise((resolve) => server.close(resolve));
rmSync(dir, { recursive: true, force: true });

process.stdout.write(
  `${JSON.stringify({
    bench: 'send',
    messages: count,
    accepted,
    exitCode: code,
    journalLines,
    seconds: Number(seconds.toFixed(2)),
    messagesPerSecond: Math.round(accepted / seconds),
    cores: cpus().length,
    loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
    node: process.version,
  })}\n`,
);
if (code !== 0 || accepted !== count) process.exitCode = 1;
