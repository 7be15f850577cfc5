// The page against the command line on the same CSV file: the page reads and plans it in its
// worker (timed in the page, from the file being picked to its plan shown), the command line
// plans it to CSV (`node dist/cli.js plan FILE --format csv > /dev/null`, timed from start to
// exit). Goal (issue 18): the page at most 1.5x the command line. Runs alternate, so both see
// the same load; the median of each is compared.
//
//   node examples/preview-page/bench-page.mjs [--rows 1000000] [--runs 3]
//
// Needs the package built (`npx tsup`) and Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH).
// `benchPage()` returns the figures, for `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateUsers } from '../../bench/inputs.mjs';
import { buildPage } from './build.mjs';
import { servePage } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLUMNS = ['id', 'license', 'previousLicense', 'hasSignedIn', 'invitedAt', 'lastEmailedAt', 'remindersSent'];
export const PAGE_GOAL = 1.5;

/** `rows` users of the benchmark's mix as a CSV file, every column a CSV input may hold. */
function writeCsv(path, rows) {
  const lines = [COLUMNS.join(',')];
  const cell = (value) => (value === undefined || value === null ? '' : String(value));
  for (const user of generateUsers(rows)) lines.push(COLUMNS.map((column) => cell(user[column])).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The command line's wall time, from start to exit, its output thrown away. */
function timeCli(file) {
  return new Promise((done, fail) => {
    const sink = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'plan', file, '--format', 'csv'], { stdio: ['ignore', sink, 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => {
      closeSync(sink);
      if (code !== 0) fail(new Error(`the command line exited with ${code}`));
      else done(performance.now() - started);
    });
  });
}

/** The page's time for one file, as the page measures it (from the file being picked). */
async function timePage(page, url, file) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.setInputFiles('#users-file', file);
  await page.waitForFunction(() => document.querySelector('#source-status')?.textContent?.startsWith('bench.csv'), undefined, { timeout: 600_000 });
  return Number(await page.getAttribute('body', 'data-planned-millis'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPage({ rows = 1_000_000, runs = 3, log = console.log } = {}) {
  await buildPage({ log: false });
  const scratch = mkdtempSync(join(tmpdir(), 'aep-bench-page-'));
  const profile = mkdtempSync(join(tmpdir(), 'aep-bench-chromium-'));
  const file = join(scratch, 'bench.csv');
  writeCsv(file, rows);
  const { server, url } = await servePage(0);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const loadBefore = loadavg();
    const pageTimes = [];
    const cliTimes = [];
    for (let run = 0; run < runs; run += 1) {
      pageTimes.push(await timePage(page, url, file));
      cliTimes.push(await timeCli(file));
      log(`  run ${run + 1}: page ${Math.round(pageTimes.at(-1))} ms, command line ${Math.round(cliTimes.at(-1))} ms`);
    }
    const loadAfter = loadavg();
    const pageMillis = Math.round(median(pageTimes));
    const cliMillis = Math.round(median(cliTimes));
    const ratio = pageMillis / cliMillis;
    const result = {
      rows,
      runs,
      pageMillis,
      cliMillis,
      ratio: Math.round(ratio * 100) / 100,
      goal: PAGE_GOAL,
      holds: ratio <= PAGE_GOAL,
      load: { before: loadBefore.map((n) => Math.round(n * 100) / 100), after: loadAfter.map((n) => Math.round(n * 100) / 100) },
    };
    log(
      `page: ${rows.toLocaleString('en')}-row CSV read and planned in the page's worker in ${pageMillis} ms, ` +
        `the command line in ${cliMillis} ms: ${result.ratio}x (goal at most ${PAGE_GOAL}x: ${result.holds ? 'holds' : 'does not hold'}); ` +
        `load average ${result.load.before.join(' ')} before, ${result.load.after.join(' ')} after`,
    );
    return result;
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
    rmSync(scratch, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
  await benchPage({ rows: Number(values.rows ?? 1_000_000), runs: Number(values.runs ?? 3) });
}
