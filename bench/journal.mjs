// The onboarding journal against its floor, side by side in one process:
//   node bench/journal.mjs [--quick] [--json FILE] [--module PATH]
// `--module` times another build of the journal entry (a file exporting readJournal and
// historyFromJournal); the default is the built package, dist/journal.js.
//
// Method, as in bench/run.mjs. The same journal text (slices of 10,000 lines: one activation
// email per user, a reminder for one user in four, a `sending` line and its `sent` line for one in
// ten, instants with and without offsets and fractions) is read by each contender in short
// slices, interleaved, in an order that rotates every round; the figure kept for a contender is
// the 10th percentile of its slices (a slice that a busy machine interrupts only gets slower),
// the median beside it. The first rounds warm the code up and are dropped.
//
// Contenders:
// - `JSON.parse per line`: the text split into lines and each non-blank line parsed, nothing
//   checked, nothing kept: the floor of any reader of NDJSON.
// - `readJournal`: every line parsed, checked and kept with its line number.
// - `the same fold by hand`: historyFromJournal's work written as one plain loop over readJournal's
//   lines, trusting them, with every instant parsed beforehand: the floor of the fold.
// - `historyFromJournal`: each user's history from the lines readJournal gave.
// - `historyFromJournal, entries given`: the same entries as plain objects from outside, which
//   are checked again (informational).
// Then one journal of 1,000,000 lines (one activation email per user, 87 MB; 200,000 with
// --quick) read and folded once each, with the memory held.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const args = process.argv.slice(2);
// The memory held is read after a full collection: run again with one at hand.
if (typeof globalThis.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
const quick = args.includes('--quick');
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonFile = option('--json');
const modulePath = option('--module');
const journal = await import(modulePath === undefined ? '../dist/journal.js' : pathToFileURL(resolve(modulePath)).href);
const { readJournal, historyFromJournal, parseJournalEntry } = journal;

const GOALS = {
  readOverParse: 2, // readJournal / JSON.parse per line, per line
  historyOverHandFold: 1.5, // historyFromJournal of readJournal's lines / the same fold by hand, per entry
};
const SLICES = 4;
const LINES = 10_000;
const WARMUP_ROUNDS = 20;
const ROUNDS = quick ? 60 : 300;
const LARGE_LINES = quick ? 200_000 : 1_000_000;

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = load();
let sink = 0;

// ---------------------------------------------------------------------------------------------
// The journal.
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 4, 1, 8);
function written(epoch, n) {
  const iso = new Date(epoch).toISOString();
  // One in three with an offset (the same instant, written as +02:00), one in five without a fraction.
  if (n % 3 === 0) return `${new Date(epoch + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
  return n % 5 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}
function journalSlice(k) {
  const lines = [];
  for (let n = 0; lines.length < LINES; n += 1) {
    const userId = `user-${k}-${String(n).padStart(6, '0')}@example.com`;
    const at = BASE + n * 61_000;
    if (n % 10 === 0) {
      lines.push(JSON.stringify({ userId, at: written(at, n), email: 'activation', status: 'sending' }));
      lines.push(JSON.stringify({ userId, at: written(at + 2000, n), email: 'activation', status: 'sent', messageId: `<m${n}@example.com>` }));
    } else lines.push(JSON.stringify({ userId, at: written(at, n), email: 'activation' }));
    if (n % 4 === 0) lines.push(JSON.stringify({ userId, at: written(at + 7 * DAY, n + 1), email: 'reminder' }));
  }
  return `${lines.slice(0, LINES).join('\n')}\n`;
}
const texts = Array.from({ length: SLICES }, (_, k) => journalSlice(k));
const reads = texts.map((text) => readJournal(text));

// The floor of the fold: historyFromJournal's work written by hand for entries known to be valid,
// in one plain loop over an array, with every instant already in milliseconds (parsed before the
// timing) and no check of any kind: what is left between the two is the cost of taking any
// iterable, of telling the entries readJournal checked from others, and of the call per entry.
const instants = reads.map((read) => Float64Array.from(read.entries, (line) => Date.parse(line.entry.at)));
function handFold(lines, at) {
  const history = new Map();
  const more = new Map();
  for (let index = 0; index < lines.length; index += 1) {
    const { userId, email, status, at: text } = lines[index].entry;
    if (status !== undefined && status !== 'sent') continue;
    const ms = at[index];
    const known = history.get(userId);
    if (known === undefined) {
      history.set(userId, { invitedAt: text, remindersSent: email === 'reminder' ? 1 : 0 });
      continue;
    }
    let user = more.get(userId);
    if (user === undefined) {
      const oneAt = Date.parse(known.invitedAt);
      user = { firstAt: oneAt, first: known.invitedAt, lastAt: oneAt, last: known.invitedAt, emails: [oneAt * 4 + (known.remindersSent === 1 ? 2 : 1)], reminders: known.remindersSent };
      more.set(userId, user);
    }
    const key = ms * 4 + (email === 'reminder' ? 2 : 1);
    if (!user.emails.includes(key)) {
      user.emails.push(key);
      if (email === 'reminder') user.reminders += 1;
    }
    if (ms < user.firstAt || (ms === user.firstAt && text < user.first)) {
      user.firstAt = ms;
      user.first = text;
    }
    if (ms > user.lastAt || (ms === user.lastAt && text < user.last)) {
      user.lastAt = ms;
      user.last = text;
    }
  }
  for (const [userId, user] of more) {
    history.set(
      userId,
      user.emails.length > 1
        ? { invitedAt: user.first, lastEmailedAt: user.last, remindersSent: user.reminders }
        : { invitedAt: user.first, remindersSent: user.reminders },
    );
  }
  return history;
}

// The contenders must agree before they are timed: readJournal gives what parsing each line
// gives, and the history of its lines is the history of the same entries given as plain objects.
for (let k = 0; k < SLICES; k += 1) {
  const expected = texts[k].split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const parsed = parseJournalEntry(JSON.parse(line));
    if (!parsed.ok) throw new Error(`line ${index + 1} of slice ${k} is not an entry`);
    return [{ line: index + 1, entry: parsed.value }];
  });
  if (!isDeepStrictEqual(reads[k], { entries: expected, invalid: [] })) throw new Error(`readJournal misreads slice ${k}`);
  const plain = expected.map((line) => ({ ...line.entry }));
  const history = historyFromJournal(reads[k].entries);
  if (!isDeepStrictEqual(history, historyFromJournal(plain))) throw new Error(`the histories of slice ${k} disagree`);
  if (!isDeepStrictEqual(history, handFold(reads[k].entries, instants[k]))) throw new Error(`the fold by hand disagrees on slice ${k}`);
}


const plainEntries = reads.map((read) => read.entries.map((line) => ({ ...line.entry })));

// ---------------------------------------------------------------------------------------------
// Per line, interleaved rounds: nanoseconds per line (or per entry) of one slice.
const perLine = (started, count) => Number(process.hrtime.bigint() - started) / count;
const contenders = [
  [
    'JSON.parse per line',
    (k) => {
      const started = process.hrtime.bigint();
      const lines = texts[k].split('\n');
      for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        if (line.trim() !== '') sink += JSON.parse(line) === null ? 0 : 1;
      }
      return perLine(started, LINES);
    },
  ],
  [
    'readJournal',
    (k) => {
      const started = process.hrtime.bigint();
      sink += readJournal(texts[k]).entries.length;
      return perLine(started, LINES);
    },
  ],
  [
    'the same fold by hand',
    (k) => {
      const started = process.hrtime.bigint();
      sink += handFold(reads[k].entries, instants[k]).size;
      return perLine(started, reads[k].entries.length);
    },
  ],
  [
    'historyFromJournal',
    (k) => {
      const started = process.hrtime.bigint();
      sink += historyFromJournal(reads[k].entries).size;
      return perLine(started, reads[k].entries.length);
    },
  ],
  [
    'historyFromJournal, entries given',
    (k) => {
      const started = process.hrtime.bigint();
      sink += historyFromJournal(plainEntries[k]).size;
      return perLine(started, plainEntries[k].length);
    },
  ],
];
const samples = Object.fromEntries(contenders.map(([name]) => [name, []]));
for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
  const k = round % SLICES;
  for (let turn = 0; turn < contenders.length; turn += 1) {
    const [name, run] = contenders[(round + turn) % contenders.length];
    const time = run(k);
    if (round >= WARMUP_ROUNDS) samples[name].push(time);
  }
}
const percentile = (values, p) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const figures = Object.fromEntries(
  Object.entries(samples).map(([name, values]) => [name, { p10: percentile(values, 10), median: percentile(values, 50) }]),
);
const ratios = {
  readOverParse: figures.readJournal.p10 / figures['JSON.parse per line'].p10,
  historyOverHandFold: figures.historyFromJournal.p10 / figures['the same fold by hand'].p10,
};

// ---------------------------------------------------------------------------------------------
// One large journal, read and folded once: wall time and the memory held after each step.
const MB = 1024 * 1024;
const held = () => {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const large = {};
{
  const lines = new Array(LARGE_LINES);
  for (let n = 0; n < LARGE_LINES; n += 1) {
    lines[n] = `{"userId":"user-${String(n).padStart(7, '0')}@example.com","at":"${new Date(BASE + n * 61_000).toISOString().slice(0, 19)}Z","email":"activation"}`;
  }
  const text = `${lines.join('\n')}\n`;
  lines.length = 0;
  // Wall time, and the process's CPU time (a machine shared with other work stretches the wall
  // clock, not the CPU time; the collector's threads count in it).
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const timed = (name, run) => {
    const wall = performance.now();
    const cpuAtStart = cpu();
    const result = run();
    large[name] = { wallMs: performance.now() - wall, cpuMs: cpu() - cpuAtStart };
    return result;
  };
  const before = held();
  const parsed = timed('parse', () => {
    let count = 0;
    for (const line of text.split('\n')) if (line !== '') count += JSON.parse(line) === null ? 0 : 1;
    return count;
  });
  const read = timed('readJournal', () => readJournal(text));
  large.entriesMB = (held() - before) / MB;
  const history = timed('historyFromJournal', () => historyFromJournal(read.entries));
  large.historyMB = (held() - before) / MB - large.entriesMB;
  large.lines = parsed;
  large.textMB = text.length / MB;
  large.users = history.size;
  large.peakRssMB = process.resourceUsage().maxRSS / 1024;
}

// ---------------------------------------------------------------------------------------------
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = {
  machine: { cpu, cores: cpus().length, node: process.version, loadAtStart, loadAtEnd: load() },
  rounds: ROUNDS,
  linesPerSlice: LINES,
  nsPerLine: figures,
  ratios,
  goals: GOALS,
  holds: Object.fromEntries(Object.entries(GOALS).map(([name, goal]) => [name, ratios[name] <= goal])),
  large,
};
const ns = (name) => `${figures[name].p10.toFixed(0)} ns (median ${figures[name].median.toFixed(0)})`;
const verdict = (name) => `${ratios[name].toFixed(2)}x, goal at most ${GOALS[name]}x: ${report.holds[name] ? 'holds' : 'DOES NOT HOLD'}`;
console.log(`The journal: ${cpu}, ${cpus().length} cores, Node ${process.version}, load ${loadAtStart} -> ${report.machine.loadAtEnd}`);
console.log(`per line, 10th percentile of ${ROUNDS} slices of ${LINES.toLocaleString('en')} lines:`);
for (const name of Object.keys(figures)) console.log(`  ${name.padEnd(36)} ${ns(name)}`);
console.log(`  readJournal / JSON.parse per line:          ${verdict('readOverParse')}`);
console.log(`  historyFromJournal / the same fold by hand: ${verdict('historyOverHandFold')}`);
const took = (name) => `${large[name].cpuMs.toFixed(0)} ms CPU (${large[name].wallMs.toFixed(0)} ms wall)`;
console.log(`${large.lines.toLocaleString('en')} lines (${large.textMB.toFixed(0)} MB), read and folded once:`);
console.log(`  JSON.parse per line                  ${took('parse')}`);
console.log(`  readJournal                          ${took('readJournal')}, ${large.entriesMB.toFixed(0)} MB held`);
console.log(`  historyFromJournal                   ${took('historyFromJournal')}, +${large.historyMB.toFixed(0)} MB (${large.users.toLocaleString('en')} users)`);
console.log(`  peak RSS                             ${large.peakRssMB.toFixed(0)} MB`);
if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
if (sink === -1) console.log('');
