import { describeValue, type Issue } from '../input/issue';
import { isRecord, ownField, UNREADABLE, UNREADABLE_MESSAGE } from '../input/read-field';
import { parseInstant } from './main-entry';

/** A person's history once read: the snapshot fields it gives, absent where the record is silent. */
export interface PersonHistory {
  readonly invitedAt?: string | null;
  readonly lastEmailedAt?: string | null;
  readonly remindersSent?: number;
}

/** Where the history option's issues go: under `['options', 'history']`. */
export const HISTORY_PATH = ['options', 'history'] as const;

const INSTANT_RULE = 'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, null, or left out';

function instantField(record: object, key: 'invitedAt' | 'lastEmailedAt', issues: Issue[]): string | null | undefined {
  const value = ownField(record, key);
  if (value === undefined || value === null) return value;
  // parseInstant refuses anything that is not a string itself.
  if (parseInstant(value as string) !== null) return value as string;
  issues.push({
    path: [...HISTORY_PATH, key],
    message: value === UNREADABLE ? UNREADABLE_MESSAGE : `${INSTANT_RULE} (received ${describeValue(value)})`,
  });
  return undefined;
}

/**
 * Reads one person's history record: `undefined` or `null` is no record (`undefined` comes
 * back); an object gives its fields, each checked, every problem an issue under
 * `['options', 'history', field]`. How the fields agree with one another (a last email no
 * earlier than the first) is left to `parseUserSnapshot`, whose issues the caller moves here.
 */
export function readPersonHistory(value: unknown, issues: Issue[]): PersonHistory | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    issues.push({
      path: [...HISTORY_PATH],
      message:
        value === UNREADABLE
          ? UNREADABLE_MESSAGE
          : `must be an object ({ invitedAt, lastEmailedAt, remindersSent }), null, or left out (received ${describeValue(value)})`,
    });
    return undefined;
  }
  const invitedAt = instantField(value, 'invitedAt', issues);
  const lastEmailedAt = instantField(value, 'lastEmailedAt', issues);
  const reminders = ownField(value, 'remindersSent');
  let remindersSent: number | undefined;
  // Number.isSafeInteger refuses anything that is not a number itself.
  if (Number.isSafeInteger(reminders) && (reminders as number) >= 0) remindersSent = reminders as number;
  else if (reminders !== undefined) {
    issues.push({
      path: [...HISTORY_PATH, 'remindersSent'],
      message:
        reminders === UNREADABLE ? UNREADABLE_MESSAGE : `must be a whole number, 0 or more, or left out (received ${describeValue(reminders)})`,
    });
  }
  // A field left undefined here is left out of the snapshot: parseUserSnapshot keeps only what is set.
  return { invitedAt: invitedAt ?? null, lastEmailedAt, remindersSent };
}

/** Reads the `assumeInvitedAtCreated` option: `true`, or `false` when absent; anything else is an issue. */
export function readAssumption(options: object, issues: Issue[]): boolean {
  const value = ownField(options, 'assumeInvitedAtCreated');
  if (value === undefined || typeof value === 'boolean') return value === true;
  issues.push({
    path: ['options', 'assumeInvitedAtCreated'],
    message: value === UNREADABLE ? UNREADABLE_MESSAGE : `must be true, false, or left out (received ${describeValue(value)})`,
  });
  return false;
}
