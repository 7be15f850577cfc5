/**
 * The onboarding journal: the append-only record of the activation emails and reminders sent by
 * hand, read back as each user's email history.
 *
 * @packageDocumentation
 * @module activation-email-policy/journal
 */
// `activation-email-policy/journal`: one NDJSON line per email sent, parsed like any input and
// folded into each user's history. A separate entry: the main entry never imports it.
export { JOURNAL_EMAILS, JOURNAL_STATUSES } from '../input/fields';
export { JOURNAL_ENTRY_KEYS, parseJournalEntry, formatJournalEntry } from './entry';
export type { JournalEmail, JournalStatus, JournalEntry } from './entry';
export { readJournal } from './read-journal';
export type { JournalRead, JournalLine } from './read-journal';
export { historyFromJournal, withHistory } from './history';
export type { UserHistory } from './history';
export { uncertainSends } from './uncertain-sends';
export type { Issue, Issues, License, ParseResult, UserSnapshot } from './main-entry';
