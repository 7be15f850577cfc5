/**
 * The ids a batch has accepted, each with the index of its item, so that a repeated id is
 * reported rather than decided twice.
 *
 * Each id is kept as a 96-bit fingerprint (three 32-bit hashes of its characters, from seeds
 * drawn for each batch) beside its item's index: 16 bytes in a list written from start to end,
 * whatever the id's length, and no string is held. A hash table finds them: each slot holds a
 * one-byte tag (8 bits of the fingerprint) and the fingerprint's number in the list. A new id,
 * the common case, is told from the tags alone (a byte a slot: 2 MB for a million ids, where the
 * cache keeps them), and a lookup reads a fingerprint only where the tag matches: for a repeat,
 * or one time in 255 for each occupied slot it passes. Ten million ids take 160 MB of list and
 * 80 MB of table, where Maps of strings took about a gigabyte; the table grows to 2^30 slots,
 * room for 805,306,368 distinct ids (about 17 GB), where one Map stops at 2^24; past that,
 * Node 20 refuses the list's next length (a typed array holds at most 2^32 elements) and the
 * batch stops with a RangeError.
 *
 * Two different ids are taken for one another only when all 96 bits agree: for n distinct ids
 * the chance of that anywhere in the batch is about n^2 / 2^97, under 10^-13 for a hundred
 * million ids. The seeds change with every batch, so no list of ids collides on purpose, and a
 * batch that did meet a collision would not meet it again when run again.
 *
 * @internal
 */
export class IdSet {
  /** For each slot: 0 when empty, else the tag of the fingerprint it holds (see {@link tagOf}). */
  private tags = new Uint8Array(1024);
  /** For each occupied slot, the number of its fingerprint in the list. */
  private refs = new Uint32Array(1024);
  /**
   * The list: four words a fingerprint, the three hashes and then the item's index, in the order
   * the ids came; room for one more than the table holds before it grows.
   */
  private list = new Uint32Array(3 * 1024 + 4);
  private count = 0;
  private readonly seeds = [seed(), seed(), seed()] as const;

  /** Adds `id`, first seen at item `index`; returns -1, or the index of the item that already has it. */
  add(id: string, index: number): number {
    // Three hashes over the characters, two UTF-16 code units at a time, each from its own seed
    // and multiplier; each step a multiply and a shift, so that a difference spreads both up and
    // down. A final mix is one-to-one, so it would change no collision: only the first hash,
    // whose low bits pick the slot, gets one, so that each of those bits depends on every
    // character.
    // Each starts from the id's length, so that an odd length's last unit (read with a 0 beside
    // it) never meets the same units with a real 0 after them.
    let a = this.seeds[0] ^ id.length;
    let b = this.seeds[1] ^ id.length;
    let c = this.seeds[2] ^ id.length;
    for (let at = 0; at < id.length; at += 2) {
      const pair = id.charCodeAt(at) | (id.charCodeAt(at + 1) << 16); // past the end: NaN, read as 0
      a = Math.imul(a ^ pair, 0x01000193);
      a ^= a >>> 15;
      b = Math.imul(b ^ pair, 0x5bd1e995);
      b ^= b >>> 15;
      c = Math.imul(c ^ pair, 0x27d4eb2f);
      c ^= c >>> 15;
    }
    a = mix(a);
    b >>>= 0;
    c >>>= 0;
    const { tags, refs, list } = this;
    const tag = tagOf(c);
    // Linear probing, from the slot the first hash names to the first empty one.
    const mask = tags.length - 1;
    let slot = a & mask;
    for (let held = tags[slot]; held; held = tags[(slot = (slot + 1) & mask)]) {
      if (held === tag) {
        const at = refs[slot]! * 4;
        if (list[at] === a && list[at + 1] === b && list[at + 2] === c) return list[at + 3]!;
      }
    }
    const at = this.count * 4;
    list[at] = a;
    list[at + 1] = b;
    list[at + 2] = c;
    list[at + 3] = index;
    tags[slot] = tag;
    refs[slot] = this.count;
    // At most three quarters of the slots in use, so that a new id meets few tags before an empty slot.
    if (++this.count * 4 > tags.length * 3) this.grow();
    return -1;
  }

  /** Twice the slots, and each fingerprint of the list placed again, in its order. */
  private grow(): void {
    const size = this.tags.length * 2;
    // The list first: for more than 2^30 slots, its length is more than a typed array may have
    // (2^32 elements), so the batch stops there with a RangeError before the table takes 10 GB.
    const list = new Uint32Array(3 * size + 4);
    const tags = (this.tags = new Uint8Array(size));
    const refs = (this.refs = new Uint32Array(size));
    list.set(this.list);
    this.list = list;
    for (let number = 0; number < this.count; number += 1) {
      let slot = list[number * 4]! & (size - 1);
      while (tags[slot]) slot = (slot + 1) & (size - 1);
      tags[slot] = tagOf(list[number * 4 + 2]!);
      refs[slot] = number;
    }
  }
}

/**
 * A fingerprint's tag: the low byte of its third hash (independent of the first, which picks the
 * slot), or 1 in place of 0, which marks an empty slot.
 */
function tagOf(c: number): number {
  return c & 0xff || 1;
}

/** A seed for one of the hashes. */
function seed(): number {
  return (Math.random() * 0x1_0000_0000) | 0;
}

/** The final mix of MurmurHash3 (every output bit depends on every input bit), as an unsigned number. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
