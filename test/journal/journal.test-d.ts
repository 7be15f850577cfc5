import { describe, expectTypeOf, it } from 'vitest';
import type { ParseResult, UserSnapshot } from '../../src/index';
import {
  formatJournalEntry,
  historyFromJournal,
  JOURNAL_EMAILS,
  JOURNAL_ENTRY_KEYS,
  JOURNAL_STATUSES,
  parseJournalEntry,
  readJournal,
  uncertainSends,
  withHistory,
  type Issues,
  type JournalEmail,
  type JournalEntry,
  type JournalLine,
  type JournalRead,
  type JournalStatus,
  type UserHistory,
} from '../../src/journal/index';

describe('the journal entry types', () => {
  it('derives the email and status unions from their lists', () => {
    expectTypeOf<JournalEmail>().toEqualTypeOf<'activation' | 'reminder'>();
    expectTypeOf<JournalStatus>().toEqualTypeOf<'sending' | 'sent' | 'failed'>();
    expectTypeOf(JOURNAL_EMAILS).toEqualTypeOf<readonly ['activation', 'reminder']>();
    expectTypeOf(JOURNAL_STATUSES).toEqualTypeOf<readonly ['sending', 'sent', 'failed']>();
  });

  it('JOURNAL_ENTRY_KEYS names every JournalEntry field, in order', () => {
    expectTypeOf(JOURNAL_ENTRY_KEYS).toEqualTypeOf<readonly ['userId', 'at', 'email', 'status', 'messageId', 'reply']>();
    expectTypeOf<(typeof JOURNAL_ENTRY_KEYS)[number]>().toEqualTypeOf<keyof JournalEntry>();
  });

  it('requires userId, at and email, and no more', () => {
    expectTypeOf<{ userId: 'u1'; at: string; email: 'activation' }>().toMatchTypeOf<JournalEntry>();
    expectTypeOf<{ userId: 'u1'; at: string }>().not.toMatchTypeOf<JournalEntry>();
    expectTypeOf<{ userId: 'u1'; at: string; email: 'invite' }>().not.toMatchTypeOf<JournalEntry>();
    expectTypeOf<{ userId: 'u1'; at: string; email: 'reminder'; status: 'delivered' }>().not.toMatchTypeOf<JournalEntry>();
  });

  it('every field is read-only', () => {
    expectTypeOf<Readonly<JournalEntry>>().toEqualTypeOf<JournalEntry>();
    expectTypeOf<Readonly<UserHistory>>().toEqualTypeOf<UserHistory>();
  });

  it('parses unknown into a ParseResult of an entry, and formats an entry into a string', () => {
    expectTypeOf(parseJournalEntry).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseJournalEntry).returns.toEqualTypeOf<ParseResult<JournalEntry>>();
    expectTypeOf(formatJournalEntry).parameter(0).toEqualTypeOf<JournalEntry>();
    expectTypeOf(formatJournalEntry).returns.toEqualTypeOf<string>();
    const result = parseJournalEntry(null);
    if (result.ok) expectTypeOf(result.value.email).toEqualTypeOf<JournalEmail>();
    else expectTypeOf(result.issues).toEqualTypeOf<Issues>();
  });

  it('reads text into lines and invalid lines, each with a number', () => {
    expectTypeOf(readJournal).returns.toEqualTypeOf<JournalRead>();
    expectTypeOf<JournalRead['entries'][number]>().toEqualTypeOf<JournalLine>();
    expectTypeOf<JournalRead['invalid'][number]>().toEqualTypeOf<{ readonly line: number; readonly issues: Issues }>();
    expectTypeOf<JournalLine>().toEqualTypeOf<{ readonly line: number; readonly entry: JournalEntry }>();
  });

  it('folds entries or lines into histories, and merges them into a snapshot', () => {
    expectTypeOf(historyFromJournal).parameter(0).toEqualTypeOf<Iterable<JournalEntry | JournalLine>>();
    expectTypeOf(historyFromJournal(readJournal('').entries)).toEqualTypeOf<Map<string, UserHistory>>();
    expectTypeOf(uncertainSends(readJournal('').entries)).toEqualTypeOf<JournalEntry[]>();
    expectTypeOf(withHistory).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(withHistory).parameter(1).toEqualTypeOf<ReadonlyMap<string, UserHistory>>();
    expectTypeOf(withHistory).returns.toEqualTypeOf<ParseResult<UserSnapshot>>();
    // A history has a first email, maybe a last, and a count.
    expectTypeOf<UserHistory['invitedAt']>().toEqualTypeOf<string>();
    expectTypeOf<UserHistory['lastEmailedAt']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UserHistory['remindersSent']>().toEqualTypeOf<number>();
  });
});
