// The ids a batch has seen: 96-bit fingerprints in one growing table. Held to a plain Map on
// sequences that make the table grow several times, with repeats of ids from every stage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/planning/id-set';

describe('IdSet', () => {
  it('gives -1 for a new id and the first index for a repeat', () => {
    const ids = new IdSet();
    expect(['a', 'b', 'c', '', 'ab'].map((id, index) => ids.add(id, index))).toEqual([-1, -1, -1, -1, -1]);
    expect([ids.add('a', 5), ids.add('ab', 6), ids.add('', 7), ids.add('b', 8), ids.add('ba', 9)]).toEqual([0, 4, 3, 1, -1]);
  });

  it('agrees with one Map on sequences of ids with repeats, across every growth of its table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.nat(3000).map(String)), {
          minLength: 1,
          maxLength: 4000,
        }),
        (sequence) => {
          const ids = new IdSet();
          const reference = new Map<string, number>();
          sequence.forEach((id, index) => {
            const expected = reference.get(id) ?? -1;
            if (expected === -1) reference.set(id, index);
            expect(ids.add(id, index)).toBe(expected);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps 200,000 distinct ids apart, ids that differ in one character or only in their order too, and finds each again', () => {
    const ids = new IdSet();
    const count = 200_000;
    const name = (n: number) => `user-${n}@example.com`;
    for (let n = 0; n < count; n += 1) expect(ids.add(name(n), n)).toBe(-1);
    // Swapped halves, a character past the Latin range, a lone surrogate: new ids all.
    expect([ids.add('example.com@user-1', count), ids.add('user-1@example.co\u01e3', count + 1), ids.add('\ud800', count + 2)]).toEqual([-1, -1, -1]);
    // Ids read two units at a time: an odd id and the same id with a 0 unit after it differ in every hash.
    const fingerprints = new IdSet() as unknown as { add(id: string, index: number): number; list: Uint32Array };
    fingerprints.add('a', 0);
    fingerprints.add('a\u0000', 1);
    const held = [[...fingerprints.list.subarray(0, 3)], [...fingerprints.list.subarray(4, 7)]];
    for (let word = 0; word < 3; word += 1) expect(held[0]![word]).not.toBe(held[1]![word]);
    for (let n = 0; n < count; n += 997) expect(ids.add(name(n), count + 3 + n)).toBe(n);
  });

  it('draws new seeds for each set, and still finds the same repeats', () => {
    const first = new IdSet() as unknown as { seeds: readonly number[] };
    const second = new IdSet() as unknown as { seeds: readonly number[] };
    expect(first.seeds).not.toEqual(second.seeds);
    for (const ids of [first, second] as unknown as IdSet[]) expect([ids.add('x', 0), ids.add('y', 1), ids.add('x', 2)]).toEqual([-1, -1, 0]);
  });
});
