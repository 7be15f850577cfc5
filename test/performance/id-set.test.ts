// decideEach's duplicate check keeps its ids in an open-addressing table (IdSet) rather than a
// Map, for speed at a million users. It must answer exactly as a Map would, across every growth
// of the table, and keep doing so when ids are crafted to collide.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { IdSet } from '../../src/planning/id-set';

/** The answers a Map gives: -1 for a new id, else the index it was first added at. */
function withMap(ids: readonly string[]): number[] {
  const map = new Map<string, number>();
  return ids.map((id, index) => {
    const first = map.get(id);
    if (first !== undefined) return first;
    map.set(id, index);
    return -1;
  });
}

function withIdSet(ids: readonly string[]): number[] {
  const set = new IdSet();
  return ids.map((id, index) => set.add(id, index));
}

/** The table's hash, written out again: ids that collide under it are built below. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

describe('IdSet answers as a Map does', () => {
  it('on any sequence of ids, repeats included', () => {
    const arbId = fc.oneof(
      fc.constantFrom('u1', 'u2', 'u3', '', 'U1', 'u1 ', 'ü', '\ud83d\ude00'),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(arbId, { maxLength: 300 }), (ids) => {
        expect(withIdSet(ids)).toEqual(withMap(ids));
      }),
      { numRuns: 300 },
    );
  });

  it('across many growths of the table, with repeats spread far apart', () => {
    const ids = Array.from({ length: 60_000 }, (_, n) => `user-${(n * 7919) % 45_000}@example.com`);
    expect(withIdSet(ids)).toEqual(withMap(ids));
  });

  it('when ids are crafted to land on one slot: it moves to a Map and still answers right', () => {
    // Strings whose hash has the same low ten bits all start probing at the same slot of the
    // first table (1,024 slots), so each one probes past every earlier one.
    const colliding: string[] = [];
    for (let n = 0; colliding.length < 300; n += 1) {
      const id = `c${n}`;
      if ((hashOf(id) & 1023) === 0) colliding.push(id);
    }
    const ids = [...colliding, ...colliding.slice(0, 50), 'plain', 'plain'];
    const set = new IdSet();
    const answers = ids.map((id, index) => set.add(id, index));
    expect(answers).toEqual(withMap(ids));
    expect((set as unknown as { map?: Map<string, number> }).map?.size).toBe(301);
  });
});
