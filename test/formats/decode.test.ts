// The one decoder the command line and the preview page turn bytes into text with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, escapeControlCharacters, InputDecoder } from '../../src/formats';

const TEXT = 'id,license\r\nzoé,paid\r\n李🙂,free\r\n';

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'): Uint8Array {
  if (encoding === 'utf-8') return new Uint8Array(Buffer.from(text, 'utf8'));
  if (encoding === 'utf-8-bom') return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
}

/** Decodes `bytes` cut at `cuts`, as a stream would deliver them. */
function inChunks(bytes: Uint8Array, cuts: readonly number[]): { ok: boolean; text: string } {
  const decoder = new InputDecoder();
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let start = 0;
  for (const point of [...points, bytes.length]) {
    const result = decoder.decode(bytes.subarray(start, point), false);
    if (!result.ok) return { ok: false, text };
    text += result.text;
    start = point;
  }
  const last = decoder.decode(new Uint8Array(0), true);
  return last.ok ? { ok: true, text: text + last.text } : { ok: false, text };
}

describe('decodeText', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const)('reads %s to the same text, without the byte order mark', (encoding) => {
    expect(decodeText(encode(TEXT, encoding))).toEqual({ ok: true, text: TEXT });
  });

  it('reads an empty file, or one that is only a byte order mark, as empty text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '' });
    expect(decodeText(new Uint8Array([0xff, 0xfe]))).toEqual({ ok: true, text: '' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: '' });
  });

  it.each([
    ['invalid UTF-8 (Latin-1)', new Uint8Array(Buffer.from('zo\u00e9', 'latin1'))],
    ['UTF-16 without a byte order mark', new Uint8Array(Buffer.from('id', 'utf16le'))],
    ['a NUL byte in UTF-8', new Uint8Array([0x61, 0x00, 0x62])],
    ['a NUL character in UTF-16', encode('a\u0000b', 'utf-16le')],
    ['an odd number of UTF-16 bytes', new Uint8Array([0xff, 0xfe, 0x61])],
    ['a lone UTF-16 surrogate', new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x61, 0x00])],
  ])('refuses %s as not text, quoting nothing of it', (_, bytes) => {
    expect(decodeText(bytes)).toEqual({
      ok: false,
      message: 'the input is not text: save it as UTF-8, or as UTF-16 with a byte order mark ("Unicode text"), and try again',
    });
  });
});

describe('InputDecoder, chunk by chunk', () => {
  it('gives the same text wherever the chunks are cut: in the byte order mark, in a character, in a surrogate pair', () => {
    fc.assert(
      fc.property(fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' as const), fc.array(fc.nat(), { maxLength: 8 }), (encoding, cuts) => {
        expect(inChunks(encode(TEXT, encoding), cuts)).toEqual({ ok: true, text: TEXT });
      }),
    );
  });

  it('once a chunk is refused, refuses the rest, even valid text', () => {
    const decoder = new InputDecoder();
    expect(decoder.decode(new Uint8Array([0x61, 0x62, 0x63]), false)).toEqual({ ok: true, text: 'abc' });
    expect(decoder.decode(new Uint8Array([0x00]), false).ok).toBe(false);
    expect(decoder.decode(new Uint8Array([0x61]), true).ok).toBe(false);
  });

  it('refuses a UTF-8 sequence left unfinished at the end', () => {
    const decoder = new InputDecoder();
    expect(decoder.decode(new Uint8Array([0x61, 0x62, 0xc3]), false)).toEqual({ ok: true, text: 'ab' });
    expect(decoder.decode(new Uint8Array(0), true).ok).toBe(false);
  });
});

describe('escapeControlCharacters', () => {
  it('escapes every C0 and C1 control and DEL, and nothing else', () => {
    for (let code = 0; code < 0x2000; code += 1) {
      const char = String.fromCharCode(code);
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      expect(escapeControlCharacters(char) === char, `U+${code.toString(16)}`).toBe(!control);
      expect(/[\u0000-\u001f\u007f-\u009f]/.test(escapeControlCharacters(`a${char}b`))).toBe(false);
    }
    expect(escapeControlCharacters('a\tb\nc\rd\u009b')).toBe('a\\tb\\nc\\rd\\u009b');
  });
});

describe('one decoder', () => {
  it('is the only place the command line and the page turn bytes into text', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '..', '..');
    const files = ['src/cli', 'examples/preview-page/src'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
    expect(files.length).toBeGreaterThan(20);
    // Any of these would decode on its own terms: UTF-8 only, a BOM kept, NUL bytes let through.
    const ownDecoding = /new TextDecoder|setEncoding\(|encoding: 'utf8'|\.text\(\)|readFileSync\([^)]*'utf8'/;
    const offenders = files.filter((file) => ownDecoding.test(readFileSync(file, 'utf8')) && !file.endsWith('src/cli/main.ts'));
    expect(offenders).toEqual([]);
    // The command line's decoder takes Node's UTF-8 path for speed and hands everything else, and
    // every refusal's words, to InputDecoder; test/cli/speed-decoder.test.ts proves the two agree
    // on any bytes cut anywhere.
    expect(readFileSync(join(root, 'src/cli/input/open-input.ts'), 'utf8')).toContain('new FastInputDecoder()');
    expect(readFileSync(join(root, 'src/cli/input/fast-decoder.ts'), 'utf8')).toContain('new InputDecoder()');
    expect(readFileSync(join(root, 'examples/preview-page/src/load-users.ts'), 'utf8')).toContain('decodeText(');
  });
});
