import { isUtf8 } from 'node:buffer';
import { InputDecoder, type DecodedText } from '../../formats/index';

/**
 * The command line's {@link InputDecoder}: the same text and the same refusals, chunk for chunk,
 * faster on UTF-8, which is most files. A fatal `TextDecoder` in stream mode is several times
 * slower than Node's own UTF-8 check and conversion (`isUtf8`, `Buffer#toString`), so UTF-8 is
 * read with those: each chunk is checked up to its last whole character, and the bytes of a
 * character cut by the chunk's end wait for the next chunk, as the `TextDecoder` holds them; bytes
 * that cannot begin a valid character are refused in the chunk that holds them, as it refuses
 * them. UTF-16 (a byte order mark says so) goes to `InputDecoder` itself.
 */
export class FastInputDecoder {
  /** The first bytes, until there are three (the longest byte order mark) or the input ends. */
  private head: Uint8Array | undefined = new Uint8Array(0);
  /** For UTF-16: the decoder that reads it. */
  private other: InputDecoder | undefined;
  /** The bytes of a character the last chunk cut. */
  private rest: Uint8Array = new Uint8Array(0);
  private refused: DecodedText | undefined;

  decode(chunk: Uint8Array, final: boolean): DecodedText {
    if (this.other !== undefined) return this.other.decode(chunk, final);
    if (this.refused !== undefined) return this.refused;
    let bytes = chunk;
    if (this.head !== undefined) {
      const head = concat(this.head, chunk);
      if (head.length < 3 && !final) {
        this.head = head;
        return { ok: true, text: '' };
      }
      this.head = undefined;
      if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
        this.other = new InputDecoder();
        return this.other.decode(head, final);
      }
      bytes = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
    }
    bytes = concat(this.rest, bytes);
    const whole = final ? bytes.length : wholeCharacters(bytes);
    const cut = bytes.subarray(whole);
    if (!isUtf8(bytes.subarray(0, whole)) || !canBegin(cut)) return this.refuse();
    this.rest = cut.length === 0 ? cut : Uint8Array.from(cut);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, whole).toString('utf8');
    return text.includes('\u0000') ? this.refuse() : { ok: true, text };
  }

  private refuse(): DecodedText {
    // InputDecoder's own refusal, so the sentence is the one it gives.
    this.refused = new InputDecoder().decode(new Uint8Array([0xff, 0xff, 0xff]), true);
    return this.refused;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes a character takes from its first byte (0 for a byte no character begins with). */
function lengthFrom(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead < 0xc2) return 0;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return lead < 0xf5 ? 4 : 0;
}

/**
 * The length of `bytes` without the bytes of a last character it cuts (a first byte whose
 * character needs more bytes than follow it). Anything else is left to the check.
 */
function wholeCharacters(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let at = end - 1; at >= 0 && at >= end - 3; at -= 1) {
    const byte = bytes[at]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xc0 ? lengthFrom(byte) : 1;
    return length !== 0 && at + length > end ? at : end;
  }
  return end;
}

/** True when `bytes` (at most three) can begin a valid character: what a decoder holds and waits on. */
function canBegin(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  const lead = bytes[0]!;
  if (lengthFrom(lead) <= bytes.length) return false;
  for (let at = 1; at < bytes.length; at += 1) {
    const byte = bytes[at]!;
    let low = 0x80;
    let high = 0xbf;
    if (at === 1) {
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
      else if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    }
    if (byte < low || byte > high) return false;
  }
  return true;
}
