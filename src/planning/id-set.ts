/**
 * How many ids one Map holds before the next one opens: a V8 Map refuses its 2^24 + 1st entry
 * with a RangeError, so a batch of more distinct ids than that spreads them over several.
 */
const MAP_CAPACITY = 16_777_216; // 2 ** 24, written out: a computed constant stays in bundles that never use it

/**
 * The ids a batch has accepted, each with the index of its item, so that a repeated id is
 * reported rather than decided twice. Exact: every id is kept, so two different ids are never
 * taken for one another.
 *
 * Plain Maps, whose hashing is seeded, so crafted ids cannot make them slow. One Map serves
 * every batch of up to 2^24 ids; past that, each full Map stays as it is and a new one takes
 * the next ids, so an id is looked up in each of them (one more lookup per 16.8 million ids)
 * and no batch size is refused.
 *
 * @internal
 */
export class IdSet {
  /** The full Maps first, then the one being filled. */
  private readonly maps: Map<string, number>[] = [new Map()];

  /** @param capacity - Ids per Map; only tests lower it, to cross the limit with a few ids. */
  constructor(private readonly capacity: number = MAP_CAPACITY) {}

  /** Adds `id`, first seen at item `index`; returns -1, or the index of the item that already has it. */
  add(id: string, index: number): number {
    const maps = this.maps;
    for (let map = 0; map < maps.length; map += 1) {
      const first = maps[map]!.get(id);
      if (first !== undefined) return first;
    }
    let filling = maps[maps.length - 1]!;
    if (filling.size >= this.capacity) maps.push((filling = new Map()));
    filling.set(id, index);
    return -1;
  }
}
