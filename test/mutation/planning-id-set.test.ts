// The id set of a batch: what test/planning/id-set.test.ts leaves unsaid about the layout its
// documentation describes (and whose size docs/performance.md measures): the fingerprints in one
// list in the order their ids came, each compared in full; a table of one-byte tags and list
// numbers that holds three quarters of its slots before it grows; each fingerprint at the slot
// its first hash names or after it, with no empty slot between; a fingerprint read only where the
// tag matches. The set is read as the suite there reads it. Written against a Stryker run over src/planning.
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/planning/id-set';

type Table = {
  add(id: string, index: number): number;
  tags: Uint8Array;
  refs: Uint32Array;
  list: Uint32Array;
};

const table = (): Table => new IdSet() as unknown as Table;

/** The occupied slots of the table. */
function occupied(ids: Table): number[] {
  const slots = [];
  for (let slot = 0; slot < ids.tags.length; slot += 1) if (ids.tags[slot]) slots.push(slot);
  return slots;
}

/** The four words of the fingerprint numbered `number` in the list: the three hashes and the index. */
function fingerprint(ids: Table, number: number): number[] {
  return [...ids.list.subarray(number * 4, number * 4 + 4)];
}

describe('the fingerprint of an id', () => {
  it('is compared in full: an id whose stored fingerprint differs in any one of its three words is another id', () => {
    for (const word of [0, 1, 2]) {
      const ids = table();
      expect(ids.add('ana@example.com', 0)).toBe(-1);
      // The slot and its tag stay: only the fingerprint in the list differs.
      ids.list[word] = ids.list[word]! ^ 0x100;
      expect(ids.add('ana@example.com', 1)).toBe(-1);
      expect(ids.add('ana@example.com', 2)).toBe(1);
    }
  });

  it('is kept in the list in the order the ids came, with its item index, the list growing with the table', () => {
    const ids = table();
    const count = 3000;
    for (let n = 0; n < count; n += 1) expect(ids.add(`user-${n}`, 2 * n + 7)).toBe(-1);
    expect(ids.add('user-3', count)).toBe(13);
    // 4,096 slots: room in the list for three quarters of them and one more.
    expect([ids.tags.length, ids.list.length]).toEqual([4096, 3 * 4096 + 4]);
    for (const number of [0, 1, 767, 768, 769, count - 1]) expect(fingerprint(ids, number)[3]).toBe(2 * number + 7);
    // Each fingerprint has one slot of the table.
    const numbers = occupied(ids).map((slot) => ids.refs[slot]!);
    expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, n) => n));
  });

  it("is tagged in the table with its third hash's low byte, 1 in place of 0", () => {
    const ids = table();
    for (let n = 0; n < 700; n += 1) ids.add(`user-${n}@example.com`, n);
    for (const slot of occupied(ids)) {
      const low = fingerprint(ids, ids.refs[slot]!)[2]! & 0xff;
      expect(ids.tags[slot]).toBe(low === 0 ? 1 : low);
    }
    // Tags from low bytes of every value, so the table holds more than one.
    expect(new Set(occupied(ids).map((slot) => ids.tags[slot])).size).toBeGreaterThan(200);
  });

  it('with a third hash ending in a 0 byte gets tag 1, and is found again', () => {
    const ids = table();
    let n = 0;
    // One id in 256 has such a hash: look until the one that was just added has one.
    for (; ; n += 1) {
      ids.add(`user-${n}`, n);
      if ((fingerprint(ids, n)[2]! & 0xff) === 0) break;
    }
    const slot = occupied(ids).find((at) => ids.refs[at] === n)!;
    expect(ids.tags[slot]).toBe(1);
    expect(ids.add(`user-${n}`, n + 1)).toBe(n);
  });

  it('is read from the list only where the tag matches', () => {
    const ids = table();
    for (let n = 0; n < 500; n += 1) ids.add(`user-${n}`, n);
    let reads = 0;
    ids.list = new Proxy(ids.list, {
      get(target, key) {
        reads += 1;
        return Reflect.get(target, key);
      },
      set(target, key, value) {
        return Reflect.set(target, key, value);
      },
    });
    // 250 new ids (the table not growing yet) walk past hundreds of occupied slots, whose tags
    // match theirs one time in 255.
    for (let n = 500; n < 750; n += 1) ids.add(`user-${n}`, n);
    expect(ids.tags.length).toBe(1024);
    expect(reads).toBeLessThan(30);
    reads = 0;
    expect(ids.add('user-5', 2000)).toBe(5);
    expect(reads).toBeGreaterThanOrEqual(4);
  });
});

describe('the table', () => {
  it('starts with 1,024 slots and grows only once three quarters of them are in use, repeats taking none', () => {
    const ids = table();
    for (let n = 0; n < 768; n += 1) ids.add(`user-${n}`, n);
    expect([ids.tags.length, ids.refs.length, ids.list.length]).toEqual([1024, 1024, 3 * 1024 + 4]);
    // Repeats, of the first item's id too, hold no slot of their own.
    expect([ids.add('user-0', 900), ids.add('user-5', 901)]).toEqual([0, 5]);
    expect(ids.tags.length).toBe(1024);
    ids.add('user-768', 768);
    expect([ids.tags.length, ids.refs.length, ids.list.length]).toEqual([2048, 2048, 3 * 2048 + 4]);
    expect(occupied(ids)).toHaveLength(769);
  });

  it('keeps each fingerprint at the slot its first hash names, or after it with no empty slot between', () => {
    const ids = table();
    for (let n = 0; n < 1500; n += 1) ids.add(`user-${n}@example.com`, n);
    // Grown once: every fingerprint placed again, from the list.
    expect(ids.tags.length).toBe(2048);
    const mask = ids.tags.length - 1;
    let displaced = 0;
    for (const slot of occupied(ids)) {
      const home = fingerprint(ids, ids.refs[slot]!)[0]! & mask;
      if (home !== slot) displaced += 1;
      for (let probe = home; probe !== slot; probe = (probe + 1) & mask) expect(ids.tags[probe]).not.toBe(0);
    }
    // 1,500 ids in 2,048 slots: some share a first slot, so the walk above is not only from home to home.
    expect(displaced).toBeGreaterThan(0);
  });
});
