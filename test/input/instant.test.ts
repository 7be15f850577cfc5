import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANT_PATTERN, parseInstant } from '../../src/index';
import { arbInstant } from '../../src/testing/arbitraries';

describe('parseInstant', () => {
  it('reads the same instant as Date.parse for every valid date-time', () => {
    fc.assert(
      fc.property(arbInstant(), (text) => {
        // Date.parse reads whole milliseconds only; compare at that precision.
        const trimmed = text.replace(/(\.\d{3})\d+/, '$1');
        expect(parseInstant(text)).toBe(Date.parse(trimmed));
      }),
      { numRuns: 1_000 },
    );
  });

  it('rejects what Date.parse would roll over to another day', () => {
    expect(Date.parse('2026-02-30T00:00:00Z')).not.toBeNaN();
    expect(parseInstant('2026-02-30T00:00:00Z')).toBeNull();
  });

  it('accounts for the offset', () => {
    expect(parseInstant('2026-05-01T10:30:00+02:00')).toBe(parseInstant('2026-05-01T08:30:00Z'));
    expect(parseInstant('2026-05-01T00:00:00-00:30')).toBe(Date.UTC(2026, 4, 1, 0, 30));
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    const expected = new Date(0);
    expected.setUTCFullYear(42, 0, 1);
    expect(parseInstant('0042-01-01T00:00:00Z')).toBe(expected.getTime());
  });

  it('keeps the bounds of the exported pattern and the parser together', () => {
    const pattern = new RegExp(INSTANT_PATTERN);
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (parseInstant(text) !== null) expect(pattern.test(text)).toBe(true);
      }),
    );
    expect(pattern.test('2026-02-30T00:00:00Z')).toBe(true);
  });
});
