// The limit must accept and refuse exactly what `decide` accepts and refuses, and give the same
// decision, on input mixing valid users with every way of being wrong the contract names (bad
// fields, inherited fields, look-alike records, unknown, hidden and Symbol settings keys, bad
// instants and emails): else it is no limit. Run by bench/run.mjs in a process of its own:
//   node bench/agree.mjs [rounds=200]
// Prints one JSON line. Exits with an error naming the first input they disagree on.
//
// Having decided all that bad input, the code of both has seen every shape and every error
// path, which the JIT then keeps in mind. The script times the two side by side afterwards too
// (valid users, as bench/run.mjs times them), so that the report can show the cost per user
// after such input beside the one the main run measures on code that saw valid users only.

import { isDeepStrictEqual } from 'node:util';

import { decide } from '../dist/index.js';
import { baselineDecide } from './baseline.mjs';
import { makeMixedInputs, makeUsers, SETTINGS } from './inputs.mjs';

const rounds = Number(process.argv[2] ?? 200);
const attempt = (run) => {
  try {
    return { ok: true, value: run() };
  } catch {
    return { ok: false };
  }
};
const mixed = makeMixedInputs(20_000, 11);
let accepted = 0;
for (let index = 0; index < mixed.length; index += 1) {
  const { settings, user } = mixed[index];
  const expected = attempt(() => decide(settings, user));
  const actual = attempt(() => baselineDecide(settings, user));
  if (expected.ok !== actual.ok || (expected.ok && !isDeepStrictEqual(actual.value, expected.value))) {
    throw new Error(`baseline and decide disagree on mixed input ${index}: decide ${expected.ok ? 'accepts' : 'refuses'} it`);
  }
  if (expected.ok) accepted += 1;
}

const users = makeUsers(20_000, 7);
const slices = SETTINGS.map((_, k) => users.filter((_, index) => (index & 3) === k));
let sink = 0;
function time(decideOne, k) {
  const slice = slices[k];
  const settings = SETTINGS[k];
  const started = process.hrtime.bigint();
  for (let index = 0; index < slice.length; index += 1) sink += decideOne(settings, slice[index]).kind.length;
  return Number(process.hrtime.bigint() - started) / slice.length;
}
const samples = { decide: [], baseline: [] };
for (let round = 0; round < rounds + 20; round += 1) {
  const order = round % 2 === 0 ? ['decide', 'baseline'] : ['baseline', 'decide'];
  for (const name of order) {
    const ns = time(name === 'decide' ? decide : baselineDecide, round % SETTINGS.length);
    if (round >= 20) samples[name].push(ns);
  }
}
const p10 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)];
console.log(
  JSON.stringify({
    inputs: mixed.length,
    accepted,
    decideNs: p10(samples.decide),
    baselineNs: p10(samples.baseline),
    ratioAfterBadInput: p10(samples.decide) / p10(samples.baseline),
    sink,
  }),
);
