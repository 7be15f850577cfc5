// Every test of ./exhaustive.test.ts passes when it runs alone: none may lean on state that an
// earlier test of the file left behind (a table one test fills and another reads, a mocked clock
// not put back...). Each test is found by running the file once, then run by itself with `-t` and
// its exact name in a fresh Vitest process, so a test added to the file is checked without any
// change here. Spawns Vitest, so vitest.stryker.config.ts leaves this file out.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SUITE = 'test/evidence/exhaustive.test.ts';
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
/** Child processes at once: each is a Vitest with a worker of its own, on a machine of 2 cores. */
const AT_ONCE = 2;

/** What this test reads of Vitest's JSON reporter. */
interface JsonReport {
  readonly success: boolean;
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly message: string;
    readonly assertionResults: readonly {
      readonly ancestorTitles: readonly string[];
      readonly title: string;
      readonly status: string;
      readonly failureMessages: readonly string[];
    }[];
  }[];
}

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly report: JsonReport | undefined;
}

/** A test's names, its describe blocks' then its own. */
type TestPath = readonly string[];

const key = (path: TestPath) => JSON.stringify(path);
const shown = (path: TestPath) => path.join(' > ');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * `-t` matches a test's names joined by single spaces (getTaskFullName in @vitest/runner);
 * anchored at both ends, the pattern picks that one test and no test whose name contains it.
 */
const exactPattern = (path: TestPath) => `^${path.map(escapeRegExp).join(' ')}$`;

/** Vitest on the suite alone in a process of its own, with its JSON report read back. */
function runSuite(dir: string, name: string, pattern: string | undefined): Promise<Run> {
  const outputFile = join(dir, `${name}.json`);
  const args = [VITEST, 'run', '--config', 'vitest.config.ts', SUITE, '--typecheck.enabled=false', '--reporter=json', `--outputFile=${outputFile}`];
  if (pattern !== undefined) args.push('--testNamePattern', pattern);
  // The parent's Vitest variables (worker and pool ids...) describe this process, not the child's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([variable]) => !variable.startsWith('VITEST')));
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      let report: JsonReport | undefined;
      try {
        report = JSON.parse(readFileSync(outputFile, 'utf8')) as JsonReport;
      } catch {
        report = undefined;
      }
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ code, output: `${stdout}${stderr}`.slice(-4000), report });
    });
  });
}

const testsOf = (report: JsonReport) =>
  report.testResults.flatMap((file) => file.assertionResults.map((test) => ({ ...test, path: [...test.ancestorTitles, test.title] })));

it(
  'runs each test of exhaustive.test.ts alone in a fresh process: it passes, and it is the only one that runs',
  async () => {
    const started = performance.now();
    const dir = mkdtempSync(join(tmpdir(), 'exhaustive-alone-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));

    // The whole file once, to find its tests: those that ran (not skipped, not todo) are checked.
    const whole = await runSuite(dir, 'whole', undefined);
    const all = whole.report === undefined ? [] : testsOf(whole.report);
    const toCheck = all.filter((test) => test.status === 'passed' || test.status === 'failed').map((test) => test.path);
    expect(toCheck.length, `no test found in ${SUITE}:\n${whole.output}`).toBeGreaterThan(0);
    expect(new Set(toCheck.map(key)).size, 'two tests of the same name: -t cannot tell them apart').toBe(toCheck.length);

    const failures: string[] = [];
    const seconds: number[] = [];
    const queue = [...toCheck.entries()];
    const runNext = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const [index, path] = next;
        const runStarted = performance.now();
        const run = await runSuite(dir, `alone-${index}`, exactPattern(path));
        seconds.push((performance.now() - runStarted) / 1000);
        const problems: string[] = [];
        if (run.report === undefined) {
          problems.push('no JSON report');
        } else {
          const tests = testsOf(run.report);
          const ran = tests.filter((test) => test.status !== 'skipped');
          const target = tests.find((test) => key(test.path) === key(path));
          if (target?.status !== 'passed') {
            problems.push(`it is ${target?.status ?? 'missing'}: ${target?.failureMessages.join('\n') ?? ''}`);
          }
          if (ran.length !== 1) problems.push(`${ran.length} tests ran: ${ran.map((test) => shown(test.path)).join('; ')}`);
          if (tests.length !== all.length) problems.push(`${tests.length} tests in the file, ${all.length} in the whole run`);
          if (!run.report.success || run.report.numPassedTests !== 1 || run.report.numFailedTests !== 0) {
            const fileErrors = run.report.testResults.map((file) => file.message).filter(Boolean);
            problems.push(`success ${run.report.success}, ${run.report.numPassedTests} passed, ${run.report.numFailedTests} failed ${fileErrors.join('; ')}`);
          }
        }
        if (run.code !== 0) problems.push(`exit code ${run.code}`);
        if (problems.length > 0) failures.push(`${shown(path)}:\n  ${problems.join('\n  ')}\n${run.output}`);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, runNext));

    const total = (performance.now() - started) / 1000;
    console.log(
      `[evidence] exhaustive alone: ${toCheck.length} tests, each in a process of its own, ${AT_ONCE} at a time: ` +
        `${total.toFixed(1)} s in all, ${Math.min(...seconds).toFixed(1)} to ${Math.max(...seconds).toFixed(1)} s a run`,
    );
    expect(failures).toEqual([]);
  },
  240_000,
);
