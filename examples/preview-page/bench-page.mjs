// The page against the command line on the same CSV file: the page reads and plans it in its
// worker (timed in the page, from the file being picked to its plan shown), the command line
// plans it to CSV (`node dist/cli.js plan FILE --format csv > /dev/null`, timed from start to
// exit). Goal (issue 18): the page at most 1.5x the command line. Three files of the same users:
// one without quotes, one with every cell quoted, as spreadsheets and some exports write them,
// and Control Hub's user export as downloaded (Users > Export), the file admins actually have.
// Runs alternate, so both sides see the same load; the median of each is compared.
//
//   node examples/preview-page/bench-page.mjs [--rows 1000000] [--runs 3] [--plain-only] [--skip-export]
//
// `--plain-only` times the file without quotes alone; `--skip-export` leaves out Control Hub's
// export. Needs the package built (`npx tsup`) and Chromium (`/usr/bin/chromium`, or
// CHROMIUM_PATH). `benchPage()` returns the figures, for `npm run bench`: those of the file
// without quotes, under `quoted` those of the quoted one, under `controlHub` those of the export.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CONTROL_HUB_EXPORT_HEADER, controlHubExportRow, generateUsers } from '../../bench/inputs.mjs';
import { buildPage } from './build.mjs';
import { servePage } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLUMNS = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent'];
export const PAGE_GOAL = 1.5;

/**
 * `rows` users of the benchmark's mix as a CSV file, every column a CSV input may hold; with
 * `quoted`, every cell (the header's and the empty ones too) in quotes. Returns its size in bytes.
 */
function writeCsv(path, rows, quoted) {
  const cell = quoted
    ? (value) => `"${value === undefined || value === null ? '' : String(value).replaceAll('"', '""')}"`
    : (value) => (value === undefined || value === null ? '' : String(value));
  const lines = [COLUMNS.map(cell).join(',')];
  for (const user of generateUsers(rows)) lines.push(COLUMNS.map((column) => cell(user[column])).join(','));
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/**
 * The same users as Control Hub's user export writes them (see `controlHubExportRow` in
 * bench/inputs.mjs), with CRLF line breaks as the export has them. Returns its size in bytes.
 */
function writeControlHubExport(path, rows) {
  const lines = [CONTROL_HUB_EXPORT_HEADER.join(',')];
  let n = 0;
  for (const user of generateUsers(rows)) lines.push(controlHubExportRow(user, n++));
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/**
 * The command line's wall time, from start to exit, its output thrown away. Standard error is
 * kept to say why when it fails: for Control Hub's export it says how the columns were read.
 */
function timeCli(file) {
  return new Promise((done, fail) => {
    const sink = openSync('/dev/null', 'w');
    const started = performance.now();
    let ended = 0;
    let errors = '';
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'plan', file, '--format', 'csv'], { stdio: ['ignore', sink, 'pipe'] });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', fail);
    child.on('exit', () => {
      ended = performance.now();
    });
    child.on('close', (code) => {
      closeSync(sink);
      if (code !== 0) fail(new Error(`the command line exited with ${code}: ${errors}`));
      else done(ended - started);
    });
  });
}

/** The page's time for one file, as the page measures it (from the file being picked). */
async function timePage(page, url, file) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.setInputFiles('#users-file', file);
  await page.waitForFunction((name) => document.querySelector('#source-status')?.textContent?.startsWith(name), basename(file), { timeout: 600_000 });
  return Number(await page.getAttribute('body', 'data-planned-millis'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The medians of one file's runs, compared with the goal. */
function compare(pageTimes, cliTimes) {
  const pageMillis = Math.round(median(pageTimes));
  const cliMillis = Math.round(median(cliTimes));
  const ratio = pageMillis / cliMillis;
  return { pageMillis, cliMillis, ratio: Math.round(ratio * 100) / 100, goal: PAGE_GOAL, holds: ratio <= PAGE_GOAL };
}

/** The summary line of one file. */
function summary(rows, what, figures, load) {
  return (
    `page: ${rows.toLocaleString('en')}-row CSV${what} read and planned in the page's worker in ${figures.pageMillis} ms, ` +
    `the command line in ${figures.cliMillis} ms: ${figures.ratio}x (goal at most ${PAGE_GOAL}x: ${figures.holds ? 'holds' : 'does not hold'}); ` +
    `load average ${load.before.join(' ')} before, ${load.after.join(' ')} after`
  );
}

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function benchPage({ rows = 1_000_000, runs = 3, quoted = true, controlHub = true, log = console.log } = {}) {
  await buildPage({ log: false });
  const scratch = mkdtempSync(join(tmpdir(), 'aep-bench-page-'));
  const profile = mkdtempSync(join(tmpdir(), 'aep-bench-chromium-'));
  const file = join(scratch, 'bench.csv');
  const bytes = writeCsv(file, rows, false);
  const quotedFile = join(scratch, 'bench-quoted.csv');
  const quotedBytes = quoted ? writeCsv(quotedFile, rows, true) : 0;
  const exportFile = join(scratch, 'bench-control-hub.csv');
  const exportBytes = controlHub ? writeControlHubExport(exportFile, rows) : 0;
  log(
    `${rows.toLocaleString('en')} users: ${megabytes(bytes)} without quotes${quoted ? `, ${megabytes(quotedBytes)} with every cell quoted` : ''}` +
      `${controlHub ? `, ${megabytes(exportBytes)} as Control Hub's export` : ''}`,
  );
  const { server, url } = await servePage(0);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const loadBefore = loadavg();
    const times = { page: [], cli: [], quotedPage: [], quotedCli: [], exportPage: [], exportCli: [] };
    for (let run = 0; run < runs; run += 1) {
      times.page.push(await timePage(page, url, file));
      times.cli.push(await timeCli(file));
      let line = `  run ${run + 1}: page ${Math.round(times.page.at(-1))} ms, command line ${Math.round(times.cli.at(-1))} ms`;
      if (quoted) {
        times.quotedPage.push(await timePage(page, url, quotedFile));
        times.quotedCli.push(await timeCli(quotedFile));
        line += `; every cell quoted: page ${Math.round(times.quotedPage.at(-1))} ms, command line ${Math.round(times.quotedCli.at(-1))} ms`;
      }
      if (controlHub) {
        times.exportPage.push(await timePage(page, url, exportFile));
        times.exportCli.push(await timeCli(exportFile));
        line += `; Control Hub's export: page ${Math.round(times.exportPage.at(-1))} ms, command line ${Math.round(times.exportCli.at(-1))} ms`;
      }
      log(line);
    }
    const loadAfter = loadavg();
    const load = { before: loadBefore.map((n) => Math.round(n * 100) / 100), after: loadAfter.map((n) => Math.round(n * 100) / 100) };
    const result = { rows, runs, ...compare(times.page, times.cli), bytes, load };
    log(summary(rows, '', result, load));
    if (quoted) {
      result.quoted = { ...compare(times.quotedPage, times.quotedCli), bytes: quotedBytes };
      log(summary(rows, ' with every cell quoted', result.quoted, load));
    }
    if (controlHub) {
      result.controlHub = { ...compare(times.exportPage, times.exportCli), bytes: exportBytes };
      log(summary(rows, ' exported from Control Hub', result.controlHub, load));
    }
    return result;
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
    rmSync(scratch, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { rows: { type: 'string' }, runs: { type: 'string' }, 'plain-only': { type: 'boolean' }, 'skip-export': { type: 'boolean' } },
  });
  const plainOnly = values['plain-only'] === true;
  await benchPage({
    rows: Number(values.rows ?? 1_000_000),
    runs: Number(values.runs ?? 3),
    quoted: !plainOnly,
    controlHub: !plainOnly && values['skip-export'] !== true,
  });
}
