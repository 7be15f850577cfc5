// Each user's history from the journal: the first email, the last when there are two or more,
// the reminders; only what was sent counts, instants are compared as instants, and neither the
// order of the entries nor an entry written twice changes the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/index';
import { historyFromJournal, readJournal, type JournalEntry, type JournalLine, type UserHistory } from '../../src/journal/index';
import { thrownPolicyError } from '../support/thrown';
import { arbJournalEntry } from './arbitraries';

const activation = (userId: string, at: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({ userId, at, email: 'activation', ...extra });
const reminder = (userId: string, at: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({ userId, at, email: 'reminder', ...extra });

/** The map as sorted pairs, to compare two maps whatever their insertion order. */
const pairs = (history: Map<string, UserHistory>): [string, UserHistory][] => [...history].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));

describe('historyFromJournal', () => {
  it('gives no history for an empty journal', () => {
    expect(historyFromJournal([])).toStrictEqual(new Map());
  });

  it('takes the one email of a user as invitedAt, with no lastEmailedAt and no reminder', () => {
    expect(historyFromJournal([activation('u1', '2026-05-01T08:00:00Z')])).toStrictEqual(
      new Map([['u1', { invitedAt: '2026-05-01T08:00:00Z', remindersSent: 0 }]]),
    );
  });

  it('takes the first email as invitedAt and the last as lastEmailedAt, and counts the reminders', () => {
    const history = historyFromJournal([
      reminder('u1', '2026-05-15T08:00:00Z'),
      activation('u1', '2026-05-01T08:00:00Z'),
      reminder('u1', '2026-05-08T08:00:00Z'),
    ]);
    expect(history.get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-15T08:00:00Z', remindersSent: 2 });
  });

  it('keeps users apart', () => {
    const history = historyFromJournal([activation('u1', '2026-05-01T08:00:00Z'), activation('u2', '2026-05-02T08:00:00Z'), reminder('u2', '2026-05-09T08:00:00Z')]);
    expect(pairs(history)).toStrictEqual([
      ['u1', { invitedAt: '2026-05-01T08:00:00Z', remindersSent: 0 }],
      ['u2', { invitedAt: '2026-05-02T08:00:00Z', lastEmailedAt: '2026-05-09T08:00:00Z', remindersSent: 1 }],
    ]);
  });

  it('a reminder with no activation email counts as the first email too', () => {
    expect(historyFromJournal([reminder('u1', '2026-05-08T08:00:00Z')]).get('u1')).toStrictEqual({ invitedAt: '2026-05-08T08:00:00Z', remindersSent: 1 });
  });

  it('counts entries with no status or status sent; sending and failed do not count', () => {
    const history = historyFromJournal([
      activation('u1', '2026-05-01T08:00:00Z', { status: 'sending' }),
      activation('u1', '2026-05-01T08:00:05Z', { status: 'failed', reply: '550 no such user' }),
      activation('u1', '2026-05-01T09:00:00Z', { status: 'sent', messageId: '<m1@example.com>' }),
      reminder('u1', '2026-05-08T09:00:00Z', { status: 'sending' }),
      reminder('u2', '2026-05-08T09:00:00Z', { status: 'failed' }),
    ]);
    expect(pairs(history)).toStrictEqual([['u1', { invitedAt: '2026-05-01T09:00:00Z', remindersSent: 0 }]]);
  });

  it('counts the same email to the same user at the same instant once', () => {
    const entry = reminder('u1', '2026-05-08T08:00:00Z');
    const history = historyFromJournal([activation('u1', '2026-05-01T08:00:00Z'), entry, { ...entry }, { ...entry, status: 'sent' }]);
    expect(history.get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-08T08:00:00Z', remindersSent: 1 });
  });

  it('counts one email written twice with two offsets once: one instant', () => {
    const history = historyFromJournal([activation('u1', '2026-05-01T10:00:00+02:00'), activation('u1', '2026-05-01T08:00:00Z')]);
    // Of two texts of one instant, the one that sorts first.
    expect(history.get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', remindersSent: 0 });
  });

  it('counts an activation email and a reminder at the same instant as two emails', () => {
    const history = historyFromJournal([activation('u1', '2026-05-01T08:00:00Z'), reminder('u1', '2026-05-01T08:00:00Z')]);
    expect(history.get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-01T08:00:00Z', remindersSent: 1 });
  });

  it('compares instants as instants, and gives each as written in its entry', () => {
    // 09:00 at +02:00 is 07:00Z, before 08:00Z; 01:00 at -05:30 the next day is 06:30Z, after.
    const history = historyFromJournal([
      activation('u1', '2026-05-01T08:00:00Z'),
      reminder('u1', '2026-05-01T09:00:00+02:00'),
      reminder('u1', '2026-05-02T01:00:00-05:30'),
      reminder('u1', '2026-05-02T06:00:00.999Z'),
    ]);
    expect(history.get('u1')).toStrictEqual({ invitedAt: '2026-05-01T09:00:00+02:00', lastEmailedAt: '2026-05-02T01:00:00-05:30', remindersSent: 3 });
  });

  it('takes the lines readJournal gives, as well as entries', () => {
    const read = readJournal('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}\n\n{"userId":"u1","at":"2026-05-08T08:00:00Z","email":"reminder"}\n');
    expect(historyFromJournal(read.entries)).toStrictEqual(historyFromJournal(read.entries.map((line) => line.entry)));
    expect(historyFromJournal(read.entries).get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-08T08:00:00Z', remindersSent: 1 });
  });

  it('takes any iterable, a generator too', () => {
    function* entries(): Generator<JournalEntry> {
      yield activation('u1', '2026-05-01T08:00:00Z');
    }
    expect(historyFromJournal(entries()).get('u1')?.invitedAt).toBe('2026-05-01T08:00:00Z');
  });

  it('throws PolicyInputError for an invalid entry, its issues under its index', () => {
    const error = thrownPolicyError(() =>
      historyFromJournal([activation('u1', '2026-05-01T08:00:00Z'), { userId: '', at: '2026-05-01', email: 'activation' }]),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([[1, 'userId'], [1, 'at']]);
    expect(error.message).toMatch(/^Invalid journal entry: \[1\]\.userId: must be a non-empty string/);
    // A line with a bad entry is named by its index too.
    expect(thrownPolicyError(() => historyFromJournal([{ line: 4, entry: { userId: 'u1' } as JournalEntry }])).issues[0].path).toStrictEqual([0, 'at']);
  });

  it('throws PolicyInputError for entries that are not iterable', () => {
    const error = thrownPolicyError(() => historyFromJournal(null as unknown as JournalEntry[]));
    expect(error.issues).toStrictEqual([{ path: [], message: 'must be an iterable of journal entries (received null)' }]);
    expect(error.message).toBe('Invalid journal: (root): must be an iterable of journal entries (received null)');
  });

  it('names each field of a hostile line it cannot read, never a raw TypeError', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(thrownPolicyError(() => historyFromJournal([revoked.proxy as JournalEntry])).issues).toStrictEqual([
      { path: [0], message: 'a journal entry must be an object (received an unreadable value)' },
    ]);
    const line = Object.defineProperty({ line: 1 }, 'entry', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(thrownPolicyError(() => historyFromJournal([line as JournalLine])).issues.map((issue) => issue.path)).toStrictEqual([[0, 'userId'], [0, 'at'], [0, 'email']]);
  });

  describe('properties', () => {
    const arbJournal = fc.array(arbJournalEntry(), { maxLength: 30 });

    it('does not depend on the order of the entries', () => {
      fc.assert(
        fc.property(
          arbJournal.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length }))),
          ([entries, shuffled]) => {
            expect(pairs(historyFromJournal(shuffled))).toStrictEqual(pairs(historyFromJournal(entries)));
          },
        ),
      );
    });

    it('does not change when entries already there are added again', () => {
      fc.assert(
        fc.property(arbJournal.chain((entries) => fc.tuple(fc.constant(entries), fc.subarray(entries))), ([entries, again]) => {
          expect(pairs(historyFromJournal([...entries, ...again]))).toStrictEqual(pairs(historyFromJournal(entries)));
        }),
      );
    });

    it('never has a last email before the first, and has one exactly when two distinct emails count', () => {
      fc.assert(
        fc.property(arbJournal, (entries) => {
          for (const [userId, history] of historyFromJournal(entries)) {
            const counted = entries.filter((entry) => entry.userId === userId && (entry.status === undefined || entry.status === 'sent'));
            const distinct = new Set(counted.map((entry) => `${entry.email} ${parseInstant(entry.at)}`));
            expect(history.lastEmailedAt !== undefined).toBe(distinct.size > 1);
            if (history.lastEmailedAt !== undefined) expect(parseInstant(history.invitedAt)!).toBeLessThanOrEqual(parseInstant(history.lastEmailedAt)!);
          }
        }),
      );
    });

    it('counts the distinct reminders sent, and takes the earliest and latest counted instants', () => {
      fc.assert(
        fc.property(arbJournal, (entries) => {
          const history = historyFromJournal(entries);
          const counted = entries.filter((entry) => entry.status === undefined || entry.status === 'sent');
          expect([...history.keys()].sort()).toStrictEqual([...new Set(counted.map((entry) => entry.userId))].sort());
          for (const [userId, user] of history) {
            const own = counted.filter((entry) => entry.userId === userId);
            const times = own.map((entry) => parseInstant(entry.at)!);
            const reminders = new Set(own.filter((entry) => entry.email === 'reminder').map((entry) => parseInstant(entry.at)));
            expect(user.remindersSent).toBe(reminders.size);
            expect(parseInstant(user.invitedAt)).toBe(Math.min(...times));
            expect(parseInstant(user.lastEmailedAt ?? user.invitedAt)).toBe(Math.max(...times));
            // Each instant as written in one of the journal's entries.
            expect(own.map((entry) => entry.at)).toContain(user.invitedAt);
          }
        }),
      );
    });
  });
});
