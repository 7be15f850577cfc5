// The command line against its floors (issue 18), side by side in one run:
//   node bench/cli.mjs [--quick] [--users N] [--rounds N] [--json FILE] [--cli PATH] [--start-only]
// Runs the built CLI (dist/cli.js: build it first with `npx tsup`; `--cli` times another build);
// `--start-only` measures the start alone.
//
// Goals, each a ratio of two figures taken in this run:
// - `plan FILE --format csv > /dev/null` over 1,000,000 users, at most 2x the parse-only floor of
//   the same file: csv-parse alone with the options the command uses (its Node stream, each record
//   counted and dropped) for CSV; the file read as text, split into lines and each line given to
//   `JSON.parse` for NDJSON. The floors and the command each run in a process of their own, so
//   each figure includes Node's start; they take turns, round after round, and the figure kept is
//   the least CPU time (user + system, the process's GC threads included) of the rounds, the wall
//   clock beside it. CPU time rather than the wall clock, because on a shared machine a run of
//   seconds is always interrupted, which stretches its wall clock but not its CPU time.
// - `--help` within 1.3x bare Node's start (`node -e 0`): both started many times in turn; the
//   figure kept is the 10th percentile of each one's wall clock (a process this short often runs
//   undisturbed; a disturbed one only gets slower), the median beside it.
// The same goal holds for Control Hub's user export of the same users (bench/inputs.mjs,
// `controlHubExportRow`), the file admins download, against csv-parse alone on that file.
// The input files (about 1% bad rows: typo'd licences, impossible days, repeated ids) are written
// once to the temporary folder and kept for later runs.
//
// `node bench/cli.mjs --floor csv|ndjson FILE` is one floor run, used by the bench itself.

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cli = option('--cli') ?? join(root, 'dist', 'cli.js');

if (args[0] === '--floor') {
  await floor(args[1], args[2]);
  process.exit(0);
}

const quick = args.includes('--quick');
const USERS = Number(option('--users') ?? (quick ? 200_000 : 1_000_000));
const ROUNDS = args.includes('--start-only') ? 0 : Number(option('--rounds') ?? (quick ? 2 : 3));
const START_RUNS = quick ? 20 : 40;
const jsonFile = option('--json');
const GOALS = { csvOverFloor: 2, ndjsonOverFloor: 2, helpOverNode: 1.3 };

/** One floor run, in this process: the parse-only cost of a file. */
async function floor(kind, file) {
  let count = 0;
  if (kind === 'csv') {
    const { parse } = await import('csv-parse');
    const { CSV_PARSE_OPTIONS } = await import('../dist/formats.js');
    const parser = createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(parse({ ...CSV_PARSE_OPTIONS }));
    parser.on('data', () => {
      count += 1;
    });
    await new Promise((resolve, reject) => {
      parser.on('end', resolve);
      parser.on('error', reject);
    });
  } else {
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        if (end > start) {
          JSON.parse(text.slice(start, end));
          count += 1;
        }
        start = end + 1;
      }
      rest = text.slice(start);
    }
    if (rest.trim() !== '') count += JSON.parse(rest) === undefined ? 0 : 1;
  }
  process.stdout.write(`${count}\n`);
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const loadAtStart = load();

// ---------------------------------------------------------------------------------------------
// The input files.
const { CONTROL_HUB_EXPORT_HEADER, controlHubExportRow, generateUsers } = await import('./inputs.mjs');
const COLUMNS = ['id', 'email', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent'];
async function writeInput(file, line, header, lineBreak = '\n') {
  if (existsSync(file)) return;
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let batch = header === undefined ? '' : `${header}${lineBreak}`;
  let n = 0;
  for (const user of generateUsers(USERS, { seed: 42, badShare: 0.01 })) {
    batch += `${line(user, n++)}${lineBreak}`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise((resolve) => out.once('drain', resolve));
      batch = '';
    }
  }
  out.end(batch);
  await new Promise((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  renameSync(partial, file);
}
const csvFile = join(tmpdir(), `activation-email-policy-cli-bench-${USERS}.csv`);
const ndjsonFile = join(tmpdir(), `activation-email-policy-cli-bench-${USERS}.ndjson`);
const exportFile = join(tmpdir(), `activation-email-policy-cli-bench-${USERS}-export.csv`);
if (ROUNDS > 0) {
  await writeInput(csvFile, (user) => COLUMNS.map((column) => (user[column] == null ? '' : String(user[column]))).join(','), COLUMNS.join(','));
  await writeInput(ndjsonFile, (user) => JSON.stringify(user));
  // Control Hub's user export of the same users, as downloaded (CRLF; the bad items have no email).
  await writeInput(exportFile, controlHubExportRow, CONTROL_HUB_EXPORT_HEADER.join(','), '\r\n');
}

// ---------------------------------------------------------------------------------------------
// Timing child processes: wall clock, and CPU time from the children's totals in /proc.
const TICK_MS = 1000 / 100; // USER_HZ
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}
const devNull = openSync('/dev/null', 'w');
function timed(command, commandArgs) {
  const cpu = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', devNull, 'pipe'], maxBuffer: 64 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  return { wallMs, cpuMs: childrenCpuMs() - cpu };
}

const self = fileURLToPath(import.meta.url);
const contenders = {
  csvFloor: () => timed(process.execPath, [self, '--floor', 'csv', csvFile]),
  csvPlan: () => timed(process.execPath, [cli, 'plan', csvFile, '--auto-send', 'off', '--format', 'csv']),
  ndjsonFloor: () => timed(process.execPath, [self, '--floor', 'ndjson', ndjsonFile]),
  ndjsonPlan: () => timed(process.execPath, [cli, 'plan', ndjsonFile, '--auto-send', 'off', '--format', 'csv']),
  exportFloor: () => timed(process.execPath, [self, '--floor', 'csv', exportFile]),
  exportPlan: () => timed(process.execPath, [cli, 'plan', exportFile, '--auto-send', 'off', '--format', 'csv']),
};
const runs = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
const names = Object.keys(contenders);
for (let round = 0; round < ROUNDS; round += 1) {
  for (let k = 0; k < names.length; k += 1) {
    const name = names[(k + round) % names.length];
    runs[name].push(contenders[name]());
  }
}
const best = (list, key) => Math.min(...list.map((run) => run[key]));
const figure = (name) => ({ cpuMs: best(runs[name], 'cpuMs'), wallMs: best(runs[name], 'wallMs') });

const starts = { node: [], help: [] };
for (let round = 0; round < START_RUNS; round += 1) {
  const order = round % 2 === 0 ? ['node', 'help'] : ['help', 'node'];
  for (const name of order) {
    starts[name].push(name === 'node' ? timed(process.execPath, ['-e', '0']).wallMs : timed(process.execPath, [cli, '--help']).wallMs);
  }
}
const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
};

// ---------------------------------------------------------------------------------------------
// The report.
const csv = { plan: figure('csvPlan'), floor: figure('csvFloor') };
const ndjson = { plan: figure('ndjsonPlan'), floor: figure('ndjsonFloor') };
const controlHub = { plan: figure('exportPlan'), floor: figure('exportFloor') };
const help = {
  help: { p10: percentile(starts.help, 0.1), median: percentile(starts.help, 0.5) },
  node: { p10: percentile(starts.node, 0.1), median: percentile(starts.node, 0.5) },
};
const figures = {
  users: USERS,
  rounds: ROUNDS,
  csv: { ...csv, ratio: csv.plan.cpuMs / csv.floor.cpuMs, wallRatio: csv.plan.wallMs / csv.floor.wallMs },
  ndjson: { ...ndjson, ratio: ndjson.plan.cpuMs / ndjson.floor.cpuMs, wallRatio: ndjson.plan.wallMs / ndjson.floor.wallMs },
  controlHub: { ...controlHub, ratio: controlHub.plan.cpuMs / controlHub.floor.cpuMs, wallRatio: controlHub.plan.wallMs / controlHub.floor.wallMs },
  help: { ...help, ratio: help.help.p10 / help.node.p10, medianRatio: help.help.median / help.node.median },
  loadAverage: { start: loadAtStart, end: load() },
  cpus: cpus().length,
  node: process.version,
};
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const x = (value) => `${value.toFixed(2)}x`;
const verdict = (value, goal) => `${x(value)} (goal: at most ${goal}x: ${value <= goal ? 'holds' : 'missed'})`;
const lines = [
  ...(ROUNDS === 0 ? [] : planLines()),
  `Start of ${cli}, ${START_RUNS} runs each (10th percentile of the wall clock; median beside it)`,
  `  activation-email-policy --help  ${help.help.p10.toFixed(1)} ms (median ${help.help.median.toFixed(1)} ms)`,
  `  node -e 0                       ${help.node.p10.toFixed(1)} ms (median ${help.node.median.toFixed(1)} ms)`,
  `  ratio                           ${verdict(figures.help.ratio, GOALS.helpOverNode)}; medians ${x(figures.help.medianRatio)}`,
  `Load average (1, 5, 15 min): ${loadAtStart} at the start, ${figures.loadAverage.end} at the end; ${figures.cpus} CPUs, Node ${process.version}`,
];
function planLines() {
  return [
  `The command line, ${USERS.toLocaleString('en-US')} users, best of ${ROUNDS} rounds (CPU time; wall clock beside it)`,
  `  plan users.csv --format csv     ${ms(csv.plan.cpuMs)} (wall ${ms(csv.plan.wallMs)})`,
  `  csv-parse alone                 ${ms(csv.floor.cpuMs)} (wall ${ms(csv.floor.wallMs)})`,
  `  ratio                           ${verdict(figures.csv.ratio, GOALS.csvOverFloor)}; wall ${x(figures.csv.wallRatio)}`,
  `  plan users.ndjson --format csv  ${ms(ndjson.plan.cpuMs)} (wall ${ms(ndjson.plan.wallMs)})`,
  `  JSON.parse per line             ${ms(ndjson.floor.cpuMs)} (wall ${ms(ndjson.floor.wallMs)})`,
  `  ratio                           ${verdict(figures.ndjson.ratio, GOALS.ndjsonOverFloor)}; wall ${x(figures.ndjson.wallRatio)}`,
  `  plan export.csv --format csv    ${ms(controlHub.plan.cpuMs)} (wall ${ms(controlHub.plan.wallMs)})`,
  `  csv-parse alone                 ${ms(controlHub.floor.cpuMs)} (wall ${ms(controlHub.floor.wallMs)})`,
  `  ratio                           ${verdict(figures.controlHub.ratio, GOALS.csvOverFloor)}; wall ${x(figures.controlHub.wallRatio)}`,
  ];
}
process.stdout.write(`${lines.join('\n')}\n`);
if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify({ goals: GOALS, ...figures }, null, 2)}\n`);
