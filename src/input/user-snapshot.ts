import { parseInstant } from './instant';
import { describeValue, type Issue, type Issues, type ParseResult } from './issue';
import { isRecord, readField, UNREADABLE, UNREADABLE_MESSAGE } from './read-field';

/**
 * The two licence families that matter to activation emails.
 *
 * @example
 * const license: License = 'paid';
 */
export type License = 'free' | 'paid';

/**
 * What this package needs to know about one user to decide their activation email.
 *
 * Instants (`invitedAt`, `lastEmailedAt`) are ISO 8601 date-times with seconds and a `Z` or an
 * offset, such as `2026-05-01T08:30:00.000Z`; a date alone, an impossible calendar date or an
 * out-of-range time is rejected, never rolled over to another day.
 *
 * @example
 * const user: UserSnapshot = {
 *   id: 'u-1001',
 *   license: 'paid',
 *   previousLicense: 'free',
 *   hasSignedIn: false,
 *   invitedAt: null,
 * };
 */
export interface UserSnapshot {
  /** A non-empty identifier, unique within the org. */
  readonly id: string;
  /** The licence the user holds now. */
  readonly license: License;
  /** The licence before the latest change; `'free'` with `license: 'paid'` is a conversion. */
  readonly previousLicense?: License | null;
  /** Whether the user has ever signed in to the Webex App. */
  readonly hasSignedIn: boolean;
  /** When the first activation or invitation email went out; `null` or absent: never emailed. */
  readonly invitedAt?: string | null;
  /**
   * When the last activation email or reminder went out. Optional follow-up history, used by
   * reminder planning; when set, `invitedAt` must be set too and must not be later.
   */
  readonly lastEmailedAt?: string | null;
  /** How many reminders were sent by hand since the first email. A non-negative integer. */
  readonly remindersSent?: number;
}

/** Every field a snapshot may hold; parsing keeps these and drops the rest. */
export const USER_SNAPSHOT_KEYS = [
  'id',
  'license',
  'previousLicense',
  'hasSignedIn',
  'invitedAt',
  'lastEmailedAt',
  'remindersSent',
] as const;

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
  const value = readField(record, key);
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
export function parseUserSnapshot(input: unknown): ParseResult<UserSnapshot> {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [{ path: [], message: `a user snapshot must be an object (received ${describeValue(input)})` }],
    };
  }
  const issues: Issue[] = [];
  const out = {} as Writable<UserSnapshot>;

  const id = readField(input, 'id');
  if (typeof id === 'string' && id.length > 0) out.id = id;
  else issues.push({ path: ['id'], message: problem(id, 'must be a non-empty string') });

  const licenseValue = readField(input, 'license');
  const license = readLicense(licenseValue);
  if (license !== undefined) out.license = license;
  else issues.push({ path: ['license'], message: problem(licenseValue, 'must be "free" or "paid"') });

  const previousValue = readField(input, 'previousLicense');
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

  const signedIn = readField(input, 'hasSignedIn');
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

  const reminders = readField(input, 'remindersSent');
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

  if (issues.length > 0) return { ok: false, issues: issues as unknown as Issues };
  return { ok: true, value: out };
}

function hasIssue(issues: readonly Issue[], key: string): boolean {
  return issues.some((issue) => issue.path[0] === key);
}
