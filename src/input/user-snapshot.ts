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

function problem(value: unknown, rule: string): string {
  return value === UNREADABLE ? UNREADABLE_MESSAGE : `${rule} (received ${describeValue(value)})`;
}

/**
 * Appends an issue, creating the list on the first one: a valid snapshot, by far the common
 * case in a batch, allocates no list at all.
 */
function withIssue(issues: Issue[] | undefined, key: string, message: string): Issue[] {
  const issue: Issue = { path: [key], message };
  if (issues === undefined) return [issue];
  issues.push(issue);
  return issues;
}

/** Epoch milliseconds of a present instant field, or NaN when it is not a real instant. */
function epochOf(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const epoch = parseInstant(value);
  return epoch === null ? NaN : epoch;
}

/**
 * The fields of a valid snapshot, every key always present (`undefined` when absent), so that
 * every checked snapshot has one object shape and the rule table reads it at full speed.
 *
 * @internal
 */
export interface SnapshotFields {
  readonly id: string;
  readonly license: License;
  readonly previousLicense: License | null | undefined;
  readonly hasSignedIn: boolean;
  readonly invitedAt: string | null | undefined;
  readonly lastEmailedAt: string | null | undefined;
  readonly remindersSent: number | undefined;
}

/**
 * The whole check of {@link parseUserSnapshot}, for the per-user path: the checked fields, or
 * every issue (an array, at least one). Never throws. Each field is read exactly once.
 *
 * @internal
 */
export function checkUserSnapshot(input: unknown): SnapshotFields | Issue[] {
  if (!isRecord(input)) {
    return [{ path: [], message: `a user snapshot must be an object (received ${describeValue(input)})` }];
  }
  let issues: Issue[] | undefined;

  const id = readField(input, 'id');
  if (typeof id !== 'string' || id.length === 0) issues = withIssue(issues, 'id', problem(id, 'must be a non-empty string'));

  const license = readField(input, 'license');
  if (license !== 'free' && license !== 'paid') {
    issues = withIssue(issues, 'license', problem(license, 'must be "free" or "paid"'));
  }

  const previousLicense = readField(input, 'previousLicense');
  if (previousLicense !== undefined && previousLicense !== null && previousLicense !== 'free' && previousLicense !== 'paid') {
    issues = withIssue(issues, 'previousLicense', problem(previousLicense, 'must be "free", "paid", null, or left out'));
  }

  const hasSignedIn = readField(input, 'hasSignedIn');
  if (typeof hasSignedIn !== 'boolean') issues = withIssue(issues, 'hasSignedIn', problem(hasSignedIn, 'must be true or false'));

  const invitedAt = readField(input, 'invitedAt');
  let invitedEpoch = NaN;
  let invitedBad = false;
  if (invitedAt !== undefined && invitedAt !== null) {
    invitedEpoch = epochOf(invitedAt);
    if (Number.isNaN(invitedEpoch)) {
      invitedBad = true;
      issues = withIssue(issues, 'invitedAt', problem(invitedAt, `${INSTANT_RULE}, null, or left out`));
    }
  }

  const lastEmailedAt = readField(input, 'lastEmailedAt');
  if (lastEmailedAt !== undefined && lastEmailedAt !== null) {
    const lastEpoch = epochOf(lastEmailedAt);
    if (Number.isNaN(lastEpoch)) {
      issues = withIssue(issues, 'lastEmailedAt', problem(lastEmailedAt, `${INSTANT_RULE}, null, or left out`));
    } else if (invitedBad) {
      // invitedAt has its own issue; comparing with it would only repeat it.
    } else if (invitedAt === undefined || invitedAt === null) {
      issues = withIssue(
        issues,
        'lastEmailedAt',
        'is set but invitedAt is not: a user who was emailed has a first email, so record it in invitedAt',
      );
    } else if (lastEpoch < invitedEpoch) {
      issues = withIssue(issues, 'lastEmailedAt', 'is earlier than invitedAt, the first email');
    }
  }

  const remindersSent = readField(input, 'remindersSent');
  if (
    remindersSent !== undefined &&
    !(typeof remindersSent === 'number' && Number.isSafeInteger(remindersSent) && remindersSent >= 0)
  ) {
    issues = withIssue(issues, 'remindersSent', problem(remindersSent, 'must be a whole number, 0 or more, or left out'));
  }

  if (issues !== undefined) return issues;
  return {
    id: id as string,
    license: license as License,
    previousLicense: previousLicense as License | null | undefined,
    hasSignedIn: hasSignedIn as boolean,
    invitedAt: invitedAt as string | null | undefined,
    lastEmailedAt: lastEmailedAt as string | null | undefined,
    remindersSent: remindersSent === undefined ? undefined : (remindersSent as number) + 0, // folds -0 into 0
  };
}

/**
 * The public form of checked fields: a fresh object where absent optional fields stay absent.
 *
 * @internal
 */
export function toUserSnapshot(fields: SnapshotFields): UserSnapshot {
  const out: { -readonly [K in keyof UserSnapshot]: UserSnapshot[K] } = {
    id: fields.id,
    license: fields.license,
  } as UserSnapshot;
  if (fields.previousLicense !== undefined) out.previousLicense = fields.previousLicense;
  out.hasSignedIn = fields.hasSignedIn;
  if (fields.invitedAt !== undefined) out.invitedAt = fields.invitedAt;
  if (fields.lastEmailedAt !== undefined) out.lastEmailedAt = fields.lastEmailedAt;
  if (fields.remindersSent !== undefined) out.remindersSent = fields.remindersSent;
  return out;
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
  const checked = checkUserSnapshot(input);
  if (Array.isArray(checked)) return { ok: false, issues: checked as unknown as Issues };
  return { ok: true, value: toUserSnapshot(checked as SnapshotFields) };
}
