// decideEach over more distinct ids than one V8 Map holds (2^24 = 16,777,216), streamed from a
// generator so that nothing but the batch's own id fingerprints is held. Run once by hand, not by `npm run
// bench` (about a minute and a few GB):
//   npm run build && node bench/many-ids.mjs [count=17777216]
// Prints one JSON line: the time, the peak RSS (`process.resourceUsage().maxRSS`), and the
// repeats placed after the limit, each of which must be reported as a duplicate of its first
// occurrence (the first id, one just past 2^24 ids, the last one).

import { decideEach } from '../dist/index.js';

const count = Number(process.argv[2] ?? 2 ** 24 + 1_000_000);
const MB = 1024 * 1024;
// Item indexes whose id repeats an earlier one, and the index of that earlier one: the first
// id, one just past a Map's 2^24 (when there are that many), and the last one.
const firsts = [...new Set([0, Math.min(2 ** 24 + 5, count - 1), count - 1])];
const repeats = new Map(firsts.map((first, position) => [count + position, first]));

function* users() {
  for (let index = 0; index < count; index += 1) {
    yield { id: `user-${index}@example.com`, license: 'paid', hasSignedIn: index % 3 === 0 };
  }
  for (const first of repeats.values()) yield { id: `user-${first}@example.com`, license: 'paid', hasSignedIn: false };
}

const started = process.hrtime.bigint();
let decided = 0;
const duplicates = [];
for (const item of decideEach({}, users())) {
  if (item.ok) decided += 1;
  else duplicates.push({ index: item.index, duplicateOf: item.duplicateOf, message: item.issues[0].message });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const exact =
  decided === count &&
  duplicates.length === repeats.size &&
  duplicates.every((item) => repeats.get(item.index) === item.duplicateOf);
console.log(
  JSON.stringify({
    node: process.version,
    distinctIds: count,
    decided,
    duplicates,
    exact,
    seconds: Number(seconds.toFixed(1)),
    nsPerUser: Math.round((seconds * 1e9) / (count + repeats.size)),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
  }),
);
if (!exact) process.exitCode = 1;
