// parseInstant against an independent oracle: the exported INSTANT_PATTERN, the calendar of Date
// and plain arithmetic for the offset. Every near miss of a few valid instants is tried: each
// character replaced by each character a field sits next to, removed, or doubled, and each
// instant cut short or extended, so that every bound, every fixed separator and every length
// check of the parser is met from both sides.
import { describe, expect, it } from 'vitest';
import { INSTANT_PATTERN, parseInstant } from '../../src/index';

const pattern = new RegExp(INSTANT_PATTERN);

/** What parseInstant must give: milliseconds since the epoch, or null for no real instant. */
function oracle(text: string): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  // A day past the end of its month rolls over: no such instant.
  if (date.getUTCMonth() !== Number(month) - 1) return null;
  date.setUTCHours(Number(hour), Number(minute), Number(second), Number((fraction ?? '').padEnd(3, '0').slice(0, 3)));
  const offset = zone === 'Z' ? 0 : (zone!.startsWith('-') ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  return date.getTime() - offset * 60_000;
}

const BASES = [
  '2026-05-01T08:30:00Z',
  '2024-02-29T23:59:59.999999999+23:59',
  '1900-02-28T00:00:00.5-00:01',
  '2000-02-29T12:00:00.123Z',
  '0000-03-01T00:00:00+00:00',
  '9999-12-31T23:59:59.1234-23:59',
  '2026-04-30T10:00:00.12345678Z',
  '2023-11-30T19:09:49.1+10:50',
];

/** Characters at and past every field's bounds and every separator. */
const CHARS = '/0123456789:;+-.ZzT t\u0000\uff10';

function nearMisses(base: string): string[] {
  const texts = new Set<string>([base]);
  for (let at = 0; at <= base.length; at += 1) {
    texts.add(base.slice(0, at));
    texts.add(base.slice(0, at) + base.slice(at + 1));
    texts.add(base.slice(0, at) + base.charAt(at) + base.slice(at));
    for (const char of CHARS) {
      texts.add(base.slice(0, at) + char + base.slice(at + 1));
      texts.add(base.slice(0, at) + char + base.slice(at));
    }
  }
  return [...texts];
}

describe('parseInstant agrees with the pattern and the calendar', () => {
  it('on every near miss of a set of valid instants', () => {
    let accepted = 0;
    let refused = 0;
    for (const base of BASES) {
      expect(oracle(base)).not.toBeNull();
      for (const text of nearMisses(base)) {
        const expected = oracle(text);
        expect({ text, value: parseInstant(text) }).toEqual({ text, value: expected });
        if (expected === null) refused += 1;
        else accepted += 1;
      }
    }
    // Both sides are met many times.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('on the last day of every month of common, leap and century years, and the day after', () => {
    for (const year of ['1900', '2000', '2023', '2024', '2100', '0004', '0100', '0400']) {
      for (let month = 1; month <= 12; month += 1) {
        for (const day of [28, 29, 30, 31, 32]) {
          const text = `${year}-${String(month).padStart(2, '0')}-${day}T00:00:00Z`;
          expect({ text, value: parseInstant(text) }).toEqual({ text, value: oracle(text) });
        }
      }
    }
  });

  it('on every month and day field from 00 to 39, hour 00 to 29 and minute and second 00 to 69', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (let n = 0; n < 70; n += 1) {
      for (const text of [
        `2024-${two(n)}-15T00:00:00Z`,
        `2024-01-${two(n)}T00:00:00Z`,
        `2024-01-15T${two(n)}:00:00Z`,
        `2024-01-15T00:${two(n)}:00Z`,
        `2024-01-15T00:00:${two(n)}Z`,
        `2024-01-15T00:00:00+${two(n)}:00`,
        `2024-01-15T00:00:00-00:${two(n)}`,
      ]) {
        expect({ text, value: parseInstant(text) }).toEqual({ text, value: oracle(text) });
      }
    }
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1_777_624_200_000, new Date(0), ['2026-05-01T08:30:00Z'], { length: 25 }]) {
      expect(parseInstant(value as never)).toBeNull();
    }
  });
});
