// readJournal reads each line's fields once, directly (the one kind of value JSON.parse gives),
// and marks the entries it checked, so that the history and the uncertain sends take them as
// they are. Both shortcuts must give exactly what checking each entry as any input gives, and
// nothing from outside may pass for a checked entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  historyFromJournal,
  JOURNAL_ENTRY_KEYS,
  parseJournalEntry,
  readJournal,
  uncertainSends,
  type JournalEntry,
  type JournalLine,
} from '../../src/journal/index';
import { thrownPolicyError } from '../support/thrown';
import { arbJournalEntry } from './arbitraries';

/** What readJournal must give for a text of one line: parseJournalEntry's verdict on its JSON. */
function expectedRead(line: string): ReturnType<typeof readJournal> {
  const parsed = parseJournalEntry(JSON.parse(line));
  return parsed.ok ? { entries: [{ line: 1, entry: parsed.value }], invalid: [] } : { entries: [], invalid: [{ line: 1, issues: parsed.issues }] };
}

/** Field values a line may hold: valid ones, and every way of being wrong. */
const arbValue = fc.oneof(
  fc.constantFrom('u1', '', 'activation', 'reminder', 'sending', 'sent', 'failed', 'invite', '2026-05-01T08:00:00Z', '2026-05-01T10:00:00.5+02:00', '2026-05-01', '<m@x>'),
  fc.constantFrom(null, 0, 1, true, false, [], {}, ['u1']),
  fc.string({ maxLength: 4 }),
);

/** A record of some known keys (and maybe unknown ones, `callee` among them), in any order. */
const arbRecord = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...JOURNAL_ENTRY_KEYS, 'extra', 'callee', 'then', '__proto__', 'entry'), arbValue, { maxKeys: 8 }),
    fc.boolean(),
  )
  .map(([record, valid]) => (valid ? { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation', ...record } : record));

/** Runs `action` with `Object.prototype` holding `values` (own, enumerable unless said), then removes them. */
function withPolluted(values: Record<PropertyKey, unknown>, action: () => void, enumerable = false): void {
  const prototype = Object.prototype as Record<PropertyKey, unknown>;
  const keys = Reflect.ownKeys(values);
  try {
    for (const key of keys) Object.defineProperty(prototype, key, { value: values[key as string], configurable: true, writable: true, enumerable });
    action();
  } finally {
    for (const key of keys) delete prototype[key as string];
  }
}

describe('readJournal reads a line as parseJournalEntry reads its JSON', () => {
  it('gives the same entry, its fields in table order, or the same issues, for any record', () => {
    fc.assert(
      fc.property(arbRecord, (record) => {
        const line = JSON.stringify(record);
        const read = readJournal(line);
        expect(read).toStrictEqual(expectedRead(line));
        for (const { entry } of read.entries) expect(Object.keys(entry)).toStrictEqual(JOURNAL_ENTRY_KEYS.filter((key) => key in entry));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same for a line that is not a record', () => {
    for (const line of ['null', '42', '"text"', '[]', '[{"userId":"u1"}]', 'true']) expect(readJournal(line)).toStrictEqual(expectedRead(line));
  });

  it('keeps the known fields only, in table order, whatever the order of the line', () => {
    const read = readJournal('{"reply":"250 ok","extra":1,"status":"sent","email":"reminder","at":"2026-05-01T08:00:00Z","userId":"u1","messageId":"<m>"}');
    expect(Object.keys(read.entries[0]!.entry)).toStrictEqual(['userId', 'at', 'email', 'status', 'messageId', 'reply']);
    expect(JSON.stringify(read.entries[0]!.entry)).toBe('{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"reminder","status":"sent","messageId":"<m>","reply":"250 ok"}');
  });

  describe('with a polluted Object.prototype', () => {
    const lines = [
      '{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}',
      '{"userId":"u1","at":"2026-05-01T08:00:00Z"}',
      '{"at":"2026-05-01T08:00:00Z","email":"reminder","callee":1}',
    ];

    it.each([
      ['a field of an entry', { status: 'failed', messageId: 7 }],
      ['a required field', { email: 'reminder', userId: 'u9' }],
      ['Symbol.toStringTag', { [Symbol.toStringTag]: 'Arguments' }],
    ] as const)('reads own fields only, as parseJournalEntry does: %s', (_label, values) => {
      withPolluted(values, () => {
        for (const line of lines) expect(readJournal(line)).toStrictEqual(expectedRead(line));
      });
    });

    it('leaves out an enumerable key a library added, as parseJournalEntry does', () => {
      withPolluted(
        { addedByALibrary: 'x' },
        () => {
          const read = readJournal(lines[0]!);
          expect(read).toStrictEqual(expectedRead(lines[0]!));
          expect(Object.keys(read.entries[0]!.entry)).toStrictEqual(['userId', 'at', 'email']);
        },
        true,
      );
    });
  });
});

describe('the entries readJournal checked', () => {
  const text = [
    '{"userId":"u1","at":"2026-05-01T08:00:00Z","email":"activation"}',
    '{"userId":"u1","at":"2026-05-08T08:00:00Z","email":"reminder","status":"sending"}',
  ].join('\n');

  it('are frozen, so that they stay what was checked, and carry no visible mark', () => {
    const [first] = readJournal(text).entries;
    expect(Object.isFrozen(first!.entry)).toBe(true);
    expect(() => {
      (first!.entry as { at: string }).at = 'not an instant';
    }).toThrow(TypeError);
    expect(Reflect.ownKeys(first!.entry)).toStrictEqual(['userId', 'at', 'email']);
    expect(Object.getPrototypeOf(first!.entry)).toBe(Object.prototype);
    expect({ ...first!.entry }).toStrictEqual(first!.entry);
  });

  it('give the same history and the same uncertain sends as copies of them checked again', () => {
    fc.assert(
      fc.property(fc.array(arbJournalEntry(), { maxLength: 40 }), (entries) => {
        const read = readJournal(entries.map((entry) => JSON.stringify(entry)).join('\n'));
        const copies = read.entries.map((line) => ({ ...line.entry }));
        expect([...historyFromJournal(read.entries)]).toStrictEqual([...historyFromJournal(copies)]);
        expect(uncertainSends(read.entries)).toStrictEqual(uncertainSends(copies));
        // As the command line gives them: each entry in a line of its own making.
        const rewrapped = read.entries.map(({ line, entry }) => ({ line: line + 1000, entry }));
        expect([...historyFromJournal(rewrapped)]).toStrictEqual([...historyFromJournal(copies)]);
      }),
    );
  });

  it('mark the entry only: a copy, a changed copy or a Proxy of one is checked as any input', () => {
    const [line] = readJournal(text).entries;
    const changed = { ...line!.entry, at: '2026-05-01' };
    expect(thrownPolicyError(() => historyFromJournal([line!.entry, changed])).issues.map((issue) => issue.path)).toStrictEqual([[1, 'at']]);
    // A Proxy is not the entry it wraps: its fields are read, and checked.
    const reads: PropertyKey[] = [];
    const watched = new Proxy(line!.entry, { get: (target, key) => (reads.push(key), Reflect.get(target, key)) });
    expect(historyFromJournal([watched])).toStrictEqual(historyFromJournal([line!.entry]));
    expect(reads).toEqual(expect.arrayContaining(['userId', 'at', 'email']));
    // One that lies about a frozen entry's field breaks the Proxy's invariants: unreadable.
    const lying = new Proxy(line!.entry, { get: (target, key) => (key === 'email' ? 'invite' : Reflect.get(target, key)) });
    expect(thrownPolicyError(() => uncertainSends([lying])).issues).toStrictEqual([
      { path: [0, 'email'], message: 'could not be read (reading it threw an error)' },
    ]);
    const revoked = Proxy.revocable(line!.entry, {});
    revoked.revoke();
    expect(thrownPolicyError(() => historyFromJournal([revoked.proxy])).issues).toStrictEqual([
      { path: [0], message: 'a journal entry must be an object (received an unreadable value)' },
    ]);
  });

  it('mark an entry readJournal read under a polluted Object.prototype too', () => {
    withPolluted({ status: 'failed' }, () => {
      const read = readJournal(text);
      expect(Object.isFrozen(read.entries[0]!.entry)).toBe(true);
      expect(historyFromJournal(read.entries).get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', remindersSent: 0 });
    });
  });

  it('are taken from a line object given from outside only through its own entry field', () => {
    const [line] = readJournal(text).entries;
    const inherited = Object.create({ entry: line!.entry }) as JournalLine;
    expect(thrownPolicyError(() => historyFromJournal([inherited])).issues.map((issue) => issue.path)).toStrictEqual([[0, 'userId'], [0, 'at'], [0, 'email']]);
  });
});

describe('a user with many emails', () => {
  it('counts each distinct email once, however many the user has', () => {
    const reminders: JournalEntry[] = Array.from({ length: 20 }, (_, day) => ({
      userId: 'u1',
      at: `2026-05-${String(day + 2).padStart(2, '0')}T08:00:00Z`,
      email: 'reminder',
    }));
    const entries: JournalEntry[] = [{ userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' }, ...reminders, ...reminders.slice(5), ...reminders.slice(0, 3)];
    expect(historyFromJournal(entries).get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-21T08:00:00Z', remindersSent: 20 });
    const read = readJournal(entries.map((entry) => JSON.stringify(entry)).join('\n'));
    expect(historyFromJournal(read.entries).get('u1')).toStrictEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-21T08:00:00Z', remindersSent: 20 });
  });
});
