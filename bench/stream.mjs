// Streams generated users, never held in an array, in a process of its own:
//   node --expose-gc bench/stream.mjs ids|decide COUNT ID_SET_MODULE
// Prints one JSON line. ID_SET_MODULE is decideEach's internal id set (IdSet, in
// src/planning/id-set.ts) bundled on its own by esbuild; bench/run.mjs builds it.
//
// `decide`: every user goes through decideEach and is dropped once decided.
// `ids`: the same users from the same generator, and only their ids go into an IdSet, the very
// structure decideEach's duplicate check keeps: the cost of the id set by itself.
//
// At ten checkpoints (the last one right after the last user, while decideEach still holds its
// id set) the process forces a full GC and reads `process.memoryUsage()`: `heapUsed` plus
// `arrayBuffers` (the id set's table is a typed array, whose memory lies outside the heap), the
// memory still reachable. Growth beyond the id set = retained(decide) - retained(ids) at the same
// checkpoint: whatever decideEach keeps besides the ids (it should be nothing). Both modes load
// the same modules and run the same generator, so everything else cancels out. The peak
// resident memory of each process (`resourceUsage().maxRSS`) is reported too.

import { pathToFileURL } from 'node:url';

import { decideEach } from '../dist/index.js';
import { generateUsers } from './inputs.mjs';

const MB = 1024 * 1024;
const mode = process.argv[2];
const count = Number(process.argv[3] ?? 10_000_000);
if (process.argv[4] === undefined) throw new Error('the id set module is missing; run bench/run.mjs');
// Both modes load it, so that the code loaded is the same in both.
const { IdSet } = await import(pathToFileURL(process.argv[4]).href);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
if (mode !== 'ids' && mode !== 'decide') throw new Error('mode must be ids or decide');
const gc = globalThis.gc;
const step = Math.ceil(count / 10);

const checkpoints = [];
let peakHeap = 0;
/** Reachable memory: the JavaScript heap and the memory of typed arrays. */
const used = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
gc();
const heapAtStart = used();

function checkpoint(done) {
  if (done % 100_000 === 0) peakHeap = Math.max(peakHeap, used() - heapAtStart);
  if (done % step === 0 || done === count) {
    gc();
    checkpoints.push({ users: done, retainedMB: (used() - heapAtStart) / MB });
  }
}

let sink = 0;
const started = process.hrtime.bigint();
if (mode === 'ids') {
  const seen = new IdSet();
  let index = 0;
  for (const user of generateUsers(count, { seed: 9 })) {
    if (seen.add(user.id, index) !== -1) throw new Error(`user ${index} repeats an id`);
    index += 1;
    checkpoint(index);
  }
  sink += seen.add('', 0); // the set stays reachable until after the last checkpoint
} else {
  let done = 0;
  for (const item of decideEach({ autoSendActivationEmails: false }, generateUsers(count, { seed: 9 }))) {
    if (!item.ok) throw new Error(`user ${item.index} was not decided`);
    sink += item.decision.kind.length;
    done += 1;
    checkpoint(done);
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;

console.log(
  JSON.stringify({
    mode,
    users: count,
    ms,
    retainedMB: checkpoints[checkpoints.length - 1].retainedMB,
    peakHeapMB: peakHeap / MB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    checkpoints,
    sink,
  }),
);
