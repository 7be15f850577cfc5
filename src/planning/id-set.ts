/** Longer probes than this mean ids that collide on purpose (or a freak): the table becomes a Map. */
const MAX_PROBES = 128;

/** FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) spread. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/**
 * The ids a batch has accepted, each with the index of its item, so that a repeated id is
 * reported rather than decided twice. An open-addressing table over a typed array: over a
 * million users, a Map's look-ups (a bucket, then an entry, then a key string, each somewhere
 * else in memory) took half of planActivation's time; one slot holding the id's position and
 * its hash is one memory access, and the whole plan runs about a quarter faster. If ids ever
 * make probing long (crafted to collide under this fixed hash), every id moves to a Map, whose
 * hashing is seeded, and the batch carries on there.
 *
 * @internal
 */
export class IdSet {
  /** Slot `s` is `slots[2s]` (1 + the id's position in `ids`, 0 when free) and `slots[2s + 1]` (its hash). */
  private slots = new Int32Array(2048);
  private mask = 1023;
  private readonly ids: string[] = [];
  private readonly firstIndexes: number[] = [];
  private map: Map<string, number> | undefined;

  /** Adds `id`, first seen at item `index`; returns -1, or the index of the item that already has it. */
  add(id: string, index: number): number {
    if (this.map !== undefined) return this.addToMap(id, index);
    const hash = hashOf(id);
    const slots = this.slots;
    let slot = hash & this.mask;
    for (let probes = 0; ; probes += 1) {
      const entry = slots[2 * slot]!;
      if (entry === 0) break;
      if (slots[2 * slot + 1] === hash && this.ids[entry - 1] === id) return this.firstIndexes[entry - 1]!;
      if (probes === MAX_PROBES) {
        this.moveToMap();
        return this.addToMap(id, index);
      }
      slot = (slot + 1) & this.mask;
    }
    this.ids.push(id);
    this.firstIndexes.push(index);
    slots[2 * slot] = this.ids.length;
    slots[2 * slot + 1] = hash;
    if (this.ids.length * 2 > this.mask) this.grow();
    return -1;
  }

  /** Doubles the table, keeping it at most half full so that probes stay short. */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let at = 0; at < old.length; at += 2) {
      const entry = old[at]!;
      if (entry === 0) continue;
      const hash = old[at + 1]!;
      let slot = hash & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private moveToMap(): void {
    const map = new Map<string, number>();
    for (let position = 0; position < this.ids.length; position += 1) map.set(this.ids[position]!, this.firstIndexes[position]!);
    this.map = map;
    this.slots = new Int32Array(0);
    this.ids.length = 0;
    this.firstIndexes.length = 0;
  }

  private addToMap(id: string, index: number): number {
    const first = this.map!.get(id);
    if (first !== undefined) return first;
    this.map!.set(id, index);
    return -1;
  }
}

