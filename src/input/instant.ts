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

const instantRegExp = new RegExp(INSTANT_PATTERN);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
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
  const match = instantRegExp.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > daysInMonth) return null;
  const fraction = match[7];
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(Number(match[4]), Number(match[5]), Number(match[6]), millis);
  const zone = match[8]!;
  if (zone === 'Z') return utc.getTime();
  const sign = zone[0] === '-' ? -1 : 1;
  const offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return utc.getTime() - offsetMinutes * 60_000;
}
