import { describeValue, type Issue } from '../input/issue';
import { UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import { parseInstant } from './main-entry';

// Close relatives of the strict instant shape that date-time fields from other systems carry:
// a space or lowercase `t` between date and time, no seconds, more than nine fraction digits,
// a lowercase `z`, an offset without its colon (`+0100`) or without minutes (`+01`).
const LENIENT_INSTANT =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(:\d{2})?(?:\.(\d+))?(?:([Zz])|([+-]\d{2})(?::?(\d{2}))?)$/;

/**
 * Rewrites a date-time in a close relative of the strict shape (see {@link LENIENT_INSTANT})
 * into the strict shape, same instant, same offset; `null` when it is not one. A string that is
 * already strict comes back unchanged.
 */
export function normalizeInstant(text: string): string | null {
  if (parseInstant(text) !== null) return text;
  const match = LENIENT_INSTANT.exec(text);
  if (match === null) return null;
  const [, date, hoursMinutes, seconds = ':00', fraction, zulu, offsetHours, offsetMinutes = '00'] = match;
  const zone = zulu !== undefined ? 'Z' : `${offsetHours!}:${offsetMinutes}`;
  const strict = `${date!}T${hoursMinutes!}${seconds}${fraction === undefined ? '' : `.${fraction.slice(0, 9)}`}${zone}`;
  return parseInstant(strict) === null ? null : strict;
}

/**
 * Reads a Webex date-time field into a strict instant. Absent gives `undefined`; a value that
 * is not a date-time with a time and a zone (`null` included) is an issue on `path`.
 */
export function readInstant(value: unknown, path: readonly (string | number)[], issues: Issue[]): string | undefined {
  if (value === undefined) return undefined;
  const instant = typeof value === 'string' ? normalizeInstant(value) : null;
  if (instant !== null) return instant;
  issues.push({
    path,
    message:
      value === UNREADABLE
        ? UNREADABLE_MESSAGE
        : `must be a date-time with a time and a zone, such as 2026-03-02T09:15:00.000Z (received ${describeValue(value)})`,
  });
  return undefined;
}
