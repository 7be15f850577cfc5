import { JOURNAL_ENTRY_FIELDS, JOURNAL_EMAILS, JOURNAL_STATUSES, keysOf, type JournalField } from '../input/fields';
import { hasIssues } from '../input/issue';
import { ownField, received, recordIssues } from '../input/read-field';
import { parseInstant, PolicyInputError, type Issue, type ParseResult } from './main-entry';

/**
 * The emails the journal records: the first activation email, and a reminder.
 *
 * @example
 * const email: JournalEmail = 'reminder';
 */
export type JournalEmail = (typeof JOURNAL_EMAILS)[number];

/**
 * What became of a send: `sending` is written before the message goes out, `sent` or `failed`
 * after. An entry with no status (as `record` writes it) counts as sent.
 *
 * @example
 * const status: JournalStatus = 'sent';
 */
export type JournalStatus = (typeof JOURNAL_STATUSES)[number];

/**
 * One line of the onboarding journal: one email to one user, at one instant.
 *
 * @example
 * const entry: JournalEntry = { userId: 'u-1001', at: '2026-05-01T08:00:00Z', email: 'activation' };
 */
export interface JournalEntry {
  /** The id of the user emailed, as in their snapshot. */
  readonly userId: string;
  /** When the email went out: an instant, as a snapshot's `invitedAt`. */
  readonly at: string;
  /** Which email: the first activation email, or a reminder. */
  readonly email: JournalEmail;
  /** What became of the send; absent, as `record` writes it, counts as sent. */
  readonly status?: JournalStatus;
  /** The mail server's id for the message, with `sent`. */
  readonly messageId?: string;
  /** The mail server's reply, with `failed` (and optionally `sent`). */
  readonly reply?: string;
}

/**
 * Every field a journal entry may hold, in the order a formatted entry writes them; parsing
 * keeps these and ignores the rest.
 *
 * @example
 * JOURNAL_ENTRY_KEYS
 * //=> ['userId', 'at', 'email', 'status', 'messageId', 'reply']
 */
export const JOURNAL_ENTRY_KEYS = /* @__PURE__ */ keysOf(JOURNAL_ENTRY_FIELDS);

/** True when `value` is a valid value of `field` (`undefined` and an unreadable value are not: neither is a string). */
function accepts(field: JournalField, value: unknown): boolean {
  switch (field.type) {
    case 'id':
      return typeof value === 'string' && value !== '';
    case 'instant':
      return parseInstant(value as string) !== null;
    case 'choice':
      return field.values!.includes(value as string);
    default:
      return typeof value === 'string';
  }
}

/**
 * Checks an untrusted value against {@link JournalEntry}, as a line of the journal holds it.
 * Never throws, and reports every bad field at once, each in the words of the other inputs'
 * issues. Only the value's own fields count; a field the entry does not know is ignored (a later
 * version may have written it), and the value returned is a fresh object holding the known
 * fields only, in table order.
 *
 * @example
 * parseJournalEntry({ userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation', by: 'ana' })
 * //=> { ok: true, value: { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } }
 * parseJournalEntry({ userId: 'u1', at: '2026-05-01', email: 'invite' })
 * //=> { ok: false, issues: [{ path: ['at'], message: 'must be an ISO 8601 date-time with seconds and a Z or ±hh:mm offset, on a real calendar day (for example 2026-05-01T08:30:00.000Z) (received "2026-05-01")' }, { path: ['email'], message: 'must be "activation" or "reminder" (received "invite")' }] }
 */
export function parseJournalEntry(input: unknown): ParseResult<JournalEntry> {
  const notRecord = recordIssues(input, 'a journal entry');
  if (notRecord !== undefined) return { ok: false, issues: notRecord };
  const issues: Issue[] = [];
  const value: Record<string, unknown> = {};
  for (const field of JOURNAL_ENTRY_FIELDS as readonly JournalField[]) {
    // What recordIssues accepts is an object whose fields can be read.
    const given = ownField(input as object, field.key);
    if (given === undefined && field.required !== true) continue;
    // An unreadable value is of no field's type: accepts refuses it.
    if (accepts(field, given)) value[field.key] = given;
    else issues.push({ path: [field.key], message: received(given, field.rule) });
  }
  // Every required key was written, each with a value its field accepts.
  return hasIssues(issues) ? { ok: false, issues } : { ok: true, value: value as unknown as JournalEntry };
}

/**
 * Writes one entry as a journal line: one line of JSON with the known fields in table order,
 * without the final newline. Fields it does not know are left out.
 *
 * @throws PolicyInputError when the entry is not valid; `issues` names each bad field.
 * @example
 * formatJournalEntry({ email: 'reminder', at: '2026-05-08T09:00:00+02:00', userId: 'u1' })
 * //=> '{"userId":"u1","at":"2026-05-08T09:00:00+02:00","email":"reminder"}'
 */
export function formatJournalEntry(entry: JournalEntry): string {
  const parsed = parseJournalEntry(entry);
  if (!parsed.ok) throw new PolicyInputError(parsed.issues, 'journal entry');
  // JSON.stringify escapes every line break inside a string, so the text is one line.
  return JSON.stringify(parsed.value);
}
