// The id set of a batch: what test/planning/id-set.test.ts leaves unsaid about the table its
// documentation describes (and whose size docs/performance.md measures): every one of the three
// hashes is compared, the table holds three quarters of its slots before it grows, and each
// fingerprint sits at the slot its first hash names or after it, with no empty slot between.
// The table is read as the suite there reads it. Written against a Stryker run over src/planning.
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/planning/id-set';

type Table = { add(id: string, index: number): number; slots: Uint32Array };

const table = (): Table => new IdSet() as unknown as Table;

/** The start of each occupied slot of the table. */
function occupied(slots: Uint32Array): number[] {
  const starts = [];
  for (let at = 0; at < slots.length; at += 4) if (slots[at + 3]) starts.push(at);
  return starts;
}

describe('the fingerprint of an id', () => {
  it('is compared in full: an id whose stored fingerprint differs in any one of its three words is another id', () => {
    for (const word of [0, 1, 2]) {
      const ids = table();
      expect(ids.add('ana@example.com', 0)).toBe(-1);
      const [at] = occupied(ids.slots);
      // Keep the slot where the id's first hash points, so that the lookup meets this fingerprint.
      ids.slots[at! + word] = ids.slots[at! + word]! ^ (word === 0 ? 0x8000_0000 : 1);
      expect(ids.add('ana@example.com', 1)).toBe(-1);
      expect(ids.add('ana@example.com', 2)).toBe(1);
    }
  });
});

describe('the table', () => {
  it('starts with 1,024 slots and grows only once three quarters of them are in use, repeats taking none', () => {
    const ids = table();
    for (let n = 0; n < 768; n += 1) ids.add(`user-${n}`, n);
    expect(ids.slots.length).toBe(4096);
    // Repeats, of the first item's id too, hold no slot of their own.
    expect([ids.add('user-0', 900), ids.add('user-5', 901)]).toEqual([0, 5]);
    expect(ids.slots.length).toBe(4096);
    ids.add('user-768', 768);
    expect(ids.slots.length).toBe(8192);
    expect(occupied(ids.slots)).toHaveLength(769);
  });

  it('keeps each fingerprint at the slot its first hash names, or after it with no empty slot between', () => {
    const ids = table();
    for (let n = 0; n < 700; n += 1) ids.add(`user-${n}@example.com`, n);
    const { slots } = ids;
    const mask = slots.length - 4;
    let displaced = 0;
    for (const at of occupied(slots)) {
      const home = (slots[at]! * 4) & mask;
      if (home !== at) displaced += 1;
      for (let probe = home; probe !== at; probe = (probe + 4) & mask) expect(slots[probe + 3]).not.toBe(0);
    }
    // 700 ids in 1,024 slots: some share a first slot, so the walk above is not only from home to home.
    expect(displaced).toBeGreaterThan(0);
  });
});
