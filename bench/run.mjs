// `npm run bench`: the built package against the hand-written limit and against
// json-rules-engine, side by side in one process, then the large-org figures in child processes,
// then the bundle sizes. Prints a report and, with `--json FILE`, writes the figures as JSON.
//
// Method. Every contender decides the same mixed users (every rule row, both settings, instants
// with and without offsets or fractions, nulls, absent fields, extra export fields) in the same
// order. Rounds are interleaved: each round times one pass of every contender, in an order that
// rotates from round to round, so a burst of load from another process lands on all of them
// alike. A ratio is computed inside each round (both sides under the same load) and the median
// over the rounds is reported, with the spread. The first rounds only warm the code up.
//
// Options: --quick (fewer rounds, 100,000-user large orgs: a smoke run), --json FILE.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import { decide, decideEach, planActivation } from '../dist/index.js';
import { baselineDecide } from './baseline.mjs';
import { makeUsers, SETTINGS } from './inputs.mjs';
import { createEngine, engineDecide } from './json-rules-engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;

const USERS = 20_000; // per pass; SETTINGS cycle with the user index
const PASSES = 5; // passes over USERS per timing, so each timing lasts tens of milliseconds
const ENGINE_USERS = 1_000; // json-rules-engine is far slower: fewer users per timing
const WARMUP_ROUNDS = 4;
const ROUNDS = quick ? 6 : 21;
const LARGE_PLAN_USERS = quick ? 100_000 : 1_000_000;
const STREAM_USERS = quick ? 1_000_000 : 10_000_000;

const TARGETS = {
  decideOverBaseline: 2,
  planOverBaseline: 3,
  engineOverDecide: 100,
  largePlanMs: 1000,
  largePlanMB: 400,
  streamGrowthMB: 64,
};

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = load();
let sink = 0; // every result feeds this, so no work can be optimised away

// ---------------------------------------------------------------------------------------------
// 1. The three implementations must agree before any of them is timed.
const users = makeUsers(USERS, 7);
const chunks = SETTINGS.map((_, k) => users.filter((_, index) => (index & 3) === k));
const engine = createEngine();
for (let index = 0; index < users.length; index += 1) {
  const settings = SETTINGS[index & 3];
  const expected = decide(settings, users[index]);
  if (!isDeepStrictEqual(baselineDecide(settings, users[index]), expected)) {
    throw new Error(`baseline and decide disagree on user ${index}`);
  }
  if (index < 2_000 && !isDeepStrictEqual(await engineDecide(engine, settings, users[index]), expected)) {
    throw new Error(`json-rules-engine and decide disagree on user ${index}`);
  }
}
for (let k = 0; k < SETTINGS.length; k += 1) {
  const plan = planActivation(SETTINGS[k], chunks[k]);
  const singles = chunks[k].map((user) => decide(SETTINGS[k], user));
  if (!isDeepStrictEqual(plan.decisions, singles)) throw new Error('planActivation and decide disagree');
}
const kinds = {};
for (let index = 0; index < users.length; index += 1) {
  const kind = decide(SETTINGS[index & 3], users[index]).kind;
  kinds[kind] = (kinds[kind] ?? 0) + 1;
}

// ---------------------------------------------------------------------------------------------
// 2. Per-user cost, interleaved rounds.
function timeDecide() {
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (let index = 0; index < users.length; index += 1) sink += decide(SETTINGS[index & 3], users[index]).kind.length;
  }
  return Number(process.hrtime.bigint() - started) / (PASSES * users.length);
}

function timeBaseline() {
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (let index = 0; index < users.length; index += 1) {
      sink += baselineDecide(SETTINGS[index & 3], users[index]).kind.length;
    }
  }
  return Number(process.hrtime.bigint() - started) / (PASSES * users.length);
}

function timePlan() {
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (let k = 0; k < chunks.length; k += 1) sink += planActivation(SETTINGS[k], chunks[k]).decisions.length;
  }
  return Number(process.hrtime.bigint() - started) / (PASSES * users.length);
}

function timeDecideEach() {
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (let k = 0; k < chunks.length; k += 1) {
      for (const item of decideEach(SETTINGS[k], chunks[k])) sink += item.index;
    }
  }
  return Number(process.hrtime.bigint() - started) / (PASSES * users.length);
}

async function timeEngine() {
  const started = process.hrtime.bigint();
  for (let index = 0; index < ENGINE_USERS; index += 1) {
    sink += (await engineDecide(engine, SETTINGS[index & 3], users[index])).kind.length;
  }
  return Number(process.hrtime.bigint() - started) / ENGINE_USERS;
}

const contenders = [
  ['decide', timeDecide],
  ['baseline', timeBaseline],
  ['planActivation', timePlan],
  ['decideEach', timeDecideEach],
  ['json-rules-engine', timeEngine],
];
const samples = Object.fromEntries(contenders.map(([name]) => [name, []]));
const ratioSamples = { decideOverBaseline: [], planOverBaseline: [], eachOverBaseline: [], engineOverDecide: [] };
for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
  const times = {};
  for (let turn = 0; turn < contenders.length; turn += 1) {
    const [name, run] = contenders[(round + turn) % contenders.length];
    times[name] = await run();
  }
  if (round < WARMUP_ROUNDS) continue;
  for (const [name] of contenders) samples[name].push(times[name]);
  ratioSamples.decideOverBaseline.push(times.decide / times.baseline);
  ratioSamples.planOverBaseline.push(times.planActivation / times.baseline);
  ratioSamples.eachOverBaseline.push(times.decideEach / times.baseline);
  ratioSamples.engineOverDecide.push(times['json-rules-engine'] / times.decide);
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), low: sorted[0], high: sorted[sorted.length - 1], q1: at(0.25), q3: at(0.75) };
}

const perUser = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]));
const ratios = Object.fromEntries(Object.entries(ratioSamples).map(([name, values]) => [name, stats(values)]));

// ---------------------------------------------------------------------------------------------
// 3. Large orgs, each in a child process of its own so that memory figures are its own.
function child(script, scriptArgs) {
  const result = spawnSync(process.execPath, ['--expose-gc', join(here, script), ...scriptArgs.map(String)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const largePlan = child('large-plan.mjs', [LARGE_PLAN_USERS]);
const streamedPlan = child('large-plan.mjs', [LARGE_PLAN_USERS, 'streamed']);
const idSet = child('stream.mjs', ['ids', STREAM_USERS]);
const stream = child('stream.mjs', ['decide', STREAM_USERS]);
const streamGrowthMB = stream.retainedMB - idSet.retainedMB;

// ---------------------------------------------------------------------------------------------
// 4. Bundle sizes (min + gzip, browser), from the same configuration `npm run size` checks.
let sizes = [];
const sizeRun = spawnSync(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json'], {
  cwd: root,
  encoding: 'utf8',
});
try {
  sizes = JSON.parse(sizeRun.stdout);
} catch {
  sizes = [];
}

// ---------------------------------------------------------------------------------------------
// 5. Report.
const loadAtEnd = load();
const met = (ok) => (ok ? 'met' : 'MISSED');
const ns = (value) => `${value.toFixed(0)} ns`;
const x = (value) => `${value.toFixed(2)}x`;
const spread = (s, format) => `${format(s.median)} (rounds: ${format(s.low)} to ${format(s.high)})`;

const lines = [];
lines.push(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown'}; Node ${process.version}`);
lines.push(`load average (1, 5, 15 min): ${loadAtStart} at start, ${loadAtEnd} at end`);
lines.push(`users per pass: ${USERS} (${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
lines.push(`rounds: ${ROUNDS} measured after ${WARMUP_ROUNDS} warm-up rounds, interleaved`);
lines.push('');
lines.push('per user (median over rounds)');
for (const [name] of contenders) lines.push(`  ${name.padEnd(18)} ${spread(perUser[name], ns)}`);
lines.push('');
lines.push('ratios (median of per-round ratios)');
lines.push(
  `  decide / baseline              ${spread(ratios.decideOverBaseline, x)}  target <= ${TARGETS.decideOverBaseline}x: ${met(ratios.decideOverBaseline.median <= TARGETS.decideOverBaseline)}`,
);
lines.push(
  `  planActivation / baseline      ${spread(ratios.planOverBaseline, x)}  target <= ${TARGETS.planOverBaseline}x: ${met(ratios.planOverBaseline.median <= TARGETS.planOverBaseline)}`,
);
lines.push(`  decideEach / baseline          ${spread(ratios.eachOverBaseline, x)}`);
lines.push(
  `  json-rules-engine / decide     ${spread(ratios.engineOverDecide, x)}  target >= ${TARGETS.engineOverDecide}x: ${met(ratios.engineOverDecide.median >= TARGETS.engineOverDecide)}`,
);
lines.push('');
lines.push(`planActivation, ${largePlan.users} users in an array (${largePlan.invalid} of them invalid or repeated)`);
lines.push(
  `  time: ${largePlan.msMedian.toFixed(0)} ms median of 3 runs (best ${largePlan.msBest.toFixed(0)} ms, first ${largePlan.msFirstRun.toFixed(0)} ms; CPU ${largePlan.cpuMsMedian.toFixed(0)} ms)  target < ${TARGETS.largePlanMs} ms: ${met(largePlan.msMedian < TARGETS.largePlanMs)}`,
);
lines.push(
  `  peak RSS of the whole process: ${largePlan.peakRssMB.toFixed(0)} MB, of which the input array holds ${largePlan.inputHeapMB.toFixed(0)} MB of heap; the plan returned holds ${largePlan.planHeapMB.toFixed(0)} MB`,
);
lines.push(
  `  the same org streamed from a generator (input not held): peak RSS ${streamedPlan.peakRssMB.toFixed(0)} MB  target < ${TARGETS.largePlanMB} MB: ${met(streamedPlan.peakRssMB < TARGETS.largePlanMB)}`,
);
lines.push('');
lines.push(`decideEach streaming ${stream.users} generated users`);
lines.push(
  `  ${stream.ms.toFixed(0)} ms; retained heap after a full GC: ${stream.retainedMB.toFixed(0)} MB; the id set alone: ${idSet.retainedMB.toFixed(0)} MB`,
);
lines.push(
  `  growth beyond the id set: ${streamGrowthMB.toFixed(1)} MB retained (largest gap at any checkpoint ${stream.checkpoints
    .map((point, i) => point.retainedMB - (idSet.checkpoints[i]?.retainedMB ?? 0))
    .reduce((a, b) => Math.max(a, b), -Infinity)
    .toFixed(1)} MB); peak RSS ${stream.peakRssMB.toFixed(0)} MB against ${idSet.peakRssMB.toFixed(0)} MB for the id set alone  target < ${TARGETS.streamGrowthMB} MB: ${met(streamGrowthMB < TARGETS.streamGrowthMB)}`,
);
lines.push('');
lines.push('bundle sizes (min + gzip, from .size-limit.cjs)');
for (const entry of sizes) {
  lines.push(`  ${entry.name.padEnd(40)} ${(entry.size / 1024).toFixed(2)} KiB  ${entry.passed ? 'within budget' : 'OVER BUDGET'}`);
}
if (sizes.length === 0) lines.push(`  size-limit did not run: ${sizeRun.stderr.trim().split('\n')[0] ?? ''}`);
console.log(lines.join('\n'));

if (jsonFile !== undefined) {
  writeFileSync(
    jsonFile,
    `${JSON.stringify(
      { machine: { cores: cpus().length, model: cpus()[0]?.model, node: process.version, loadAtStart, loadAtEnd }, kinds, perUser, ratios, largePlan, streamedPlan, idSet, stream, streamGrowthMB, sizes },
      null,
      2,
    )}\n`,
  );
}
if (sink === 42) console.log(''); // keeps `sink` alive
