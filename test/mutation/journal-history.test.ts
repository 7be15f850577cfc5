// The journal's batch functions: what test/journal leaves unsaid. An item that is not an object
// is an invalid entry (never a raw TypeError from the check of entries readJournal made); two
// emails a few milliseconds apart, or at one instant, are two emails; and ties between entries at
// one instant go to the text that sorts first, whatever the order of the entries.
// Written against a Stryker run over src/journal.
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/index';
import { historyFromJournal, readJournal, uncertainSends, type JournalEntry } from '../../src/journal/index';

const user = (entries: JournalEntry[]) => historyFromJournal(entries).get('u1');

describe('an item that is not an object', () => {
  it.each([null, 42, 'x', true])('%j is an invalid entry at its index, in each batch function', (item) => {
    const items = [{ userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' }, item] as JournalEntry[];
    for (const run of [() => historyFromJournal(items), () => uncertainSends(items)]) {
      expect(run).toThrow(PolicyInputError);
      expect(run).toThrow(/\[1\]: a journal entry must be an object/);
    }
  });

  it('is an invalid line of a journal read from text, which never throws', () => {
    expect(readJournal('null\n42\n"x"\n[]\n').invalid.map((bad) => bad.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('distinct emails', () => {
  it('counts an activation email 4 ms after a reminder as a second email', () => {
    expect(
      user([
        { userId: 'u1', at: '2026-05-01T08:00:00.000Z', email: 'reminder' },
        { userId: 'u1', at: '2026-05-01T08:00:00.004Z', email: 'activation' },
      ]),
    ).toEqual({ invitedAt: '2026-05-01T08:00:00.000Z', lastEmailedAt: '2026-05-01T08:00:00.004Z', remindersSent: 1 });
  });

  it('counts a first reminder and an activation email at its instant as two emails, and the reminder again as none', () => {
    const reminder = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'reminder' } as const;
    expect(user([reminder, { ...reminder, email: 'activation' }])).toEqual({
      invitedAt: '2026-05-01T08:00:00Z',
      lastEmailedAt: '2026-05-01T08:00:00Z',
      remindersSent: 1,
    });
    expect(user([reminder, { ...reminder }])).toEqual({ invitedAt: '2026-05-01T08:00:00Z', remindersSent: 1 });
  });
});

describe('entries at one instant written with different offsets', () => {
  const utc = { userId: 'u1', at: '2026-05-01T08:00:00Z', email: 'activation' } as const;
  const paris = { userId: 'u1', at: '2026-05-01T10:00:00+02:00', email: 'reminder' } as const;

  it('give the first email as the text that sorts first, in either order', () => {
    for (const entries of [[utc, paris], [paris, utc]]) {
      expect(user(entries)).toEqual({ invitedAt: '2026-05-01T08:00:00Z', lastEmailedAt: '2026-05-01T08:00:00Z', remindersSent: 1 });
    }
  });

  it('give the last email as the text that sorts first, in either order', () => {
    const first = { userId: 'u1', at: '2026-04-01T08:00:00Z', email: 'activation' } as const;
    const lastParis = { userId: 'u1', at: '2026-05-08T10:00:00+02:00', email: 'reminder' } as const;
    const lastUtc = { userId: 'u1', at: '2026-05-08T08:00:00Z', email: 'reminder' } as const;
    for (const entries of [
      [first, lastParis, lastUtc],
      [first, lastUtc, lastParis],
    ]) {
      expect(user(entries)).toEqual({ invitedAt: '2026-04-01T08:00:00Z', lastEmailedAt: '2026-05-08T08:00:00Z', remindersSent: 1 });
    }
  });
});
