// The field tables: one per input this package reads. Each is the one statement of what a
// record may hold; the parsers, the key lists, the JSON Schema files (scripts/json-schemas.ts),
// the CSV columns and the testing kit's arbitraries read it. Plain data with no import beyond
// types, so that any of them can read it without pulling anything else in.

import type { ManualEmailItem } from '../policy/checklist';

/**
 * What a field holds. Each type has one check in the parsers and one form in the JSON Schema.
 *
 * - `id`: a non-empty string. `license`: `'free'` or `'paid'`. `boolean`: `true` or `false`.
 * - `instant`: an ISO 8601 date-time with seconds and an offset, on a real calendar day.
 * - `email`: one email address: text, one `@`, text, with no space, control character or
 *   character that would add an address (`,;<>"()[]\\`).
 * - `count`: a whole number, 0 or more. `days`: a number of days from 0 to {@link MAX_CADENCE_DAYS}.
 * - `text`, `https-link`, `portal-link`, `links`: the items of a manual-email draft.
 *
 * @internal
 */
export type FieldType =
  | 'id'
  | 'license'
  | 'boolean'
  | 'instant'
  | 'count'
  | 'email'
  | 'days'
  | 'text'
  | 'https-link'
  | 'portal-link'
  | 'links';

/**
 * One field of an input record.
 *
 * @internal
 */
export interface Field {
  /** The field's name in the record. */
  readonly key: string;
  readonly type: FieldType;
  /** True when a record must hold it; otherwise it may be left out. */
  readonly required?: true;
  /** True when `null` is accepted, meaning the same as leaving the field out. */
  readonly nullable?: true;
  /** What a valid value is, as the issue about a bad one says it. */
  readonly rule: string;
}

/**
 * The keys of a field table, in its order, as a tuple type.
 *
 * @internal
 */
export function keysOf<const T extends readonly { readonly key: string }[]>(fields: T): { readonly [I in keyof T]: T[I]['key'] } {
  return fields.map((field) => field.key) as { readonly [I in keyof T]: T[I]['key'] };
}

/**
 * What a valid instant looks like, in the words of every issue about one.
 *
 * @internal
 */
export const INSTANT_RULE =
  'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, on a real calendar day (for example 2026-05-01T08:30:00.000Z)';

const OPTIONAL_INSTANT_RULE = `${INSTANT_RULE}, null, or left out`;
const FLAG_RULE = 'must be true or false, or left out';
const COUNT_RULE = 'must be a whole number, 0 or more, or left out';
const DAYS_RULE = 'must be a number of days from 0 to 3650 (fractions allowed), or left out';

// The rule of each snapshot field, apart from the table below: the parser needs only these and
// the keys, and a bundle of the main entry then carries no other column of the table.
const ID_RULE = 'must be a non-empty string';
const LICENSE_RULE = 'must be "free" or "paid"';
const PREVIOUS_LICENSE_RULE = 'must be "free", "paid", null, or left out';
const SIGNED_IN_RULE = 'must be true or false';
const EMAIL_RULE = 'must be one email address (text, an @, text; no spaces, control characters or ,;<>"()[]\\), or left out';

/**
 * What a valid value of each snapshot field is, in the order of {@link USER_SNAPSHOT_FIELDS}
 * (the same words as its `rule` column).
 *
 * @internal
 */
export const USER_SNAPSHOT_RULES = [
  ID_RULE,
  LICENSE_RULE,
  PREVIOUS_LICENSE_RULE,
  SIGNED_IN_RULE,
  OPTIONAL_INSTANT_RULE,
  OPTIONAL_INSTANT_RULE,
  COUNT_RULE,
  EMAIL_RULE,
] as const;

/**
 * The fields of a user snapshot (`UserSnapshot`), in the order issues about them are listed.
 *
 * @internal
 */
export const USER_SNAPSHOT_FIELDS = [
  { key: 'id', type: 'id', required: true, rule: ID_RULE },
  { key: 'license', type: 'license', required: true, rule: LICENSE_RULE },
  { key: 'previousLicense', type: 'license', nullable: true, rule: PREVIOUS_LICENSE_RULE },
  { key: 'hasSignedIn', type: 'boolean', required: true, rule: SIGNED_IN_RULE },
  { key: 'invitedAt', type: 'instant', nullable: true, rule: OPTIONAL_INSTANT_RULE },
  { key: 'lastEmailedAt', type: 'instant', nullable: true, rule: OPTIONAL_INSTANT_RULE },
  { key: 'remindersSent', type: 'count', rule: COUNT_RULE },
  { key: 'email', type: 'email', rule: EMAIL_RULE },
] as const satisfies readonly Field[];

/**
 * The fields of org settings (`OrgSettings`); every one may be left out and takes its default.
 *
 * @internal
 */
export const ORG_SETTINGS_FIELDS = [
  { key: 'autoSendActivationEmails', type: 'boolean', rule: FLAG_RULE },
  { key: 'meetingsIncluded', type: 'boolean', rule: FLAG_RULE },
] as const satisfies readonly Field[];

/**
 * The longest span a cadence accepts, in days (about ten years). Longer spans mean "never" and
 * would push due dates past the years an instant can be written with.
 *
 * @example
 * MAX_CADENCE_DAYS
 * //=> 3650
 */
export const MAX_CADENCE_DAYS = 3650;

/**
 * The fields of a reminder cadence (`ReminderCadence`); every one may be left out and takes its
 * default.
 *
 * @internal
 */
export const REMINDER_CADENCE_FIELDS = [
  { key: 'firstAfterDays', type: 'days', rule: DAYS_RULE },
  { key: 'everyDays', type: 'days', rule: DAYS_RULE },
  { key: 'maxReminders', type: 'count', rule: COUNT_RULE },
] as const satisfies readonly Field[];

/**
 * The fields of a manual-email draft (`ManualEmailDraft`), one per checklist item, in checklist
 * order. Every one may be left out: checking a half-written draft is the point. What each must
 * hold is said by the word catalogues, item by item.
 *
 * @internal
 */
export const MANUAL_EMAIL_DRAFT_TABLE = [
  { key: 'rolloutPlan', item: 'rollout-plan', type: 'text' },
  { key: 'appValue', item: 'app-value', type: 'text' },
  { key: 'pmrLink', item: 'pmr-link', type: 'https-link' },
  { key: 'supportLinks', item: 'support-links', type: 'links' },
  { key: 'trainingLinks', item: 'training-links', type: 'links' },
  { key: 'userPortalLink', item: 'user-portal-link', type: 'portal-link' },
  { key: 'activationInstructions', item: 'activation-instructions', type: 'text' },
] as const satisfies readonly { readonly key: string; readonly item: ManualEmailItem; readonly type: FieldType }[];

// ---------------------------------------------------------------------------------------------
// The onboarding journal (`activation-email-policy/journal`)

/**
 * The emails a journal entry can record: the first activation email, and a reminder.
 *
 * @example
 * JOURNAL_EMAILS
 * //=> ['activation', 'reminder']
 */
export const JOURNAL_EMAILS = ['activation', 'reminder'] as const;

/**
 * What became of a send, as a journal entry may say: `sending` before the message goes out,
 * then `sent` or `failed`. An entry without a status (as `record` writes) counts as sent.
 *
 * @example
 * JOURNAL_STATUSES
 * //=> ['sending', 'sent', 'failed']
 */
export const JOURNAL_STATUSES = ['sending', 'sent', 'failed'] as const;

/**
 * One field of a journal entry: `id`, `instant` and `text` as in the other tables (`text` is
 * any string here), or `choice`, one of `values`.
 *
 * @internal
 */
export interface JournalField {
  readonly key: string;
  readonly type: 'id' | 'instant' | 'text' | 'choice';
  /** The values a `choice` field accepts. */
  readonly values?: readonly string[];
  readonly required?: true;
  readonly rule: string;
}

/**
 * The fields of a journal entry (`JournalEntry`), in the order issues about them are listed and
 * a formatted entry writes them. A field the table does not name is kept in the file and
 * ignored by the parser, so that later versions can add details without breaking old files.
 *
 * @internal
 */
export const JOURNAL_ENTRY_FIELDS = [
  { key: 'userId', type: 'id', required: true, rule: 'must be a non-empty string' },
  { key: 'at', type: 'instant', required: true, rule: INSTANT_RULE },
  { key: 'email', type: 'choice', values: JOURNAL_EMAILS, required: true, rule: 'must be "activation" or "reminder"' },
  { key: 'status', type: 'choice', values: JOURNAL_STATUSES, rule: 'must be "sending", "sent" or "failed", or left out' },
  { key: 'messageId', type: 'text', rule: 'must be a string, or left out' },
  { key: 'reply', type: 'text', rule: 'must be a string, or left out' },
] as const satisfies readonly JournalField[];
