// The command line decodes its input with FastInputDecoder: chunk for chunk the same text, and the
// same refusal in the same chunk, as the InputDecoder the preview page uses, wherever chunks cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputDecoder } from '../../src/formats';
import { FastInputDecoder } from '../../src/cli/input/fast-decoder';

/** Each chunk's result, up to and including the first refusal; the last chunk is final. */
function decodeAll(decoder: { decode(chunk: Uint8Array, final: boolean): unknown }, chunks: readonly Uint8Array[]): unknown[] {
  const results: unknown[] = [];
  for (let index = 0; index < chunks.length; index += 1) {
    const result = decoder.decode(chunks[index]!, index === chunks.length - 1);
    results.push(result);
    if ((result as { ok: boolean }).ok === false) break;
  }
  return results;
}

function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
// Bytes around every boundary of UTF-8: first bytes of each length, continuation bytes at the
// edges of their ranges, surrogates, overlong forms, bytes no character begins with, NUL.
const EDGE_BYTES = [0x00, 0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }).map(encode),
  fc.constantFrom(encode('é'), encode('€'), encode('😀'), encode('\ufeff'), encode('id,license\n'), new Uint8Array([0xef, 0xbb, 0xbf])),
  fc.array(fc.constantFrom(...EDGE_BYTES), { minLength: 1, maxLength: 4 }).map((bytes) => new Uint8Array(bytes)),
);
const input = fc.array(piece, { maxLength: 12 }).map((pieces) => Uint8Array.from(pieces.flatMap((bytes) => [...bytes])));

describe('FastInputDecoder', () => {
  it('gives what InputDecoder gives, chunk for chunk, on any bytes cut anywhere', () => {
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 6 }), (bytes, at) => {
        const chunks = cut(bytes, at);
        expect(decodeAll(new FastInputDecoder(), chunks)).toEqual(decodeAll(new InputDecoder(), chunks));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the cases that matter alike: byte order marks, UTF-16, cut characters, NUL, bad bytes', () => {
    const cases: Uint8Array[][] = [
      [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x41, 0xef, 0xbb, 0xbf])],
      [new Uint8Array([0xff, 0xfe, 0x69, 0x00]), new Uint8Array([0x64])],
      [new Uint8Array([0xfe, 0xff, 0x00, 0x69])],
      [encode('a€').subarray(0, 2), encode('a€').subarray(2)],
      [new Uint8Array([0x41, 0xe0, 0x80]), new Uint8Array([0x80])],
      [new Uint8Array([0x41, 0xf0]), new Uint8Array([0x9f, 0x98]), new Uint8Array([0x80, 0x0a])],
      [new Uint8Array([0x41, 0xe2, 0x82])],
      [encode('ok\n'), new Uint8Array([0x00])],
      [new Uint8Array([0x41])],
      [new Uint8Array([])],
    ];
    for (const chunks of cases) expect(decodeAll(new FastInputDecoder(), chunks)).toEqual(decodeAll(new InputDecoder(), chunks));
    expect(decodeAll(new FastInputDecoder(), cases[4]!)).toEqual([{ ok: false, message: expect.stringContaining('not text') }]);
  });
});
