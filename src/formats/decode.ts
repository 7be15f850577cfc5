/**
 * The text of an input file, or why its bytes are not text this package reads.
 *
 * @example
 * const decoded: DecodedText = { ok: false, message: 'the input is not text: ...' };
 */
export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** The encodings a file may come in: UTF-8 (with or without a byte order mark), UTF-16 with one. */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const NOT_TEXT =
  'the input is not text: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode text"), and try again';

/** The encoding the byte order mark names; UTF-8 without one. The decoder drops the mark itself. */
function encodingOf(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Turns the bytes of an input file into text, chunk by chunk, the same way on the command line
 * (a file or standard input, read as a stream) and in the preview page (a picked file): UTF-8
 * with or without a byte order mark, and UTF-16 little or big endian with one (Excel's "Unicode
 * text"), read alike and handed on without the mark. Bytes that are not valid in the encoding,
 * or a NUL character (a spreadsheet, an archive, UTF-16 without its mark), make the whole input
 * "not text": it is refused with one sentence that quotes nothing from the file, rather than
 * read as garbage.
 *
 * Give chunks in order to {@link InputDecoder.decode}, the last one with `final` set (an empty
 * chunk will do); once a chunk is refused, the decoder refuses every later one.
 *
 * @example
 * const decoder = new InputDecoder();
 * decoder.decode(new Uint8Array([0xff, 0xfe]), false)
 * //=> { ok: true, text: '' }
 * decoder.decode(new Uint8Array([0x69, 0x00, 0x64, 0x00]), true)
 * //=> { ok: true, text: 'id' }
 */
export class InputDecoder {
  /** The first bytes, while they are too few to tell the encoding. */
  private head: Uint8Array | undefined;
  private decoder: TextDecoder | undefined;
  private refused = false;

  /** The text of `chunk`, or why the input is not text; `final` says it is the last chunk. */
  decode(chunk: Uint8Array, final: boolean): DecodedText {
    if (this.refused) return { ok: false, message: NOT_TEXT };
    let bytes = chunk;
    if (this.decoder === undefined) {
      // The byte order mark decides the encoding: wait for three bytes (the longest mark), or the end.
      const head = this.head === undefined ? chunk : concat(this.head, chunk);
      if (head.length < 3 && !final) {
        this.head = head;
        return { ok: true, text: '' };
      }
      // Without ignoreBOM, the decoder drops the byte order mark at the start of the input, and only there.
      this.decoder = new TextDecoder(encodingOf(head), { fatal: true });
      bytes = head;
    }
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !final });
    } catch {
      return this.refuse();
    }
    return text.includes('\u0000') ? this.refuse() : { ok: true, text };
  }

  private refuse(): DecodedText {
    this.refused = true;
    return { ok: false, message: NOT_TEXT };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Turns the bytes of a whole input file into text, as {@link InputDecoder} does chunk by chunk:
 * UTF-8 (with or without a byte order mark) or UTF-16 with one; anything else is refused.
 *
 * @example
 * decodeText(new TextEncoder().encode('\ufeffid,license'))
 * //=> { ok: true, text: 'id,license' }
 * decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])).ok
 * //=> false
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return new InputDecoder().decode(bytes, true);
}
