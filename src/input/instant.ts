/**
 * The shape of an instant this package accepts: an ISO 8601 / RFC 3339 date-time with seconds
 * and a `Z` or `±hh:mm` offset, such as `2026-05-01T08:30:00.000Z`. The pattern bounds every
 * field; only the day-of-month check (30 February, 31 April) needs code, so a string that
 * matches it may still be rejected by {@link parseInstant}.
 *
 * @example
 * new RegExp(INSTANT_PATTERN).test('2026-05-01T08:30:00+02:00')
 * //=> true
 */
export const INSTANT_PATTERN =
  '^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)(?:\\.(\\d{1,9}))?(Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$';

// `test` rather than `exec`: no match array and no substrings to allocate for every instant.
const instantRegExp = new RegExp(INSTANT_PATTERN);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The two-digit number at `at`, in a string the pattern already matched. */
function twoDigitsAt(text: string, at: number): number {
  return text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528; // 528 = 11 * '0'
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (counted in eras of 400 years), the
 * calendar `Date` uses, without creating a `Date` for every instant.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * Reads a date-time string as milliseconds since the Unix epoch, or `null` when it is not a
 * real instant. Unlike `Date.parse`, it never rolls an impossible date (`2026-02-30`) over to
 * another day and never accepts a date without a time or a time without an offset.
 *
 * @example
 * parseInstant('2026-05-01T10:30:00+02:00')
 * //=> 1777624200000
 * parseInstant('2026-02-30T00:00:00Z')
 * //=> null
 */
export function parseInstant(text: string): number | null {
  if (typeof text !== 'string' || !instantRegExp.test(text)) return null;
  // The pattern fixed every position up to the seconds and bounded every field.
  const year = twoDigitsAt(text, 0) * 100 + twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  const utc = text.charCodeAt(text.length - 1) === 90; // Z
  const zoneAt = utc ? text.length - 1 : text.length - 6;
  let millis = 0;
  // A fraction (from index 20, after the dot, to the zone) is truncated to milliseconds, never rounded.
  for (let at = 20; at < 23; at += 1) millis = millis * 10 + (at < zoneAt ? text.charCodeAt(at) - 48 : 0);
  let offsetMinutes = 0;
  if (!utc) {
    offsetMinutes = twoDigitsAt(text, zoneAt + 1) * 60 + twoDigitsAt(text, zoneAt + 4);
    if (text.charCodeAt(zoneAt) === 45) offsetMinutes = -offsetMinutes; // -
  }
  const minutes = (daysFromCivil(year, month, day) * 24 + twoDigitsAt(text, 11)) * 60 + twoDigitsAt(text, 14);
  return (minutes - offsetMinutes) * 60_000 + twoDigitsAt(text, 17) * 1000 + millis;
}

export { INSTANT_RULE } from './fields';
