// parseInstant never reads a character past the end of its text (src/input/instant.ts says why:
// V8 gives up the fast code of a function that once read there, and every instant after it is
// read more slowly). A read past the end gives NaN, which changes no result, so only a watch on
// String.prototype.charCodeAt tells: every index it is asked for must be inside the text.
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/index';

const BASES = [
  '2026-05-01T08:30:00Z',
  '2024-02-29T23:59:59.999999999+23:59',
  '1900-02-28T00:00:00.5-00:01',
  '2000-02-29T12:00:00.123Z',
  '9999-12-31T23:59:59.1234-23:59',
];

/** Every prefix of each base, each base with one more character, and each character replaced. */
function texts(): string[] {
  const all = new Set<string>();
  for (const base of BASES) {
    for (let at = 0; at <= base.length; at += 1) {
      all.add(base.slice(0, at));
      for (const char of '09.:+-Z') {
        all.add(base.slice(0, at) + char);
        all.add(base.slice(0, at) + char + base.slice(at + 1));
        all.add(base + char);
      }
    }
  }
  return [...all];
}

/** Runs `parse` on each text, watching charCodeAt; gives each text read past its end. */
function readsPastTheEnd(parse: (text: string) => unknown, inputs: readonly string[]): { text: string; index: number }[] {
  const past: { text: string; index: number }[] = [];
  const original = String.prototype.charCodeAt;
  let reads = 0;
  String.prototype.charCodeAt = function charCodeAt(this: string, index: number): number {
    reads += 1;
    if (!(index >= 0 && index < this.length)) past.push({ text: String(this), index });
    return original.call(this, index);
  };
  try {
    for (const text of inputs) parse(text);
  } finally {
    String.prototype.charCodeAt = original;
  }
  // The watch saw the parser read: it reads by character codes.
  expect(reads).toBeGreaterThan(inputs.length);
  return past;
}

describe('parseInstant reads inside its text only', () => {
  it('on every prefix of valid instants, each one longer by a character, and each with a character replaced', () => {
    const inputs = texts();
    expect(inputs.length).toBeGreaterThan(500);
    // Both valid and refused texts are among them, short ones and ones ending in a fraction too.
    expect(inputs.filter((text) => parseInstant(text) !== null).length).toBeGreaterThan(20);
    expect(inputs).toContain('2000-02-29T12:00:00.123');
    expect(inputs).toContain('2026-05-01T08:30:0');
    expect(readsPastTheEnd(parseInstant, inputs)).toEqual([]);
  });

  it('on texts that end right after the seconds, inside the fraction, or after the zone sign', () => {
    const inputs = ['2026-05-01T08:30:00', '2026-05-01T08:30:00.', '2026-05-01T08:30:00.1', '2026-05-01T08:30:00.123456789', '2026-05-01T08:30:00+', '2026-05-01T08:30:00+02:0'];
    for (const text of inputs) expect(parseInstant(text)).toBeNull();
    expect(readsPastTheEnd(parseInstant, inputs)).toEqual([]);
  });

  it('reads a fraction digit 9 as a digit', () => {
    expect(parseInstant('2026-05-01T08:30:00.9Z')).toBe(Date.UTC(2026, 4, 1, 8, 30, 0, 900));
    expect(parseInstant('2026-05-01T08:30:00.99999Z')).toBe(Date.UTC(2026, 4, 1, 8, 30, 0, 999));
  });
});
