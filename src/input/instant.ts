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

/**
 * The number written by `count` digits from `at`, then followed by the character `then` when it
 * is given; or 1e9 when any of them is not a digit or `then` does not follow, so that every
 * field's upper bound refuses it. The caller keeps every index read inside the text.
 */
function digitsAt(text: string, at: number, count: number, then?: number): number {
  let value = 0;
  for (count += at; at < count; at += 1) {
    const digit = text.charCodeAt(at) - 48;
    if (!(digit >= 0 && digit <= 9)) return 1e9;
    value = value * 10 + digit;
  }
  return !then || text.charCodeAt(at) === then ? value : 1e9;
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
  // Read by character codes, position by position, as INSTANT_PATTERN reads it: no regular
  // expression, no Date and nothing allocated per instant (see bench/). Never past the end of
  // the text either: V8 gives up the fast code of a function that once read there, and the code
  // it makes instead reads every instant more slowly (a single short one in a batch did it).
  // The shortest instant has 20 characters.
  if (typeof text !== 'string' || text.length < 20) return null;
  // yyyy-mm-ddThh:mm:ss, with - - T : : at their fixed places
  const year = digitsAt(text, 0, 4, 45);
  const month = digitsAt(text, 5, 2, 45);
  const day = digitsAt(text, 8, 2, 84);
  const hour = digitsAt(text, 11, 2, 58);
  const minute = digitsAt(text, 14, 2, 58);
  const second = digitsAt(text, 17, 2);
  // Each field in its range, the day in its month: 28 days in February, 29 in a leap year; 30 in
  // April, June, September and November; else 31.
  if (
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    day > (month === 2 ? (year % 4 || (!(year % 100) && year % 400) ? 28 : 29) : 30 + ((month ^ (month >> 3)) & 1))
  ) {
    return null;
  }
  let zoneAt = 19;
  if (text.charCodeAt(19) === 46) {
    // A fraction of 1 to 9 digits after the dot.
    while (++zoneAt < text.length && digitsAt(text, zoneAt, 1) <= 9);
    if (zoneAt === 20 || zoneAt > 29) return null;
  }
  let millis = 0;
  // The fraction (from index 20, after the dot, to the zone) is truncated to milliseconds, never rounded.
  for (let at = 20; at < 23; at += 1) millis = millis * 10 + (at < zoneAt ? text.charCodeAt(at) - 48 : 0);
  let offsetMinutes = 0;
  const zone = zoneAt < text.length ? text.charCodeAt(zoneAt) : 0;
  if (zone === 43 || zone === 45) {
    // +hh:mm or -hh:mm, ending the text
    if (text.length !== zoneAt + 6) return null;
    const offsetHours = digitsAt(text, zoneAt + 1, 2, 58);
    const offsetRest = digitsAt(text, zoneAt + 4, 2);
    if (offsetHours > 23 || offsetRest > 59) return null;
    // 44 - zone: 1 for +, -1 for -.
    offsetMinutes = (44 - zone) * (offsetHours * 60 + offsetRest);
  } else if (zone !== 90 || text.length !== zoneAt + 1) {
    // Z, ending the text
    return null;
  }
  // Days from 1970-01-01 in the proleptic Gregorian calendar Date uses, with years counted from
  // March and 400 years (146,097 days) added, so that every division is of a positive number.
  const y = (month < 3 ? year - 1 : year) + 400;
  const days = 365 * y + (y >> 2) - ((y / 100) | 0) + ((y / 400) | 0) + (((153 * ((month + 9) % 12) + 2) / 5) | 0) + day - 865_566;
  return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis;
}

export { INSTANT_RULE } from './fields';
