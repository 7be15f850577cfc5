/**
 * The ids a batch has accepted, each with the index of its item, so that a repeated id is
 * reported rather than decided twice.
 *
 * Each id is kept as a 96-bit fingerprint (three 32-bit hashes of its characters, from seeds
 * drawn for each batch) beside its item's index: 16 bytes a slot of one typed array, whatever
 * the id's length, and no string is held. Ten million ids take 268 MB of slots where Maps of
 * strings took about a gigabyte; the table grows to 2^28 slots (4 GB, the largest typed array
 * Node allows), room for 201 million distinct ids, where one Map stops at 2^24.
 *
 * Two different ids are taken for one another only when all 96 bits agree: for n distinct ids
 * the chance of that anywhere in the batch is about n^2 / 2^97, under 10^-13 for a hundred
 * million ids. The seeds change with every batch, so no list of ids collides on purpose, and a
 * batch that did meet a collision would not meet it again when run again.
 *
 * @internal
 */
export class IdSet {
  /** Slots of four words: the three hashes, then the item's index + 1 (0: an empty slot). */
  private slots = new Uint32Array(4096);
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
    const held = place(this.slots, mix(a), b >>> 0, c >>> 0, index + 1);
    if (held < 0 && ++this.count * 16 > this.slots.length * 3) {
      // At most three quarters of the slots in use: twice the slots, each fingerprint moved to
      // where its first hash now points.
      const old = this.slots;
      this.slots = new Uint32Array(old.length * 2);
      for (let at = 0; at < old.length; at += 4) {
        if (old[at + 3]) place(this.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
      }
    }
    return held;
  }
}

/**
 * Finds the fingerprint `a b c` by linear probing from the slot its first hash names: gives the
 * index held beside it, or, at the first empty slot, writes it there with `value` (an index +
 * 1) and gives -1. Some slot is always empty.
 */
function place(slots: Uint32Array, a: number, b: number, c: number, value: number): number {
  const mask = slots.length - 4;
  for (let at = (a * 4) & mask; ; at = (at + 4) & mask) {
    if (!slots[at + 3]) {
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = c;
      slots[at + 3] = value;
      return -1;
    }
    if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c) return slots[at + 3]! - 1;
  }
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
