// The first and last emails are the earliest and latest instants; the text that sorts first
// only settles a tie at one instant. A later email whose text sorts first (an earlier clock time
// at a later instant, written with another offset) is not the first email, nor an earlier one
// whose text sorts first the last.
// Written against a Stryker run over src/journal.
import { describe, expect, it } from 'vitest';
import { historyFromJournal, type JournalEntry } from '../../src/journal/index';

const user = (entries: JournalEntry[]) => historyFromJournal(entries).get('u1');

describe('texts that sort against their instants', () => {
  // 08:00Z, written in Paris time: its text sorts after both others.
  const paris = { userId: 'u1', at: '2026-05-01T10:00:00+02:00', email: 'activation' } as const;
  // 09:00Z: later than paris, its text sorts first.
  const later = { userId: 'u1', at: '2026-05-01T09:00:00Z', email: 'reminder' } as const;
  // 07:00Z: earlier than paris, its text sorts first too.
  const earlier = { userId: 'u1', at: '2026-05-01T07:00:00Z', email: 'reminder' } as const;

  it('keep the earliest instant as the first email, in either order', () => {
    for (const entries of [[paris, later], [later, paris]]) {
      expect(user(entries)).toEqual({ invitedAt: '2026-05-01T10:00:00+02:00', lastEmailedAt: '2026-05-01T09:00:00Z', remindersSent: 1 });
    }
  });

  it('keep the latest instant as the last email, in either order', () => {
    for (const entries of [[paris, earlier], [earlier, paris]]) {
      expect(user(entries)).toEqual({ invitedAt: '2026-05-01T07:00:00Z', lastEmailedAt: '2026-05-01T10:00:00+02:00', remindersSent: 1 });
    }
  });

  it('keep both among three emails, in every order', () => {
    const orders = [
      [paris, later, earlier],
      [paris, earlier, later],
      [later, paris, earlier],
      [later, earlier, paris],
      [earlier, paris, later],
      [earlier, later, paris],
    ];
    for (const entries of orders) {
      expect(user(entries)).toEqual({ invitedAt: '2026-05-01T07:00:00Z', lastEmailedAt: '2026-05-01T09:00:00Z', remindersSent: 2 });
    }
  });
});
