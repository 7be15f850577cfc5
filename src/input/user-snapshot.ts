import { USER_SNAPSHOT_RULES, type USER_SNAPSHOT_FIELDS } from './fields';
import { isEmailAddress } from './email-address';
import { parseInstant } from './instant';
import type { Issue, ParseResult } from './issue';
import { received, recordIssues, UNREADABLE } from './read-field';

/** A list of issues being gathered, once it holds one. */
type IssueList = [Issue, ...Issue[]];

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
  /**
   * The user's email address, when the source knows it (Control Hub's export, a People API
   * page): outputs name the user by it and manual emails go to it. No decision depends on it.
   */
  readonly email?: string;
}

/**
 * Every field a snapshot may hold, in the order of the field table; parsing keeps these and
 * drops the rest.
 *
 * @example
 * USER_SNAPSHOT_KEYS.includes('invitedAt')
 * //=> true
 */
export const USER_SNAPSHOT_KEYS = [
  'id',
  'license',
  'previousLicense',
  'hasSignedIn',
  'invitedAt',
  'lastEmailedAt',
  'remindersSent',
  'email',
] as const satisfies readonly SnapshotKey[];

/**
 * Appends the issue about a bad value of the field at `index` in the table, or the issue whose
 * message is `message` when one is given; the list is created on the first issue, so that a
 * valid snapshot, by far the common case in a batch, allocates none. (An index rather than
 * module-level constants for the fields, which a bundler would keep in every bundle that
 * imports this module.)
 */
function withIssue(issues: IssueList | undefined, index: number, value: unknown, message?: string): IssueList {
  const issue: Issue = {
    path: [USER_SNAPSHOT_KEYS[index]!],
    message: message ?? received(value, USER_SNAPSHOT_RULES[index]!),
  };
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

type SnapshotKey = (typeof USER_SNAPSHOT_FIELDS)[number]['key'];

/** True for a record whose prototype is Object.prototype, as parsed JSON and literals are. */
function isPlain(record: object): boolean {
  try {
    return Object.getPrototypeOf(record) === Object.prototype;
  } catch {
    // A Proxy whose getPrototypeOf trap throws: not plain, so its fields get the own-property check.
  }
  return false;
}

/**
 * A value read from a record, or `undefined` when the record does not hold it itself. A plain
 * record can inherit only Object.prototype's value, so only a value equal to it is checked.
 */
function kept(record: object, key: SnapshotKey, value: unknown, plain: boolean, inherited: unknown): unknown {
  return value === undefined || (plain && value !== inherited) || Object.hasOwn(record, key) ? value : undefined;
}

/** True for a licence this package knows. */
function isLicense(value: unknown): value is License {
  return value === 'free' || value === 'paid';
}

/**
 * A parsed snapshot as the policy reads it: every field present, `undefined` where the snapshot
 * left it out, so that every parsed snapshot has one object shape and the rule look-up reads
 * it at full speed. It is a {@link UserSnapshot}.
 *
 * @internal
 */
export interface ParsedUser {
  readonly id: string;
  readonly license: License;
  readonly previousLicense: License | null | undefined;
  readonly hasSignedIn: boolean;
  readonly invitedAt: string | null | undefined;
  readonly lastEmailedAt: string | null | undefined;
  readonly remindersSent: number | undefined;
  readonly email: string | undefined;
}

/**
 * The one record {@link parseUser} gives for every valid snapshot, overwritten by its next call
 * (its result in one shape, so that the per-user path allocates nothing but the decision).
 */
const PARSED: { -readonly [K in keyof ParsedUser]: ParsedUser[K] } = {
  id: '',
  license: 'free',
  previousLicense: undefined,
  hasSignedIn: false,
  invitedAt: undefined,
  lastEmailedAt: undefined,
  remindersSent: undefined,
  email: undefined,
};
const VALID = { ok: true, value: PARSED } as const;

/**
 * The parse of {@link parseUserSnapshot}, for the per-user path: every field, or every issue at
 * once. Never throws. Each own field of `input` is read exactly once, in the order of the field
 * table.
 *
 * A valid snapshot's fields come in one record that the next call overwrites: read them (or
 * copy them) before parsing another snapshot. Nothing of the caller's runs between the end of
 * the reads and the return, so a getter that parses another snapshot spoils neither.
 *
 * @internal
 */
export function parseUser(input: unknown): ParseResult<ParsedUser> {
  const notRecord = recordIssues(input, 'a user snapshot');
  if (notRecord !== undefined) return { ok: false, issues: notRecord };
  let issues: IssueList | undefined;
  // What recordIssues accepts is an object whose fields can be read.
  const user = input as Readonly<Record<SnapshotKey, unknown>>;
  let id: unknown, license: unknown, previousLicense: unknown, hasSignedIn: unknown;
  let invitedAt: unknown, lastEmailedAt: unknown, remindersSent: unknown, email: unknown;
  // One read site per field, so that each stays monomorphic (the shared keyed read of ownField
  // is V8's slowest path). A plain record inherits from Object.prototype only, so its value
  // needs the own-property check only when it equals what Object.prototype holds; any other
  // record gets the check for every value it gives.
  const plain = isPlain(user);
  // What Object.prototype holds under each snapshot key: nothing, unless a library polluted it.
  const inherited = Object.prototype as Readonly<Partial<Record<SnapshotKey, unknown>>>;
  try {
    id = kept(user, 'id', user.id, plain, inherited.id);
  } catch {
    id = UNREADABLE;
  }
  try {
    license = kept(user, 'license', user.license, plain, inherited.license);
  } catch {
    license = UNREADABLE;
  }
  try {
    previousLicense = kept(user, 'previousLicense', user.previousLicense, plain, inherited.previousLicense);
  } catch {
    previousLicense = UNREADABLE;
  }
  try {
    hasSignedIn = kept(user, 'hasSignedIn', user.hasSignedIn, plain, inherited.hasSignedIn);
  } catch {
    hasSignedIn = UNREADABLE;
  }
  try {
    invitedAt = kept(user, 'invitedAt', user.invitedAt, plain, inherited.invitedAt);
  } catch {
    invitedAt = UNREADABLE;
  }
  try {
    lastEmailedAt = kept(user, 'lastEmailedAt', user.lastEmailedAt, plain, inherited.lastEmailedAt);
  } catch {
    lastEmailedAt = UNREADABLE;
  }
  try {
    remindersSent = kept(user, 'remindersSent', user.remindersSent, plain, inherited.remindersSent);
  } catch {
    remindersSent = UNREADABLE;
  }
  try {
    email = kept(user, 'email', user.email, plain, inherited.email);
  } catch {
    email = UNREADABLE;
  }

  if (typeof id !== 'string' || id === '') issues = withIssue(issues, 0, id);

  if (!isLicense(license)) issues = withIssue(issues, 1, license);

  if (previousLicense != null && !isLicense(previousLicense)) issues = withIssue(issues, 2, previousLicense);

  if (typeof hasSignedIn !== 'boolean') issues = withIssue(issues, 3, hasSignedIn);

  // parseInstant gives null for anything that is not a real instant, an unreadable value too.
  const invitedEpoch = invitedAt == null ? undefined : parseInstant(invitedAt as string);
  if (invitedEpoch === null) issues = withIssue(issues, 4, invitedAt);

  if (lastEmailedAt != null) {
    const lastEpoch = parseInstant(lastEmailedAt as string);
    if (lastEpoch === null) {
      issues = withIssue(issues, 5, lastEmailedAt);
    } else if (invitedEpoch === undefined) {
      issues = withIssue(
        issues,
        5,
        0,
        'is set but invitedAt is not: a user who was emailed has a first email, so record it in invitedAt',
      );
    } else if (invitedEpoch !== null && lastEpoch < invitedEpoch) {
      // A bad invitedAt (null here) has its own issue; comparing with it would only repeat it.
      issues = withIssue(issues, 5, 0, 'is earlier than invitedAt, the first email');
    }
  }

  if (remindersSent !== undefined && !(Number.isSafeInteger(remindersSent) && (remindersSent as number) >= 0)) {
    issues = withIssue(issues, 6, remindersSent);
  }

  if (email !== undefined && !isEmailAddress(email)) issues = withIssue(issues, 7, email);

  if (issues !== undefined) return { ok: false, issues };
  // Each value was checked above; an issue would have returned.
  PARSED.id = id as string;
  PARSED.license = license as License;
  PARSED.previousLicense = previousLicense as License | null | undefined;
  PARSED.hasSignedIn = hasSignedIn as boolean;
  PARSED.invitedAt = invitedAt as string | null | undefined;
  PARSED.lastEmailedAt = lastEmailedAt as string | null | undefined;
  PARSED.remindersSent = remindersSent === undefined ? undefined : (remindersSent as number) + 0; // folds -0 into 0
  PARSED.email = email as string | undefined;
  return VALID;
}

/**
 * Checks an untrusted value against {@link UserSnapshot}. Never throws, whatever it is given
 * (including objects whose property reads throw), and reports every bad field at once.
 *
 * The value it returns is a fresh object holding the known fields only: unknown keys, including
 * `__proto__` and `constructor` from parsed JSON, are dropped, so nothing can reach a prototype.
 * Optional fields that were absent or `undefined` stay absent. Only the snapshot's own fields
 * count: a value it inherits is absent.
 *
 * @example
 * parseUserSnapshot({ id: 'u1', license: 'paid', hasSignedIn: false, department: 'Sales' })
 * //=> { ok: true, value: { id: 'u1', license: 'paid', hasSignedIn: false } }
 * parseUserSnapshot({ id: 'u1', license: 'paid', hasSignedIn: false, email: 'ana@example.com' })
 * //=> { ok: true, value: { id: 'u1', license: 'paid', hasSignedIn: false, email: 'ana@example.com' } }
 * parseUserSnapshot({ id: 'u1', license: 'paid', hasSignedIn: 'no' })
 * //=> { ok: false, issues: [{ path: ['hasSignedIn'], message: 'must be true or false (received "no")' }] }
 */
export function parseUserSnapshot(input: unknown): ParseResult<UserSnapshot> {
  const parsed = parseUser(input);
  if (!parsed.ok) return parsed;
  // The public form: absent optional fields stay absent. (Field by field rather than through
  // Object.entries and a filter, which is some 50 bytes smaller and six times slower.)
  const { id, license, previousLicense, hasSignedIn, invitedAt, lastEmailedAt, remindersSent, email } = parsed.value;
  // hasSignedIn follows, after previousLicense, so that the keys keep the table's order.
  const value: { -readonly [K in keyof UserSnapshot]: UserSnapshot[K] } = { id, license } as UserSnapshot;
  if (previousLicense !== undefined) value.previousLicense = previousLicense;
  value.hasSignedIn = hasSignedIn;
  if (invitedAt !== undefined) value.invitedAt = invitedAt;
  if (lastEmailedAt !== undefined) value.lastEmailedAt = lastEmailedAt;
  if (remindersSent !== undefined) value.remindersSent = remindersSent;
  if (email !== undefined) value.email = email;
  return { ok: true, value };
}
