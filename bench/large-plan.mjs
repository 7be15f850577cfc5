// One org through planActivation, in a process of its own so that its peak memory is its own.
//   node --expose-gc bench/large-plan.mjs [count=1000000] [array|streamed]
// Prints one JSON line.
//
// `array` (the default): the users are built into an array first, through JSON, as a service
// holding a parsed export would; planActivation is timed over it five times (wall clock and CPU time), after a
// warm-up on a small org, and five times over the same users cut into orgs of 10,000 planned one
// after the other: the large run's cost per user against the small orgs' is how linear it is.
// `streamed`: the users come from a generator and are never all held, so the process's peak
// memory is planning's own (plus Node itself, about 40 MB); the 400 MB target is read here.
//
// Memory, measured two ways:
// - peakRssMB: `process.resourceUsage().maxRSS`, the most resident memory the process ever held
//   (Node, the input if held, the plan, garbage not yet collected);
// - heap figures from `process.memoryUsage().heapUsed` after a forced full GC: what the input
//   array holds, and what the returned plan holds on top of it.

import { planActivation } from '../dist/index.js';
import { collectUsers, generateUsers } from './inputs.mjs';

const MB = 1024 * 1024;
const count = Number(process.argv[2] ?? 1_000_000);
const mode = process.argv[3] ?? 'array';
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const gc = globalThis.gc;
const settings = { autoSendActivationEmails: false, meetingsIncluded: true };
const RUNS = 5;
// About 1% bad items (typo'd licences, impossible days, repeated ids), as real exports hold.
const source = () => generateUsers(count, { seed: 42, badShare: 0.01 });

// Warm the code up on a small org first, as a long-running service would be.
const warmUsers = collectUsers(20_000, { seed: 3, badShare: 0.01 });
for (let round = 0; round < 20; round += 1) planActivation({ autoSendActivationEmails: round % 2 === 0 }, warmUsers);
gc();

function timed(users) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const plan = planActivation(settings, users);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { plan, ms, cpuMs: (used.user + used.system) / 1000 };
}

if (mode === 'streamed') {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const { plan, ms, cpuMs } = timed(source());
  gc();
  console.log(
    JSON.stringify({
      users: count,
      mode,
      decided: plan.decisions.length,
      invalid: plan.invalid.length,
      ms,
      cpuMs,
      planHeapMB: (process.memoryUsage().heapUsed - heapBefore) / MB,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  gc();
  const heapAtStart = process.memoryUsage().heapUsed;
  const users = collectUsers(count, { seed: 42, badShare: 0.01 });
  gc();
  const heapWithInput = process.memoryUsage().heapUsed;
  // The same users planned as orgs of 10,000, one after the other (each org's users read once,
  // as cold as in the large run): the per-user cost a linear plan keeps at the large size.
  const SMALL = 10_000;
  const smallOrgs = Array.from({ length: Math.ceil(count / SMALL) }, (_, k) => users.slice(k * SMALL, (k + 1) * SMALL));
  const smallRuns = [];
  for (let run = 0; run < RUNS; run += 1) {
    gc();
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (const org of smallOrgs) planActivation(settings, org);
    const used = process.cpuUsage(cpu);
    smallRuns.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (used.user + used.system) / 1000 });
  }
  smallOrgs.length = 0;
  gc();
  const rssBeforePlan = process.memoryUsage().rss;
  const peakRssBeforePlan = process.resourceUsage().maxRSS * 1024;
  const runs = [];
  let planHeap = 0;
  let decided = 0;
  let invalid = 0;
  for (let run = 0; run < RUNS; run += 1) {
    let { plan, ms, cpuMs } = timed(users);
    runs.push({ ms, cpuMs });
    if (run === 0) {
      gc();
      planHeap = process.memoryUsage().heapUsed - heapWithInput;
      decided = plan.decisions.length;
      invalid = plan.invalid.length;
    }
    plan = undefined;
    gc();
  }
  const byTime = [...runs].sort((a, b) => a.ms - b.ms);
  const byCpu = [...runs].sort((a, b) => a.cpuMs - b.cpuMs);
  console.log(
    JSON.stringify({
      users: count,
      mode,
      decided,
      invalid,
      smallUsers: SMALL,
      smallMsBest: Math.min(...smallRuns.map((run) => run.ms)),
      smallCpuMsBest: Math.min(...smallRuns.map((run) => run.cpuMs)),
      msFirstRun: runs[0].ms,
      msBest: byTime[0].ms,
      msMedian: byTime[RUNS >> 1].ms,
      cpuMsBest: byCpu[0].cpuMs,
      cpuMsMedian: byCpu[RUNS >> 1].cpuMs,
      runs,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      rssBeforePlanMB: rssBeforePlan / MB,
      peakRssBeforePlanMB: peakRssBeforePlan / MB,
      inputHeapMB: (heapWithInput - heapAtStart) / MB,
      planHeapMB: planHeap / MB,
    }),
  );
}
