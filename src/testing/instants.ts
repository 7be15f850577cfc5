import type { Arbitrary } from 'fast-check';
import { fc } from './fast-check';

// Instants are drawn as their written parts rather than as epoch numbers, so that the
// calendar's edges (leap days, the 30th and 31st, offsets that cross midnight) come up often
// and a shrunk counterexample reads as a plain date. Arbitraries are made by functions, never at
// module load: the kit loads where fast-check is missing, and only using an arbitrary needs it.

/** The written parts of an instant; `day` may exceed the month and is clamped when written. */
export interface InstantParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** `''` or `.` and 1 to 9 digits. */
  readonly fraction: string;
  /** `Z` or `±hh:mm`. */
  readonly offset: string;
}

/**
 * Options for `fc.oneof`: a value shrinks towards the first choice too, not only within its
 * own, so the plain cases go first (a field left out, `Z`, no fraction, a short ascii id).
 */
export const SHRINK_TO_FIRST = { withCrossShrink: true } as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function arbYear(): Arbitrary<number> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    { weight: 6, arbitrary: fc.integer({ min: 2000, max: 2040 }) },
    // The whole four-digit range, leap centuries (2000, 2400) and common ones (1900, 2100).
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
    { weight: 1, arbitrary: fc.constantFrom(1900, 2000, 2100, 2400) },
  );
}

// The 29th to 31st are where months differ, so they are drawn often, then clamped to the month.
function arbDay(): Arbitrary<number> {
  return fc.oneof(SHRINK_TO_FIRST, fc.integer({ min: 1, max: 28 }), fc.constantFrom(29, 30, 31));
}

function arbFraction(): Arbitrary<string> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.constant(''),
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 9 })
      .map((digits) => `.${digits.join('')}`),
  );
}

export function arbOffset(): Arbitrary<string> {
  return fc.oneof(
    SHRINK_TO_FIRST,
    fc.constant('Z'),
    fc
      .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([sign, hours, minutes]) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`),
  );
}

export function arbInstantParts(year: Arbitrary<number> = arbYear()): Arbitrary<InstantParts> {
  return fc.record({
    year,
    month: fc.integer({ min: 1, max: 12 }),
    day: arbDay(),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: arbFraction(),
    offset: arbOffset(),
  });
}

export function datePart(parts: InstantParts): string {
  const day = Math.min(parts.day, daysIn(parts.year, parts.month));
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(day, 2)}`;
}

export function timePart(parts: InstantParts): string {
  return `${pad(parts.hour, 2)}:${pad(parts.minute, 2)}:${pad(parts.second, 2)}${parts.fraction}`;
}

/** Writes real parts as an instant `parseInstant` accepts. */
export function formatInstant(parts: InstantParts): string {
  return `${datePart(parts)}T${timePart(parts)}${parts.offset}`;
}
