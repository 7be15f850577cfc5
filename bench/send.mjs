// `send` to a local SMTP server, run as an admin runs it (after `npm run build`).
//
//   node bench/send.mjs [COUNT]           speed: COUNT new users (10,000 by default)
//   node bench/send.mjs --faults [COUNT]  faults: COUNT users (1,000 by default), every fault
//
// COUNT new users are written as NDJSON; an SMTP server (the `smtp-server` package) listens on
// 127.0.0.1 in this process; the built command line runs as a child process and sends every
// user's activation email with --yes: the draft composed per user, nodemailer's client on one
// kept connection, the journal synced to disk before each message goes out.
//
// Speed prints one JSON line: messages per second over the whole run (start-up included), what
// the server accepted, and the load average. Faults injects, through the server's hooks, a 451
// then acceptance (every 50th user), a 550 for good (every 100th), a 451 for the whole first run
// (two users), the connection cut before a message (every 97th transaction) and after one,
// with no reply (three messages), then kills the command with SIGKILL after 60% of the users
// were accepted and runs it again twice; it prints what each run reported and what the server
// holds: sent, failed, deferred, uncertain, and duplicates (recipients with two messages or more).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const faults = process.argv[2] === '--faults';
const count = Number(process.argv[faults ? 3 : 2] ?? (faults ? 1_000 : 10_000));
const dir = mkdtempSync(join(tmpdir(), 'aep-bench-send-'));
const NOW = '2026-12-01T09:00:00Z';
const userId = (n) => `user${n}@bench.example`;

const users = [];
for (let n = 1; n <= count; n += 1) users.push(JSON.stringify({ id: userId(n), license: 'paid', hasSignedIn: false }));
writeFileSync(join(dir, 'users.ndjson'), `${users.join('\n')}\n`);
const journal = join(dir, 'journal.ndjson');

/** What the server accepted, per recipient. */
const accepted = new Map();
let acceptedCount = 0;
let hooks = {};
let transactions = 0;
let data = 0;
const smtpError = (code, message) => Object.assign(new Error(message), { responseCode: code });
const server = new SMTPServer({
  logger: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onMailFrom(_address, session, callback) {
    transactions += 1;
    if (hooks.dropAtMailFrom?.(transactions)) return cut(session);
    callback();
  },
  onRcptTo(address, _session, callback) {
    const refusal = hooks.rcpt?.(address.address);
    callback(refusal === undefined ? null : smtpError(refusal.code, refusal.message));
  },
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      data += 1;
      if (hooks.dropAfterData?.(data)) return cut(session);
      const to = session.envelope.rcptTo[0].address;
      accepted.set(to, (accepted.get(to) ?? 0) + 1);
      acceptedCount += 1;
      hooks.accepted?.(acceptedCount);
      callback(null, 'OK');
    });
  },
});
const sockets = new Set();
server.server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
function cut(session) {
  for (const socket of sockets) if (socket.remotePort === session.remotePort) socket.destroy();
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `smtp://127.0.0.1:${server.server.address().port}`;

const args = (...extra) => [
  join(root, 'dist', 'cli.js'), 'send', join(dir, 'users.ndjson'),
  '--auto-send', 'off', '--meetings', '--content', join(root, 'test', 'cli', 'send', 'fixtures', 'draft.json'),
  '--journal', journal, '--from', 'IT <it@bench.example>', '--smtp', url, '--now', NOW, '--yes', ...extra,
];

/** Runs the command; `onStart` gets the child (to kill it). */
function run(extra = [], onStart = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args(...extra), { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    onStart(child);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout }));
  });
}

function summaryOf(stdout) {
  const match = /Sent (\d+), failed (\d+), deferred (\d+), uncertain (\d+), skipped (\d+)\./.exec(stdout);
  return match === null ? null : { sent: +match[1], failed: +match[2], deferred: +match[3], uncertain: +match[4], skipped: +match[5] };
}

if (!faults) {
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const { code } = await run();
  const seconds = (performance.now() - started) / 1000;
  const journalLines = readFileSync(journal, 'utf8').trimEnd().split('\n').length;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'send',
      messages: count,
      accepted: acceptedCount,
      exitCode: code,
      journalLines,
      seconds: Number(seconds.toFixed(2)),
      messagesPerSecond: Math.round(acceptedCount / seconds),
      cores: cpus().length,
      loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
      node: process.version,
    })}\n`,
  );
  if (code !== 0 || acceptedCount !== count) process.exitCode = 1;
} else {
  const index = (address) => Number(/^user(\d+)@/.exec(address)?.[1]);
  const refusedOnce = new Set();
  let greylisting = true;
  const dropsAfterData = new Set([Math.round(count * 0.15), Math.round(count * 0.35), Math.round(count * 0.5)]);
  hooks = {
    rcpt(address) {
      const n = index(address);
      if (n % 100 === 13) return { code: 550, message: '5.1.1 Mailbox unavailable' };
      if (greylisting && (n === 2 || n === 3)) return { code: 451, message: '4.7.1 Greylisted, try again later' };
      if (n % 50 === 7 && !refusedOnce.has(n)) {
        refusedOnce.add(n);
        return { code: 451, message: '4.3.0 Temporary failure' };
      }
      return undefined;
    },
    dropAtMailFrom: (n) => n % 97 === 0,
    dropAfterData: (n) => dropsAfterData.has(n),
  };
  let child;
  let killedAt;
  const killAfter = Math.round(count * 0.6);
  hooks.accepted = (n) => {
    if (n === killAfter && child !== undefined && killedAt === undefined) {
      killedAt = n;
      setImmediate(() => child.kill('SIGKILL'));
    }
  };
  const runs = [];
  const first = await run([], (started) => (child = started));
  runs.push({ run: 'first, killed with SIGKILL', signal: first.signal, acceptedWhenKilled: killedAt, summary: summaryOf(first.stdout) });
  hooks.accepted = undefined;
  const second = await run();
  runs.push({ run: 'second', exitCode: second.code, summary: summaryOf(second.stdout) });
  greylisting = false;
  const third = await run();
  runs.push({ run: 'third, greylisting over', exitCode: third.code, summary: summaryOf(third.stdout) });

  const entries = readFileSync(journal, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
  const last = new Map();
  for (const entry of entries) last.set(entry.userId, entry);
  const uncertain = [...third.stdout.matchAll(/^ {2}(\S+): a send begun at .* has no known outcome/gm)].map((match) => match[1]);
  let once = 0;
  let duplicates = 0;
  let missing = 0;
  for (let n = 1; n <= count; n += 1) {
    const got = accepted.get(userId(n)) ?? 0;
    if (got === 1) once += 1;
    if (got > 1) duplicates += 1;
    if (got === 0) missing += 1;
  }
  const failed = [...last.values()].filter((entry) => entry.status === 'failed' && /^5/.test(entry.reply ?? '')).length;
  const deferredNow = [...last.values()].filter((entry) => entry.status === 'failed' && !/^5/.test(entry.reply ?? '')).length;
  const sentInJournal = entries.filter((entry) => entry.status === 'sent').length;
  process.stdout.write(
    `${JSON.stringify(
      {
        bench: 'send --faults',
        users: count,
        runs,
        server: { recipientsWithOneMessage: once, recipientsWithNone: missing, duplicates, messagesAccepted: acceptedCount },
        journal: { sent: sentInJournal, failedFor5xx: failed, deferredStill: deferredNow, uncertain: uncertain.length },
        uncertainUsers: uncertain.map((id) => ({ id, messagesOnServer: accepted.get(id) ?? 0 })),
        cores: cpus().length,
        loadAverage: Number(loadavg()[0].toFixed(2)),
      },
      null,
      2,
    )}\n`,
  );
  if (duplicates > 0) process.exitCode = 1;
}
await new Promise((resolve) => server.close(resolve));
rmSync(dir, { recursive: true, force: true });
