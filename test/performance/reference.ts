// The per-user path as it was before it was tuned for speed (regular expression and Date per
// instant, every issue list allocated, settings parsed for every call), kept verbatim as the
// reference the tuned code must match exactly: same values, same issues, same messages.

import { describeValue, type Issue, type Issues, type ParseResult } from '../../src/input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../../src/input/read-field';
import { EMAIL_ADDRESS_PATTERN } from '../../src/input/email-address';
import { INSTANT_PATTERN } from '../../src/input/instant';
import type { License, UserSnapshot } from '../../src/input/user-snapshot';

const instantRegExp = new RegExp(INSTANT_PATTERN);
const emailRegExp = new RegExp(EMAIL_ADDRESS_PATTERN, 'u');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function referenceParseInstant(text: string): number | null {
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

const parseInstant = referenceParseInstant;

const INSTANT_RULE =
  'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, on a real calendar day (for example 2026-05-01T08:30:00.000Z)';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function problem(value: unknown, rule: string): string {
  return value === UNREADABLE ? UNREADABLE_MESSAGE : `${rule} (received ${describeValue(value)})`;
}

function readLicense(value: unknown): License | undefined {
  return value === 'free' || value === 'paid' ? value : undefined;
}

/** Reads an optional instant field; returns its epoch milliseconds, null, or undefined when absent or bad. */
function readInstant(
  record: object,
  key: 'invitedAt' | 'lastEmailedAt',
  out: Writable<UserSnapshot>,
  issues: Issue[],
): number | null | undefined {
  const value = ownField(record, key);
  if (value === undefined) return undefined;
  if (value === null) {
    out[key] = null;
    return null;
  }
  const epoch = typeof value === 'string' ? parseInstant(value) : null;
  if (epoch === null) {
    issues.push({ path: [key], message: problem(value, `${INSTANT_RULE}, null, or left out`) });
    return undefined;
  }
  out[key] = value as string;
  return epoch;
}

/**
 * Checks an untrusted value against {@link UserSnapshot}. Never throws, whatever it is given
 * (including objects whose property reads throw), and reports every bad field at once.
 *
 * The value it returns is a fresh object holding the known fields only: unknown keys, including
 * `__proto__` and `constructor` from parsed JSON, are dropped, so nothing can reach a prototype.
 * Optional fields that were absent or `undefined` stay absent.
 *
 * @example
 * parseUserSnapshot({ id: 'u1', license: 'paid', hasSignedIn: false, email: 'a@example.com' })
 * //=> { ok: true, value: { id: 'u1', license: 'paid', hasSignedIn: false } }
 * parseUserSnapshot({ id: 'u1', license: 'paid', hasSignedIn: 'no' })
 * //=> { ok: false, issues: [{ path: ['hasSignedIn'], message: 'must be true or false (received "no")' }] }
 */
export function referenceParseUserSnapshot(input: unknown): ParseResult<UserSnapshot> {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [{ path: [], message: `a user snapshot must be an object (received ${describeValue(input)})` }],
    };
  }
  const issues: Issue[] = [];
  const out = {} as Writable<UserSnapshot>;

  const id = ownField(input, 'id');
  if (typeof id === 'string' && id.length > 0) out.id = id;
  else issues.push({ path: ['id'], message: problem(id, 'must be a non-empty string') });

  const licenseValue = ownField(input, 'license');
  const license = readLicense(licenseValue);
  if (license !== undefined) out.license = license;
  else issues.push({ path: ['license'], message: problem(licenseValue, 'must be "free" or "paid"') });

  const previousValue = ownField(input, 'previousLicense');
  if (previousValue === null) out.previousLicense = null;
  else if (previousValue !== undefined) {
    const previous = readLicense(previousValue);
    if (previous !== undefined) out.previousLicense = previous;
    else {
      issues.push({
        path: ['previousLicense'],
        message: problem(previousValue, 'must be "free", "paid", null, or left out'),
      });
    }
  }

  const signedIn = ownField(input, 'hasSignedIn');
  if (typeof signedIn === 'boolean') out.hasSignedIn = signedIn;
  else issues.push({ path: ['hasSignedIn'], message: problem(signedIn, 'must be true or false') });

  const invitedEpoch = readInstant(input, 'invitedAt', out, issues);
  const lastEmailedEpoch = readInstant(input, 'lastEmailedAt', out, issues);
  if (typeof lastEmailedEpoch === 'number') {
    if (invitedEpoch === null || (invitedEpoch === undefined && !hasIssue(issues, 'invitedAt'))) {
      issues.push({
        path: ['lastEmailedAt'],
        message: 'is set but invitedAt is not: a user who was emailed has a first email, so record it in invitedAt',
      });
    } else if (typeof invitedEpoch === 'number' && lastEmailedEpoch < invitedEpoch) {
      issues.push({ path: ['lastEmailedAt'], message: 'is earlier than invitedAt, the first email' });
    }
  }

  const reminders = ownField(input, 'remindersSent');
  if (reminders !== undefined) {
    if (typeof reminders === 'number' && Number.isSafeInteger(reminders) && reminders >= 0) {
      out.remindersSent = reminders + 0; // folds -0 into 0
    } else {
      issues.push({
        path: ['remindersSent'],
        message: problem(reminders, 'must be a whole number, 0 or more, or left out'),
      });
    }
  }

  // Added with the email field, after the tuning: the pattern the JSON Schema states, as a regular expression.
  const email = ownField(input, 'email');
  if (email !== undefined) {
    if (typeof email === 'string' && emailRegExp.test(email)) out.email = email;
    else {
      issues.push({
        path: ['email'],
        message: problem(email, 'must be one email address (text, an @, text; no spaces, control characters or ,;<>"()[]\\), or left out'),
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues: issues as unknown as Issues };
  return { ok: true, value: out };
}

function hasIssue(issues: readonly Issue[], key: string): boolean {
  return issues.some((issue) => issue.path[0] === key);
}
