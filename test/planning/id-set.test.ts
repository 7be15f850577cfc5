// The ids a batch has seen, past the 2^24 ids one V8 Map can hold: the same structure at a
// capacity of a few ids, so that crossing from one Map to the next takes a handful of ids here
// (bench/many-ids.mjs crosses the real limit).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/planning/id-set';

const ALPHABET = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

/**
 * A capacity of 1 to 5 ids per Map and a sequence of at least 6 distinct ids, each followed by
 * repeats of ids seen before it: every sequence fills more than one Map.
 */
const arbCrossing = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.shuffledSubarray(ALPHABET, { minLength: 6 }),
    fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 10, maxLength: 10 }),
  )
  .map(([capacity, distinct, repeats]) => {
    const sequence: string[] = [];
    distinct.forEach((id, position) => {
      sequence.push(id);
      for (const pick of repeats[position]!) sequence.push(distinct[pick % (position + 1)]!);
    });
    return { capacity, sequence, distinct: distinct.length };
  });

describe('IdSet', () => {
  it('gives -1 for a new id and the first index for a repeat, across several full Maps', () => {
    const ids = new IdSet(2);
    // Five distinct ids at two per Map: three Maps, the last one half full.
    expect(['a', 'b', 'c', 'd', 'e'].map((id, index) => ids.add(id, index))).toEqual([-1, -1, -1, -1, -1]);
    // A repeat of an id in each Map: the first, a middle one and the one being filled.
    expect([ids.add('a', 5), ids.add('d', 6), ids.add('e', 7), ids.add('b', 8)]).toEqual([0, 3, 4, 1]);
    // Repeats take no room: the next new id still lands in the third Map, then a fourth opens.
    expect([ids.add('f', 9), ids.add('g', 10), ids.add('f', 11), ids.add('g', 12)]).toEqual([-1, -1, 9, 10]);
  });

  it('agrees with one unbounded Map on sequences that fill several Maps', () => {
    fc.assert(
      fc.property(arbCrossing, ({ capacity, sequence, distinct }) => {
        expect(distinct).toBeGreaterThan(capacity);
        const ids = new IdSet(capacity);
        const reference = new Map<string, number>();
        sequence.forEach((id, index) => {
          const expected = reference.get(id) ?? -1;
          if (expected === -1) reference.set(id, index);
          expect(ids.add(id, index)).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('holds 2^24 ids per Map by default, exactly what a V8 Map allows', () => {
    expect((new IdSet() as unknown as { capacity: number }).capacity).toBe(2 ** 24);
  });
});
