// One V8 Map refuses its 2^24 + 1st entry (`RangeError: Map maximum size exceeded`), which is
// where decideEach stopped before it kept fingerprints: the batch's id set takes more distinct
// ids than that, and still finds every repeat among them. (bench/many-ids.mjs does the same
// through decideEach with 17,777,216 users; this is the set alone, a few seconds and about
// 450 MB.)
import { expect, it } from 'vitest';
import { IdSet } from '../../src/planning/id-set';

const PAST_MAP_LIMIT = 2 ** 24 + 2;

it(`keeps ${PAST_MAP_LIMIT.toLocaleString('en')} distinct ids, more than one Map holds, and finds repeats among them`, () => {
  const ids = new IdSet();
  let repeats = 0;
  for (let index = 0; index < PAST_MAP_LIMIT; index += 1) if (ids.add(`user-${index}@corp.example`, index) !== -1) repeats += 1;
  expect(repeats).toBe(0);
  // Ids from the start, the middle and the end, each given again, name the item that first had it.
  for (const index of [0, 1, 2 ** 23, 2 ** 24 - 1, 2 ** 24, 2 ** 24 + 1]) {
    expect(ids.add(`user-${index}@corp.example`, PAST_MAP_LIMIT + index)).toBe(index);
  }
  expect(ids.add('user-x@corp.example', PAST_MAP_LIMIT)).toBe(-1);
}, 120_000);
